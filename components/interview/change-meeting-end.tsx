"use client";
// "Change when it ended": corrects a done meeting's end, from which the thank-you's 24 hours run and
// before which no thank-you can be logged. A disclosure: it is rarely needed, and stays out of the
// way of the page until it is.
import clsx from "clsx";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { changeMeetingEndAction } from "@/lib/actions/interview";
import { initialFormState } from "@/lib/validation/form-state";

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
  return (
    <details className={className}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-medium text-brand-700 select-none hover:underline sm:min-h-8">
        Change when it ended
      </summary>
      <form action={formAction} className={clsx("mt-2 space-y-3", formClassName)} noValidate>
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
        {state.status === "saved" ? (
          <Alert tone="success" live>
            {state.message}
          </Alert>
        ) : null}
        <Button type="submit" variant="secondary" size="sm" pending={pending}>
          Save
        </Button>
      </form>
    </details>
  );
}
