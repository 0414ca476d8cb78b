"use client";
// "How often should you keep in touch with X?": one select and Save. On Today for a contact in
// follow-up without a cadence; on the contact page to change (or stop) it.
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { setCadenceAction } from "@/lib/actions/keep-in-touch";
import { CADENCE_CHOICES, DEFAULT_CADENCE_MONTHS } from "@/lib/domain/keep-in-touch";
import { initialFormState } from "@/lib/validation/form-state";
import { useFormAction } from "@/components/ui/use-form-action";

export function CadenceForm({ contactId, name, current }: { contactId: string; name: string; current?: number | null }) {
  const [state, formAction, pending] = useFormAction(setCadenceAction, initialFormState);
  const selectId = useId();
  const errorId = useId();
  const error = state.fieldErrors?.keepInTouchMonths ?? (state.status === "error" ? state.message : undefined);
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
          defaultValue={state.values?.keepInTouchMonths ?? (current === null ? "" : String(current ?? DEFAULT_CADENCE_MONTHS))}
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
