import { describe, expect, it } from "vitest";
import { addBusinessDays, addLocalDays, addLocalMonths, businessDaysBetween, isBusinessDay, localDateKey } from "@/lib/domain/business-days";

const ny = { timeZone: "America/New_York" };

describe("addBusinessDays", () => {
  it.each([
    ["Monday + 3 → Thursday", "2026-11-16T15:00:00Z", 3, "2026-11-19T15:00:00Z"],
    ["Thursday + 3 → Tuesday across a weekend", "2026-11-19T15:00:00Z", 3, "2026-11-24T15:00:00Z"],
    ["Friday + 1 → Monday", "2026-11-20T15:00:00Z", 1, "2026-11-23T15:00:00Z"],
    ["Saturday + 1 → Monday", "2026-11-21T15:00:00Z", 1, "2026-11-23T15:00:00Z"],
    ["Monday + 7 → next Wednesday", "2026-11-16T15:00:00Z", 7, "2026-11-25T15:00:00Z"],
    ["month end: Friday 30 Oct + 1 → Monday 2 Nov (local 11:00 kept across DST end)", "2026-10-30T15:00:00Z", 1, "2026-11-02T16:00:00Z"],
    ["year end: 31 Dec 2026 (Thu) + 2 → Mon 4 Jan", "2026-12-31T17:00:00Z", 2, "2027-01-04T17:00:00Z"],
    ["zero days is the same instant", "2026-11-21T15:00:00Z", 0, "2026-11-21T15:00:00Z"],
  ])("%s", (_name, start, days, expected) => {
    expect(addBusinessDays(new Date(start), days, ny).toISOString()).toBe(new Date(expected).toISOString());
  });

  it("keeps the local time across the spring DST change", () => {
    // Friday 6 March 2026, 09:00 in New York (EST, UTC−5) + 1 business day → Monday 9 March 09:00 EDT (UTC−4).
    expect(addBusinessDays(new Date("2026-03-06T14:00:00Z"), 1, ny).toISOString()).toBe("2026-03-09T13:00:00.000Z");
  });

  it("keeps the local time when a day in between has no such time (the DST gap)", () => {
    // Auckland jumps from 02:00 to 03:00 on Sunday 27 September 2026. Friday 02:30 NZST (UTC+12) + 1
    // business day is Monday 02:30 NZDT (UTC+13), not 03:30 carried over from Sunday.
    const auckland = { timeZone: "Pacific/Auckland" };
    expect(addBusinessDays(new Date("2026-09-24T14:30:00Z"), 1, auckland).toISOString()).toBe("2026-09-27T13:30:00.000Z");
  });

  it("skips the user's holidays", () => {
    const calendar = { ...ny, holidays: ["2026-11-26", "2026-11-27"] }; // Thanksgiving Thu + Fri
    expect(addBusinessDays(new Date("2026-11-25T15:00:00Z"), 1, calendar).toISOString()).toBe("2026-11-30T15:00:00.000Z");
  });

  it("decides the weekend in the user's zone, not UTC", () => {
    // Friday 22:30 in Los Angeles is already Saturday in UTC.
    const la = { timeZone: "America/Los_Angeles" };
    const fridayEvening = new Date("2026-11-21T06:30:00Z");
    expect(localDateKey(fridayEvening, la.timeZone)).toBe("2026-11-20");
    expect(isBusinessDay(fridayEvening, la)).toBe(true);
    expect(isBusinessDay(fridayEvening, { timeZone: "UTC" })).toBe(false);
    expect(addBusinessDays(fridayEvening, 1, la).toISOString()).toBe("2026-11-24T06:30:00.000Z");
  });

  it("refuses negative or fractional days", () => {
    expect(() => addBusinessDays(new Date(), -1, ny)).toThrow(RangeError);
    expect(() => addBusinessDays(new Date(), 1.5, ny)).toThrow(RangeError);
  });
});

describe("businessDaysBetween", () => {
  it.each([
    ["same day", "2026-11-16T15:00:00Z", "2026-11-16T20:00:00Z", 0],
    ["Monday to Thursday", "2026-11-16T15:00:00Z", "2026-11-19T15:00:00Z", 3],
    ["Thursday to next Tuesday", "2026-11-19T15:00:00Z", "2026-11-24T15:00:00Z", 3],
    ["end before start", "2026-11-19T15:00:00Z", "2026-11-16T15:00:00Z", 0],
  ])("%s", (_name, start, end, expected) => {
    expect(businessDaysBetween(new Date(start), new Date(end), ny)).toBe(expected);
  });

  it("is the inverse of addBusinessDays", () => {
    const start = new Date("2026-11-13T14:00:00Z");
    for (let days = 0; days <= 30; days++) {
      expect(businessDaysBetween(start, addBusinessDays(start, days, ny), ny)).toBe(days);
    }
  });
});

describe("addLocalDays and addLocalMonths", () => {
  it("move by the user's calendar, not by 24-hour steps, across DST", () => {
    // A meeting Monday 28 September 2026 00:30 in Auckland (just after clocks went forward): the day
    // before is Sunday 00:30 NZST, not Saturday 23:30.
    expect(addLocalDays(new Date("2026-09-27T11:30:00Z"), -1, "Pacific/Auckland").toISOString()).toBe("2026-09-26T12:30:00.000Z");
  });

  it.each([
    ["Kolkata, 1 March 02:00 + 3 months → 1 June 02:00", "2026-02-28T20:30:00Z", 3, "Asia/Kolkata", "2026-05-31T20:30:00.000Z"],
    ["Auckland, 1 March 09:00 + 1 month → 1 April 09:00 (not 29 March, as in UTC)", "2026-02-28T20:00:00Z", 1, "Pacific/Auckland", "2026-03-31T20:00:00.000Z"],
    ["Auckland, 31 January + 1 month → 28 February (the month's end)", "2026-01-30T21:00:00Z", 1, "Pacific/Auckland", "2026-02-27T21:00:00.000Z"],
  ])("%s", (_name, start, months, zone, expected) => {
    expect(addLocalMonths(new Date(start), months, zone).toISOString()).toBe(expected);
  });
});
