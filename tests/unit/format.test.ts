// Dates in the viewer's zone: the fast formatting in lib/domain/format.ts (one Intl reading per zone
// and quarter hour) must say exactly what date-fns with @date-fns/tz's TZDate says, for any instant,
// in zones with and without daylight saving, with odd offsets, and around every change of offset.
import { TZDate } from "@date-fns/tz";
import { differenceInCalendarDays, format } from "date-fns";
import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDay, formatLongDay, formatRelativeDay, formatTime, zonedDayOffset } from "@/lib/domain/format";

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
