// Cohort and chapter invite codes are short enough to type (8 characters from a 32-letter alphabet),
// so guessing them is slowed per user: after INVITE_CODE_LIMITS.maxFailures codes that matched
// nothing within the window, the user's lookups are refused until the window has passed. Only
// failures are recorded, so opening a valid invitation link costs no write.
import "server-only";
import { subMinutes } from "date-fns";
import { db } from "../db";
import { formatTime } from "../domain/format";
import { INVITE_CODE_LIMITS, throttleState } from "../domain/throttle";
import { forgetExpiredAttempts } from "./auth";
import { FieldError } from "./errors";
import type { Viewer } from "./viewer";

/** Runs `lookup` (null: no such code) unless the viewer has tried too many unknown codes lately. */
export async function throttledCodeLookup<T>(viewer: Viewer, now: Date, lookup: () => Promise<T | null>): Promise<T | null> {
  const key = `invite-code:${viewer.id}`;
  const failures = await db.signInAttempt.findMany({
    where: { key, createdAt: { gt: subMinutes(now, INVITE_CODE_LIMITS.windowMinutes) } },
    select: { succeeded: true, createdAt: true },
  });
  const state = throttleState(failures, now, INVITE_CODE_LIMITS);
  if (state.locked) {
    throw new FieldError("code", `Too many codes that matched nothing. Check the code with whoever gave it to you, and try again after ${formatTime(state.retryAt, viewer.timeZone)}.`);
  }
  const found = await lookup();
  if (found === null) {
    await db.signInAttempt.create({ data: { key, succeeded: false, createdAt: now } });
    await forgetExpiredAttempts([key], now);
  }
  return found;
}
