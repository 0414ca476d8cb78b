import { describe, expect, it } from "vitest";
import { actionItemDueError, actionItemView, formatClock, interviewOrder, pauseTimer, readTimer, startTimer, timerElapsed, warningSeconds } from "@/lib/domain/interview";

describe("interviewOrder", () => {
  it("keeps the agenda's order but asks referral questions last", () => {
    const items = [
      { id: "who", position: 0, category: "REFERRALS" },
      { id: "start", position: 1, category: "CAREER_PATH" },
      { id: "custom", position: 2, category: null },
      { id: "day", position: 3, category: "THE_JOB" },
    ];
    expect(interviewOrder(items).map((i) => i.id)).toEqual(["start", "custom", "day", "who"]);
    expect(items[0]!.id).toBe("who"); // not sorted in place
  });
});

describe("the timer", () => {
  it.each([
    // [elapsed ms, minutes, remaining s, tone]
    [0, 30, 1800, "normal"],
    [24 * 60_000 + 59_000, 30, 301, "normal"],
    [25 * 60_000, 30, 300, "warning"],
    [29 * 60_000 + 59_999, 30, 1, "warning"],
    [30 * 60_000, 30, 0, "over"],
    [31 * 60_000, 30, -60, "over"],
    [15 * 60_000, 20, 300, "warning"],
    [14 * 60_000, 20, 360, "normal"],
    [8 * 60_000, 10, 120, "warning"],
  ] as const)("%i ms into %i minutes: %i s left, %s", (elapsed, minutes, remaining, tone) => {
    expect(readTimer(elapsed, minutes)).toEqual({ elapsedSeconds: Math.floor(elapsed / 1000), remainingSeconds: remaining, tone });
  });

  it("turns amber in the last quarter, at least 2 and at most 5 minutes", () => {
    expect(warningSeconds(10)).toBe(150);
    expect(warningSeconds(6)).toBe(120);
    expect(warningSeconds(60)).toBe(300);
  });

  it("starts, pauses and resumes without losing time", () => {
    let state = startTimer({ accumulatedMs: 0, runningSince: null }, 1_000);
    expect(timerElapsed(state, 61_000)).toBe(60_000);
    state = pauseTimer(state, 61_000);
    expect(timerElapsed(state, 500_000)).toBe(60_000);
    expect(startTimer(startTimer(state, 600_000), 700_000)).toEqual({ accumulatedMs: 60_000, runningSince: 600_000 });
    expect(timerElapsed(startTimer(state, 600_000), 630_000)).toBe(90_000);
    expect(pauseTimer(state, 1)).toBe(state);
  });

  it("formats minutes and seconds, hours when needed", () => {
    expect(formatClock(0)).toBe("0:00");
    expect(formatClock(75)).toBe("1:15");
    expect(formatClock(-75)).toBe("1:15");
    expect(formatClock(3725)).toBe("1:02:05");
  });
});

describe("actionItemDueError", () => {
  const zone = "America/New_York";
  // The meeting was at 10 am on Tue Nov 24 in New York; today is Sun Dec 6.
  const meetingStartsAt = new Date("2026-11-24T15:00:00Z");
  const now = new Date("2026-12-06T15:00:00Z");
  const check = (dueOn: string, at = now) => actionItemDueError({ dueOn, meetingStartsAt, now: at, timeZone: zone });

  it("takes any day from a month before the meeting (recorded late, said to be overdue elsewhere) up to five years ahead", () => {
    for (const day of ["2026-10-25", "2026-11-23", "2026-11-24", "2026-12-06", "2027-03-01", "2031-12-06"]) expect(check(day)).toBeNull();
  });

  it("refuses a day over a month before both the meeting and today, naming the meeting", () => {
    expect(check("2026-10-24")).toBe("That is over a month before the meeting (Nov 24, 2026). Check the date, the year especially.");
    expect(check("2020-01-01")).toMatch(/^That is over a month before the meeting/);
  });

  it("before the meeting, counts the month back from today", () => {
    const before = new Date("2026-11-20T15:00:00Z");
    expect(check("2026-11-15", before)).toBeNull();
    expect(check("2026-10-21", before)).toBeNull();
    expect(check("2026-10-20", before)).toBe("That is over a month before today. Check the date, the year especially.");
  });

  it("refuses more than five years ahead", () => {
    expect(check("2031-12-07")).toBe("That is more than 5 years away. Check the date, the year especially.");
  });

  it("reads days in the viewer's zone: late evening in New York is already tomorrow in UTC", () => {
    // A meeting at 11:30 pm on Nov 23 in New York (4:30 am on Nov 24 UTC) was on the 23rd there.
    const lateMeeting = new Date("2026-11-24T04:30:00Z");
    expect(actionItemDueError({ dueOn: "2026-10-24", meetingStartsAt: lateMeeting, now, timeZone: zone })).toBeNull();
    expect(actionItemDueError({ dueOn: "2026-10-24", meetingStartsAt: lateMeeting, now, timeZone: "UTC" })).toMatch(/^That is over a month before the meeting/);
  });
});

describe("actionItemView", () => {
  // Thursday 3 December 2026, 10:00 in New York; the item was due on Monday.
  const now = new Date("2026-12-03T15:00:00Z");
  const zone = "America/New_York";
  const item = { id: "a1", text: "Send the clip portfolio", dueAt: new Date("2026-11-30T22:00:00Z"), doneAt: null, snoozedUntil: null };

  it("calls an open item due before today overdue, by Today's rule", () => {
    expect(actionItemView(item, now, zone)).toMatchObject({ dueOn: "2026-11-30", dueLabel: "Mon, Nov 30", overdue: true, snoozedLabel: null, done: false });
    // Due earlier today is due today, not overdue.
    expect(actionItemView({ ...item, dueAt: new Date("2026-12-03T14:00:00Z") }, now, zone).overdue).toBe(false);
  });

  it("does not while its reminder is snoozed, and does again once the snooze has ended", () => {
    const snoozed = { ...item, snoozedUntil: new Date("2026-12-04T14:00:00Z") };
    expect(actionItemView(snoozed, now, zone)).toMatchObject({ overdue: false, snoozedLabel: "Fri, Dec 4" });
    expect(actionItemView(snoozed, new Date("2026-12-04T14:00:00Z"), zone)).toMatchObject({ overdue: true, snoozedLabel: null });
    expect(actionItemView({ ...item, snoozedUntil: new Date("2026-12-02T14:00:00Z") }, now, zone)).toMatchObject({ overdue: true, snoozedLabel: null });
  });

  it("says neither of a done item or one with no date", () => {
    expect(actionItemView({ ...item, doneAt: now, snoozedUntil: new Date("2026-12-04T14:00:00Z") }, now, zone)).toMatchObject({ overdue: false, snoozedLabel: null, done: true });
    expect(actionItemView({ ...item, dueAt: null }, now, zone)).toMatchObject({ dueOn: null, dueLabel: null, overdue: false, snoozedLabel: null });
  });
});
