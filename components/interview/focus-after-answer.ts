"use client";
// Where focus goes once an add form (action item, referral, resource) has its answer. Its button
// was disabled while the form was sent, which takes the focus from it; left alone, focus falls to
// the top of the page. The form's status line says what happened, politely.
import { useEffect, type RefObject } from "react";
import { initialFormState, type FormState } from "@/lib/validation/form-state";

const FIRST_FIELD = "input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled])";

/** Refused: the first field to fix. Added (or not sent): the first field, ready for the next one. */
export function useFocusAfterAnswer(formRef: RefObject<HTMLFormElement | null>, state: FormState) {
  useEffect(() => {
    if (state === initialFormState) return;
    const form = formRef.current;
    (form?.querySelector<HTMLElement>("[aria-invalid='true']") ?? form?.querySelector<HTMLElement>(FIRST_FIELD))?.focus();
  }, [formRef, state]);
}
