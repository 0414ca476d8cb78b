"use client";
// "Mark meeting done": the pipeline move to Interviewed, which derives the 24-hour thank-you.
import Link from "next/link";

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
}: {
  meetingId: string;
  defaultDoneAt: string;
  contactName: string | null;
  /** Under the time field: before the meeting has started, when it starts. */
  hint?: string;
}) {
  const [state, formAction, pending] = useFormAction(offlineSafe(markMeetingDoneAction.bind(null, meetingId)), initialFormState);
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
        hint={hint}
        error={state.fieldErrors?.doneAt}
        className="sm:max-w-xs"
      />
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
