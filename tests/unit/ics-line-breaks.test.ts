// Line breaks inside a value (CRLF, LF and a lone CR) are written as \n, so no value can end a
// content line early and smuggle in a property of its own; folding still keeps lines to 75 octets.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText } from "@/lib/domain/ics";

const now = new Date("2026-11-22T12:00:00Z");

/** Every CR in the file is the first half of a CRLF line end, and every line fits in 75 octets. */
function expectCleanLines(text: string) {
  expect(text).not.toMatch(/\r(?!\n)/);
  expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
}

describe("iCalendar text values", () => {
  it("escape a lone CR, CRLF and LF alike as \\n", () => {
    expect(escapeText("a\rb\r\nc\nd")).toBe("a\\nb\\nc\\nd");
    expect(escapeText("a\r\rb")).toBe("a\\n\\nb");
  });

  it("drop other control characters, which RFC 5545 TEXT may not hold, and keep tabs", () => {
    expect(escapeText("a\u0000b\u000bc\u001fd\u007fe\tf")).toBe("abcde\tf");
  });

  it("cannot inject a property through a lone CR in a summary, description, location, URL or UID", () => {
    const ics = buildCalendar({
      now,
      events: [
        {
          uid: "m1@rapport.app\rATTENDEE:mailto:uid@evil.example",
          sequence: 0,
          start: now,
          durationMinutes: 30,
          summary: "Coffee\rX-INJECTED:summary",
          description: `Line one\rLine two\r\nLine three\nLine four ${"é".repeat(60)}\r${"\r".repeat(40)}end`,
          location: "Café\rORGANIZER:mailto:evil@evil.example",
          url: "https://meet.example/abc\rATTENDEE:mailto:url@evil.example",
        },
      ],
    });
    expectCleanLines(ics);
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!;
    expect(vevent.getAllProperties().map((p) => p.name).sort()).toEqual(["description", "dtend", "dtstamp", "dtstart", "location", "sequence", "status", "summary", "uid", "url"]);
    const event = new ICAL.Event(vevent);
    expect(event.summary).toBe("Coffee\nX-INJECTED:summary");
    expect(event.description).toBe(`Line one\nLine two\nLine three\nLine four ${"é".repeat(60)}\n${"\n".repeat(40)}end`);
    expect(event.location).toBe("Café\nORGANIZER:mailto:evil@evil.example");
    expect(event.uid).toBe("m1@rapport.appATTENDEE:mailto:uid@evil.example");
  });

  it("keeps a calendar name with a lone CR on one line", () => {
    const ics = buildCalendar({ name: "Maya\rX-INJECTED:1", timeZone: "America/Chicago\rX-INJECTED:2", now, events: [] });
    expectCleanLines(ics);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getAllProperties().map((p) => p.name)).not.toContain("x-injected");
    // ical.js does not know X-WR-CALNAME's type, so it hands back the escaped text as written.
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Maya\\nX-INJECTED:1");
  });
});
