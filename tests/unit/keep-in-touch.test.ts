import { describe, expect, it } from "vitest";
import { keepInTouchState, type KeepInTouchContact } from "@/lib/domain/keep-in-touch";

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
