// Business-day arithmetic in the user's own time zone: "3 business days after Friday 17:00 in
// Chicago" is Wednesday 17:00 in Chicago, whatever the UTC offset did in between (DST).
// Weekends are Saturday and Sunday; holidays are the user's list of local dates (YYYY-MM-DD).
import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, format, isWeekend } from "date-fns";

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

/**
 * `days` local calendar days after `instant`, at the same local time of day. Always counted from
 * `instant` itself, never step by step: a step landing in a DST gap (02:30 on the night clocks jump
 * to 03:00) would otherwise carry 03:30 into every later day.
 */
export function addLocalDays(instant: Date, days: number, timeZone: string): Date {
  return new Date(addDays(new TZDate(instant, timeZone), days).getTime());
}

/** `months` local calendar months after `instant` (clamped to the month's end, as date-fns does), same local time. */
export function addLocalMonths(instant: Date, months: number, timeZone: string): Date {
  return new Date(addMonths(new TZDate(instant, timeZone), months).getTime());
}

/** The instant `days` business days after `start` (same local time of day), as a plain Date. */
export function addBusinessDays(start: Date, days: number, calendar: BusinessCalendar): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError("days must be a whole number ≥ 0");
  let offset = 0;
  let left = days;
  while (left > 0) {
    offset++;
    if (isBusinessDay(addLocalDays(start, offset, calendar.timeZone), calendar)) left--;
  }
  return addLocalDays(start, offset, calendar.timeZone);
}

/** Whole business days from `start` to `end` (0 when `end` is not after `start`). */
export function businessDaysBetween(start: Date, end: Date, calendar: BusinessCalendar): number {
  let count = 0;
  for (let offset = 1; ; offset++) {
    const day = addLocalDays(start, offset, calendar.timeZone);
    if (day.getTime() > end.getTime()) return count;
    if (isBusinessDay(day, calendar)) count++;
  }
}
