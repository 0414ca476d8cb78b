"use server";
// The email digest preference. Saving works whether or not this server can send mail (the choice is
// kept for when it can); the settings page says which.
import { revalidatePath } from "next/cache";
import { updateDigestPreference } from "../data/settings";
import { DIGEST_FREQUENCY_LABELS } from "../domain/digest";
import { digestPreferenceSchema } from "../validation/digest";
import { formValues, invalid, type FormState } from "../validation/form-state";

export async function updateDigestPreferenceAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = digestPreferenceSchema.safeParse({ digestFrequency: form.get("digestFrequency") ?? "" });
  if (!parsed.success) return invalid(parsed.error, form);
  await updateDigestPreference(parsed.data.digestFrequency);
  revalidatePath("/settings");
  const frequency = parsed.data.digestFrequency;
  const message =
    frequency === "NONE" ? "Email digest turned off." : `Email digest: ${DIGEST_FREQUENCY_LABELS[frequency].toLowerCase()}, from 7:00 in your time zone.`;
  return { status: "saved", message, values: formValues(form) };
}
