// The shape every form action returns, so forms show errors on the field that caused them and keep
// what was typed (React 19 resets uncontrolled inputs after an action).
import type { z } from "zod";

export type FormState = {
  /** conflict: someone saved the record since it was loaded; `changes` says what they changed. */
  status: "idle" | "invalid" | "error" | "conflict" | "saved";
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  /** Existing records the submission may duplicate; the form offers "save anyway". */
  duplicates?: { id: string; name: string; employer: string | null }[];
  changes?: { field: string; label: string; value: string }[];
  /** The record's version after a conflict, so saving again knowingly overwrites it. */
  version?: number;
  /** Per-row outcome of a bulk action. */
  skipped?: { id: string; name: string; reason: string }[];
};

export const initialFormState: FormState = { status: "idle" };

/** Submitted values to echo back; never passwords. */
export function formValues(form: FormData, omit: string[] = ["password"]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && !omit.includes(key) && !key.startsWith("$")) values[key] = value;
  }
  return values;
}

export function invalid(error: z.ZodError, form: FormData, omit?: string[]): FormState {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    fieldErrors[key] ??= issue.message;
  }
  return { status: "invalid", message: "Check the highlighted fields.", fieldErrors, values: formValues(form, omit) };
}
