"use client";
// useActionState for forms, with one addition: when the action cannot answer at all — the server
// or its database is down, the connection dropped — the form gets an error state carrying what was
// typed, instead of the error unmounting the page and losing it. Redirects and not-found still
// propagate to Next.js as usual.
import { useActionState } from "react";
import { formValues, type FormState } from "@/lib/validation/form-state";

export const UNREACHABLE_MESSAGE = "Rapport couldn’t be reached, so nothing was saved yet. What you typed is still here: try again in a moment.";

function isNavigation(error: unknown): boolean {
  const digest = typeof error === "object" && error !== null && "digest" in error ? String((error as { digest: unknown }).digest) : "";
  return digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK") || digest === "NEXT_NOT_FOUND";
}

export function useFormAction(action: (previous: FormState, form: FormData) => Promise<FormState>, initialState: FormState) {
  return useActionState(async (previous: FormState, form: FormData): Promise<FormState> => {
    try {
      return await action(previous, form);
    } catch (error) {
      if (isNavigation(error)) throw error;
      console.error(error);
      return { ...previous, status: "error", message: UNREACHABLE_MESSAGE, fieldErrors: undefined, values: formValues(form) };
    }
  }, initialState);
}
