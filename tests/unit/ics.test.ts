// Invitations checked by an independent parser (Mozilla's ical.js), not by our own reading of them.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, foldLine } from "@/lib/domain/ics";
import { parseLocalDateTime } from "@/lib/domain/local-time";

const now = new Date("2026-11-22T12:00:00Z");

describe("buildCalendar", () => {
  it("writes an invitation a calendar reads back at the right instant, for a user in another zone", () => {
    // Maya in Chicago books 10:30 local on 2 December: 16:30 UTC.
    const start = parseLocalDateTime("2026-12-02T10:30", "America/Chicago")!;
    const ics = buildCalendar({
      method: "REQUEST",
      timeZone: "America/Chicago",
      now,
      events: [
        {
          uid: "m1@rapport.app",
          sequence: 2,
          start,
          durationMinutes: 30,
          summary: "Informational interview with Zoë Müller; Weber Shandwick, NYC",
          description: "Questions:\n1. How did you get started?\n2. Who else should I talk to?",
          location: "Fox in the Snow, 1031 N 4th St",
          alarmMinutesBefore: 60,
          organizer: { name: "Maya Chen", email: "maya@student.example" },
          attendees: [{ name: "Zoë Müller", email: "zoe@weber.example" }],
        },
      ],
    });
    expect(ics).toMatch(/\r\n$/);
    expect(ics.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/\n/);

    const calendar = new ICAL.Component(ICAL.parse(ics));
    const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
    expect(event.uid).toBe("m1@rapport.app");
    expect(event.sequence).toBe(2);
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-12-02T16:30:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-12-02T17:00:00.000Z");
    expect(event.summary).toBe("Informational interview with Zoë Müller; Weber Shandwick, NYC");
    expect(event.description).toBe("Questions:\n1. How did you get started?\n2. Who else should I talk to?");
    expect(event.location).toBe("Fox in the Snow, 1031 N 4th St");
    expect(calendar.getFirstSubcomponent("vevent")!.getFirstPropertyValue("dtstamp")!.toString()).toBe("2026-11-22T12:00:00Z");
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(event.organizer).toBe("mailto:maya@student.example");
    expect(event.attendees.map((a) => a.getFirstValue())).toEqual(["mailto:zoe@weber.example"]);
  });

  it("marks a cancelled meeting cancelled, without an alarm", () => {
    const ics = buildCalendar({ now, events: [{ uid: "m2@rapport.app", sequence: 3, start: now, durationMinutes: 20, summary: "Call", status: "CANCELLED", alarmMinutesBefore: 30 }] });
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!;
    expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(vevent.getFirstSubcomponent("valarm")).toBeNull();
  });

  it("writes an all-day event on a calendar date, ending the next day (across a year end)", () => {
    const ics = buildCalendar({ now, events: [{ uid: "r1@rapport.app", sequence: 0, start: now, durationMinutes: 0, allDayDate: "2026-12-31", summary: "Follow up with Ana" }] });
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe("2026-12-31");
    expect(event.endDate.toString()).toBe("2027-01-01");
  });
});

describe("foldLine", () => {
  it("folds at 75 octets without splitting a multi-byte character", () => {
    const line = `SUMMARY:${"é".repeat(80)}`;
    const folded = foldLine(line).split("\r\n");
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
  });
});
