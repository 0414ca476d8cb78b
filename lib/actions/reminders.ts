"use server";
// Settling reminders from Today: done, snoozed, or dismissed, and undoing done or dismissed.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { now } from "../clock";
import { NotFoundError } from "../data/errors";
import { reopenReminder, settleReminder, snoozeReminder } from "../data/reminders";
import { requireViewer } from "../data/viewer";
import { formatDay } from "../domain/format";
import { SNOOZE_LABELS, SNOOZE_OPTIONS, snoozeUntil } from "../domain/snooze";
import type { FormState } from "../validation/form-state";

const reminderActionSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("done"), reminderId: z.string().min(1).max(40) }),
  z.object({ action: z.literal("dismiss"), reminderId: z.string().min(1).max(40) }),
  z.object({ action: z.literal("snooze"), reminderId: z.string().min(1).max(40), snooze: z.enum(SNOOZE_OPTIONS) }),
]);

export async function updateReminderAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = reminderActionSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: "error", message: "Choose what to do with this reminder." };
  const input = parsed.data;
  const viewer = await requireViewer();
  const at = now();
  let message: string;
  try {
    if (input.action === "snooze") {
      await snoozeReminder(input.reminderId, snoozeUntil(input.snooze, at, viewer.timeZone));
      message = `Snoozed: ${SNOOZE_LABELS[input.snooze].toLowerCase()}.`;
    } else {
      const settled = await settleReminder(input.reminderId, input.action === "done" ? "DONE" : "DISMISSED", at);
      // Today's card leaves the list, so the message names what was settled; it is the whole notice.
      message = `${input.action === "done" ? "Done" : "Dismissed"}: ${settled.title}.`;
      // A keep-in-touch reminder settled starts the next one: say when, so the reminders never stop unseen.
      if (settled.nextDueAt && settled.contactName) {
        message += ` Next reminder to write to ${settled.contactName}: ${formatDay(settled.nextDueAt, viewer.timeZone, at)}.`;
      }
    }
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "error", message: "This reminder was already settled." };
    throw error;
  }
  revalidatePath("/today");
  revalidatePath("/pipeline");
  revalidatePath("/contacts/[contactId]", "page");
  return { status: "saved", message };
}

/** Undo for "done" and "dismiss" on Today: the reminder is pending again. */
export async function reopenReminderAction(reminderId: string): Promise<FormState> {
  const parsed = z.string().min(1).max(40).safeParse(reminderId);
  if (!parsed.success) return { status: "error", message: "Choose a reminder to bring back." };
  try {
    await reopenReminder(parsed.data);
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "error", message: "This reminder can no longer be brought back." };
    throw error;
  }
  revalidatePath("/today");
  revalidatePath("/pipeline");
  // A keep-in-touch reminder's undo also takes away the next one: the contact's timeline shows both.
  revalidatePath("/contacts/[contactId]", "page");
  return { status: "saved", message: "Undone: the reminder is back on Today." };
}
