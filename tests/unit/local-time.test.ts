import { describe, expect, it } from "vitest";
import { parseLocalDate, parseLocalDateTime, toLocalInputValue } from "@/lib/domain/local-time";

describe("parseLocalDateTime", () => {
  it.each([
    ["2026-12-02T10:30", "America/New_York", "2026-12-02T15:30:00.000Z"],
    ["2026-07-02T10:30", "America/New_York", "2026-07-02T14:30:00.000Z"],
    ["2026-12-02T10:30", "Asia/Kolkata", "2026-12-02T05:00:00.000Z"],
    ["2026-03-29T02:30", "Europe/London", "2026-03-29T01:30:00.000Z"], // inside the spring gap: moved forward
  ])("%s in %s", (value, zone, expected) => {
    expect(parseLocalDateTime(value, zone)?.toISOString()).toBe(expected);
  });

  it.each(["", "2026-02-31T10:00", "2026-13-01T10:00", "2026-12-02 10:30", "2026-12-02T24:00", "tomorrow"])("refuses %j", (value) => {
    expect(parseLocalDateTime(value, "UTC")).toBeNull();
  });

  it("round-trips with toLocalInputValue", () => {
    const instant = new Date("2026-11-22T23:45:00Z");
    for (const zone of ["UTC", "America/Los_Angeles", "Australia/Adelaide"]) {
      expect(parseLocalDateTime(toLocalInputValue(instant, zone), zone)?.toISOString()).toBe(instant.toISOString());
    }
  });

  it("parses a local date as its midnight", () => {
    expect(parseLocalDate("2026-12-02", "America/Chicago")?.toISOString()).toBe("2026-12-02T06:00:00.000Z");
    expect(parseLocalDate("12/02/2026", "UTC")).toBeNull();
  });
});
