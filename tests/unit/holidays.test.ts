// A weekend holiday is accepted with a note, since business days skip weekends anyway.
import { describe, expect, it } from "vitest";
import { weekendHolidayNote } from "@/lib/domain/holidays";

describe("weekendHolidayNote", () => {
  it("notes a Saturday or a Sunday", () => {
    expect(weekendHolidayNote("2026-12-26")).toBe("Saturday, December 26 is a weekend day: reminders already skip it.");
    expect(weekendHolidayNote("2027-01-03")).toBe("Sunday, January 3 is a weekend day: reminders already skip it.");
  });

  it("says nothing of a weekday or of something that is not a date", () => {
    expect(weekendHolidayNote("2026-12-25")).toBeNull();
    expect(weekendHolidayNote("2026-12-28")).toBeNull();
    expect(weekendHolidayNote("")).toBeNull();
    expect(weekendHolidayNote("2026-13-40")).toBeNull();
    expect(weekendHolidayNote("26/12/2026")).toBeNull();
  });
});
