// Dates in the viewer's zone: the fast formatting in lib/domain/format.ts (one Intl reading per zone
// and quarter hour) must say exactly what date-fns with @date-fns/tz's TZDate says, for any instant,
// in zones with and without daylight saving, with odd offsets, and around every change of offset.
import { TZDate } from "@date-fns/tz";
import { differenceInCalendarDays, format } from "date-fns";
import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatDay,
  formatLongDay,
  formatRelativeDay,
  formatReminderDue,
  formatTime,
  formatTimeZone,
  zonedDayOffset,
} from "@/lib/domain/format";

const ZONES = ["America/New_York", "America/Los_Angeles", "Europe/London", "Australia/Lord_Howe", "Asia/Kathmandu", "America/Santiago", "Pacific/Chatham", "UTC", "Asia/Kolkata", "America/St_Johns"];

const reference = {
  day: (date: Date, zone: string, now: Date) => {
    const local = new TZDate(date, zone);
    return format(local, new TZDate(now, zone).getFullYear() === local.getFullYear() ? "EEE, MMM d" : "EEE, MMM d, yyyy");
  },
  longDay: (date: Date, zone: string) => format(new TZDate(date, zone), "EEEE, MMMM d"),
  date: (date: Date, zone: string) => format(new TZDate(date, zone), "MMM d, yyyy"),
  time: (date: Date, zone: string) => format(new TZDate(date, zone), "h:mm a"),
  dateTime: (date: Date, zone: string) => format(new TZDate(date, zone), "MMM d, yyyy, h:mm a"),
  dayOffset: (now: Date, date: Date, zone: string) => differenceInCalendarDays(new TZDate(date, zone), new TZDate(now, zone)),
};

/** A seeded generator, so a failure names an input that fails again. */
function random(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

/** Instants one minute either side of each change of offset in 2025–2027, found by bisection. */
function offsetChanges(zone: string): Date[] {
  const offset = (t: number) => new TZDate(t, zone).getTimezoneOffset();
  const found: Date[] = [];
  for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
    if (offset(t) === offset(t + 86_400_000)) continue;
    let [lo, hi] = [t, t + 86_400_000];
    while (hi - lo > 1000) {
      const mid = Math.floor((lo + hi) / 2);
      if (offset(mid) === offset(lo)) lo = mid;
      else hi = mid;
    }
    found.push(new Date(hi - 60_000), new Date(hi), new Date(hi + 60_000));
  }
  return found;
}

describe("dates in a zone", () => {
  it.each(ZONES)("match date-fns with TZDate in %s, at random instants and around each offset change", (zone) => {
    const next = random(zone.length * 7919);
    const instants = [...offsetChanges(zone), ...Array.from({ length: 400 }, () => new Date(Date.UTC(2024, 0, 1) + Math.floor(next() * 4 * 365 * 86_400_000)))];
    for (const date of instants) {
      const now = new Date(date.getTime() + Math.floor((next() - 0.5) * 40 * 86_400_000));
      const at = `${date.toISOString()} (now ${now.toISOString()})`;
      expect(formatDay(date, zone, now), at).toBe(reference.day(date, zone, now));
      expect(formatLongDay(date, zone), at).toBe(reference.longDay(date, zone));
      expect(formatDate(date, zone), at).toBe(reference.date(date, zone));
      expect(formatTime(date, zone), at).toBe(reference.time(date, zone));
      expect(formatDateTime(date, zone), at).toBe(reference.dateTime(date, zone));
      expect(zonedDayOffset(now, date, zone), at).toBe(reference.dayOffset(now, date, zone));
    }
  });

  it("counts calendar days, not 24-hour periods, across a change to summer time", () => {
    // 23:30 on Saturday 7 March 2026 in New York, and 00:30 on Monday 9 March, 24 hours and one night later.
    const now = new Date("2026-03-08T04:30:00Z");
    expect(zonedDayOffset(now, new Date("2026-03-09T04:30:00Z"), "America/New_York")).toBe(2);
    expect(formatRelativeDay(now, new Date("2026-03-08T04:29:00Z"), "America/New_York")).toBe("today");
    expect(formatTime(new Date("2026-03-08T07:00:00Z"), "America/New_York")).toBe("3:00 AM");
  });

  it("shows noon and midnight as 12", () => {
    expect(formatTime(new Date("2026-12-05T17:00:00Z"), "America/New_York")).toBe("12:00 PM");
    expect(formatTime(new Date("2026-12-05T05:05:00Z"), "America/New_York")).toBe("12:05 AM");
  });
});

// QA at 360 px: the 24-hour thank-you under Upcoming said only "Mon, Dec 7 · tomorrow", hiding that
// it is due at 4:30 PM, not in the morning.
describe("a reminder's due label on Today", () => {
  const zone = "America/New_York";
  const now = new Date("2026-12-06T15:00:00Z"); // Sunday, 10:00 AM in New York

  it("gives a thank-you's hour on any day, and any reminder's within the next two days", () => {
    const due = (rule: Parameters<typeof formatReminderDue>[0]["rule"], iso: string, group: "overdue" | "today" | "upcoming") =>
      formatReminderDue({ rule, dueAt: new Date(iso) }, group, now, zone);
    expect(due("THANK_YOU_24H", "2026-12-07T21:30:00Z", "upcoming")).toBe("Mon, Dec 7 · tomorrow, 4:30 PM");
    expect(due("THANK_YOU_24H", "2026-12-05T21:30:00Z", "overdue")).toBe("Sat, Dec 5 · yesterday, 4:30 PM");
    expect(due("FOLLOW_UP_7B", "2026-12-07T14:00:00Z", "upcoming")).toBe("Mon, Dec 7 · tomorrow, 9:00 AM");
    expect(due("PREP_DAY_BEFORE", "2026-12-08T14:00:00Z", "upcoming")).toBe("Tue, Dec 8 · in 2 days, 9:00 AM");
    // Further off, or past, the day is enough.
    expect(due("FOLLOW_UP_7B", "2026-12-09T14:00:00Z", "upcoming")).toBe("Wed, Dec 9 · in 3 days");
    expect(due("KEEP_IN_TOUCH", "2026-12-03T14:00:00Z", "overdue")).toBe("Thu, Dec 3 · 3 days ago");
    // Today says the time as before.
    expect(due("ACTION_ITEM", "2026-12-06T20:30:00Z", "today")).toBe("Due today, 3:30 PM");
  });
});

describe("a time zone shown to a person", () => {
  it("reads with spaces, as Today and Progress both show it", () => {
    expect(formatTimeZone("America/New_York")).toBe("America/New York");
    expect(formatTimeZone("America/Argentina/Buenos_Aires")).toBe("America/Argentina/Buenos Aires");
    expect(formatTimeZone("UTC")).toBe("UTC");
  });
});
