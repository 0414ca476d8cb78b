// iTIP (RFC 5546) for Rapport's .ics files, checked with ical.js: a file with nobody to invite is a
// PUBLISH with an ORGANIZER and no ATTENDEE; a REQUEST names both; a cancelled REQUEST is a CANCEL.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, calendarMethod, type IcsEvent } from "@/lib/domain/ics";

const now = new Date("2026-11-22T12:00:00Z");
const maya = { name: "Maya Chen", email: "maya@student.example" };
const zoe = { name: "Zoë Müller", email: "zoe@weber.example" };
const meeting: IcsEvent = { uid: "m1@rapport.app", sequence: 0, start: new Date("2026-12-02T16:30:00Z"), durationMinutes: 30, summary: "Informational interview with Zoë Müller", alarmMinutesBefore: 60 };

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent("vevent")!;
  return { calendar, vevent, method: calendar.getFirstPropertyValue("method") };
}

describe("the METHOD and who is on the event", () => {
  it("writes a REQUEST with nobody to invite as a PUBLISH, never a REQUEST without ATTENDEE", () => {
    for (const event of [meeting, { ...meeting, organizer: maya }, { ...meeting, organizer: maya, attendees: [] }]) {
      const ics = buildCalendar({ method: "REQUEST", now, events: [event] });
      const { method, vevent } = parse(ics);
      expect(method).toBe("PUBLISH");
      expect(vevent.getAllProperties("attendee")).toHaveLength(0);
    }
  });

  it("gives a PUBLISH its ORGANIZER and never an ATTENDEE", () => {
    const ics = buildCalendar({ method: "PUBLISH", now, events: [{ ...meeting, organizer: maya, attendees: [zoe] }] });
    const { method, vevent } = parse(ics);
    expect(method).toBe("PUBLISH");
    const organizer = vevent.getFirstProperty("organizer")!;
    expect(organizer.getFirstValue()).toBe("mailto:maya@student.example");
    expect(organizer.getParameter("cn")).toBe("Maya Chen");
    expect(vevent.getAllProperties("attendee")).toHaveLength(0);
  });

  it("writes a REQUEST with its ORGANIZER and ATTENDEE, names quoted so punctuation and line breaks survive", () => {
    const organizer = { name: 'Maya "MC" Chen; Ph.D: class of 2027\r\nX-INJECTED:1', email: "maya@student.example" };
    const ics = buildCalendar({ method: "REQUEST", now, events: [{ ...meeting, organizer, attendees: [zoe] }] });
    expect(ics).not.toMatch(/\r(?!\n)/);
    const { method, vevent } = parse(ics);
    expect(method).toBe("REQUEST");
    expect(vevent.getFirstProperty("organizer")!.getParameter("cn")).toBe('Maya "MC" Chen; Ph.D: class of 2027\nX-INJECTED:1');
    expect(vevent.getFirstPropertyValue("organizer")).toBe("mailto:maya@student.example");
    const attendees = vevent.getAllProperties("attendee");
    expect(attendees).toHaveLength(1);
    expect(attendees[0]!.getFirstValue()).toBe("mailto:zoe@weber.example");
    expect(attendees[0]!.getParameter("cn")).toBe("Zoë Müller");
    expect(attendees[0]!.getParameter("partstat")).toBe("NEEDS-ACTION");
    expect(attendees[0]!.getParameter("rsvp")).toBe("TRUE");
    expect(vevent.getAllProperties().map((p) => p.name)).not.toContain("x-injected");
  });

  it("cancels a REQUEST with METHOD:CANCEL, the same UID, the higher SEQUENCE and STATUS:CANCELLED", () => {
    const invited = { ...meeting, organizer: maya, attendees: [zoe] };
    const request = parse(buildCalendar({ method: "REQUEST", now, events: [invited] }));
    const cancel = parse(buildCalendar({ method: "REQUEST", now, events: [{ ...invited, sequence: 1, status: "CANCELLED" }] }));
    expect(request.method).toBe("REQUEST");
    expect(cancel.method).toBe("CANCEL");
    expect(cancel.vevent.getFirstPropertyValue("uid")).toBe(request.vevent.getFirstPropertyValue("uid"));
    expect(Number(cancel.vevent.getFirstPropertyValue("sequence"))).toBeGreaterThan(Number(request.vevent.getFirstPropertyValue("sequence")));
    expect(cancel.vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(cancel.vevent.getFirstPropertyValue("organizer")).toBe("mailto:maya@student.example");
    expect(cancel.vevent.getAllProperties("attendee")).toHaveLength(1);
    expect(cancel.vevent.getFirstSubcomponent("valarm")).toBeNull();
  });

  it("publishes a cancelled event as STATUS:CANCELLED under PUBLISH", () => {
    const { method, vevent } = parse(buildCalendar({ method: "PUBLISH", now, events: [{ ...meeting, sequence: 1, organizer: maya, status: "CANCELLED" }] }));
    expect(method).toBe("PUBLISH");
    expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
  });

  it("refuses to mix a cancellation and a request in one message", () => {
    const invited = { ...meeting, organizer: maya, attendees: [zoe] };
    expect(() => calendarMethod({ method: "REQUEST", events: [invited, { ...invited, uid: "m2@rapport.app", status: "CANCELLED" }] })).toThrow(/one method/);
  });
});
