// The one definition of the progress metrics: funnel conversion from the stage history, rates that
// say "—" instead of 0 % or NaN, the thank-you's 24 hours, stalled after 14 days, and the weekly
// goal's streak in the user's time zone (across a year end and a DST change).
import { describe, expect, it } from "vitest";
import {
  formatHours,
  formatPercent,
  funnel,
  isStalled,
  median,
  progressMetrics,
  ratio,
  recentWeeks,
  referralTree,
  STREAK_LOOKBACK_WEEKS,
  THANK_YOU_ON_TIME_BEFORE_MS,
  countThankYous,
  formatThankYous,
  overdueFigures,
  thankYouFigures,
  thankYouOnTime,
  thankYouOnTimeRate,
  thankYousDue,
  thankYouState,
  thankYouStates,
  weekKey,
  weeklyGoal,
  type ProgressAggregates,
} from "@/lib/domain/metrics";

describe("funnel", () => {
  it("counts contacts per current stage and converts by the furthest stage each reached", () => {
    const steps = funnel([
      { stage: "FIND", reached: "FIND", count: 4 },
      { stage: "OUTREACH", reached: "OUTREACH", count: 3 },
      // Moved back from scheduled to outreach: still reached scheduled.
      { stage: "OUTREACH", reached: "SCHEDULED", count: 1 },
      { stage: "THANKED", reached: "THANKED", count: 2 },
    ]);
    expect(steps.map((s) => [s.stage, s.current, s.reached])).toEqual([
      ["FIND", 4, 10],
      ["OUTREACH", 4, 6],
      ["SCHEDULED", 0, 3],
      ["INTERVIEWED", 0, 2],
      ["THANKED", 2, 2],
      ["FOLLOW_UP", 0, 0],
    ]);
    expect(steps.map((s) => s.conversionFromPrevious)).toEqual([null, 0.6, 0.5, 2 / 3, 1, 0]);
  });

  it("has no conversion (not 0 % or NaN) where nobody reached the previous stage", () => {
    const steps = funnel([]);
    expect(steps.every((s) => s.current === 0 && s.reached === 0 && s.conversionFromPrevious === null)).toBe(true);
    expect(formatPercent(steps[1]?.conversionFromPrevious ?? null)).toBe("—");
  });

  it("never counts a contact as reaching less than its current stage", () => {
    const steps = funnel([{ stage: "SCHEDULED", reached: "FIND", count: 1 }]);
    expect(steps.map((s) => s.reached)).toEqual([1, 1, 1, 0, 0, 0]);
  });
});

describe("rates and durations", () => {
  it.each([
    [0, 0, null, "—"],
    [3, 0, null, "—"],
    [0, 4, 0, "0 %"],
    [1, 3, 1 / 3, "33 %"],
    [2, 2, 1, "100 %"],
  ])("%i of %i → %s", (part, whole, value, shown) => {
    expect(ratio(part, whole)).toBe(value);
    expect(formatPercent(ratio(part, whole))).toBe(shown);
  });

  it("shows time to reply in hours, then days, and — for none", () => {
    expect(formatHours(null)).toBe("—");
    expect(formatHours(0.4)).toBe("under an hour");
    expect(formatHours(1)).toBe("1 hour");
    expect(formatHours(30)).toBe("30 hours");
    expect(formatHours(72)).toBe("3 days");
  });

  it("takes the median of odd and even lists, and none of an empty one", () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });
});

describe("thank-you within 24 hours", () => {
  const done = new Date("2026-12-31T22:00:00Z");
  it.each([
    ["2026-12-31T23:00:00Z", true],
    ["2027-01-01T22:00:00Z", true],
    ["2027-01-01T22:01:00Z", false],
    ["2027-01-03T09:00:00Z", false],
  ])("sent %s → on time %s", (sent, onTime) => {
    expect(thankYouOnTime(done, new Date(sent))).toBe(onTime);
  });

  // The SQL counts on-time thank-yous as "sent less than THANK_YOU_ON_TIME_BEFORE_MS after the
  // meeting": the same answer as thankYouOnTime for every gap, in particular around the boundary.
  it("agrees with the gap the SQL counts with, either side of the boundary", () => {
    const minute = 60_000;
    const gaps = [0, 1, 59_999, 23 * 60 * minute, 24 * 60 * minute - 1, 24 * 60 * minute, 24 * 60 * minute + 1, 1441 * minute - 1, 1441 * minute, 1441 * minute + 1, 3 * 24 * 60 * minute];
    for (let i = 0; i < 200; i++) gaps.push(Math.floor(((i * 7919) % 1000) / 1000 * 2 * 24 * 60 * minute) + (i % 3));
    for (const gap of gaps) {
      const sent = new Date(done.getTime() + gap);
      expect(gap < THANK_YOU_ON_TIME_BEFORE_MS, `gap ${gap} ms`).toBe(thankYouOnTime(done, sent));
    }
  });
});

describe("thank-you states", () => {
  const done = new Date("2026-12-01T15:00:00Z");
  const H = 60 * 60 * 1000;
  const at = (hours: number) => new Date(done.getTime() + hours * H);

  it.each([
    ["sent within the window", at(5), at(48), "on-time"],
    ["sent after the window", at(30), at(48), "late"],
    ["unsent, window closed", null, at(25), "overdue"],
    ["unsent, window open", null, at(23), "not-yet-due"],
    ["unsent, exactly THANK_YOU_ON_TIME_BEFORE_MS after", null, new Date(done.getTime() + THANK_YOU_ON_TIME_BEFORE_MS), "overdue"],
    ["unsent, a millisecond before that", null, new Date(done.getTime() + THANK_YOU_ON_TIME_BEFORE_MS - 1), "not-yet-due"],
  ] as const)("%s → %s", (_label, sent, now, state) => {
    expect(thankYouState(done, sent, now)).toBe(state);
  });

  // Unsent becomes overdue exactly when a thank-you sent now would be late, at every gap.
  it("turns overdue exactly when sending now would be late", () => {
    const minute = 60_000;
    for (const gap of [0, 1, 24 * 60 * minute, 1441 * minute - 1, 1441 * minute, 1441 * minute + 1, 3 * 24 * 60 * minute]) {
      const now = new Date(done.getTime() + gap);
      expect(thankYouState(done, null, now) === "overdue", `gap ${gap}`).toBe(!thankYouOnTime(done, now));
    }
  });

  it("gives each done meeting its first thank-you before the contact's next meeting", () => {
    const now = new Date("2026-12-10T12:00:00Z");
    const states = thankYouStates(
      [
        { id: "on-time", contactId: "a", doneAt: new Date("2026-12-01T15:00:00Z") },
        { id: "late", contactId: "b", doneAt: new Date("2026-12-01T15:00:00Z") },
        { id: "overdue", contactId: "c", doneAt: new Date("2026-12-01T15:00:00Z") },
        { id: "not-yet-due", contactId: "d", doneAt: new Date("2026-12-10T00:00:00Z") },
        // Met twice, thanked only after the second meeting: the first one's thank-you is overdue.
        { id: "first-of-two", contactId: "e", doneAt: new Date("2026-12-01T15:00:00Z") },
        { id: "second-of-two", contactId: "e", doneAt: new Date("2026-12-05T15:00:00Z") },
        // Thanked before the meeting (and never after): overdue.
        { id: "thanked-before", contactId: "f", doneAt: new Date("2026-12-03T15:00:00Z") },
        // Done in the future: not counted.
        { id: "future", contactId: "g", doneAt: new Date("2026-12-11T15:00:00Z") },
      ],
      [
        { contactId: "a", sentAt: new Date("2026-12-01T20:00:00Z") },
        { contactId: "a", sentAt: new Date("2026-12-04T20:00:00Z") }, // a second one changes nothing
        { contactId: "b", sentAt: new Date("2026-12-03T15:00:00Z") },
        { contactId: "e", sentAt: new Date("2026-12-05T16:00:00Z") },
        { contactId: "f", sentAt: new Date("2026-12-02T15:00:00Z") },
        { contactId: "c", sentAt: new Date("2026-12-11T15:00:00Z") }, // sent after now: not yet
      ],
      now,
    );
    expect(Object.fromEntries(states)).toEqual({
      "on-time": "on-time",
      late: "late",
      overdue: "overdue",
      "not-yet-due": "not-yet-due",
      "first-of-two": "overdue",
      "second-of-two": "on-time",
      "thanked-before": "overdue",
    });
    const counts = countThankYous(states.values());
    expect(counts).toEqual({ onTime: 2, late: 1, overdue: 3 });
    expect(thankYousDue(counts)).toBe(6);
    expect(thankYouOnTimeRate(counts)).toBe(2 / 6);
    expect(thankYouOnTimeRate({ onTime: 0, late: 0, overdue: 0 })).toBeNull();
  });

  it("gives two meetings done at the same instant the same thank-you", () => {
    const doneAt = new Date("2026-12-01T15:00:00Z");
    const states = thankYouStates(
      [
        { id: "x", contactId: "a", doneAt },
        { id: "y", contactId: "a", doneAt },
      ],
      [{ contactId: "a", sentAt: new Date("2026-12-01T16:00:00Z") }],
      new Date("2026-12-05T00:00:00Z"),
    );
    expect(Object.fromEntries(states)).toEqual({ x: "on-time", y: "on-time" });
  });
});

describe("stalled", () => {
  const now = new Date("2026-12-02T16:00:00Z");
  const created = new Date("2026-01-01T00:00:00Z");
  it("is stalled after 14 days without activity, not before", () => {
    expect(isStalled(new Date("2026-11-19T16:00:01Z"), created, now)).toBe(false);
    expect(isStalled(new Date("2026-11-18T16:00:00Z"), created, now)).toBe(true);
  });
  it("counts a brand-new account from its creation", () => {
    expect(isStalled(null, new Date("2026-11-30T00:00:00Z"), now)).toBe(false);
    expect(isStalled(null, created, now)).toBe(true);
  });
});

describe("weekly goal and streak", () => {
  it("keys weeks by their Monday in the user's time zone", () => {
    // Monday 00:30 in Auckland is still Sunday in UTC.
    expect(weekKey(new Date("2026-11-29T11:30:00Z"), "Pacific/Auckland")).toBe("2026-11-30");
    expect(weekKey(new Date("2026-11-29T11:30:00Z"), "UTC")).toBe("2026-11-23");
    // Sunday evening in Chicago is Monday in UTC.
    expect(weekKey(new Date("2026-11-30T03:00:00Z"), "America/Chicago")).toBe("2026-11-23");
  });

  it("counts a streak across a year end (the week of Monday 29 December 2025 spans it)", () => {
    const now = new Date("2026-01-14T12:00:00Z"); // Wednesday; this week began Monday 12 January
    const counts = new Map([
      ["2026-01-12", 2],
      ["2026-01-05", 5],
      ["2025-12-29", 6],
      ["2025-12-22", 5],
      ["2025-12-15", 1],
      ["2025-12-08", 9],
    ]);
    expect(weeklyGoal(counts, 5, now, "Europe/Berlin")).toEqual({ goal: 5, thisWeek: 2, progress: 0.4, streak: 3 });
  });

  it("adds this week once the goal is met, and steps back over a DST change", () => {
    const now = new Date("2026-11-04T15:00:00Z"); // Wednesday; US DST ended Sunday 1 November
    const counts = new Map([
      ["2026-11-02", 3],
      ["2026-10-26", 3],
      ["2026-10-19", 4],
    ]);
    expect(weeklyGoal(counts, 3, now, "America/New_York")).toMatchObject({ thisWeek: 3, progress: 1, streak: 3 });
    expect(weeklyGoal(counts, 4, now, "America/New_York")).toMatchObject({ thisWeek: 3, progress: 0.75, streak: 0 });
  });

  // weeklyGoal and recentWeeks read a memoised list of Mondays; the definition is "the streak of
  // consecutive weeks, each keyed by weekKey of an instant in it". Checked against that definition,
  // computed afresh week by week, for zones either side of UTC, quarter-hour zones, DST changes and
  // instants just either side of a local Monday midnight.
  it("equals the week-by-week definition for varied zones, instants and goals", () => {
    const WEEK = 7 * 24 * 60 * 60 * 1000;
    const zones = ["UTC", "America/New_York", "America/Chicago", "Pacific/Auckland", "Asia/Kathmandu", "Australia/Lord_Howe", "Europe/London", "America/St_Johns", "Pacific/Chatham"];
    const nows = ["2026-11-02T04:59:59Z", "2026-11-02T05:00:00Z", "2026-03-29T00:30:00Z", "2026-10-25T01:30:00Z", "2026-01-01T00:00:00Z", "2025-12-28T23:59:59Z", "2026-04-05T13:00:00Z", "2026-12-05T09:00:00Z"];
    const expectedStreak = (counts: Map<string, number>, goal: number, now: Date, zone: string) => {
      const met = (week: string) => goal > 0 && (counts.get(week) ?? 0) >= goal;
      // Noon on the Wednesday of each week back: inside that week whatever the zone.
      const monday = weekKey(now, zone);
      const wednesday = (back: number) => new Date(Date.parse(`${monday}T12:00:00Z`) + 2 * 86_400_000 - back * WEEK);
      let streak = met(monday) ? 1 : 0;
      for (let back = 1; back <= STREAK_LOOKBACK_WEEKS; back++) {
        if (!met(weekKey(wednesday(back), zone))) break;
        streak++;
      }
      return { thisWeek: counts.get(monday) ?? 0, streak, weeks: Array.from({ length: 8 }, (_, k) => weekKey(wednesday(7 - k), zone)) };
    };
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (const zone of zones) {
      for (const at of nows) {
        const now = new Date(at);
        for (const goal of [0, 1, 3]) {
          const monday = weekKey(now, zone);
          const counts = new Map<string, number>();
          const run = Math.floor(random() * 120);
          for (let back = 0; back < 110; back++) {
            const week = new Date(Date.parse(`${monday}T00:00:00Z`) - back * WEEK).toISOString().slice(0, 10);
            counts.set(week, back <= run ? goal + Math.floor(random() * 2) : Math.floor(random() * (goal + 1)));
          }
          const expected = expectedStreak(counts, goal, now, zone);
          const got = weeklyGoal(counts, goal, now, zone);
          expect({ thisWeek: got.thisWeek, streak: got.streak }, `${zone} ${at} goal ${goal}`).toEqual({ thisWeek: expected.thisWeek, streak: expected.streak });
          // Twice: the memoised list must come back unchanged (recentWeeks reverses a copy).
          for (let i = 0; i < 2; i++) expect(recentWeeks(counts, now, zone).map((w) => w.week)).toEqual(expected.weeks);
        }
      }
    }
  }, 60_000); // thousands of zone conversions: seconds on a busy 2-core machine, past the 5 s default

  it("has no progress and no streak for a goal of zero", () => {
    expect(weeklyGoal(new Map([["2026-11-30", 4]]), 0, new Date("2026-12-02T12:00:00Z"), "UTC")).toEqual({ goal: 0, thisWeek: 4, progress: null, streak: 0 });
  });
});

describe("referral tree", () => {
  it("nests who led to whom from the people who referred, ordered by name", () => {
    const tree = referralTree([
      { id: "k", name: "Karen", employer: "Nationwide", referredById: null },
      { id: "d", name: "Daniel", employer: null, referredById: "k" },
      { id: "a", name: "Aiko", employer: null, referredById: "k" },
      { id: "m", name: "Marcus", employer: null, referredById: "d" },
      { id: "x", name: "Orphan", employer: null, referredById: "gone" },
    ]);
    expect(tree).toEqual([
      {
        id: "k",
        name: "Karen",
        employer: "Nationwide",
        referrals: [
          { id: "a", name: "Aiko", employer: null, referrals: [] },
          { id: "d", name: "Daniel", employer: null, referrals: [{ id: "m", name: "Marcus", employer: null, referrals: [] }] },
        ],
      },
    ]);
  });

  it("cuts a cycle instead of looping", () => {
    const tree = referralTree([
      { id: "a", name: "A", employer: null, referredById: "b" },
      { id: "b", name: "B", employer: null, referredById: "a" },
    ]);
    expect(tree).toEqual([{ id: "a", name: "A", employer: null, referrals: [{ id: "b", name: "B", employer: null, referrals: [] }] }]);
  });
});

describe("progressMetrics", () => {
  const base: ProgressAggregates = {
    stageRows: [],
    outreachLast7Days: 0,
    outreachLast30Days: 0,
    initialSent: 0,
    initialAnswered: 0,
    medianHoursToReply: null,
    meetingsDone: 0,
    thankYous: { onTime: 0, late: 0, overdue: 0 },
    referralsGained: 0,
    overdueReminders: 0,
    lastActivity: null,
    accountCreatedAt: new Date("2026-12-01T00:00:00Z"),
    weeklyOutreachGoal: 5,
    timeZone: "UTC",
    weekCounts: new Map(),
  };
  const now = new Date("2026-12-02T12:00:00Z");

  it("gives a new student no rates rather than 0 % or NaN", () => {
    const m = progressMetrics(base, now);
    expect(m.replyRate).toBeNull();
    expect(m.thankYouOnTimeRate).toBeNull();
    expect(m.totalContacts).toBe(0);
    expect(m.stalled).toBe(false);
  });

  it("rates replies and on-time thank-yous from the aggregates", () => {
    const m = progressMetrics(
      {
        ...base,
        initialSent: 4,
        initialAnswered: 3,
        thankYous: { onTime: 1, late: 1, overdue: 0 },
      },
      now,
    );
    expect(m.replyRate).toBe(0.75);
    expect([m.thankYousDue, m.thankYousOnTime, m.thankYouOnTimeRate]).toEqual([2, 1, 0.5]);
  });

  it("counts an overdue unsent thank-you against the on-time rate", () => {
    const m = progressMetrics({ ...base, thankYous: { onTime: 1, late: 0, overdue: 1 } }, now);
    expect([m.thankYousDue, m.thankYousOnTime, m.thankYousLate, m.thankYousOverdue, m.thankYouOnTimeRate]).toEqual([2, 1, 0, 1, 0.5]);
    expect(thankYouFigures(m)).toEqual({ rate: "50 %", count: "1 of 2" });
    expect(formatThankYous(m)).toBe("50 % (1 of 2)");
    expect(thankYouFigures(progressMetrics(base, now))).toBeNull();
    expect(formatThankYous(progressMetrics(base, now))).toBe("—");
    // The rate is rounded as every rate is; the count stays exact.
    expect(formatThankYous(progressMetrics({ ...base, thankYous: { onTime: 2, late: 1, overdue: 0 } }, now))).toBe("67 % (2 of 3)");
  });

  // A student who logged a meeting without the app's reminder owes its thank-you all the same: staff
  // saw "Overdue reminders 0" beside "1 overdue, not sent" and read a contradiction. Each figure now
  // says what it counts. The two overlap, though: an overdue thank-you's open reminder is one of the
  // reminders past due (QA: "Not counted here: 1 thank-you" beside Today's overdue "Send a thank-you"
  // was untrue), so the reminders' line says it includes them and where the owed ones are counted.
  it("names reminders past due and unsent thank-yous apart, in words true whether or not the thank-you's reminder is among them", () => {
    const m = progressMetrics({ ...base, thankYous: { onTime: 0, late: 0, overdue: 1 }, overdueReminders: 0 }, now);
    const figures = overdueFigures(m);
    expect(figures.reminders.label).toBe("Reminders past due");
    expect(figures.reminders.label).not.toMatch(/^Overdue/);
    expect(figures.reminders.value).toBe(0);
    expect(figures.reminders.detail).toBe(
      "Open reminders on the student’s Today, due before today (thank-you reminders included). Thank-yous owed are counted under Thank-yous: 1 overdue.",
    );
    expect(figures.thankYous).toBe("1 thank-you not sent, its meeting done over 24 hours ago.");

    // The overdue thank-you's reminder among the 5: nothing says it is left out.
    const counted = overdueFigures(progressMetrics({ ...base, thankYous: { onTime: 0, late: 0, overdue: 1 }, overdueReminders: 5 }, now));
    expect(counted.reminders.value).toBe(5);
    expect(counted.reminders.detail).not.toMatch(/not counted|need no reminder/i);
    expect(counted.reminders.detail).toContain("(thank-you reminders included)");

    const two = overdueFigures(progressMetrics({ ...base, thankYous: { onTime: 1, late: 0, overdue: 2 }, overdueReminders: 3 }, now));
    expect(two.reminders.value).toBe(3);
    expect(two.reminders.detail).toContain("Thank-yous owed are counted under Thank-yous: 2 overdue.");
    expect(two.thankYous).toBe("2 thank-yous not sent, their meetings done over 24 hours ago.");

    // Nothing owed: the reminders' line says only what it counts, and the thank-yous' says nothing.
    const none = overdueFigures(progressMetrics({ ...base, overdueReminders: 1 }, now));
    expect(none.reminders.detail).toBe("Open reminders on the student’s Today, due before today.");
    expect(none.thankYous).toBeNull();
  });

  // The student's Progress page called the same count "Overdue reminders" and said nothing of what it
  // counts: it now reads as the staff's view of the student does, told to the student.
  it("tells the student the same label and count, in their own words", () => {
    const owed = overdueFigures(progressMetrics({ ...base, thankYous: { onTime: 0, late: 0, overdue: 2 }, overdueReminders: 3 }, now), "student");
    expect(owed.reminders).toEqual({
      label: "Reminders past due",
      value: 3,
      detail: "Open reminders on your Today, due before today (thank-you reminders included). Thank-yous owed are counted under Thank-yous: 2 overdue.",
    });
    const none = overdueFigures(progressMetrics({ ...base, overdueReminders: 0 }, now), "student");
    expect(none.reminders.detail).toBe("Open reminders on your Today, due before today.");
    expect(none.reminders.detail).not.toMatch(/the student/);
  });
});
