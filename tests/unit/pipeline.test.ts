import { describe, expect, it } from "vitest";
import type { Stage } from "@/lib/generated/prisma/enums";
import { meetingNotStarted, planStageMove, recordClockErrors, requiredRecord, type MovePlan, type StageRecord, type StageRecordKind } from "@/lib/domain/pipeline";
import { STAGES } from "@/lib/domain/stages";

const now = new Date("2026-11-18T15:00:00Z"); // Wednesday 10:00 in New York
const calendar = { timeZone: "America/New_York" };
const contact = (stage: Stage, extra: Partial<{ doNotContact: boolean; archivedAt: Date | null }> = {}) => ({
  id: "c1",
  name: "Priya Shah",
  stage,
  doNotContact: false,
  archivedAt: null,
  stageChangedAt: new Date("2026-11-10T15:00:00Z"),
  ...extra,
});

const records: Record<StageRecordKind, StageRecord> = {
  outreach: { kind: "outreach", channel: "EMAIL", sentAt: now },
  meeting: { kind: "meeting", startsAt: new Date("2026-11-24T17:00:00Z"), durationMinutes: 30, mode: "VIDEO" },
  meetingDone: { kind: "meetingDone", doneAt: now },
  thankYou: { kind: "thankYou", channel: "EMAIL", sentAt: now },
  cadence: { kind: "cadence", keepInTouchMonths: 3 },
};

// Row: from; columns: to, in STAGES order. "=" same stage, "-" a backward move (no record needed),
// otherwise the record the forward move requires.
const MATRIX: Record<Stage, string[]> = {
  FIND:        ["=", "outreach", "meeting", "meetingDone", "thankYou", "cadence"],
  OUTREACH:    ["-", "=",        "meeting", "meetingDone", "thankYou", "cadence"],
  SCHEDULED:   ["-", "-",        "=",       "meetingDone", "thankYou", "cadence"],
  INTERVIEWED: ["-", "-",        "-",       "=",           "thankYou", "cadence"],
  THANKED:     ["-", "-",        "-",       "-",           "=",        "cadence"],
  FOLLOW_UP:   ["-", "-",        "-",       "-",           "-",        "="],
};

const pairs = STAGES.flatMap((from) => STAGES.map((to, i) => ({ from, to, cell: MATRIX[from][i]! })));

function plan(from: Stage, to: Stage, record: StageRecord | null): MovePlan {
  const result = planStageMove(contact(from), to, record, now, calendar);
  if (!result.ok) throw new Error(`${from}→${to}: ${result.error.message}`);
  return result.plan;
}

describe("planStageMove: every from → to pair", () => {
  it.each(pairs)("$from → $to", ({ from, to, cell }) => {
    if (cell === "=") {
      expect(planStageMove(contact(from), to, null, now, calendar)).toMatchObject({ ok: false, error: { field: "stage" } });
      return;
    }
    if (cell === "-") {
      expect(requiredRecord(from, to)).toBeNull();
      const p = plan(from, to, null);
      expect(p).toMatchObject({ from, to, direction: "back", record: null, derive: [], at: now });
      return;
    }
    const kind = cell as StageRecordKind;
    expect(requiredRecord(from, to)).toBe(kind);
    // Without its record, or with another stage's record, the move is refused.
    expect(planStageMove(contact(from), to, null, now, calendar)).toMatchObject({ ok: false, error: { field: "record" } });
    const wrong = kind === "cadence" ? records.outreach : records.cadence;
    expect(planStageMove(contact(from), to, wrong, now, calendar)).toMatchObject({ ok: false, error: { field: "record" } });
    const p = plan(from, to, records[kind]);
    expect(p).toMatchObject({ from, to, direction: "forward", record: records[kind] });
  });
});

describe("reminders a forward move derives", () => {
  it("outreach: a 3-business-day and a 7-business-day reminder from the sent date", () => {
    const p = plan("FIND", "OUTREACH", records.outreach);
    expect(p.derive.map((d) => [d.rule, d.ruleKeyFrom, d.dueAt.toISOString()])).toEqual([
      ["SUGGEST_ANOTHER_3B", "outreach", "2026-11-23T15:00:00.000Z"], // Wed → Mon
      ["FOLLOW_UP_7B", "outreach", "2026-11-27T15:00:00.000Z"], // Wed → next Fri
    ]);
  });

  it("scheduled: a prep reminder the day before; the unanswered outreach counts as replied", () => {
    const p = plan("OUTREACH", "SCHEDULED", records.meeting);
    expect(p.derive).toMatchObject([{ rule: "PREP_DAY_BEFORE", ruleKeyFrom: "meeting", dueAt: new Date("2026-11-23T17:00:00Z") }]);
    expect(p.markOutreachReplied).toBe(true);
    expect(p.cancelRules).toEqual(["SUGGEST_ANOTHER_3B", "FOLLOW_UP_7B"]);
  });

  it("interviewed: completes the meeting and derives the thank-you due 24 hours later", () => {
    const p = plan("SCHEDULED", "INTERVIEWED", records.meetingDone);
    expect(p.completeMeeting).toBe(true);
    expect(p.derive).toMatchObject([{ rule: "THANK_YOU_24H", dueAt: new Date("2026-11-19T15:00:00Z") }]);
    expect(p.settleRules).toContain("PREP_DAY_BEFORE");
  });

  it("interviewed, for a referred contact: also a reminder, filed under the referrer, to thank them 48 hours later", () => {
    const referred = { ...contact("SCHEDULED"), referredBy: { id: "r1", name: "Ana Gómez" } };
    const result = planStageMove(referred, "INTERVIEWED", records.meetingDone, now, calendar);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.plan.derive).toMatchObject([
      { rule: "THANK_YOU_24H", dueAt: new Date("2026-11-19T15:00:00Z") },
      { rule: "THANK_REFERRER", ruleKeyFrom: "meeting", contactId: "r1", dueAt: new Date("2026-11-20T15:00:00Z"), title: "Thank Ana Gómez for the introduction to Priya Shah and say how it went" },
    ]);
    expect(plan("SCHEDULED", "INTERVIEWED", records.meetingDone).derive.map((d) => d.rule)).toEqual(["THANK_YOU_24H"]);
  });

  it("thanked: settles the thank-you reminder, not the referrer's", () => {
    expect(plan("INTERVIEWED", "THANKED", records.thankYou).settleRules).toEqual(["THANK_YOU_24H"]);
  });

  it("follow-up: a keep-in-touch reminder one cadence from now", () => {
    const p = plan("THANKED", "FOLLOW_UP", records.cadence);
    expect(p.derive).toMatchObject([{ rule: "KEEP_IN_TOUCH", ruleKeyFrom: "contactCycle", dueAt: new Date("2027-02-18T15:00:00Z") }]);
  });

  it("follow-up: counts the cadence in the student's months, not UTC's", () => {
    // 1 March 02:00 in Kolkata is still 28 February in UTC: 3 months on is 1 June, not 29 May.
    const result = planStageMove(contact("THANKED"), "FOLLOW_UP", records.cadence, new Date("2026-02-28T20:30:00Z"), { timeZone: "Asia/Kolkata" });
    expect(result.ok && result.plan.derive[0]?.dueAt.toISOString()).toBe("2026-05-31T20:30:00.000Z");
  });

  it("follow-up: no keep-in-touch reminder for a do-not-contact contact", () => {
    const result = planStageMove(contact("THANKED", { doNotContact: true }), "FOLLOW_UP", records.cadence, now, calendar);
    expect(result.ok && result.plan.derive).toEqual([]);
  });

  it("scheduled: the prep reminder is the calendar day before, across a DST change", () => {
    // Monday 28 September 2026 00:30 in Auckland, the night after clocks went forward: Sunday 00:30, not Saturday 23:30.
    const meeting: StageRecord = { kind: "meeting", startsAt: new Date("2026-09-27T11:30:00Z"), durationMinutes: 30, mode: "VIDEO" };
    const result = planStageMove(contact("OUTREACH"), "SCHEDULED", meeting, new Date("2026-09-20T00:00:00Z"), { timeZone: "Pacific/Auckland" });
    expect(result.ok && result.plan.derive[0]?.dueAt.toISOString()).toBe("2026-09-26T12:30:00.000Z");
  });
});

describe("backward moves", () => {
  it("scheduled → outreach cancels the meeting and its prep reminder", () => {
    const p = plan("SCHEDULED", "OUTREACH", null);
    expect(p.cancelScheduledMeetings).toBe(true);
    expect(p.cancelRules.sort()).toEqual(["KEEP_IN_TOUCH", "PREP_DAY_BEFORE", "THANK_REFERRER", "THANK_YOU_24H"]);
  });

  it("outreach → find retires the follow-up reminders too", () => {
    const p = plan("OUTREACH", "FIND", null);
    expect(p.cancelRules).toEqual(expect.arrayContaining(["SUGGEST_ANOTHER_3B", "FOLLOW_UP_7B"]));
    expect(p.cancelScheduledMeetings).toBe(false);
  });

  it("follow-up → thanked keeps past meetings", () => {
    const p = plan("FOLLOW_UP", "THANKED", null);
    expect(p.cancelScheduledMeetings).toBe(false);
    expect(p.cancelRules).toEqual(["KEEP_IN_TOUCH"]);
  });
});

describe("when a move is kept in the history (product.md: every move is kept with its time)", () => {
  const entered = (from: Stage, to: Stage, record: StageRecord | null, stageChangedAt = new Date("2026-11-10T15:00:00Z")) => {
    const result = planStageMove({ ...contact(from), stageChangedAt }, to, record, now, calendar);
    if (!result.ok) throw new Error(result.error.message);
    return result.plan;
  };
  const twoDaysAgo = new Date("2026-11-16T14:00:00Z");

  it("at the time on the stage's record: the message sent, the meeting's end, the thank-you sent", () => {
    expect(entered("FIND", "OUTREACH", { kind: "outreach", channel: "EMAIL", sentAt: twoDaysAgo }).enteredAt).toEqual(twoDaysAgo);
    expect(entered("INTERVIEWED", "THANKED", { kind: "thankYou", channel: "EMAIL", sentAt: twoDaysAgo }).enteredAt).toEqual(twoDaysAgo);
    expect(entered("OUTREACH", "INTERVIEWED", { kind: "meetingDone", doneAt: twoDaysAgo }).enteredAt).toEqual(twoDaysAgo);
    // Everything else the move does happens now.
    expect(entered("FIND", "OUTREACH", { kind: "outreach", channel: "EMAIL", sentAt: twoDaysAgo }).at).toEqual(now);
  });

  it("now, for a move whose record has no time of its own, and for a move back", () => {
    expect(entered("OUTREACH", "SCHEDULED", records.meeting).enteredAt).toEqual(now);
    expect(entered("THANKED", "FOLLOW_UP", records.cadence).enteredAt).toEqual(now);
    expect(entered("SCHEDULED", "OUTREACH", null).enteredAt).toEqual(now);
  });

  it("never before the contact's previous move, nor after now", () => {
    // Added yesterday, emailed a week ago: the history can't have it in Outreach before it was found.
    const yesterday = new Date("2026-11-17T15:00:00Z");
    expect(entered("FIND", "OUTREACH", { kind: "outreach", channel: "EMAIL", sentAt: new Date("2026-11-11T15:00:00Z") }, yesterday).enteredAt).toEqual(yesterday);
    // Within the clocks' slack a time a little ahead of the server's is accepted, and kept as now.
    expect(entered("FIND", "OUTREACH", { kind: "outreach", channel: "EMAIL", sentAt: new Date(now.getTime() + 30_000) }).enteredAt).toEqual(now);
  });
});

describe("refusals, each on the field that caused it", () => {
  it.each<[string, Parameters<typeof planStageMove>, string]>([
    ["do-not-contact into outreach", [contact("FIND", { doNotContact: true }), "OUTREACH", records.outreach, now, calendar], "stage"],
    ["archived", [contact("FIND", { archivedAt: now }), "OUTREACH", records.outreach, now, calendar], "stage"],
    ["outreach sent tomorrow", [contact("FIND"), "OUTREACH", { kind: "outreach", channel: "EMAIL", sentAt: new Date("2026-11-19T15:00:00Z") }, now, calendar], "sentAt"],
    ["meeting in the past", [contact("OUTREACH"), "SCHEDULED", { ...records.meeting, startsAt: new Date("2026-11-17T15:00:00Z") } as StageRecord, now, calendar], "startsAt"],
    ["meeting of 5 minutes", [contact("OUTREACH"), "SCHEDULED", { ...records.meeting, durationMinutes: 5 } as StageRecord, now, calendar], "durationMinutes"],
    ["cadence of 13 months", [contact("THANKED"), "FOLLOW_UP", { kind: "cadence", keepInTouchMonths: 13 }, now, calendar], "keepInTouchMonths"],
    ["cadence of 5 months (not offered)", [contact("THANKED"), "FOLLOW_UP", { kind: "cadence", keepInTouchMonths: 5 }, now, calendar], "keepInTouchMonths"],
  ])("%s", (_name, args, field) => {
    expect(planStageMove(...args)).toMatchObject({ ok: false, error: { field } });
  });

  it("lets a do-not-contact contact move back, or on to follow-up", () => {
    expect(planStageMove(contact("OUTREACH", { doNotContact: true }), "FIND", null, now, calendar).ok).toBe(true);
    expect(planStageMove(contact("THANKED", { doNotContact: true }), "FOLLOW_UP", records.cadence, now, calendar).ok).toBe(true);
  });
});

describe("interviewed: the meeting the move completes can't have ended before it started", () => {
  const scheduled = (startsAt: Date) => ({ ...contact("SCHEDULED"), meetingToComplete: { startsAt } });
  const done = (doneAt: Date): StageRecord => ({ kind: "meetingDone", doneAt });

  it("refuses an end before the scheduled start, on doneAt, naming the start in the student's zone and the way out", () => {
    const result = planStageMove(scheduled(new Date("2026-11-17T20:00:00Z")), "INTERVIEWED", done(new Date("2026-11-17T19:00:00Z")), now, calendar);
    expect(result).toEqual({
      ok: false,
      error: {
        field: "doneAt",
        message:
          "The meeting with Priya Shah was scheduled to start at 3:00 PM on Tue, Nov 17, so it can't have ended before then. Check the date and time it ended. " +
          'If it happened earlier than planned, open Interview mode from Priya Shah\'s page and mark it done there with "It happened earlier than planned" ticked.',
      },
    });
  });

  it("held earlier than planned (startedAt given): accepted before the scheduled start, thank-you from the end; checked by heldEarlierError", () => {
    const planned = scheduled(new Date("2026-12-08T20:00:00Z"));
    const startedAt = new Date("2026-11-18T13:30:00Z");
    const doneAt = new Date("2026-11-18T14:00:00Z");
    const result = planStageMove(planned, "INTERVIEWED", { kind: "meetingDone", doneAt, startedAt }, now, calendar);
    expect(result.ok && result.plan.record).toEqual({ kind: "meetingDone", doneAt, startedAt });
    expect(result.ok && result.plan.derive[0]).toMatchObject({ rule: "THANK_YOU_24H", dueAt: new Date(doneAt.getTime() + 24 * 3_600_000) });
    expect(result.ok && result.plan.settleRules).toContain("PREP_DAY_BEFORE");
    expect(planStageMove(planned, "INTERVIEWED", { kind: "meetingDone", doneAt, startedAt: doneAt }, now, calendar)).toMatchObject({ ok: false, error: { field: "startedAt" } });
    expect(planStageMove({ ...contact("SCHEDULED"), meetingToComplete: null }, "INTERVIEWED", { kind: "meetingDone", doneAt, startedAt }, now, calendar)).toMatchObject({ ok: false, error: { field: "startedAt" } });
  });

  it("refuses marking done now a meeting that is still ahead", () => {
    const result = planStageMove(scheduled(new Date("2026-12-08T20:00:00Z")), "INTERVIEWED", done(now), now, calendar);
    expect(result).toMatchObject({ ok: false, error: { field: "doneAt", message: expect.stringMatching(/^The meeting with Priya Shah is scheduled to start at 3:00 PM on Tue, Dec 8, so it can't have ended before then\. Mark it done once it's over\./) } });
  });

  it("accepts an end at or after the start (five minutes' slack), and the thank-you runs from it", () => {
    const startsAt = new Date("2026-11-17T20:00:00Z");
    for (const doneAt of [new Date("2026-11-17T19:55:00Z"), new Date("2026-11-17T20:30:00Z"), now]) {
      const result = planStageMove(scheduled(startsAt), "INTERVIEWED", done(doneAt), now, calendar);
      expect(result.ok && result.plan.derive[0]?.dueAt).toEqual(new Date(doneAt.getTime() + 24 * 3_600_000));
    }
  });

  it("with no scheduled meeting (met without one in Rapport), only the future is refused", () => {
    expect(planStageMove({ ...contact("OUTREACH"), meetingToComplete: null }, "INTERVIEWED", done(new Date("2026-11-01T15:00:00Z")), now, calendar).ok).toBe(true);
    expect(planStageMove(contact("OUTREACH"), "INTERVIEWED", done(new Date("2026-11-18T16:00:00Z")), now, calendar)).toMatchObject({
      ok: false,
      error: { field: "doneAt", message: "A meeting can't be done in the future." },
    });
  });
});

describe("thanked: the thank-you can't predate the end of the contact's latest done meeting", () => {
  const met = (lastMeetingDoneAt: Date | null) => ({ ...contact("INTERVIEWED"), lastMeetingDoneAt });
  const thanks = (sentAt: Date): StageRecord => ({ kind: "thankYou", channel: "EMAIL", sentAt });
  const ended = new Date("2026-11-17T20:30:00Z"); // Tuesday 3:30 PM in New York

  it("refuses one sent before the meeting ended, on sentAt, naming the end in the student's zone", () => {
    expect(planStageMove(met(ended), "THANKED", thanks(new Date("2026-11-17T20:29:00Z")), now, calendar)).toEqual({
      ok: false,
      error: {
        field: "sentAt",
        message: "Your meeting with Priya Shah ended at 3:30 PM on Tue, Nov 17, so the thank-you can't have been sent before then. Check the date and time you sent it. If the meeting ended earlier, change when it ended in the contact's timeline.",
      },
    });
  });

  it("accepts one sent at the end or after it, and any date when no meeting is done", () => {
    for (const sentAt of [ended, new Date("2026-11-17T20:31:00Z"), now]) expect(planStageMove(met(ended), "THANKED", thanks(sentAt), now, calendar).ok).toBe(true);
    expect(planStageMove(met(null), "THANKED", thanks(new Date("2026-11-01T15:00:00Z")), now, calendar).ok).toBe(true);
  });

  it("also guards the bulk move's jump from an earlier stage when a meeting was done before", () => {
    const movedBack = { ...contact("OUTREACH"), lastMeetingDoneAt: ended };
    expect(planStageMove(movedBack, "THANKED", thanks(new Date("2026-11-16T15:00:00Z")), now, calendar)).toMatchObject({ ok: false, error: { field: "sentAt" } });
  });
});

describe("meetingNotStarted: when the board offers no mark-done form", () => {
  const startsAt = new Date("2026-12-07T15:00:00Z"); // Monday 10:00 in New York
  it.each([
    ["the day before", "2026-12-06T15:00:00Z", true],
    ["six minutes before", "2026-12-07T14:54:00Z", true],
    ["five minutes before (the clocks' slack)", "2026-12-07T14:55:00Z", false],
    ["once it has started", "2026-12-07T15:00:00Z", false],
    ["the day after", "2026-12-08T15:00:00Z", false],
  ])("%s: %s", (_when, at, expected) => {
    expect(meetingNotStarted(startsAt, new Date(at))).toBe(expected);
  });

  it("agrees with planStageMove: before the start every end is refused, from the start (with slack) now is accepted", () => {
    const scheduled = { ...contact("SCHEDULED"), meetingToComplete: { startsAt } };
    for (const at of [new Date("2026-12-06T15:00:00Z"), new Date("2026-12-07T14:54:00Z"), new Date("2026-12-07T14:55:00Z"), new Date("2026-12-07T16:00:00Z")]) {
      const accepted = planStageMove(scheduled, "INTERVIEWED", { kind: "meetingDone", doneAt: at }, at, calendar).ok;
      if (meetingNotStarted(startsAt, at)) expect(accepted).toBe(false);
      else expect(accepted).toBe(true);
    }
  });
});

describe("recordClockErrors: a record's date checked beside its other fields", () => {
  const zone = calendar.timeZone; // now: Wednesday 18 November 2026, 10:00 in New York

  it("a meeting: a past time is refused with the words planStageMove uses; a future one, an unreadable one, none", () => {
    const past = recordClockErrors("meeting", { startsAt: "2026-11-01T10:00", durationMinutes: "500" }, zone, now);
    expect(past).toEqual({ startsAt: "That time has passed. If the meeting happened, move the contact to Interviewed." });
    const planned = planStageMove(contact("OUTREACH"), "SCHEDULED", { kind: "meeting", startsAt: new Date("2026-11-01T15:00:00Z"), durationMinutes: 30, mode: "VIDEO" }, now, calendar);
    expect(planned).toEqual({ ok: false, error: { field: "startsAt", message: past.startsAt } });
    expect(recordClockErrors("meeting", { startsAt: "2026-11-24T10:00" }, zone, now)).toEqual({});
    expect(recordClockErrors("meeting", { startsAt: "2026-11-31T10:00" }, zone, now)).toEqual({ startsAt: "Enter a real date and time." });
    // Empty or missing: the schema's own message ("Enter the meeting's date and time.") stands.
    expect(recordClockErrors("meeting", { startsAt: " " }, zone, now)).toEqual({});
    expect(recordClockErrors("meeting", {}, zone, now)).toEqual({});
  });

  it("a message or thank-you sent in the future is refused; one sent earlier is not", () => {
    expect(recordClockErrors("outreach", { sentAt: "2026-11-19T10:00" }, zone, now)).toEqual({ sentAt: "The message can't have been sent in the future." });
    expect(recordClockErrors("thankYou", { sentAt: "2026-11-19T10:00" }, zone, now)).toEqual({ sentAt: "The thank-you can't have been sent in the future." });
    expect(recordClockErrors("outreach", { sentAt: "2026-11-18T10:04" }, zone, now)).toEqual({});
    expect(recordClockErrors("thankYou", { sentAt: "2026-11-17T10:00" }, zone, now)).toEqual({});
  });

  it("leaves a meeting done (its bounds need the meeting) and a cadence to planStageMove", () => {
    expect(recordClockErrors("meetingDone", { doneAt: "2027-01-01T10:00" }, zone, now)).toEqual({});
    expect(recordClockErrors("cadence", { keepInTouchMonths: "40" }, zone, now)).toEqual({});
  });
});
