import { describe, expect, it } from "vitest";
import { followUpState, type OutreachEvent } from "@/lib/domain/follow-ups";

const calendar = { timeZone: "America/New_York", holidays: ["2026-11-24"] };
const sent = (id: string, iso: string, extra: Partial<OutreachEvent> = {}): OutreachEvent => ({
  id,
  kind: "INITIAL",
  sentAt: new Date(iso),
  replyStatus: "NO_REPLY",
  repliedAt: null,
  ...extra,
});
// Monday 16 November 2026, 10:00 in New York.
const first = sent("o1", "2026-11-16T15:00:00Z");

describe("3B7 from an outreach history", () => {
  it("no outreach: nothing to remind", () => {
    expect(followUpState([], new Date("2026-11-20T15:00:00Z"), calendar)).toEqual({ reminders: [], replied: false, dormantSince: null });
  });

  it("no reply: a 3-business-day suggestion and a 7-business-day follow-up, skipping the holiday", () => {
    const state = followUpState([first], new Date("2026-11-17T15:00:00Z"), calendar);
    expect(state.reminders.map((r) => [r.rule, r.ruleKey, r.dueAt.toISOString()])).toEqual([
      ["SUGGEST_ANOTHER_3B", "o1", "2026-11-19T15:00:00.000Z"], // Thu
      ["FOLLOW_UP_7B", "o1", "2026-11-26T15:00:00.000Z"], // Thu: the Tuesday holiday skipped
    ]);
  });

  it("is the same however often it runs, and whatever `now` is before the follow-up", () => {
    const a = followUpState([first], new Date("2026-11-17T15:00:00Z"), calendar);
    const b = followUpState([first], new Date("2026-11-25T15:00:00Z"), calendar);
    expect(b).toEqual(a);
  });

  it("a reply ends it", () => {
    const replied = { ...first, replyStatus: "REPLIED" as const, repliedAt: new Date("2026-11-19T14:00:00Z") };
    expect(followUpState([replied], new Date("2026-11-20T15:00:00Z"), calendar)).toEqual({ reminders: [], replied: true, dormantSince: null });
  });

  it("a reply to the follow-up ends it too: never dormant, however long after its wait", () => {
    const followUp = sent("o2", "2026-11-27T15:00:00Z", { kind: "FOLLOW_UP", replyStatus: "REPLIED", repliedAt: new Date("2026-11-30T15:00:00Z") });
    expect(followUpState([first, followUp], new Date("2027-01-15T15:00:00Z"), calendar)).toEqual({ reminders: [], replied: true, dormantSince: null });
  });

  it("a decline also ends it", () => {
    expect(followUpState([{ ...first, replyStatus: "DECLINED", repliedAt: new Date("2026-11-17T15:00:00Z") }], new Date("2026-11-18T15:00:00Z"), calendar).replied).toBe(true);
  });

  it("after the one follow-up: no more reminders, then dormant once its wait is over", () => {
    const followUp = sent("o2", "2026-11-27T15:00:00Z", { kind: "FOLLOW_UP" });
    const waiting = followUpState([first, followUp], new Date("2026-12-03T15:00:00Z"), calendar);
    expect(waiting).toEqual({ reminders: [], replied: false, dormantSince: null });
    const quiet = followUpState([first, followUp], new Date("2026-12-09T15:00:00Z"), calendar);
    expect(quiet).toEqual({ reminders: [], replied: false, dormantSince: new Date("2026-12-08T15:00:00Z") });
  });

  it("a request sent after the answer (a cancelled meeting, asked again) is chased by 3B7 itself", () => {
    // They agreed on Wednesday 18 November (the meeting was then cancelled); the student asks again Monday 30th.
    const agreed = { ...first, replyStatus: "REPLIED" as const, repliedAt: new Date("2026-11-18T15:00:00Z") };
    const askAgain = sent("o2", "2026-11-30T15:00:00Z", { kind: "FOLLOW_UP" });
    const state = followUpState([agreed, askAgain], new Date("2026-12-01T15:00:00Z"), calendar);
    expect(state.replied).toBe(false);
    expect(state.reminders.map((r) => [r.rule, r.ruleKey, r.dueAt.toISOString()])).toEqual([
      ["SUGGEST_ANOTHER_3B", "o2", "2026-12-03T15:00:00.000Z"],
      ["FOLLOW_UP_7B", "o2", "2026-12-09T15:00:00.000Z"],
    ]);
    // Its own follow-up then settles it, as for a first ask.
    const nudge = sent("o3", "2026-12-09T15:00:00Z", { kind: "FOLLOW_UP" });
    expect(followUpState([agreed, askAgain, nudge], new Date("2026-12-10T15:00:00Z"), calendar)).toMatchObject({ reminders: [], replied: false });
    // And an answer to the new ask ends it again.
    const answered = { ...askAgain, replyStatus: "REPLIED" as const, repliedAt: new Date("2026-12-01T15:00:00Z") };
    expect(followUpState([agreed, answered], new Date("2026-12-02T15:00:00Z"), calendar)).toMatchObject({ reminders: [], replied: true });
  });

  it("a contact moved back to Find and asked afresh starts over from the new first request", () => {
    const again = sent("o9", "2026-12-01T15:00:00Z");
    const state = followUpState([first, sent("o2", "2026-11-25T15:00:00Z", { kind: "FOLLOW_UP" }), again], new Date("2026-12-02T15:00:00Z"), calendar);
    expect(state.reminders.map((r) => [r.rule, r.ruleKey])).toEqual([
      ["SUGGEST_ANOTHER_3B", "o9"],
      ["FOLLOW_UP_7B", "o9"],
    ]);
  });

  it("ignores thank-yous and keep-in-touch notes", () => {
    const touch = sent("t1", "2026-11-10T15:00:00Z", { kind: "TOUCH" });
    expect(followUpState([touch, first], new Date("2026-11-17T15:00:00Z"), calendar).reminders[0]?.ruleKey).toBe("o1");
  });
});
