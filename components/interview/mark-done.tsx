"use client";
// "Mark meeting done": the pipeline move to Interviewed, which derives the 24-hour thank-you. When
// the end typed is before the scheduled start, the form offers the explicit choice that the meeting
// happened earlier than planned, with a field for when it started (the server then moves it there).
import Link from "next/link";
import { useState } from "react";

import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Field } from "@/components/ui/field";
import { markMeetingDoneAction } from "@/lib/actions/interview";
import { suggestedEarlierStart } from "@/lib/domain/meeting-done";
import { initialFormState } from "@/lib/validation/form-state";
import { offlineSafe } from "./drafts";
import { useFormAction } from "@/components/ui/use-form-action";

export function MarkDone({
  meetingId,
  defaultDoneAt,
  contactName,
  hint,
  scheduledStart,
  durationMinutes,
}: {
  meetingId: string;
  defaultDoneAt: string;
  contactName: string | null;
  /** Under the time field: before the meeting has started, when it starts. */
  hint?: string;
  /**
   * The scheduled start as a datetime-local value in the viewer's zone: an end typed before it makes
   * the form offer "It happened earlier than planned". Omitted (a chapter's group meeting), never offered.
   */
  scheduledStart?: string;
  /** The planned length: the start offered is the end minus this. */
  durationMinutes: number;
}) {
  const [state, formAction, pending] = useFormAction(offlineSafe(markMeetingDoneAction.bind(null, meetingId)), initialFormState);
  const [end, setEnd] = useState(defaultDoneAt);
  const [earlier, setEarlier] = useState(false);
  // The start the student typed; null while it is the one offered, which follows the end as it
  // changes (an offer left behind by a later end was refused as starting after it).
  const [typedStart, setTypedStart] = useState<string | null>(null);
  // After each answer the form is reset to what was sent (echoed in state.values): follow it.
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state.values) {
      const sentEnd = state.values.doneAt ?? end;
      const sentStart = state.values.startedAt;
      setEnd(sentEnd);
      setEarlier(state.values.heldEarlier === "on");
      // A start sent as offered is still the offer: it goes on following the end.
      setTypedStart(sentStart === undefined || sentStart === suggestedEarlierStart(sentEnd, durationMinutes) ? null : sentStart);
    }
  }
  // Once saved, the page shows the meeting as done (with the way to Today) and drops this form.
  if (state.status === "saved") {
    return (
      <Alert tone="success" live>
        <p className="font-medium">{state.message}</p>
        <Link href="/today" className={buttonClasses("secondary", "sm", "mt-3")}>
          Go to Today
        </Link>
      </Alert>
    );
  }
  // Refused without the choice, then the box ticked: that refusal no longer stands (the next answer
  // says whether anything else does), so it is not left on the field asking for the box.
  const endError = earlier && state.values?.heldEarlier !== "on" ? undefined : state.fieldErrors?.doneAt;
  // datetime-local values ("2026-11-24T15:30") in one zone compare as strings.
  const offerEarlier = Boolean(scheduledStart) && (earlier || (end !== "" && end < scheduledStart!));
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <p className="text-sm text-slate-700">
        {contactName ? `${contactName} moves to Interviewed, ` : "The meeting is recorded as held, "}
        and a reminder to send your thank-you within 24 hours appears on Today.
      </p>
      <Field
        label="When the meeting ended"
        name="doneAt"
        type="datetime-local"
        defaultValue={state.values?.doneAt ?? defaultDoneAt}
        onChange={(event) => setEnd(event.currentTarget.value)}
        // The refusal of an end before the start says when it starts too: the hint would repeat it.
        hint={endError ? undefined : hint}
        error={endError}
        className="sm:max-w-xs"
      />
      {offerEarlier ? (
        <div className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3">
          <CheckboxField
            label="It happened earlier than planned"
            name="heldEarlier"
            defaultChecked={earlier}
            onChange={(event) => setEarlier(event.currentTarget.checked)}
            hint="The meeting moves to the time it started, and the thank-you is due 24 hours after it ended."
            error={state.fieldErrors?.heldEarlier}
          />
          {earlier ? (
            <Field
              label="When it started"
              name="startedAt"
              type="datetime-local"
              value={typedStart ?? suggestedEarlierStart(end, durationMinutes)}
              onChange={(event) => setTypedStart(event.currentTarget.value)}
              hint={typedStart === null ? `Offered: the planned ${durationMinutes} minutes before it ended.` : undefined}
              error={state.fieldErrors?.startedAt}
              className="sm:max-w-xs"
            />
          ) : null}
        </div>
      ) : null}
      {state.status === "error" ? (
        <Alert tone="danger" live>
          {state.message}
        </Alert>
      ) : null}
      <Button type="submit" pending={pending}>
        Mark meeting done
      </Button>
    </form>
  );
}
