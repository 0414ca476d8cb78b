"use client";
// useActionState for forms, with one addition: when the action cannot answer at all — the server
// or its database is down, the connection dropped — the form gets an error state carrying what was
// typed, instead of the error unmounting the page and losing it. Redirects and not-found still
// propagate to Next.js as usual. A form too big for the server's request limit is not sent: it
// gets that said on its longest field (lib/validation/action-size.ts).
import { useActionState } from "react";
import { ACTION_BODY_LIMIT_BYTES, actionRequestBytes, tooLargeToSend } from "@/lib/validation/action-size";
import { formValues, type FormState } from "@/lib/validation/form-state";

export const UNREACHABLE_MESSAGE = "Rapport couldn’t be reached, so nothing was saved yet. What you typed is still here: try again in a moment.";

const SENT_STATE: FormState = { status: "idle" };

function isNavigation(error: unknown): boolean {
  const digest = typeof error === "object" && error !== null && "digest" in error ? String((error as { digest: unknown }).digest) : "";
  return digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK") || digest === "NEXT_NOT_FOUND";
}

export function useFormAction(action: (previous: FormState, form: FormData) => Promise<FormState>, initialState: FormState) {
  return useActionState(async (previous: FormState, form: FormData): Promise<FormState> => {
    const bytes = actionRequestBytes(form);
    if (bytes > ACTION_BODY_LIMIT_BYTES) return { ...previous, status: "error", fieldErrors: undefined, ...tooLargeToSend(form, bytes), values: formValues(form) };
    try {
      // No action reads the previous state (each takes it as `_prev`; a unit test keeps it so), and
      // sending it would post the last submission's echoed values a second time.
      return await action(SENT_STATE, form);
    } catch (error) {
      if (isNavigation(error)) throw error;
      console.error(error);
      return { ...previous, status: "error", message: UNREACHABLE_MESSAGE, fieldErrors: undefined, values: formValues(form) };
    }
  }, initialState);
}
