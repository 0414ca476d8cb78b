"use server";
// Settings: time zone and weekly goal, and the holiday list (add; remove with undo). Holiday and
// time zone changes move pending 3B7 due dates (lib/data/holidays.ts).
import { revalidatePath } from "next/cache";
import { FieldError, NotFoundError } from "../data/errors";
import { addHoliday, removeHoliday } from "../data/holidays";
import { updateSettings } from "../data/settings";
import { weekendHolidayNote } from "../domain/holidays";
import { formValues, invalid, type FormState } from "../validation/form-state";
import { holidaySchema, settingsSchema } from "../validation/settings";

function movedNote(moved: number): string {
  return moved ? ` ${moved} follow-up ${moved === 1 ? "reminder moves" : "reminders move"} to match.` : "";
}

function revalidateSchedule() {
  revalidatePath("/settings");
  revalidatePath("/today");
  revalidatePath("/", "layout");
}

export async function updateSettingsAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = settingsSchema.safeParse({ timeZone: form.get("timeZone") ?? "", weeklyOutreachGoal: form.get("weeklyOutreachGoal") ?? "" });
  if (!parsed.success) return invalid(parsed.error, form);
  const { moved } = await updateSettings(parsed.data);
  revalidateSchedule();
  return { status: "saved", message: `Settings saved.${movedNote(moved)}`, values: formValues(form) };
}

export async function addHolidayAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = holidaySchema.safeParse({ date: form.get("date") ?? "", name: form.get("name") ?? "" });
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    const { moved } = await addHoliday(parsed.data);
    revalidateSchedule();
    const weekend = weekendHolidayNote(parsed.data.date);
    return { status: "saved", message: `Added ${parsed.data.name}.${weekend ? ` ${weekend}` : ""}${movedNote(moved)}` };
  } catch (error) {
    if (error instanceof FieldError) return { status: "invalid", message: error.userMessage, fieldErrors: { [error.field]: error.userMessage }, values: formValues(form) };
    throw error;
  }
}

/** Removes a holiday; the returned values are what "Undo" sends back. */
export async function removeHolidayAction(holidayId: string): Promise<FormState> {
  try {
    const removed = await removeHoliday(holidayId);
    revalidateSchedule();
    return { status: "saved", message: `Removed ${removed.name}.${movedNote(removed.moved)}`, values: { date: removed.date, name: removed.name } };
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "error", message: "That holiday is no longer on your list." };
    throw error;
  }
}

export async function restoreHolidayAction(values: Record<string, string>): Promise<FormState> {
  const given: Record<string, unknown> = values && typeof values === "object" ? values : {};
  const parsed = holidaySchema.safeParse({ date: given.date, name: given.name });
  if (!parsed.success) return { status: "error", message: "That holiday can’t be restored. Add it again above." };
  try {
    const { moved } = await addHoliday(parsed.data);
    revalidateSchedule();
    return { status: "saved", message: `Undone: ${parsed.data.name} is back.${movedNote(moved)}` };
  } catch (error) {
    if (error instanceof FieldError) return { status: "error", message: error.userMessage };
    throw error;
  }
}
