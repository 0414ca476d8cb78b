// Cohort and chapter invite codes are short enough to type (8 characters from a 32-letter alphabet),
// so guessing them is slowed per user: after INVITE_CODE_LIMITS.maxFailures codes that matched
// nothing within the window, the user's lookups are refused until the window has passed. Staff
// invitation codes are far too long to guess, but go through the same throttle (one count per user
// across all three kinds), so no invite endpoint can be hammered.
//
// The check and the record are one step, so guesses fired in parallel cannot all pass a check made
// before any of them was recorded: each lookup first writes its attempt as a miss, then counts the
// others inside the window (its own excluded). Of any set of lookups that pass, the last to count
// saw every other one's row, so no more than the limit are ever evaluated. A refused lookup takes
// its row back (retrying while refused does not push the time to try again further out), and so
// does one whose code matched or whose lookup failed: only misses stay recorded.
import "server-only";
import { subMinutes } from "date-fns";
import { db } from "../db";
import { formatTime } from "../domain/format";
import { INVITE_CODE_LIMITS, throttleState } from "../domain/throttle";
import { forgetExpiredAttempts } from "./auth";
import { CodeThrottledError } from "./errors";
import type { Viewer } from "./viewer";

/** Runs `lookup` (null: no such code) unless the viewer has tried too many unknown codes lately. */
export async function throttledCodeLookup<T>(viewer: Viewer, now: Date, lookup: () => Promise<T | null>): Promise<T | null> {
  const key = `invite-code:${viewer.id}`;
  const mine = await db.signInAttempt.create({ data: { key, succeeded: false, createdAt: now }, select: { id: true } });
  const takeBack = () => db.signInAttempt.deleteMany({ where: { id: mine.id } });
  const others = await db.signInAttempt.findMany({
    where: { key, createdAt: { gt: subMinutes(now, INVITE_CODE_LIMITS.windowMinutes) }, id: { not: mine.id } },
    select: { succeeded: true, createdAt: true },
  });
  const state = throttleState(others, now, INVITE_CODE_LIMITS);
  if (state.locked) {
    await takeBack();
    throw new CodeThrottledError("code", `Too many codes that matched nothing. Check the code with whoever gave it to you, and try again after ${formatTime(state.retryAt, viewer.timeZone)}.`);
  }
  let found: T | null;
  try {
    found = await lookup();
  } catch (error) {
    await takeBack();
    throw error;
  }
  if (found === null) await forgetExpiredAttempts([key], now);
  else await takeBack();
  return found;
}
