// The authorization matrix (#10 item 1): every server action and route handler, found by scanning
// the source, run as the owner of the rows it touches, another student, staff of a centre where the
// owner shares nothing, a plain member of the owner's chapter, and signed out. Each cell says what
// each persona must get; every refusal must also leave the owner's rows exactly as they were.
// A new action or route without a cell fails the first test. Cells: tests/support/matrix/cells.ts.
import { afterAll, describe, expect, it, vi } from "vitest";
import { getDatabase } from "@/lib/db";
import { CELLS } from "../support/matrix/cells";
import { discoverActions, discoverRoutes, serverActionsOutsideLibActions } from "../support/matrix/discover";
import { MIXED_IDS, othersMeeting } from "../support/matrix/mixed-ids";
import { observe, runCell } from "../support/matrix/run";
import { buildWorld, fingerprint } from "../support/matrix/world";
import { signInAs, signOut } from "../support/session";

// Work an action hands to after() (an import's run) is awaited before the owner's rows are compared.
vi.mock("next/server", async (importOriginal) => {
  const { afterTasks } = await import("../support/matrix/after-tasks");
  return {
    ...(await importOriginal<typeof import("next/server")>()),
    after: (task: unknown) => {
      afterTasks.push(Promise.resolve().then(() => (typeof task === "function" ? task() : task)));
    },
  };
});

// Outside a request there is no cookie jar; deleting the account clears the session cookie.
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  cookies: async () => ({ get: () => undefined, delete: () => undefined, set: () => undefined }),
}));

const unrun = Object.entries(CELLS).flatMap(([name, cell]) =>
  "pending" in cell ? [`${name}: PENDING, ${cell.pending}`] : "outOfScope" in cell ? [`${name}: out of scope, ${cell.outOfScope}`] : [],
);

describe("authorization matrix", () => {
  afterAll(() => {
    if (unrun.length) console.warn(`Authorization matrix cells not run:\n  ${unrun.join("\n  ")}`);
  });

  it("has a cell for every exported server action and route handler, and none for anything gone", () => {
    const discovered = [...discoverActions(), ...discoverRoutes()].sort();
    const cells = Object.keys(CELLS).sort();
    const missing = discovered.filter((name) => !cells.includes(name));
    const extra = cells.filter((name) => !discovered.includes(name));
    expect(discovered.length).toBeGreaterThan(80);
    expect({ missing, extra }, `Give each new action or route a cell in tests/support/matrix/cells.ts:\n  missing: ${missing.join(", ") || "none"}\n  no longer in the code: ${extra.join(", ") || "none"}`).toEqual({ missing: [], extra: [] });
  });

  it("finds server actions only in lib/actions, where the scan looks", () => {
    expect(serverActionsOutsideLibActions(), "Move these server actions to lib/actions/*.ts so the matrix covers them").toEqual([]);
  });

  it("notices any change to the owner's rows (the fingerprint every refusal is checked against)", async () => {
    const w = await buildWorld();
    const before = await fingerprint(w);
    expect(await fingerprint(w)).toBe(before);
    await getDatabase().prisma.claim.updateMany({ where: { sharedContactId: w.sharedClaimed }, data: { outcome: "CONTACTED" } });
    const claimChanged = await fingerprint(w);
    expect(claimChanged).not.toBe(before);
    await getDatabase().prisma.agendaItem.update({ where: { id: w.agendaItem }, data: { minutes: 9 } });
    expect(await fingerprint(w)).not.toBe(claimChanged);
  });

  for (const [name, cell] of Object.entries(CELLS)) {
    if ("pending" in cell || "outOfScope" in cell) continue;
    it(name, async () => {
      expect(await runCell(cell)).toEqual([]);
    });
  }
});

describe("mixed ids: the other student's own organisation or record, the owner's row", () => {
  for (const [name, test] of Object.entries(MIXED_IDS)) {
    it(name, async () => {
      const w = await buildWorld();
      const meetingId = await othersMeeting(w);
      const before = await fingerprint(w);
      await signInAs(w.users.other);
      const got = await observe(() => test.run(w, meetingId));
      signOut();
      expect(got.outcome, got.detail).toBe(test.expect);
      expect(await fingerprint(w), "the owner's rows changed").toBe(before);
      expect(await test.after?.(w, meetingId)).toBeFalsy();
    });
  }
});
