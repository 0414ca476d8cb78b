// Running one matrix cell: each persona in turn on a fresh world, what each call did in the matrix's
// words, and the owner's rows compared before and after every call that must not change them.
import { FieldError, NotFoundError } from "@/lib/data/errors";
import { signInAs, signOut } from "../session";
import { afterTasks } from "./after-tasks";
import type { Outcome, RunCell } from "./cells";
import { buildWorld, fingerprint, PERSONAS, type Persona, type World } from "./world";

type Observed = { outcome: Outcome | "unexpected"; detail: string; result?: unknown };

function redirectTarget(error: unknown): string | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string" || !digest.startsWith("NEXT_REDIRECT")) return null;
  return digest.split(";")[2] ?? "";
}

/** What one call did, in the matrix's words. */
export async function observe(call: () => Promise<unknown>): Promise<Observed> {
  let result: unknown;
  afterTasks.length = 0;
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
export async function runCell(cell: RunCell): Promise<string[]> {
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
    if (guarded && after !== before) wrong.push(`${persona}: ${got.outcome}, yet the owner's rows changed`);
    known = after;
    if (process.env.MATRIX_VERBOSE) console.info(`${persona.padEnd(9)} ${got.outcome.padEnd(8)} ${got.detail.slice(0, 110)}`);
    if (complaint) wrong.push(`${persona}: ${complaint}`);
  }
  return wrong;
}

