// Business-day arithmetic in the user's own time zone: "3 business days after Friday 17:00 in
// Chicago" is Wednesday 17:00 in Chicago, whatever the UTC offset did in between (DST).
// Weekends are Saturday and Sunday; holidays are the user's list of local dates (YYYY-MM-DD).
import { TZDate } from "@date-fns/tz";
import { addDays, format, isWeekend } from "date-fns";

export interface BusinessCalendar {
  timeZone: string;
  /** Local dates, "YYYY-MM-DD". */
  holidays?: readonly string[];
}

export function localDateKey(instant: Date, timeZone: string): string {
  return format(new TZDate(instant, timeZone), "yyyy-MM-dd");
}

export function isBusinessDay(instant: Date, calendar: BusinessCalendar): boolean {
  const local = new TZDate(instant, calendar.timeZone);
  return !isWeekend(local) && !(calendar.holidays ?? []).includes(format(local, "yyyy-MM-dd"));
}

/** The instant `days` business days after `start` (same local time of day), as a plain Date. */
export function addBusinessDays(start: Date, days: number, calendar: BusinessCalendar): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError("days must be a whole number ≥ 0");
  let local: Date = new TZDate(start, calendar.timeZone);
  let left = days;
  while (left > 0) {
    local = addDays(local, 1);
    if (isBusinessDay(local, calendar)) left--;
  }
  return new Date(local.getTime());
}

/** Whole business days from `start` to `end` (0 when `end` is not after `start`). */
export function businessDaysBetween(start: Date, end: Date, calendar: BusinessCalendar): number {
  let count = 0;
  let local: Date = new TZDate(start, calendar.timeZone);
  for (;;) {
    local = addDays(local, 1);
    if (local.getTime() > end.getTime()) return count;
    if (isBusinessDay(local, calendar)) count++;
  }
}
