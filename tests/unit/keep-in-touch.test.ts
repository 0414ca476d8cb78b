import { describe, expect, it } from "vitest";
import {
  CADENCE_CHOICES,
  cadenceChoicesText,
  contactDormantSince,
  KEEP_IN_TOUCH_DECLINED,
  keepInTouchChoice,
  keepInTouchState,
  needsCadencePrompt,
  type KeepInTouchContact,
} from "@/lib/domain/keep-in-touch";
import { parseStageRecord } from "@/lib/validation/pipeline";

const tz = "America/New_York";
const base: KeepInTouchContact = {
  id: "c1",
  name: "Priya Shah",
  stage: "FOLLOW_UP",
  stageChangedAt: new Date("2026-11-18T15:00:00Z"),
  keepInTouchMonths: 3,
  lastTouchAt: new Date("2026-11-10T15:00:00Z"),
  archivedAt: null,
  doNotContact: false,
};

describe("keepInTouchState", () => {
  it("is due one cadence after reaching follow-up when the last touch came before it", () => {
    expect(keepInTouchState(base, tz)).toEqual({ kind: "due", dueAt: new Date("2027-02-18T15:00:00Z"), ruleKey: "c1:2027-02-18", title: "Keep in touch with Priya Shah" });
  });

  it("resets from a later logged touch", () => {
    const state = keepInTouchState({ ...base, lastTouchAt: new Date("2027-01-05T02:00:00Z") }, tz);
    // 2 a.m. UTC on 5 January is still the 4th (21:00 EST) in New York: three months on is 4 April
    // 21:00 EDT, an hour earlier in UTC once daylight saving has begun, and the key is that local day.
    expect(state).toMatchObject({ kind: "due", dueAt: new Date("2027-04-05T01:00:00Z"), ruleKey: "c1:2027-04-04" });
  });

  it("goes on from a reminder marked done or dismissed on Today, as from a touch, without a touch logged", () => {
    const settled = new Date("2027-02-20T17:30:00Z");
    expect(keepInTouchState({ ...base, lastReminderSettledAt: settled }, tz)).toMatchObject({
      kind: "due",
      // 12:30 in New York three months on, now daylight saving time.
      dueAt: new Date("2027-05-20T16:30:00Z"),
      ruleKey: "c1:2027-05-20",
    });
    // The latest counts: a touch logged after it, or the stage move, when later.
    const touched = new Date("2027-03-01T15:00:00Z");
    expect(keepInTouchState({ ...base, lastReminderSettledAt: settled, lastTouchAt: touched }, tz)).toMatchObject({ ruleKey: "c1:2027-06-01" });
    expect(keepInTouchState({ ...base, lastReminderSettledAt: new Date("2026-10-01T15:00:00Z") }, tz)).toEqual(keepInTouchState(base, tz));
    expect(keepInTouchState({ ...base, lastReminderSettledAt: null }, tz)).toEqual(keepInTouchState(base, tz));
  });

  it("lands on the same key however often it is derived", () => {
    expect(keepInTouchState(base, tz)).toEqual(keepInTouchState({ ...base }, tz));
  });

  it("asks for a cadence in follow-up without one", () => {
    expect(keepInTouchState({ ...base, keepInTouchMonths: null }, tz)).toEqual({ kind: "needs-cadence" });
  });

  it("does nothing before follow-up, for archived or do-not-contact contacts", () => {
    expect(keepInTouchState({ ...base, stage: "THANKED" }, tz)).toEqual({ kind: "none" });
    expect(keepInTouchState({ ...base, archivedAt: new Date() }, tz)).toEqual({ kind: "none" });
    expect(keepInTouchState({ ...base, doNotContact: true }, tz)).toEqual({ kind: "none" });
  });

  it("counts months in the student's zone: 1 March in Kolkata (28 February in UTC) + 3 months is 1 June", () => {
    const state = keepInTouchState({ ...base, lastTouchAt: null, stageChangedAt: new Date("2026-02-28T20:30:00Z"), keepInTouchMonths: 3 }, "Asia/Kolkata");
    expect(state).toMatchObject({ dueAt: new Date("2026-05-31T20:30:00.000Z"), ruleKey: "c1:2026-06-01" });
  });

  it("handles a month end: 30 November + 3 months is the last day of February", () => {
    const state = keepInTouchState({ ...base, lastTouchAt: null, stageChangedAt: new Date("2026-11-30T17:00:00Z") }, tz);
    expect(state).toMatchObject({ dueAt: new Date("2027-02-28T17:00:00Z"), ruleKey: "c1:2027-02-28" });
  });
});

describe("cadenceChoicesText", () => {
  it("names the cadences offered, not a range with gaps", () => {
    expect(cadenceChoicesText()).toBe("every month, every 2, 3, 4 or 6 months, or once a year");
    for (const { months } of CADENCE_CHOICES) if (months > 1 && months < 12) expect(cadenceChoicesText()).toContain(String(months));
  });

  it("is what the board's move to Follow-up says when it refuses a cadence", () => {
    // 5 and 9 are within a year but not offered: the board accepts what its menu lists, no more.
    for (const months of ["0", "5", "9", "13"]) {
      expect(parseStageRecord("THANKED", "FOLLOW_UP", { keepInTouchMonths: months }, tz)).toEqual({
        ok: false,
        fieldErrors: { keepInTouchMonths: "Choose how often: every month, every 2, 3, 4 or 6 months, or once a year." },
      });
    }
  });
});

describe("the cadence prompt and its decline", () => {
  const thanked: KeepInTouchContact = { ...base, stage: "THANKED", keepInTouchMonths: null };

  it("prompts in Thanked and Follow-up while no cadence has been chosen", () => {
    expect(needsCadencePrompt(thanked)).toBe(true);
    expect(needsCadencePrompt({ ...thanked, stage: "FOLLOW_UP" })).toBe(true);
    expect(keepInTouchChoice(thanked)).toBe("undecided");
  });

  it("stops prompting once declined, and a declined contact gets no reminder", () => {
    const declined = { ...base, keepInTouchMonths: KEEP_IN_TOUCH_DECLINED };
    expect(needsCadencePrompt({ ...thanked, keepInTouchMonths: KEEP_IN_TOUCH_DECLINED })).toBe(false);
    expect(needsCadencePrompt(declined)).toBe(false);
    expect(keepInTouchChoice(declined)).toBe("declined");
    expect(keepInTouchState(declined, tz)).toEqual({ kind: "none" });
  });

  it("does not prompt with a cadence, before Thanked, or for archived and do-not-contact contacts", () => {
    expect(needsCadencePrompt({ ...thanked, keepInTouchMonths: 6 })).toBe(false);
    expect(keepInTouchChoice({ ...thanked, keepInTouchMonths: 6 })).toBe(6);
    for (const stage of ["FIND", "OUTREACH", "SCHEDULED", "INTERVIEWED"] as const) expect(needsCadencePrompt({ ...thanked, stage })).toBe(false);
    expect(needsCadencePrompt({ ...thanked, archivedAt: new Date() })).toBe(false);
    expect(needsCadencePrompt({ ...thanked, doNotContact: true })).toBe(false);
  });
});

describe("contactDormantSince: derived from the outreach history when it is read", () => {
  const calendar = { timeZone: tz, holidays: [] };
  // Monday 2 November 2026: the request; Wednesday 11 November (7 business days on): the one follow-up.
  const initial = { id: "o1", kind: "INITIAL" as const, sentAt: new Date("2026-11-02T15:00:00Z"), replyStatus: "NO_REPLY" as const, repliedAt: null };
  const followUp = { id: "o2", kind: "FOLLOW_UP" as const, sentAt: new Date("2026-11-11T15:00:00Z"), replyStatus: "NO_REPLY" as const, repliedAt: null };
  // 7 business days after the follow-up: Friday 20 November, same local time.
  const quietFrom = new Date("2026-11-20T15:00:00Z");

  it("is dormant once the one follow-up has gone unanswered for its wait, however long after it is read", () => {
    expect(contactDormantSince("OUTREACH", [initial, followUp], new Date("2026-11-20T14:59:00Z"), calendar)).toBeNull();
    expect(contactDormantSince("OUTREACH", [initial, followUp], quietFrom, calendar)).toEqual(quietFrom);
    // The stored timestamp was only ever written when outreach was logged; a read months later still knows.
    expect(contactDormantSince("OUTREACH", [followUp, initial], new Date("2027-03-01T12:00:00Z"), calendar)).toEqual(quietFrom);
  });

  it("counts the wait in business days, skipping the student's holidays", () => {
    expect(contactDormantSince("OUTREACH", [initial, followUp], quietFrom, { timeZone: tz, holidays: ["2026-11-13"] })).toBeNull();
    expect(contactDormantSince("OUTREACH", [initial, followUp], new Date("2026-11-23T15:00:00Z"), { timeZone: tz, holidays: ["2026-11-13"] })).toEqual(
      new Date("2026-11-23T15:00:00Z"),
    );
  });

  it("is not dormant without the follow-up, after a reply, or outside Outreach", () => {
    const late = new Date("2027-03-01T12:00:00Z");
    expect(contactDormantSince("OUTREACH", [initial], late, calendar)).toBeNull();
    expect(contactDormantSince("OUTREACH", [initial, { ...followUp, replyStatus: "REPLIED", repliedAt: new Date("2026-11-30T15:00:00Z") }], late, calendar)).toBeNull();
    expect(contactDormantSince("OUTREACH", [initial, { ...followUp, replyStatus: "DECLINED", repliedAt: null }], late, calendar)).toBeNull();
    for (const stage of ["FIND", "SCHEDULED", "INTERVIEWED", "THANKED", "FOLLOW_UP"] as const) {
      expect(contactDormantSince(stage, [initial, followUp], late, calendar)).toBeNull();
    }
  });
});
