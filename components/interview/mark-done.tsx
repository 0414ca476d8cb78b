"use client";
// "Mark meeting done": the pipeline move to Interviewed, which derives the 24-hour thank-you. When
// the end typed is before the scheduled start, the form offers the explicit choice that the meeting
// happened earlier than planned, with a field for when it started (the server then moves it there).
import Link from "next/link";
import { endErrorFor, HeldEarlierFields, useHeldEarlierChoice } from "@/components/meetings/held-earlier";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { markMeetingDoneAction } from "@/lib/actions/interview";
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
   * the form offer "It happened earlier than planned". Omitted (a chapter's group meeting: its
   * officers record that on the meeting's page), never offered.
   */
  scheduledStart?: string;
  /** The planned length: the start offered is the end minus this. */
  durationMinutes: number;
}) {
  const [state, formAction, pending] = useFormAction(offlineSafe(markMeetingDoneAction.bind(null, meetingId)), initialFormState);
  const choice = useHeldEarlierChoice(state, defaultDoneAt, durationMinutes);
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
  const endError = endErrorFor(choice, state);
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
        onChange={(event) => choice.setEnd(event.currentTarget.value)}
        // The refusal of an end before the start says when it starts too: the hint would repeat it.
        hint={endError ? undefined : hint}
        error={endError}
        className="sm:max-w-xs"
      />
      {scheduledStart ? (
        <HeldEarlierFields
          choice={choice}
          scheduledStart={scheduledStart}
          durationMinutes={durationMinutes}
          state={state}
          hint="The meeting moves to the time it started, and the thank-you is due 24 hours after it ended."
        />
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
