"use client";
// The email digest: off, daily, or weekly (Mondays), sent from 07:00 in the viewer's time zone.
// Where this server cannot send it (no SMTP, or the embedded database, which has no job queue
// several instances share), it tells the student plainly instead of offering choices.
import { useId } from "react";
import { Alert, FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { updateDigestPreferenceAction } from "@/lib/actions/digest";
import { DIGEST_FREQUENCIES, DIGEST_FREQUENCY_LABELS, type DigestFrequency } from "@/lib/domain/digest";
import { initialFormState } from "@/lib/validation/form-state";
import { useFormAction } from "@/components/ui/use-form-action";

const HINTS: Record<DigestFrequency, string> = {
  NONE: "No email. Today in the app lists the same things.",
  DAILY: "Every morning at about 7:00: what is overdue, due today and due in the next 7 days, and your meetings.",
  WEEKLY: "Monday mornings at about 7:00: the same for the week ahead.",
};

export type DigestUnavailableReason = "smtp" | "database" | "both";

export function DigestPreference({
  digestFrequency,
  email,
  timeZone,
  unavailable,
}: {
  digestFrequency: DigestFrequency;
  email: string;
  timeZone: string;
  /** Why this server cannot send the digest; absent when it can. */
  unavailable?: DigestUnavailableReason;
}) {
  const [state, formAction, pending] = useFormAction(updateDigestPreferenceAction, initialFormState);
  const legendId = useId();
  const errorId = useId();

  if (unavailable) {
    // Said to the student in their terms; which settings the server lacks is for whoever runs it
    // (the start log and the README say), not for this page.
    return (
      <Alert tone="info">
        <p className="font-medium">Email digests aren’t set up on this Rapport server yet, so none will be sent.</p>
        <p className="mt-1">If you would like one, ask your career centre. Until then, Today lists everything the digest would.</p>
      </Alert>
    );
  }

  const selected = (state.values?.digestFrequency as DigestFrequency | undefined) ?? digestFrequency;
  const error = state.fieldErrors?.digestFrequency;

  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} saved={state.message} />
      <fieldset aria-describedby={error ? errorId : undefined}>
        <legend id={legendId} className="text-sm font-medium text-slate-900">
          Send me a digest of what is due
        </legend>
        <div className="mt-1.5 space-y-1" key={selected}>
          {DIGEST_FREQUENCIES.map((frequency) => (
            <label key={frequency} className="flex min-h-11 cursor-pointer items-start gap-3 rounded-lg px-1 py-2 text-sm text-slate-800">
              <input
                type="radio"
                name="digestFrequency"
                value={frequency}
                defaultChecked={selected === frequency}
                className="mt-0.5 size-4 shrink-0 accent-brand-700"
              />
              <span>
                <span className="font-medium text-slate-900">{DIGEST_FREQUENCY_LABELS[frequency]}</span>
                <span className="block text-slate-600">{HINTS[frequency]}</span>
              </span>
            </label>
          ))}
        </div>
        {error ? (
          <p id={errorId} className="mt-1 text-sm font-medium text-red-700">
            {error}
          </p>
        ) : null}
      </fieldset>
      <p className="text-sm text-slate-600">
        Sent to <span className="font-medium break-all text-slate-900">{email}</span>, in your time zone ({timeZone.replaceAll("_", " ")}).
      </p>
      <div className="flex justify-end">
        <Button type="submit" pending={pending} className="w-full sm:w-auto">
          Save digest
        </Button>
      </div>
    </form>
  );
}
