"use client";
// "How often should you keep in touch with X?": one select and Save. On Today for a contact in
// follow-up without a cadence; on the contact page to choose, change or stop it. DeclineCadenceForm
// is the prompt's "Don't keep in touch": the choice is kept, so the prompt stops asking.
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { declineCadenceAction, setCadenceAction } from "@/lib/actions/keep-in-touch";
import { CADENCE_CHOICES, DEFAULT_CADENCE_MONTHS, KEEP_IN_TOUCH_DECLINED } from "@/lib/domain/keep-in-touch";
import { initialFormState } from "@/lib/validation/form-state";
import { useFormAction } from "@/components/ui/use-form-action";

/**
 * `current`: undefined offers only the cadences (a prompt); otherwise "Never" is offered too, and
 * selected when the student declined (KEEP_IN_TOUCH_DECLINED) or has not chosen (null).
 */
export function CadenceForm({ contactId, name, current }: { contactId: string; name: string; current?: number | null }) {
  const [state, formAction, pending] = useFormAction(setCadenceAction, initialFormState);
  const selectId = useId();
  const errorId = useId();
  const error = state.fieldErrors?.keepInTouchMonths ?? (state.status === "error" ? state.message : undefined);
  const initial = current === undefined ? String(DEFAULT_CADENCE_MONTHS) : current === null || current === KEEP_IN_TOUCH_DECLINED ? "" : String(current);
  return (
    <form action={formAction} className="mt-3 flex flex-wrap items-end gap-2">
      <input type="hidden" name="contactId" value={contactId} />
      <div className="min-w-0">
        <label htmlFor={selectId} className="block text-sm font-medium text-slate-800">
          Keep in touch with {name}
        </label>
        <select
          id={selectId}
          name="keepInTouchMonths"
          defaultValue={state.values?.keepInTouchMonths ?? initial}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className="mt-1 block min-h-11 rounded-lg border border-slate-300 bg-white px-3 text-sm sm:min-h-9"
        >
          {current !== undefined ? <option value="">Never: no reminders</option> : null}
          {CADENCE_CHOICES.map((choice) => (
            <option key={choice.months} value={choice.months}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" size="sm" pending={pending}>
        Save
      </Button>
      <span role="status" className="w-full text-sm">
        {state.status === "saved" && current !== undefined ? <span className="text-emerald-800">{state.message}</span> : null}
        {error ? (
          <span id={errorId} className="text-red-700">
            {error}
          </span>
        ) : null}
      </span>
    </form>
  );
}

/** "Don't keep in touch": kept on the server, so the prompt stops; a cadence can be chosen later. */
export function DeclineCadenceForm({ contactId, name }: { contactId: string; name: string }) {
  const [state, formAction, pending] = useFormAction(declineCadenceAction, initialFormState);
  const error = state.status === "error" || state.status === "invalid" ? (state.message ?? "That didn’t work. Reload the page and try again.") : undefined;
  return (
    <form action={formAction} className="mt-2">
      <input type="hidden" name="contactId" value={contactId} />
      <Button type="submit" variant="secondary" size="sm" pending={pending} aria-label={`Don’t keep in touch with ${name}`}>
        Don’t keep in touch
      </Button>
      <span role="status" className="ml-2 text-sm">
        {error ? <span className="text-red-700">{error}</span> : null}
      </span>
    </form>
  );
}
