// Throttling by failed attempts: after MAX_FAILURES failures for one key (an email signing in; a
// user trying invite codes) within WINDOW_MINUTES, and no success since, further attempts are refused
// until the oldest of those failures leaves the window.
import { addMinutes, subMinutes } from "date-fns";

export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 15;

export interface Attempt {
  succeeded: boolean;
  createdAt: Date;
}

export type ThrottleState = { locked: false } | { locked: true; retryAt: Date };

export interface ThrottleLimits {
  maxFailures: number;
  windowMinutes: number;
}

/** Invite codes (cohorts, chapters) are 8 characters: typos are common, guessing must be slow. */
export const INVITE_CODE_LIMITS: ThrottleLimits = { maxFailures: 10, windowMinutes: 15 };

/** `attempts` may be in any order; only those inside the window matter. */
export function throttleState(attempts: Attempt[], now: Date, limits: ThrottleLimits = { maxFailures: MAX_FAILURES, windowMinutes: WINDOW_MINUTES }): ThrottleState {
  const { maxFailures, windowMinutes } = limits;
  const windowStart = subMinutes(now, windowMinutes);
  const recent = attempts
    .filter((a) => a.createdAt > windowStart && a.createdAt <= now)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const lastSuccess = recent.findLastIndex((a) => a.succeeded);
  const failures = recent.slice(lastSuccess + 1).filter((a) => !a.succeeded);
  if (failures.length < maxFailures) return { locked: false };
  const oldestCounted = failures[failures.length - maxFailures]!;
  return { locked: true, retryAt: addMinutes(oldestCounted.createdAt, windowMinutes) };
}
