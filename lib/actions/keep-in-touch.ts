"use server";
// Choosing how often to keep in touch with a contact, or declining to.
import { revalidatePath } from "next/cache";
import { now } from "../clock";
import { NotFoundError } from "../data/errors";
import { setKeepInTouch } from "../data/keep-in-touch";
import { cadenceLabel, KEEP_IN_TOUCH_DECLINED } from "../domain/keep-in-touch";
import { invalid, type FormState } from "../validation/form-state";
import { declineCadenceSchema, setCadenceSchema } from "../validation/keep-in-touch";

export async function setCadenceAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = setCadenceSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const { contactId, keepInTouchMonths } = parsed.data;
  return saveCadence(contactId, keepInTouchMonths);
}

/** "Don't keep in touch": the prompt stops, and a cadence can still be chosen later. */
export async function declineCadenceAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = declineCadenceSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  return saveCadence(parsed.data.contactId, KEEP_IN_TOUCH_DECLINED);
}

// Not exported: every export of a "use server" file is a public endpoint.
async function saveCadence(contactId: string, months: number): Promise<FormState> {
  let name: string;
  try {
    // The data layer resolves the viewer (a sign-in redirect without one) and only writes their own contact.
    ({ name } = await setKeepInTouch(contactId, months, now()));
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "error", message: "That contact no longer exists." };
    throw error;
  }
  revalidatePath("/today");
  revalidatePath(`/contacts/${contactId}`);
  return {
    status: "saved",
    message: months === KEEP_IN_TOUCH_DECLINED ? `You won’t be reminded to keep in touch with ${name}.` : `${cadenceLabel(months)}: saved.`,
  };
}
