// A holiday on a Saturday or Sunday: accepted (a student may want their school's calendar listed in
// full), but it changes no date, since business days skip weekends already. Said on the date field
// as it is picked, and again when it is saved, so nobody expects it to move a reminder.
import { formatLongDay } from "./format";

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "Saturday, December 26 is a weekend day: reminders already skip it." for a weekend "YYYY-MM-DD"; null otherwise. */
export function weekendHolidayNote(date: string): string | null {
  if (!LOCAL_DATE.test(date)) return null;
  // A holiday is a calendar date, stored as that day at midnight UTC: read it in UTC, whatever the zone.
  const day = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return null;
  const weekday = day.getUTCDay();
  if (weekday !== 0 && weekday !== 6) return null;
  return `${formatLongDay(day, "UTC")} is a weekend day: reminders already skip it.`;
}
