"use client";
// "Change when it ended": corrects a done meeting's end, from which the thank-you's 24 hours run and
// before which no thank-you can be logged. A disclosure: it is rarely needed, and stays out of the
// way of the page until it is. Saved, it closes again, with what was saved said beside it, and focus
// goes to the summary that opens it (Save was disabled while it worked, which took the focus; left
// alone, focus falls to the top of the page). Refused, it stays open on the field to fix.
import clsx from "clsx";
import { useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { changeMeetingEndAction } from "@/lib/actions/interview";
import { initialFormState } from "@/lib/validation/form-state";
import { useFocusAfterAnswer } from "./focus-after-answer";

export function ChangeMeetingEnd({
  meetingId,
  doneAt,
  version,
  className,
  formClassName,
}: {
  meetingId: string;
  /** The current end as a datetime-local value in the viewer's zone. */
  doneAt: string;
  /** The meeting's version as loaded: an end changed since (another tab) is not overwritten unseen. */
  version: number;
  className?: string;
  formClassName?: string;
}) {
  // No offlineSafe: it says the text is kept on the device, which is true of the interview's notes
  // but not of this field; useFormAction's own message for an unreachable server fits.
  const [state, formAction, pending] = useFormAction(changeMeetingEndAction.bind(null, meetingId), initialFormState);
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLElement>(null);
  useEffect(() => {
    // Closed here rather than through an `open` prop: the browser keeps opening and closing it, even
    // for a summary pressed before the page's scripts run.
    if (state.status === "saved" && detailsRef.current) detailsRef.current.open = false;
  }, [state]);
  useFocusAfterAnswer(formRef, state, summaryRef);
  return (
    <div className={className}>
      <details ref={detailsRef}>
        <summary
          ref={summaryRef}
          className="inline-flex min-h-11 cursor-pointer items-center text-sm font-medium text-brand-700 select-none hover:underline sm:min-h-8"
        >
          Change when it ended
        </summary>
        <form ref={formRef} action={formAction} className={clsx("mt-2 space-y-3", formClassName)} noValidate>
          {/* After a conflict, the version now stored: saving again replaces the other change knowingly. */}
          <input type="hidden" name="version" value={state.status === "conflict" && state.version ? state.version : version} />
          <Field
            // Saved, the page brings the new end: the field starts from it.
            key={doneAt}
            label="When the meeting ended"
            name="doneAt"
            type="datetime-local"
            defaultValue={state.values?.doneAt ?? doneAt}
            hint="The thank-you's 24 hours run from this time."
            error={state.fieldErrors?.doneAt}
            className="sm:max-w-xs"
          />
          {state.status === "error" || state.status === "conflict" ? (
            <Alert tone="danger" live>
              {state.message}
            </Alert>
          ) : null}
          <Button type="submit" variant="secondary" size="sm" pending={pending}>
            Save
          </Button>
        </form>
      </details>
      {/* Outside the form, which closes once saved; announced, as focus goes to the summary. */}
      {state.status === "saved" ? (
        <Alert tone="success" live className="mt-2">
          {state.message}
        </Alert>
      ) : null}
    </div>
  );
}
