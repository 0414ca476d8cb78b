"use client";
// Where focus goes once an add form (action item, referral, resource) or an edit form has its
// answer. Its button was disabled while the form was sent, which takes the focus from it; left
// alone, focus falls to the top of the page. The form's status line says what happened, politely.
import { useEffect, type RefObject } from "react";
import { initialFormState, type FormState } from "@/lib/validation/form-state";

const FIRST_FIELD = "input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled])";
const CONTROL = "a[href], button:not([disabled]), summary, input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled])";

/**
 * Refused: the first field to fix. Added (or not sent): the first field, ready for the next one.
 * A form that closes once saved, or stays as it was, passes `saved`: focus goes there instead (the
 * button that opens it again, or what happened).
 */
export function useFocusAfterAnswer(formRef: RefObject<HTMLFormElement | null>, state: FormState, saved?: RefObject<HTMLElement | null>) {
  useEffect(() => {
    if (state === initialFormState) return;
    if (state.status === "saved" && saved) {
      saved.current?.focus();
      return;
    }
    const form = formRef.current;
    (form?.querySelector<HTMLElement>("[aria-invalid='true']") ?? form?.querySelector<HTMLElement>(FIRST_FIELD))?.focus();
  }, [formRef, state, saved]);
}

/**
 * The first control on screen after `element` (and outside it): where reading goes next once a
 * message and its buttons are dismissed, instead of the top of the page.
 */
export function nextControlAfter(element: Element): HTMLElement | undefined {
  return [...document.querySelectorAll<HTMLElement>(CONTROL)].find(
    (control) => !element.contains(control) && element.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING && control.getClientRects().length > 0,
  );
}
