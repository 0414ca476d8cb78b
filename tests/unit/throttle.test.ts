import { addMinutes } from "date-fns";
import { describe, expect, it } from "vitest";
import { INVITE_CODE_LIMITS, MAX_FAILURES, throttleState, type Attempt } from "@/lib/domain/throttle";

const t0 = new Date("2026-03-08T06:55:00Z");
const fail = (minute: number): Attempt => ({ succeeded: false, createdAt: addMinutes(t0, minute) });
const ok = (minute: number): Attempt => ({ succeeded: true, createdAt: addMinutes(t0, minute) });

describe("throttleState", () => {
  it.each<[string, Attempt[], number, false | number]>([
    ["no attempts", [], 0, false],
    ["four failures", [fail(0), fail(1), fail(2), fail(3)], 4, false],
    ["five failures", [fail(0), fail(1), fail(2), fail(3), fail(4)], 5, 15],
    ["five failures given out of order", [fail(4), fail(2), fail(0), fail(3), fail(1)], 5, 15],
    ["six failures lock until the second-oldest counted leaves", [fail(0), fail(1), fail(2), fail(3), fail(4), fail(5)], 6, 16],
    ["a success resets the count", [fail(0), fail(1), fail(2), ok(3), fail(4), fail(5)], 6, false],
    ["failures older than the window do not count", [fail(0), fail(1), fail(2), fail(3), fail(4)], 15, false],
    ["attempts after now are ignored", [fail(0), fail(1), fail(2), fail(3), fail(40)], 10, false],
  ])("%s", (_name, attempts, nowMinute, lockedUntilMinute) => {
    const state = throttleState(attempts, addMinutes(t0, nowMinute));
    if (lockedUntilMinute === false) expect(state).toEqual({ locked: false });
    else expect(state).toEqual({ locked: true, retryAt: addMinutes(t0, lockedUntilMinute) });
  });

  it("locks at exactly MAX_FAILURES", () => {
    const attempts = Array.from({ length: MAX_FAILURES }, (_, i) => fail(i));
    expect(throttleState(attempts.slice(1), addMinutes(t0, 5)).locked).toBe(false);
    expect(throttleState(attempts, addMinutes(t0, 5)).locked).toBe(true);
  });

  it("takes other limits: invite codes allow ten misses in fifteen minutes", () => {
    const nine = Array.from({ length: 9 }, (_, i) => fail(i));
    expect(throttleState(nine, addMinutes(t0, 9), INVITE_CODE_LIMITS)).toEqual({ locked: false });
    expect(throttleState([...nine, fail(9)], addMinutes(t0, 9), INVITE_CODE_LIMITS)).toEqual({ locked: true, retryAt: addMinutes(t0, 15) });
    expect(throttleState([...nine, fail(9)], addMinutes(t0, 15), INVITE_CODE_LIMITS)).toEqual({ locked: false });
  });
});
