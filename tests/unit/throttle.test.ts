import { addMinutes } from "date-fns";
import { describe, expect, it } from "vitest";
import {
  INVITE_CODE_LIMITS,
  MAX_FAILURES,
  rateLimitState,
  RECOGNISED_ADDRESS_MINUTES,
  SIGN_IN_ADDRESS_LIMITS,
  SIGN_IN_EMAIL_LIMITS,
  signInThrottleState,
  SIGN_UP_ADDRESS_LIMITS,
  SIGN_UP_EMAIL_LIMITS,
  THROTTLE_RETENTION_MINUTES,
  throttleState,
  type Attempt,
} from "@/lib/domain/throttle";

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

describe("rateLimitState", () => {
  const at = (minute: number) => addMinutes(t0, minute);
  const limits = [{ max: 3, windowMinutes: 60 }];

  it.each<[string, number[], number, false | number]>([
    ["none", [], 0, false],
    ["below the limit", [0, 10], 20, false],
    ["at the limit: locked until the oldest leaves", [0, 10, 20], 30, 60],
    ["out of order", [20, 0, 10], 30, 60],
    ["over the limit: until enough have left", [0, 10, 20, 25], 30, 70],
    ["old attempts do not count", [0, 10, 20], 60, false],
    ["attempts after now do not count", [0, 10, 90], 30, false],
  ])("%s", (_name, minutes, nowMinute, lockedUntil) => {
    const state = rateLimitState(minutes.map(at), at(nowMinute), limits);
    if (lockedUntil === false) expect(state).toEqual({ locked: false });
    else expect(state).toEqual({ locked: true, retryAt: at(lockedUntil) });
  });

  it("with several limits, waits for every full window", () => {
    const both = [
      { max: 2, windowMinutes: 10 },
      { max: 3, windowMinutes: 60 },
    ];
    // Hour full (0, 57, 58) and ten minutes full (57, 58): the hour frees at 60, the ten minutes at 67.
    expect(rateLimitState([0, 57, 58].map(at), at(59), both)).toEqual({ locked: true, retryAt: at(67) });
    // Only the hour is full.
    expect(rateLimitState([0, 30, 55].map(at), at(56), both)).toEqual({ locked: true, retryAt: at(60) });
  });

  it("sign-ups: a class of 150 from one address gets through in an hour; the 151st waits, and a day stops at 500", () => {
    const classroom = Array.from({ length: 150 }, (_, i) => addMinutes(t0, i * 0.3));
    expect(rateLimitState(classroom.slice(0, 149), at(50), SIGN_UP_ADDRESS_LIMITS)).toEqual({ locked: false });
    expect(rateLimitState(classroom, at(50), SIGN_UP_ADDRESS_LIMITS).locked).toBe(true);
    // A script keeping under the hourly limit all day: 150 an hour for three and a bit hours.
    const script = Array.from({ length: 500 }, (_, i) => addMinutes(t0, i * 0.5 + Math.floor(i / 150) * 60));
    const state = rateLimitState(script, at(24 * 60 - 1), SIGN_UP_ADDRESS_LIMITS);
    expect(state).toEqual({ locked: true, retryAt: addMinutes(t0, 24 * 60) });
  });

  it("sign-ups: five with one email in an hour, then a wait", () => {
    expect(rateLimitState([0, 1, 2, 3].map(at), at(4), SIGN_UP_EMAIL_LIMITS)).toEqual({ locked: false });
    expect(rateLimitState([0, 1, 2, 3, 4].map(at), at(5), SIGN_UP_EMAIL_LIMITS)).toEqual({ locked: true, retryAt: at(60) });
  });
});

describe("signInThrottleState", () => {
  const at = (minute: number) => addMinutes(t0, minute);
  const times = (count: number, minute: number) => Array.from({ length: count }, () => at(minute));
  const none = { emailAndAddress: [], addressFailures: [], emailFailures: [] };

  it("locks the email on this address after five failures, whatever the other counts", () => {
    const five = [fail(0), fail(1), fail(2), fail(3), fail(4)];
    expect(signInThrottleState({ ...none, emailAndAddress: five.slice(1) }, at(5))).toEqual({ locked: false });
    expect(signInThrottleState({ ...none, emailAndAddress: five }, at(5))).toEqual({ locked: true, retryAt: at(15), by: "email-and-address" });
  });

  it("the looser ceilings are far above the per-address limit, and all windows are fifteen minutes", () => {
    expect(SIGN_IN_ADDRESS_LIMITS.every((l) => l.max >= 10 * MAX_FAILURES && l.windowMinutes === 15)).toBe(true);
    expect(SIGN_IN_EMAIL_LIMITS.every((l) => l.max >= 10 * MAX_FAILURES && l.windowMinutes === 15)).toBe(true);
    expect(THROTTLE_RETENTION_MINUTES).toBeGreaterThanOrEqual(RECOGNISED_ADDRESS_MINUTES);
  });

  it("locks an address over its ceiling, then an email over its own, for addresses it has not signed in from", () => {
    const addressMax = SIGN_IN_ADDRESS_LIMITS[0]!.max;
    const emailMax = SIGN_IN_EMAIL_LIMITS[0]!.max;
    expect(signInThrottleState({ ...none, addressFailures: times(addressMax - 1, 0) }, at(1))).toEqual({ locked: false });
    expect(signInThrottleState({ ...none, addressFailures: times(addressMax, 0) }, at(1))).toEqual({ locked: true, retryAt: at(15), by: "address" });
    expect(signInThrottleState({ ...none, emailFailures: times(emailMax, 2) }, at(3))).toEqual({ locked: true, retryAt: at(17), by: "email" });
    // Recognised: a success from this address within the day.
    const recognised = [ok(-RECOGNISED_ADDRESS_MINUTES + 10), fail(1)];
    expect(signInThrottleState({ emailAndAddress: recognised, addressFailures: times(addressMax, 0), emailFailures: times(emailMax, 0) }, at(2))).toEqual({ locked: false });
    // A success older than a day no longer counts.
    const stale = [ok(-RECOGNISED_ADDRESS_MINUTES - 1)];
    expect(signInThrottleState({ emailAndAddress: stale, addressFailures: [], emailFailures: times(emailMax, 0) }, at(2)).locked).toBe(true);
  });

  it("a recognised address still has the tight limit", () => {
    const attempts = [ok(-60), fail(0), fail(1), fail(2), fail(3), fail(4)];
    expect(signInThrottleState({ ...none, emailAndAddress: attempts }, at(5))).toMatchObject({ locked: true, by: "email-and-address" });
  });
});
