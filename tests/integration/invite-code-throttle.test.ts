// Guessing invite codes in parallel: the throttle's check and its record are one step, so a burst of
// simultaneous wrong codes gets no more evaluated than the limit allows one after another.
import { describe, expect, it } from "vitest";
import { findChapterByCode } from "@/lib/data/chapters";
import { findCohortByCode } from "@/lib/data/cohort-membership";
import { CodeThrottledError, FieldError } from "@/lib/data/errors";
import { throttledCodeLookup } from "@/lib/data/invite-code-attempts";
import { requireViewer } from "@/lib/data/viewer";
import { getDatabase } from "@/lib/db";
import { INVITE_CODE_LIMITS } from "@/lib/domain/throttle";
import { createTestUser } from "../support/factories";
import { signInAs } from "../support/session";

const prisma = () => getDatabase().prisma;
const BURST = 40;

/**
 * Each outcome counted: an unknown code and a refusal are both messages on the code field, and the
 * refusal is a CodeThrottledError, which the invite-link pages tell apart ("try again later").
 */
async function outcomes(guesses: Promise<unknown>[]): Promise<{ unknown: number; throttled: number }> {
  const settled = await Promise.allSettled(guesses);
  const refusals = settled.map((s) => {
    if (s.status === "fulfilled") throw new Error("a guessed code matched");
    if (!(s.reason instanceof FieldError)) throw s.reason;
    return { throttled: s.reason instanceof CodeThrottledError, message: s.reason.message };
  });
  return {
    unknown: refusals.filter((r) => !r.throttled && r.message.startsWith("No ")).length,
    throttled: refusals.filter((r) => r.throttled && r.message.startsWith("Too many codes that matched nothing.")).length,
  };
}

describe("invite-code guesses fired at once", () => {
  it("evaluate at most the limit's worth of lookups; the rest are refused", async () => {
    const guesser = await createTestUser("Parallel Guesser");
    await signInAs(guesser.id);
    const viewer = await requireViewer();
    const now = new Date();
    let evaluated = 0;
    const guesses = Array.from({ length: BURST }, () =>
      throttledCodeLookup(viewer, now, async () => {
        evaluated++;
        // A lookup takes a moment: parallel guesses overlap the way they do on a busy server.
        await new Promise((resolve) => setTimeout(resolve, 5));
        return null;
      }).then((found) => {
        if (found === null) throw new FieldError("code", "No such code.");
        return found;
      }),
    );
    const result = await outcomes(guesses);
    expect(evaluated).toBeLessThanOrEqual(INVITE_CODE_LIMITS.maxFailures);
    expect(result.unknown).toBe(evaluated);
    expect(result.throttled).toBe(BURST - evaluated);
    // Recorded misses are the evaluated ones: refused guesses took their rows back.
    expect(await prisma().signInAttempt.count({ where: { key: `invite-code:${guesser.id}` } })).toBe(evaluated);

    // Now one at a time: the limit is reached exactly, whatever the burst left.
    for (let i = evaluated; i < INVITE_CODE_LIMITS.maxFailures; i++) {
      await expect(throttledCodeLookup(viewer, now, async () => null)).resolves.toBeNull();
    }
    await expect(throttledCodeLookup(viewer, now, async () => ({ id: "never looked up" }))).rejects.toThrow(/^Too many codes that matched nothing\./);
  });

  it("through the cohort and chapter join pages too", async () => {
    const guesser = await createTestUser("Parallel Page Guesser");
    await signInAs(guesser.id);
    const guesses = Array.from({ length: BURST }, (_, i) =>
      i % 2 === 0 ? findCohortByCode(`ZZZZ-${String(3000 + i)}`) : findChapterByCode(`ZZZZ-${String(4000 + i)}`),
    );
    const result = await outcomes(guesses);
    expect(result.unknown).toBeLessThanOrEqual(INVITE_CODE_LIMITS.maxFailures);
    expect(result.unknown + result.throttled).toBe(BURST);
    expect(await prisma().signInAttempt.count({ where: { key: `invite-code:${guesser.id}` } })).toBe(result.unknown);
  });

  it("a code that matches costs no lasting row, and a lookup that fails does not count as a miss", async () => {
    const user = await createTestUser("Right First Time");
    await signInAs(user.id);
    const viewer = await requireViewer();
    expect(await throttledCodeLookup(viewer, new Date(), async () => ({ id: "found" }))).toEqual({ id: "found" });
    await expect(throttledCodeLookup(viewer, new Date(), async () => Promise.reject(new Error("database hiccup")))).rejects.toThrow("database hiccup");
    expect(await prisma().signInAttempt.count({ where: { key: `invite-code:${user.id}` } })).toBe(0);
  });
});
