// Throttling by failed attempts: after MAX_FAILURES failures for one key (an email signing in from
// one client address; a user trying invite codes) within WINDOW_MINUTES, and no success since,
// further attempts are refused until the oldest of those failures leaves the window.
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

/**
 * Invite codes: cohort and chapter codes are 8 characters, so typos are common and guessing must be
 * slow; staff invitation links share the same count per user (they are long, but a miss is a miss).
 */
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

// ---------------------------------------------------------------------------
// Rate limits: every attempt counts, successes included
// ---------------------------------------------------------------------------
// Sign-ups are throttled by volume, not by failure: a script creating accounts succeeds every time.

export interface RateLimit {
  max: number;
  windowMinutes: number;
}

/**
 * Locked when, for any limit, `max` attempts already fall inside its window; then `retryAt` is when
 * enough of them have left every window that is full. `times` may be in any order.
 */
export function rateLimitState(times: readonly Date[], now: Date, limits: readonly RateLimit[]): ThrottleState {
  let retryAt: Date | null = null;
  for (const { max, windowMinutes } of limits) {
    const windowStart = subMinutes(now, windowMinutes);
    const recent = times.filter((t) => t > windowStart && t <= now).sort((a, b) => a.getTime() - b.getTime());
    if (recent.length < max) continue;
    // One slot frees when the attempt `max` places before the newest leaves the window.
    const freedAt = addMinutes(recent[recent.length - max]!, windowMinutes);
    if (!retryAt || freedAt > retryAt) retryAt = freedAt;
  }
  return retryAt ? { locked: true, retryAt } : { locked: false };
}

/**
 * Sign-ups from one client address. A whole class, or a lecture hall at orientation, may sign up
 * together from one campus address (one NAT), so an hour allows 150: more than a large lecture
 * signing up in the same hour. A day allows 500, so a script on one address gets at most 500
 * accounts a day instead of thousands an hour, while a campus that onboards several classes in a
 * day still gets through. Each attempt also costs a bcrypt hash (cost 12, about a quarter of a
 * second of CPU), so this caps that work too.
 */
export const SIGN_UP_ADDRESS_LIMITS: readonly RateLimit[] = [
  { max: 150, windowMinutes: 60 },
  { max: 500, windowMinutes: 24 * 60 },
];

/** Sign-ups naming one email: a person needs one or two; more is probing which emails have accounts. */
export const SIGN_UP_EMAIL_LIMITS: readonly RateLimit[] = [{ max: 5, windowMinutes: 60 }];

// ---------------------------------------------------------------------------
// Sign-in: by email and address, by address, by email
// ---------------------------------------------------------------------------
// Counting failures per email alone let anyone lock a person out by failing on their email. So the
// tight limit (MAX_FAILURES in WINDOW_MINUTES, reset by a success) is per email *and* client address:
// a guesser is stopped on their own address while the owner signs in from theirs. Two looser
// ceilings catch what that misses, counting failures only (a success resets neither, or signing in to
// one's own account would clear them):
// - per address, across every email: one address trying leaked passwords on many accounts;
// - per email, across every address: a guess spread over many addresses.
// Neither applies to an address the email signed in from within RECOGNISED_ADDRESS_MINUTES: locking
// an email by failing from many addresses then keeps out only addresses its owner has not used
// lately, and a busy campus address over its ceiling still lets in whoever signed in from it today.
// Every window is WINDOW_MINUTES long, so "wait 15 minutes" is true whichever limit refused.

/** Failures from one address across all emails: a lecture hall behind one NAT mistyping stays well under it. */
export const SIGN_IN_ADDRESS_LIMITS: readonly RateLimit[] = [{ max: 50, windowMinutes: WINDOW_MINUTES }];

/** Failures on one email across all addresses: ten times the per-address limit, so ten addresses' worth. */
export const SIGN_IN_EMAIL_LIMITS: readonly RateLimit[] = [{ max: 10 * MAX_FAILURES, windowMinutes: WINDOW_MINUTES }];

/** An address this long after the email last signed in from it is recognised: only the tight limit applies. */
export const RECOGNISED_ADDRESS_MINUTES = 24 * 60;

/** Which limit refused: the email from this address, this address, or this email. */
export type SignInThrottleBy = "email-and-address" | "address" | "email";

/** The sign-in error code for each limit, so the sign-in page can say which one refused. */
export const SIGN_IN_THROTTLE_CODES: Record<SignInThrottleBy, string> = {
  "email-and-address": "Throttled",
  address: "ThrottledAddress",
  email: "ThrottledEmail",
};

export type SignInThrottleState = { locked: false } | { locked: true; retryAt: Date; by: SignInThrottleBy };

export interface SignInHistory {
  /** Attempts on this email from this address, successes included. */
  emailAndAddress: Attempt[];
  /** Failures from this address, any email. */
  addressFailures: readonly Date[];
  /** Failures on this email, any address. */
  emailFailures: readonly Date[];
}

/** Whether one more sign-in attempt may be checked, given the attempts before it. */
export function signInThrottleState(history: SignInHistory, now: Date): SignInThrottleState {
  const pair = throttleState(history.emailAndAddress, now);
  if (pair.locked) return { ...pair, by: "email-and-address" };
  const recognisedSince = subMinutes(now, RECOGNISED_ADDRESS_MINUTES);
  if (history.emailAndAddress.some((a) => a.succeeded && a.createdAt > recognisedSince && a.createdAt <= now)) return { locked: false };
  const address = rateLimitState(history.addressFailures, now, SIGN_IN_ADDRESS_LIMITS);
  if (address.locked) return { ...address, by: "address" };
  const email = rateLimitState(history.emailFailures, now, SIGN_IN_EMAIL_LIMITS);
  if (email.locked) return { ...email, by: "email" };
  return { locked: false };
}

/**
 * How long an attempt row matters: the longest window any limit counts. Older rows are deleted
 * (lib/data/auth.ts), so the table holds a day of attempts, not every attempt ever made.
 */
export const THROTTLE_RETENTION_MINUTES = Math.max(
  WINDOW_MINUTES,
  RECOGNISED_ADDRESS_MINUTES,
  ...SIGN_IN_ADDRESS_LIMITS.map((l) => l.windowMinutes),
  ...SIGN_IN_EMAIL_LIMITS.map((l) => l.windowMinutes),
  INVITE_CODE_LIMITS.windowMinutes,
  ...SIGN_UP_ADDRESS_LIMITS.map((l) => l.windowMinutes),
  ...SIGN_UP_EMAIL_LIMITS.map((l) => l.windowMinutes),
);
