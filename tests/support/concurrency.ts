// Two writers at once, in a fixed order: one transaction writes and is left uncommitted (its row
// locks held) while the code under test runs on another connection, then it commits. PostgreSQL
// only: the embedded database has one connection, so the second writer could never start.
import { getDatabase } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Runs `write` in a transaction, starts `meanwhile` while it is uncommitted, commits once
 * `meanwhile` has had time to reach a lock it waits on, and says how `meanwhile` ended.
 * `meanwhile` must send its queries itself (an async function does; a bare Prisma query is lazy,
 * and would only be sent once awaited, after the commit).
 */
export async function whileUncommitted<T>(write: (tx: Prisma.TransactionClient) => Promise<unknown>, meanwhile: () => Promise<T>): Promise<PromiseSettledResult<T>> {
  let commit = () => {};
  const held = new Promise<void>((resolve) => (commit = resolve));
  let written = () => {};
  const ready = new Promise<void>((resolve) => (written = resolve));
  const first = getDatabase().prisma.$transaction(
    async (tx) => {
      await write(tx);
      written();
      await held;
    },
    { timeout: 20_000 },
  );
  // A failed write ends the wait too, and is thrown below.
  await Promise.race([ready, first]);
  const second = Promise.allSettled([meanwhile()]);
  await new Promise((resolve) => setTimeout(resolve, 500));
  commit();
  await first;
  return (await second)[0];
}
