"use client";
// "How often should you keep in touch with X?": one select and Save. On Today for a contact in
// follow-up without a cadence; on the contact page to choose, change or stop it. DeclineCadenceForm
// is the prompt's "Don't keep in touch": the choice is kept, so the prompt stops asking.
//
// Once saved, the form says what was saved and what happens next, and takes the focus there (the
// Save button is disabled while it works and loses it). The form that saved is often gone by then:
// the contact page renders a new one for the new choice (so its select starts from what was saved),
// and Today drops the contact from its list. So the message is handed to the form that takes its
// place, and on Today it also goes to Today's notice area, which stays.
import { useEffect, useId, useRef, useState } from "react";
import { useTodayNotice } from "@/app/(app)/today/_components/today-notices";
import { Button } from "@/components/ui/button";
import { declineCadenceAction, setCadenceAction } from "@/lib/actions/keep-in-touch";
import { CADENCE_CHOICES, DEFAULT_CADENCE_MONTHS, KEEP_IN_TOUCH_DECLINED } from "@/lib/domain/keep-in-touch";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { useFormAction } from "@/components/ui/use-form-action";

/**
 * Messages saved by a form that is being replaced, by contact: the replacement, rendered in the same
 * commit that unmounts the form that saved, takes it; the form that saved drops it when it unmounts,
 * so nothing is left for a later visit. Only ever read in the browser.
 */
const handedOver = new Map<string, { message: string }>();

/** For the form that saves: hand the message over, and drop it once this form is gone. */
function useHandOver(contactId: string): (message: string) => void {
  const last = useRef<{ message: string } | null>(null);
  useEffect(
    () => () => {
      if (last.current && handedOver.get(contactId) === last.current) handedOver.delete(contactId);
    },
    [contactId],
  );
  return (message: string) => {
    last.current = { message };
    handedOver.set(contactId, last.current);
  };
}

/**
 * `current`: undefined offers only the cadences (a prompt); otherwise "Never" is offered too, and
 * selected when the student declined (KEEP_IN_TOUCH_DECLINED) or has not chosen (null).
 */
export function CadenceForm({ contactId, name, current }: { contactId: string; name: string; current?: number | null }) {
  const notify = useTodayNotice();
  const handOver = useHandOver(contactId);
  const [state, formAction, pending] = useFormAction(async (previous: FormState, form: FormData) => {
    const result = await setCadenceAction(previous, form);
    if (result.status === "saved" && result.message) {
      handOver(result.message);
      // Outside Today there is no notice area, and this does nothing.
      notify({ tone: "success", text: result.message });
    }
    return result;
  }, initialFormState);
  // What the form this one replaces had just saved (read once, when this one first renders).
  const [handed] = useState(() => handedOver.get(contactId) ?? null);
  useEffect(() => {
    if (handed && handedOver.get(contactId) === handed) handedOver.delete(contactId);
  }, [contactId, handed]);

  const selectId = useId();
  const errorId = useId();
  const selectRef = useRef<HTMLSelectElement>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const error = state.fieldErrors?.keepInTouchMonths ?? (state.status === "error" ? state.message : undefined);
  const saved = state.status === "saved" ? state.message : state.status === "idle" ? handed?.message : undefined;
  const initial = current === undefined ? String(DEFAULT_CADENCE_MONTHS) : current === null || current === KEEP_IN_TOUCH_DECLINED ? "" : String(current);

  // Each answer takes the focus: what was saved, or the select when it was refused.
  const answer = state.status === "idle" ? handed : state;
  useEffect(() => {
    if (!answer) return;
    if (saved) noticeRef.current?.focus();
    else if (error) selectRef.current?.focus();
  }, [answer, saved, error]);

  return (
    <form action={formAction} className="mt-3 flex flex-wrap items-end gap-2">
      <input type="hidden" name="contactId" value={contactId} />
      <div className="min-w-0">
        <label htmlFor={selectId} className="block text-sm font-medium text-slate-800">
          Keep in touch with {name}
        </label>
        <select
          ref={selectRef}
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
      {saved ? (
        <p ref={noticeRef} tabIndex={-1} className="w-full text-sm text-emerald-800 outline-none">
          {saved}
        </p>
      ) : null}
      <span role="status" className="w-full text-sm">
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
  const handOver = useHandOver(contactId);
  // Saved, the contact page swaps the prompt for the "chosen not to" form, which says so.
  const [state, formAction, pending] = useFormAction(async (previous: FormState, form: FormData) => {
    const result = await declineCadenceAction(previous, form);
    if (result.status === "saved" && result.message) handOver(result.message);
    return result;
  }, initialFormState);
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
