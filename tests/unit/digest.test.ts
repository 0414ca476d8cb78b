import { describe, expect, it } from "vitest";
import { buildDigest, digestPeriodKey, escapeHtml, isDigestDue, type DigestInput } from "@/lib/domain/digest";

const NY = "America/New_York";
const TOKYO = "Asia/Tokyo";

describe("digestPeriodKey", () => {
  it.each([
    // 2026-11-23 is a Monday. 03:30 UTC is still Sunday evening in New York, already Monday in Tokyo.
    ["DAILY", "2026-11-23T03:30:00Z", NY, "2026-11-22"],
    ["DAILY", "2026-11-23T03:30:00Z", TOKYO, "2026-11-23"],
    ["WEEKLY", "2026-11-23T03:30:00Z", NY, "2026-W47"],
    ["WEEKLY", "2026-11-23T03:30:00Z", TOKYO, "2026-W48"],
    // ISO week-numbering year: Friday 2027-01-01 belongs to 2026's week 53; Monday 2029-12-31 to 2030-W01.
    ["WEEKLY", "2027-01-01T15:00:00Z", NY, "2026-W53"],
    ["WEEKLY", "2029-12-31T15:00:00Z", NY, "2030-W01"],
  ] as const)("%s at %s in %s is %s", (frequency, at, zone, key) => {
    expect(digestPeriodKey(frequency, new Date(at), zone)).toBe(key);
  });

  it("has no period when the digest is off", () => {
    expect(digestPeriodKey("NONE", new Date("2026-11-23T12:00:00Z"), NY)).toBeNull();
  });
});

describe("isDigestDue", () => {
  it.each([
    // Monday 2026-11-23 in New York (UTC-5): 07:00 local is 12:00 UTC.
    ["DAILY", "2026-11-23T11:59:00Z", NY, false],
    ["DAILY", "2026-11-23T12:00:00Z", NY, true],
    ["DAILY", "2026-11-24T04:59:00Z", NY, true], // 23:59 local, same day
    ["WEEKLY", "2026-11-23T11:59:00Z", NY, false],
    ["WEEKLY", "2026-11-23T12:00:00Z", NY, true],
    ["WEEKLY", "2026-11-24T12:00:00Z", NY, false], // Tuesday
    ["WEEKLY", "2026-11-22T23:00:00Z", TOKYO, true], // 08:00 Monday in Tokyo, still Sunday in UTC
    ["NONE", "2026-11-23T15:00:00Z", NY, false],
  ] as const)("%s at %s in %s → %s", (frequency, at, zone, due) => {
    expect(isDigestDue(frequency, new Date(at), zone)).toBe(due);
  });

  it("follows daylight saving: 07:00 local is 11:00 UTC in summer", () => {
    expect(isDigestDue("DAILY", new Date("2026-07-06T10:59:00Z"), NY)).toBe(false);
    expect(isDigestDue("DAILY", new Date("2026-07-06T11:00:00Z"), NY)).toBe(true);
  });
});

describe("buildDigest", () => {
  // Monday 2026-11-23, 08:00 in New York.
  const now = new Date("2026-11-23T13:00:00Z");
  const base: DigestInput = { frequency: "DAILY", now, timeZone: NY, userName: "Maya", reminders: [], meetings: [], appUrl: "https://rapport.example.edu/" };

  it("sends nothing when nothing is due", () => {
    expect(buildDigest(base)).toBeNull();
    // Beyond the 7-day horizon, and a meeting already past: still nothing.
    expect(
      buildDigest({
        ...base,
        reminders: [{ rule: "FOLLOW_UP_7B", title: "Later", dueAt: new Date("2026-12-05T15:00:00Z") }],
        meetings: [{ title: "Earlier", startsAt: new Date("2026-11-23T12:00:00Z") }],
      }),
    ).toBeNull();
  });

  it("groups overdue, today and the coming week, and lists upcoming meetings", () => {
    const digest = buildDigest({
      ...base,
      reminders: [
        { rule: "FOLLOW_UP_7B", title: "Follow up with Ana", dueAt: new Date("2026-11-25T15:00:00Z"), contactName: "Ana Ruiz" },
        { rule: "THANK_YOU_24H", title: "Thank Ben Ode within 24 hours", dueAt: new Date("2026-11-20T15:00:00Z"), contactName: "Ben Ode" },
        { rule: "PREP_DAY_BEFORE", title: "Prepare agenda", dueAt: new Date("2026-11-23T20:00:00Z") },
        // Snoozed to tomorrow: not overdue, coming up.
        { rule: "KEEP_IN_TOUCH", title: "Keep in touch", dueAt: new Date("2026-11-19T15:00:00Z"), snoozedUntil: new Date("2026-11-24T14:00:00Z") },
      ],
      meetings: [{ title: "Coffee with Cy", startsAt: new Date("2026-11-24T16:30:00Z"), contactName: "Cy Lam", location: "Blue Bottle" }],
    });
    expect(digest).not.toBeNull();
    if (!digest) return;
    expect(digest.count).toBe(5);
    expect(digest.subject).toBe("Rapport for Mon, Nov 23: 2 due (1 overdue), 2 coming up, 1 meeting");
    const text = digest.text;
    const order = ["OVERDUE", "Thank Ben Ode", "DUE TODAY", "Prepare agenda", "DUE IN THE NEXT 7 DAYS", "Keep in touch", "Follow up with Ana", "MEETINGS", "Coffee with Cy (Blue Bottle)"];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // Its 24 hours long gone, the thank-you says it is late, as Today does.
    expect(text).toContain("- was due Fri, Nov 20: Thank Ben Ode — late, and still worth sending (Ben Ode)");
    expect(text).toContain("- Tue, Nov 24, 11:30 AM: Coffee with Cy (Blue Bottle) (Cy Lam)");
    expect(text).toContain("Open Today: https://rapport.example.edu/today");
  });

  it("asks a prep reminder left open past its meeting's start to record how it went, as Today does", () => {
    const prep = { rule: "PREP_DAY_BEFORE" as const, title: "Prepare for your meeting with Ana Ruiz", dueAt: new Date("2026-11-20T15:00:00Z"), contactName: "Ana Ruiz" };
    const digest = buildDigest({
      ...base,
      reminders: [
        { ...prep, ownMeetingStartsAt: new Date("2026-11-21T15:00:00Z") },
        { ...prep, title: "Prepare for your meeting with Bo Ode", contactName: "Bo Ode", ownMeetingStartsAt: new Date("2026-11-23T16:00:00Z") },
      ],
    });
    expect(digest?.text).toContain("- was due Fri, Nov 20: Record how your meeting with Ana Ruiz went (Ana Ruiz)");
    expect(digest?.text).toContain("- was due Fri, Nov 20: Prepare for your meeting with Bo Ode (Bo Ode)");
  });

  it("groups a reminder whose snooze ends today as Today will: overdue by the day it was due, not due today", () => {
    // Due Friday, snoozed to 09:00 this morning: from 09:00 Today lists it under Overdue, due Friday.
    const digest = buildDigest({
      ...base,
      now: new Date("2026-11-23T12:00:00Z"), // 07:00, before the snooze ends
      reminders: [
        { rule: "THANK_YOU_24H", title: "Send thanks", dueAt: new Date("2026-11-20T15:00:00Z"), snoozedUntil: new Date("2026-11-23T14:00:00Z") },
        // Its snooze long over: overdue since the day it was due, not the day the snooze ended.
        { rule: "FOLLOW_UP_7B", title: "Call Dee", dueAt: new Date("2026-11-16T15:00:00Z"), snoozedUntil: new Date("2026-11-21T14:00:00Z") },
        { rule: "PREP_DAY_BEFORE", title: "Prepare agenda", dueAt: new Date("2026-11-23T20:00:00Z") },
      ],
    });
    expect(digest?.subject).toBe("Rapport for Mon, Nov 23: 3 due (2 overdue)");
    expect(digest?.text).toContain("OVERDUE\n- was due Mon, Nov 16: Call Dee\n- was due Fri, Nov 20: Send thanks\n\nDUE TODAY\n- Mon, Nov 23: Prepare agenda\n");
  });

  it("escapes every user string in the HTML", () => {
    const digest = buildDigest({
      ...base,
      userName: `<b>Maya</b>`,
      reminders: [{ rule: "FOLLOW_UP_7B", title: `<script>alert("x")</script>`, dueAt: now, contactName: `O'Neil & <Sons>` }],
      meetings: [{ title: "<img src=x onerror=1>", startsAt: new Date("2026-11-23T18:00:00Z"), location: `"quoted"` }],
    });
    expect(digest).not.toBeNull();
    if (!digest) return;
    expect(digest.html).not.toMatch(/<script|<img|<b>Maya/);
    expect(digest.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(digest.html).toContain("O&#39;Neil &amp; &lt;Sons&gt;");
    expect(digest.html).toContain("&lt;img src=x onerror=1&gt; (&quot;quoted&quot;)");
    // The plain text keeps them as typed.
    expect(digest.text).toContain(`<script>alert("x")</script>`);
  });

  it("titles a weekly digest for the week", () => {
    const digest = buildDigest({ ...base, frequency: "WEEKLY", appUrl: undefined, reminders: [{ rule: "THANK_YOU_24H", title: "Thank Dee", dueAt: new Date("2026-11-27T15:00:00Z") }] });
    expect(digest?.subject).toBe("Your week in Rapport: 1 coming up");
    expect(digest?.text).toContain("DUE THIS WEEK");
    expect(digest?.text).not.toContain("Open Today");
  });
});

describe("escapeHtml", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&#39;");
  });
});
