// Settings: the time zone every date is shown and entered in, the weekly outreach goal, and the
// holidays business days skip.
import { z } from "zod";

let zones: Set<string> | undefined;

/** IANA time zones this runtime knows, plus UTC (which some engines leave out of the list). */
export function supportedTimeZones(): string[] {
  return [...knownZones()].sort();
}

function knownZones(): Set<string> {
  zones ??= new Set(["UTC", ...Intl.supportedValuesOf("timeZone")]);
  return zones;
}

/**
 * The zone's canonical name when it is one of the listed zones, else null. A browser may report an
 * alias (US/Eastern) or an old name JavaScript still accepts (US/Pacific-New) that PostgreSQL does
 * not: stored as is, it would break every cohort query that converts times in the student's zone.
 */
export function canonicalTimeZone(value: string): string | null {
  if (!value || value.length > 64) return null;
  try {
    const canonical = new Intl.DateTimeFormat("en-US", { timeZone: value }).resolvedOptions().timeZone;
    return knownZones().has(canonical) ? canonical : null;
  } catch {
    return null;
  }
}

export const settingsSchema = z.object({
  timeZone: z
    .string()
    .trim()
    .min(1, "Choose your time zone.")
    .refine((zone) => knownZones().has(zone), "Choose a time zone from the list."),
  weeklyOutreachGoal: z.coerce
    .number("Enter a whole number.")
    .int("Enter a whole number.")
    .min(1, "Aim for at least 1 message a week.")
    .max(50, "Keep the goal at 50 or fewer a week."),
});

export type SettingsInput = z.infer<typeof settingsSchema>;

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!LOCAL_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const holidaySchema = z.object({
  date: z
    .string()
    .trim()
    .min(1, "Enter the date.")
    .refine(isRealDate, "Enter a real date.")
    .refine((value) => value >= "2000-01-01" && value <= "2100-12-31", "Enter a date between 2000 and 2100."),
  name: z.string().trim().min(1, "Name the holiday.").max(80, "Keep the name under 80 characters."),
});

export type HolidayInput = z.infer<typeof holidaySchema>;
