// Sign-in throttling: after MAX_FAILURES failed attempts for one email within WINDOW_MINUTES (and no
// success since), further attempts are refused until the oldest of those failures leaves the window.
import { addMinutes, subMinutes } from "date-fns";

export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 15;

export interface Attempt {
  succeeded: boolean;
  createdAt: Date;
}

export type ThrottleState = { locked: false } | { locked: true; retryAt: Date };

/** `attempts` may be in any order; only those inside the window matter. */
export function throttleState(attempts: Attempt[], now: Date): ThrottleState {
  const windowStart = subMinutes(now, WINDOW_MINUTES);
  const recent = attempts
    .filter((a) => a.createdAt > windowStart && a.createdAt <= now)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const lastSuccess = recent.findLastIndex((a) => a.succeeded);
  const failures = recent.slice(lastSuccess + 1).filter((a) => !a.succeeded);
  if (failures.length < MAX_FAILURES) return { locked: false };
  const oldestCounted = failures[failures.length - MAX_FAILURES]!;
  return { locked: true, retryAt: addMinutes(oldestCounted.createdAt, WINDOW_MINUTES) };
}
