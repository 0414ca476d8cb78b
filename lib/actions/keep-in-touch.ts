"use server";
// Choosing how often to keep in touch with a contact.
import { revalidatePath } from "next/cache";
import { now } from "../clock";
import { NotFoundError } from "../data/errors";
import { setKeepInTouch } from "../data/keep-in-touch";
import { cadenceLabel } from "../domain/keep-in-touch";
import { invalid, type FormState } from "../validation/form-state";
import { setCadenceSchema } from "../validation/keep-in-touch";

export async function setCadenceAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = setCadenceSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const { contactId, keepInTouchMonths } = parsed.data;
  try {
    await setKeepInTouch(contactId, keepInTouchMonths, now());
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "error", message: "That contact no longer exists." };
    throw error;
  }
  revalidatePath("/today");
  revalidatePath(`/contacts/${contactId}`);
  return { status: "saved", message: keepInTouchMonths ? `${cadenceLabel(keepInTouchMonths)}: saved.` : "No keep-in-touch reminders for this contact." };
}
