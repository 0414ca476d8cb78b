import { describe, expect, it } from "vitest";
import { meetingZoneOptions, parseLocalDate, parseLocalDateTime, startInMeetingZone, toLocalInputValue, zoneLabel } from "@/lib/domain/local-time";
import { parseMeetingTime } from "@/lib/validation/meetings";
import { parseStageRecord } from "@/lib/validation/pipeline";

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

describe("a meeting's time, given in the professional's zone", () => {
  const meeting = { startsAt: "2026-12-08T10:00", durationMinutes: "30", mode: "VIDEO" };

  it("is read in the zone chosen with it, and kept with it; without one, in the student's own", () => {
    const pacific = parseStageRecord("OUTREACH", "SCHEDULED", { ...meeting, meetingTimeZone: "America/Los_Angeles" }, "America/New_York");
    expect(pacific).toMatchObject({ ok: true, record: { kind: "meeting", timeZone: "America/Los_Angeles" } });
    // 10:00 in Los Angeles is 18:00 UTC (1:00 PM in New York).
    expect(pacific.ok && pacific.record?.kind === "meeting" && pacific.record.startsAt.toISOString()).toBe("2026-12-08T18:00:00.000Z");
    const own = parseStageRecord("OUTREACH", "SCHEDULED", meeting, "America/New_York");
    expect(own).toMatchObject({ ok: true, record: { timeZone: "America/New_York" } });
    expect(own.ok && own.record?.kind === "meeting" && own.record.startsAt.toISOString()).toBe("2026-12-08T15:00:00.000Z");
  });

  it("refuses a zone no one has on its field, and takes an alias as its canonical name", () => {
    expect(parseStageRecord("OUTREACH", "SCHEDULED", { ...meeting, meetingTimeZone: "Mars/Olympus_Mons" }, "UTC")).toEqual({
      ok: false,
      fieldErrors: { meetingTimeZone: "Choose a time zone from the list." },
    });
    expect(parseStageRecord("OUTREACH", "SCHEDULED", { ...meeting, meetingTimeZone: "US/Pacific" }, "UTC")).toMatchObject({ ok: true, record: { timeZone: "America/Los_Angeles" } });
  });

  it("is read the same way when a meeting is rescheduled", () => {
    const now = new Date("2026-12-01T12:00:00Z");
    const fields = { startsAt: "2026-12-08T10:00", durationMinutes: 30, mode: "VIDEO" as const, meetingTimeZone: "Asia/Kolkata" };
    expect(parseMeetingTime(fields, "America/New_York", now)).toMatchObject({ ok: true, time: { timeZone: "Asia/Kolkata", startsAt: new Date("2026-12-08T04:30:00Z") } });
    expect(parseMeetingTime({ ...fields, meetingTimeZone: undefined }, "America/New_York", now)).toMatchObject({ ok: true, time: { timeZone: "America/New_York" } });
  });

  it("offers the student's zone first, then a meeting's own zone off the list, then the list", () => {
    const options = meetingZoneOptions("America/Chicago");
    expect(options[0]).toEqual({ zone: "America/Chicago", label: "Your time zone: Central time (Chicago)" });
    expect(options.filter((o) => o.zone === "America/Chicago")).toHaveLength(1);
    expect(options.map((o) => o.zone)).toContain("America/Los_Angeles");
    expect(meetingZoneOptions("America/Chicago", "Europe/Lisbon")[1]).toEqual({ zone: "Europe/Lisbon", label: "Europe/Lisbon" });
    expect(zoneLabel("America/Argentina/Buenos_Aires")).toBe("America/Argentina/Buenos Aires");
  });

  it("shows the start on their clock only when it reads differently from the student's", () => {
    const start = new Date("2026-12-08T18:00:00Z");
    expect(startInMeetingZone(start, "America/Los_Angeles", "America/New_York")).toBe("Tue 10:00 AM Pacific time (Los Angeles)");
    expect(startInMeetingZone(start, "America/New_York", "America/New_York")).toBeNull();
    // Another name for the same clock (Toronto keeps New York's time) is not worth a second line.
    expect(startInMeetingZone(start, "America/Toronto", "America/New_York")).toBeNull();
    // Across midnight, the day says so.
    expect(startInMeetingZone(start, "Asia/Tokyo", "America/New_York")).toBe("Wed 3:00 AM Japan (Tokyo)");
  });
});
