// The authorization matrix (#10 item 1): every server action and route handler, found by scanning
// the source, run as the owner of the rows it touches, another student, staff of a centre where the
// owner shares nothing, a plain member of the owner's chapter, and signed out. Each cell says what
// each persona must get; every refusal must also leave the owner's rows exactly as they were.
// A new action or route without a cell fails the first test. Cells: tests/support/matrix/cells.ts.
import { afterAll, describe, expect, it, vi } from "vitest";
import { FieldError, NotFoundError } from "@/lib/data/errors";
import { getDatabase } from "@/lib/db";
import { CELLS, type Outcome, type RunCell } from "../support/matrix/cells";
import { discoverActions, discoverRoutes } from "../support/matrix/discover";
import { buildWorld, fingerprint, PERSONAS, type Persona, type World } from "../support/matrix/world";
import { signInAs, signOut } from "../support/session";

// Work an action hands to after() (an import's run) is awaited before the owner's rows are compared.
const afterTasks = vi.hoisted(() => [] as Promise<unknown>[]);
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: unknown) => {
    afterTasks.push(Promise.resolve().then(() => (typeof task === "function" ? task() : task)));
  },
}));

// Outside a request there is no cookie jar; deleting the account clears the session cookie.
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  cookies: async () => ({ get: () => undefined, delete: () => undefined, set: () => undefined }),
}));

type Observed = { outcome: Outcome | "unexpected"; detail: string; result?: unknown };

function redirectTarget(error: unknown): string | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string" || !digest.startsWith("NEXT_REDIRECT")) return null;
  return digest.split(";")[2] ?? "";
}

/** What one call did, in the matrix's words. */
async function observe(call: () => Promise<unknown>): Promise<Observed> {
  let result: unknown;
  try {
    result = await call();
    await Promise.all(afterTasks.splice(0));
  } catch (error) {
    const target = redirectTarget(error);
    // requireViewer sends to exactly /sign-in; a success may land there too (/sign-in?deleted=1).
    if (target !== null) return target === "/sign-in" || target.startsWith("/sign-in?callbackUrl") ? { outcome: "sign-in", detail: target } : { outcome: "ok", detail: `redirect ${target}` };
    if (error instanceof NotFoundError || error instanceof FieldError) return { outcome: "refused", detail: error.constructor.name };
    return { outcome: "unexpected", detail: `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}` };
  }
  if (result instanceof Response) {
    if (result.ok) return { outcome: "ok", detail: `HTTP ${result.status}`, result };
    if ([401, 403, 404].includes(result.status)) return { outcome: "refused", detail: `HTTP ${result.status}`, result };
    return { outcome: "unexpected", detail: `HTTP ${result.status} ${await result.text()}` };
  }
  if (Array.isArray(result)) return { outcome: "ok", detail: `${result.length} items`, result };
  if (result && typeof result === "object") {
    const { status, ok, message } = result as { status?: unknown; ok?: unknown; message?: unknown };
    const detail = `${String(status ?? ok)}${message ? `: ${String(message)}` : ""}`;
    if (status === "saved" || status === "created" || status === "revoked" || ok === true) return { outcome: "ok", detail, result };
    if (status === "error" || status === "invalid" || status === "conflict" || ok === false) return { outcome: "refused", detail, result };
  }
  return { outcome: "unexpected", detail: `returned ${JSON.stringify(result)}` };
}

async function actAs(persona: Persona, w: World): Promise<void> {
  if (persona === "signedOut") signOut();
  else await signInAs(w.users[persona]);
}

async function freshWorld(cell: RunCell): Promise<World> {
  const w = await buildWorld();
  if (cell.setup) await cell.setup(w);
  return w;
}

/** Runs one cell for every persona (the owner last, on rows the others could not touch). */
async function runCell(cell: RunCell): Promise<string[]> {
  const wrong: string[] = [];
  let w = await freshWorld(cell);
  // The owner's rows as the last guarded persona left them: a persona that must change nothing
  // starts from the previous one's "after", so each call costs one fingerprint, not two.
  let known: string | null = null;
  for (const [index, persona] of PERSONAS.entries()) {
    if (cell.fresh && index > 0) {
      w = await freshWorld(cell);
      known = null;
    }
    const expected = cell.expect[persona];
    // Only the owner may change the owner's rows, bar the cells that say why another may.
    const guarded = persona !== "owner" && !(expected === "ok" && cell.changesOwnersOrganisation);
    const before: string = guarded ? (known ?? (await fingerprint(w))) : "";
    await actAs(persona, w);
    const got = await observe(() => cell.run(w));
    const complaint = await cell.check?.(got.result, persona, w);
    signOut();
    const matches = got.outcome === expected || (expected === "no-op" && got.outcome === "ok");
    if (!matches) wrong.push(`${persona}: expected ${expected}, got ${got.outcome} (${got.detail})`);
    const after = guarded ? await fingerprint(w) : null;
    if (guarded && matches && after !== before) wrong.push(`${persona}: ${got.outcome}, yet the owner's rows changed`);
    known = after;
    if (process.env.MATRIX_VERBOSE) console.info(`${persona.padEnd(9)} ${got.outcome.padEnd(8)} ${got.detail.slice(0, 110)}`);
    if (complaint) wrong.push(`${persona}: ${complaint}`);
  }
  return wrong;
}

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
