// Snoozing a reminder: tomorrow, in three days, or next week — always to 09:00 local time, the
// start of a working morning, in the user's zone.
import { TZDate } from "@date-fns/tz";
import { addDays, nextMonday, set } from "date-fns";

export const SNOOZE_OPTIONS = ["1d", "3d", "nextWeek"] as const;
export type SnoozeOption = (typeof SNOOZE_OPTIONS)[number];

export const SNOOZE_LABELS: Record<SnoozeOption, string> = { "1d": "Tomorrow", "3d": "In 3 days", nextWeek: "Next week" };

export function snoozeUntil(option: SnoozeOption, now: Date, timeZone: string): Date {
  const local = new TZDate(now, timeZone);
  const day = option === "1d" ? addDays(local, 1) : option === "3d" ? addDays(local, 3) : nextMonday(local);
  return new Date(set(day, { hours: 9, minutes: 0, seconds: 0, milliseconds: 0 }).getTime());
}
