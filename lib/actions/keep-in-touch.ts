"use server";
// Choosing how often to keep in touch with a contact, or declining to.
import { revalidatePath } from "next/cache";
import { now } from "../clock";
import { NotFoundError } from "../data/errors";
import { setKeepInTouch } from "../data/keep-in-touch";
import { requireViewer } from "../data/viewer";
import { formatDay } from "../domain/format";
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
  let saved: Awaited<ReturnType<typeof setKeepInTouch>>;
  try {
    // The data layer resolves the viewer (a sign-in redirect without one) and only writes their own contact.
    saved = await setKeepInTouch(contactId, months, now());
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "error", message: "That contact no longer exists." };
    throw error;
  }
  revalidatePath("/today");
  revalidatePath(`/contacts/${contactId}`);
  return { status: "saved", message: await savedMessage(months, saved), values: { keepInTouchMonths: months === KEEP_IN_TOUCH_DECLINED ? "" : String(months) } };
}

/** What was saved and what happens next: when the next reminder is due, or when reminders start. */
async function savedMessage(months: number, { name, nextDueAt, waitsForFollowUp }: Awaited<ReturnType<typeof setKeepInTouch>>): Promise<string> {
  if (months === KEEP_IN_TOUCH_DECLINED) return `You won’t be reminded to keep in touch with ${name}.`;
  const saved = `Saved: ${cadenceLabel(months).toLowerCase()}.`;
  if (nextDueAt) {
    const at = now();
    // A contact long in Follow-up is due at once: the cadence runs from when they got there.
    if (nextDueAt <= at) return `${saved} It’s time to write to ${name}: the reminder is on Today.`;
    const { timeZone } = await requireViewer();
    return `${saved} Next reminder to write to ${name}: ${formatDay(nextDueAt, timeZone, at)}.`;
  }
  return waitsForFollowUp ? `${saved} Reminders start once ${name} is in Follow-up.` : saved;
}
