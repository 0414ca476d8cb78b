"use server";
// Sign-up. Signing in and out go through next-auth's own endpoints (see lib/auth.ts).
import { createUser, SignUpThrottledError } from "../data/auth";
import { FieldError } from "../data/errors";
import { formatDateTime } from "../domain/format";
import { env } from "../env";
import { signUpSchema } from "../validation/auth";
import { canonicalTimeZone } from "../validation/settings";
import { formValues, invalid, type FormState } from "../validation/form-state";

export async function signUpAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = signUpSchema.safeParse({
    name: form.get("name") ?? "",
    email: form.get("email") ?? "",
    password: form.get("password") ?? "",
  });
  if (!parsed.success) return invalid(parsed.error, form);
  const submittedZone = String(form.get("timeZone") ?? "");
  const timeZone = canonicalTimeZone(submittedZone) ?? env.defaultTimeZone;
  try {
    await createUser(parsed.data, timeZone);
  } catch (error) {
    if (error instanceof SignUpThrottledError) {
      const when = formatDateTime(error.retryAt, timeZone);
      return error.by === "email"
        ? {
            status: "invalid",
            message: "Check the highlighted fields.",
            fieldErrors: { email: `Too many sign-ups with this email in the last hour. If it is yours, sign in instead, or try again after ${when}.` },
            values: formValues(form),
          }
        : {
            status: "invalid",
            message: `Too many accounts were created from your network recently. Try again after ${when}.`,
            values: formValues(form),
          };
    }
    if (error instanceof FieldError) {
      return {
        status: "invalid",
        message: "Check the highlighted fields.",
        fieldErrors: { [error.field]: error.userMessage },
        values: formValues(form),
      };
    }
    throw error;
  }
  // The page signs the new user in with the password it still holds, then goes to Today.
  return { status: "saved", values: formValues(form) };
}
