"use client";
// "Mark meeting done": the pipeline move to Interviewed, which derives the 24-hour thank-you. When
// the end typed is before the scheduled start, the form offers the explicit choice that the meeting
// happened earlier than planned, with a field for when it started (the server then moves it there).
// Once done, the thank-you is due within 24 hours: the way to write it comes first (MarkedDone).
import Link from "next/link";
import { useEffect, useRef, type ReactNode } from "react";
import { endErrorFor, HeldEarlierFields, useHeldEarlierChoice } from "@/components/meetings/held-earlier";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { markMeetingDoneAction } from "@/lib/actions/interview";
import { composeHref } from "@/lib/domain/today";
import { initialFormState } from "@/lib/validation/form-state";
import { offlineSafe } from "./drafts";
import { useFormAction } from "@/components/ui/use-form-action";

/**
 * What marking the meeting done did, with the thank-you to write next (its contact's composer, on the
 * thank-you) and Today. The interview page shows it too once the meeting is done; `contactId` null (a
 * chapter's group meeting, or a thank-you already sent) leaves only Today.
 */
export function MarkedDone({ message, contactId }: { message: ReactNode; contactId: string | null }) {
  return (
    <Alert tone="success" live>
      <p className="font-medium">{message}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        {contactId ? (
          <Link href={composeHref(contactId, "thank-you")} className={buttonClasses("primary", "sm")}>
            Write the thank-you
          </Link>
        ) : null}
        <Link href="/today" className={buttonClasses("secondary", "sm")}>
          Go to Today
        </Link>
      </div>
    </Alert>
  );
}

export function MarkDone({
  meetingId,
  defaultDoneAt,
  contactId,
  contactName,
  hint,
  scheduledStart,
  durationMinutes,
}: {
  meetingId: string;
  defaultDoneAt: string;
  /** The meeting's contact: after it is done, "Write the thank-you" goes to their composer. */
  contactId: string | null;
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
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // After a refusal, take the student to the field to fix (the end, or the start they typed).
    if (state.fieldErrors) form.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [state]);
  // Once saved, the page shows the meeting as done (with the thank-you and Today) and drops this form.
  if (state.status === "saved") return <MarkedDone message={state.message} contactId={contactId} />;
  const endError = endErrorFor(choice, state);
  return (
    <form ref={form} action={formAction} className="space-y-3" noValidate>
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
        // Ticked "It happened earlier than planned", "mark it done once it's over" no longer holds.
        hint={endError || choice.earlier ? undefined : hint}
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
