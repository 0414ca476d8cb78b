// npm run bench: how fast Rapport answers at scale, alone and under load, against the floor set by
// its own SQL.
//
// 1. Seeds a fresh database (PostgreSQL when DATABASE_URL is set or a server answers on
//    127.0.0.1:5432, else the embedded one) with a student who has 2,000 contacts and a career
//    centre whose cohort has 1,000 students and 100,000 contacts (scripts/lib/bench-seed.ts).
// 2. Serves a production build that logs every SQL statement it sends, and requests each page (and
//    a stage move, the board's server action) one at a time: server time, statements per request,
//    and the request's own statements replayed straight against the database, one after another
//    on one connection, inside a transaction that is rolled back: the SQL floor.
// 3. Serves the build again without the log, as `npm start` serves it on PostgreSQL (one process
//    per core), and puts it under load with autocannon (measureUnderLoad says how the load arrives):
//    - 20 users, each sending a request every THINK seconds (2 s, a brisk user; people read a page
//      for longer than that), their requests spread over time. The issue's "20 concurrent users".
//    - the same rate in bursts (each second's ten requests at once).
//    - flat out: 20 connections, each sending its next request as soon as the last is answered.
//    The staff dashboard gets 2 connections flat out (a centre has a few staff, not 20 at once).
//    Median, p95 and throughput.
// 4. Imports a 50,000-row LinkedIn export in a process of its own (scripts/bench-import.ts).
// Writes bench-results/bench.json and bench-results/bench.md, and checks the targets of issue #10.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import type { DatabaseConfig } from "../lib/database";
import { BENCH_PASSWORD, BENCH_STAFF_EMAIL, BENCH_STUDENT_EMAIL, seedBench, type BenchSeed } from "./lib/bench-seed";

const SIZE = {
  contacts: Number(process.env.BENCH_CONTACTS ?? 2000),
  students: Number(process.env.BENCH_STUDENTS ?? 1000),
  contactsPerStudent: Number(process.env.BENCH_CONTACTS_PER_STUDENT ?? 100),
};
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 30);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
// Staff are few, and a dashboard request reads a whole cohort: 20 of them at once is not a load
// anyone puts on it.
const STAFF_CONNECTIONS = Number(process.env.BENCH_STAFF_CONNECTIONS ?? 2);
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const THINK_SECONDS = Number(process.env.BENCH_THINK_SECONDS ?? 2);
const PORT = Number(process.env.BENCH_PORT ?? 3200);
// As `npm start` serves on a PostgreSQL server: one process per core (scripts/start.ts).
const SERVER_PROCESSES = Number(process.env.RAPPORT_SERVER_PROCESSES || Math.min(os.availableParallelism(), 8));
const outDir = path.resolve("bench-results");
const dataRoot = path.resolve(".data", "bench");
const queryLog = path.join(dataRoot, "queries.jsonl");
const distDir = process.env.NEXT_DIST_DIR ?? ".next";

const MOVE = "stage move (server action)";
const TARGETS = { pageP95UnderLoadMs: 150, moveP95UnderLoadMs: 100, dashboardMs: 400, floorRatio: 2 };

// ——— the database ———

async function chooseDatabase(): Promise<{ config: DatabaseConfig; label: string; env: Record<string, string>; url: string | null }> {
  const serverUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const admin = new pg.Client({ connectionString: serverUrl });
  try {
    await admin.connect();
    await admin.query("DROP DATABASE IF EXISTS rapport_bench WITH (FORCE)");
    await admin.query("CREATE DATABASE rapport_bench");
    const url = new URL(serverUrl);
    url.pathname = "/rapport_bench";
    const version = (await admin.query<{ server_version: string }>("SHOW server_version")).rows[0]?.server_version;
    return { config: { kind: "postgres", url: url.toString() }, label: `PostgreSQL ${version}`, env: { DATABASE_URL: url.toString() }, url: url.toString() };
  } catch {
    rmSync(path.join(dataRoot, "pglite"), { recursive: true, force: true });
    return { config: { kind: "pglite", dataDir: path.join(dataRoot, "pglite") }, label: "embedded PostgreSQL (PGlite)", env: { DATABASE_URL: "" }, url: null };
  } finally {
    await admin.end().catch(() => undefined);
  }
}

// ——— the server ———

async function startServer(env: Record<string, string>, logQueries: boolean): Promise<{ base: string; stop: () => Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: {
      ...process.env,
      ...env,
      PORT: String(PORT),
      RAPPORT_DATA_DIR: dataRoot,
      RAPPORT_DEMO: "0",
      AUTH_SECRET: "bench-secret-not-for-production",
      NEXTAUTH_URL: `http://localhost:${PORT}`,
      RAPPORT_QUERY_LOG_FILE: logQueries ? queryLog : "",
      RAPPORT_SERVER_PROCESSES: String(SERVER_PROCESSES),
    },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const base = `http://localhost:${PORT}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.pid) process.kill(-child.pid, "SIGTERM");
    await exited;
  };
  const deadline = Date.now() + 10 * 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error("the server exited before it answered");
    try {
      if ((await fetch(`${base}/sign-in`)).ok) return { base, stop };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error("the server did not answer within 10 minutes");
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

async function signIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password: BENCH_PASSWORD, json: "true" }),
  });
  const session = cookiesOf(response).find((c) => c.includes("session-token"));
  if (!session) throw new Error(`sign-in failed (${response.status})`);
  return [...jar, session].join("; ");
}

// ——— what is measured ———

interface HttpCall {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

interface Scenario {
  label: string;
  /** Concurrent connections under load. */
  connections: number;
  /** The next request to send; a stage move changes what it sends each time. */
  next: () => HttpCall;
  /** Whether a 200 answer did what was asked (a refused move is a 200 too). */
  succeeded?: (body: string) => boolean;
}

function pageScenario(label: string, cookie: string, pagePath: string, connections: number): Scenario {
  const call: HttpCall = { method: "GET", path: pagePath, headers: { cookie } };
  return { label, connections, next: () => call };
}

/**
 * Moving contacts between Thanked and Follow-up through the board's server action, posted the way
 * the browser posts it (React's encodeReply of the action's arguments, the action's id from the
 * build's manifest). Each request flips the next contact of the pool to the other of the two
 * stages, so every request is a real move, and no two requests in flight touch the same contact.
 */
async function moveScenario(cookie: string, seeded: BenchSeed, connections: number): Promise<Scenario> {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const actionId = Object.entries(manifest.node).find(([, a]) => a.exportedName === "moveContactAction" && a.filename === "lib/actions/pipeline.ts")?.[0];
  if (!actionId) throw new Error("moveContactAction is not in the build's server-reference manifest");
  // Next's own copy of React's reply encoder, the one the browser bundle uses.
  const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-turbopack/client.node") as {
    encodeReply: (value: unknown) => Promise<FormData | string>;
  };
  const routerState = encodeURIComponent(JSON.stringify(["", { children: ["(app)", { children: ["pipeline", { children: ["__PAGE__", {}, null, null] }, null, null] }, null, null] }, null, null, true]));
  const stage = new Map(seeded.movePool.map((c) => [c.id, c.stage]));
  const encode = async (contactId: string, to: string): Promise<HttpCall> => {
    const form = new FormData();
    form.set("contactId", contactId);
    form.set("to", to);
    form.set("keepInTouchMonths", "3"); // what Follow-up asks for; ignored on the way back
    const request = new Request("http://localhost/", { method: "POST", body: await encodeReply([{ status: "idle" }, form]) });
    return {
      method: "POST",
      path: "/pipeline",
      headers: { cookie, accept: "text/x-component", "next-action": actionId, "next-router-state-tree": routerState, "content-type": request.headers.get("content-type")! },
      body: Buffer.from(await request.arrayBuffer()),
    };
  };
  // Two rounds over the pool bring every contact back where it started, so the calls can repeat.
  const calls: HttpCall[] = [];
  for (let round = 0; round < 2; round++) {
    for (const contact of seeded.movePool) {
      const to = stage.get(contact.id) === "THANKED" ? "FOLLOW_UP" : "THANKED";
      stage.set(contact.id, to);
      calls.push(await encode(contact.id, to));
    }
  }
  let position = 0;
  return { label: MOVE, connections, next: () => calls[position++ % calls.length]!, succeeded: (body) => body.includes('"status":"saved"') };
}

async function send(base: string, call: HttpCall) {
  const response = await fetch(`${base}${call.path}`, { method: call.method, headers: call.headers, body: call.body ? new Uint8Array(call.body) : undefined, redirect: "manual" });
  return { status: response.status, body: await response.text() };
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
const round1 = (n: number) => Math.round(n * 10) / 10;
const settle = () => new Promise((r) => setTimeout(r, 40));

interface LoggedStatement {
  query: string;
  params: string;
}
const loggedStatements = (): LoggedStatement[] =>
  existsSync(queryLog)
    ? readFileSync(queryLog, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as LoggedStatement)
    : [];

/** One request at a time: server time, the statements one request sends, and its response size. */
async function measureAlone(base: string, scenario: Scenario) {
  const check = (answer: { status: number; body: string }) => {
    if (answer.status !== 200) throw new Error(`${scenario.label} answered ${answer.status}`);
    if (scenario.succeeded && !scenario.succeeded(answer.body)) throw new Error(`${scenario.label} did not succeed: ${answer.body.slice(0, 300)}`);
  };
  for (let i = 0; i < 3; i++) check(await send(base, scenario.next()));
  const times: number[] = [];
  const counts: number[] = [];
  let statements: LoggedStatement[] = [];
  let bytes = 0;
  for (let i = 0; i < REQUESTS; i++) {
    await settle();
    const before = loggedStatements().length;
    const started = performance.now();
    const answer = await send(base, scenario.next());
    times.push(performance.now() - started);
    check(answer);
    bytes = Buffer.byteLength(answer.body);
    await settle();
    const all = loggedStatements();
    counts.push(all.length - before);
    statements = all.slice(before);
  }
  times.sort((a, b) => a - b);
  counts.sort((a, b) => a - b);
  return { medianMs: round1(percentile(times, 50)), p95Ms: round1(percentile(times, 95)), statements: percentile(counts, 50), maxStatements: counts.at(-1)!, kb: Math.round(bytes / 1024), lastStatements: statements };
}

/**
 * The request's statements replayed one after another on one connection, with their parameters,
 * in a transaction rolled back at the end (a move writes; the dashboard writes its audit rows): the
 * least time that SQL takes, before any rendering. Median of REQUESTS runs after three warm-ups.
 */
async function sqlFloor(url: string, statements: LoggedStatement[]): Promise<number> {
  const replayed = withFreshIds(statements.filter((s) => !/^(BEGIN|COMMIT|ROLLBACK)\b/i.test(s.query.trim())));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const times: number[] = [];
    for (let run = 0; run < REQUESTS + 3; run++) {
      await client.query("BEGIN");
      const started = performance.now();
      for (const statement of replayed) await client.query(statement.query, statement.params);
      const elapsed = performance.now() - started;
      await client.query("ROLLBACK");
      if (run >= 3) times.push(elapsed);
    }
    times.sort((a, b) => a - b);
    return round1(percentile(times, 50));
  } finally {
    await client.end();
  }
}

/**
 * The request's statements with the ids its INSERTs created replaced by new ones (the same new id
 * wherever one appears later), so a write can be replayed: the rows it inserted exist by now.
 * Prisma writes "id" first in an INSERT … VALUES column list and numbers the parameters row by row.
 */
function withFreshIds(statements: LoggedStatement[]): { query: string; params: unknown[] }[] {
  const fresh = new Map<string, string>();
  return statements.map(({ query, params }) => {
    const values = JSON.parse(params) as unknown[];
    // Only INSERT … VALUES, Prisma's form: an INSERT … SELECT (the cohort's audit rows) makes its ids in SQL.
    const columns = /^\s*INSERT INTO [^(]+\(([^)]*)\)\s*VALUES\b/i.exec(query)?.[1]?.split(",").map((c) => c.trim().replaceAll('"', ""));
    if (columns?.[0] === "id") {
      values.forEach((value, i) => {
        if (i % columns.length === 0 && typeof value === "string" && !fresh.has(value)) fresh.set(value, `c${randomBytes(12).toString("hex")}`);
      });
    }
    return { query, params: values.map((value) => (typeof value === "string" ? (fresh.get(value) ?? value) : value)) };
  });
}

/**
 * How the load arrives:
 * - "users": CONNECTIONS users, each sending a request every THINK_SECONDS, their requests spread
 *   evenly over those seconds (one every THINK_SECONDS / CONNECTIONS s). autocannon paces a
 *   connection at whole requests per second, so it runs CONNECTIONS / THINK_SECONDS connections
 *   at one request a second each, started that far apart: the same arrivals.
 * - "bursts": the same rate from autocannon's overallRate, which sends each second's quota at the
 *   very start of the second: ten requests at once, then nothing. Harsher than users ever are.
 * - "flat": CONNECTIONS connections, each sending its next request as soon as the last is
 *   answered: the most the server does per second, and the latency when it is saturated.
 */
type LoadMode = "users" | "bursts" | "flat";

async function measureUnderLoad(base: string, scenario: Scenario, mode: LoadMode) {
  const run = (seconds: number, options: Partial<autocannon.Options>, delayMs = 0) =>
    new Promise<{ times: number[]; result: autocannon.Result }>((resolve, reject) =>
      setTimeout(() => {
        const times: number[] = [];
        const instance = autocannon(
          {
            url: base,
            duration: seconds,
            ...options,
            requests: [
              {
                setupRequest: (request) => {
                  const call = scenario.next();
                  return { ...request, method: call.method, path: call.path, headers: call.headers, body: call.body };
                },
              },
            ],
            ...(scenario.succeeded ? { verifyBody: (body: string | Buffer | undefined) => scenario.succeeded!(String(body ?? "")) } : {}),
          },
          (error, result) => (error ? reject(error) : resolve({ times, result })),
        );
        instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
      }, delayMs),
    );
  const perSecond = Math.max(1, Math.round(scenario.connections / THINK_SECONDS));
  const load = async (seconds: number) => {
    if (mode === "flat") return [await run(seconds, { connections: scenario.connections })];
    if (mode === "bursts") return [await run(seconds, { connections: scenario.connections, overallRate: perSecond })];
    return Promise.all(Array.from({ length: perSecond }, (_, i) => run(seconds, { connections: 1, connectionRate: 1 }, (i * 1000) / perSecond)));
  };
  await load(3);
  const runs = await load(LOAD_SECONDS);
  const times = runs.flatMap((r) => r.times).sort((a, b) => a - b);
  const sum = (pick: (r: autocannon.Result) => number) => runs.reduce((total, r) => total + pick(r.result), 0);
  const failed = sum((r) => r.non2xx + r.errors + r.timeouts + (r.mismatches ?? 0));
  if (failed > 0) throw new Error(`${scenario.label} under load (${mode}): ${failed} requests failed or did not do what they should`);
  return { connections: scenario.connections, mode, requests: times.length, medianMs: round1(percentile(times, 50)), p95Ms: round1(percentile(times, 95)), perSecond: round1(times.length / LOAD_SECONDS) };
}

// ——— the run ———

const database = await chooseDatabase();
mkdirSync(dataRoot, { recursive: true });
rmSync(queryLog, { force: true });
console.log(`Seeding ${SIZE.contacts} contacts, and ${SIZE.students} students with ${SIZE.contactsPerStudent} contacts each, into ${database.label}…`);
const seeded = await seedBench(database.config, SIZE);

async function scenarios(base: string) {
  const student = await signIn(base, BENCH_STUDENT_EMAIL);
  const staff = await signIn(base, BENCH_STAFF_EMAIL);
  const cohort = `/cohorts/${seeded.centre.cohortId}`;
  return {
    pages: [
      pageScenario("/pipeline", student, "/pipeline", CONNECTIONS),
      pageScenario("/today", student, "/today", CONNECTIONS),
      pageScenario("a contact's page", student, `/contacts/${seeded.contactPageId}`, CONNECTIONS),
      pageScenario("/contacts", student, "/contacts", CONNECTIONS),
      await moveScenario(student, seeded, CONNECTIONS),
      pageScenario(`cohort dashboard (${SIZE.students} students)`, staff, cohort, STAFF_CONNECTIONS),
    ],
    // Measured one at a time only.
    aloneOnly: [
      // The least any signed-in page costs here (proxy, session, layout, a form with no list): the
      // yardstick for the student pages' distance from their SQL floor.
      pageScenario("new-contact form (the app's shell)", student, "/contacts/new", CONNECTIONS),
      pageScenario("cohort dashboard, sorted by stalled", staff, `${cohort}?sort=stalled`, STAFF_CONNECTIONS),
      pageScenario("cohort CSV export", staff, `${cohort}/export`, STAFF_CONNECTIONS),
      pageScenario("cohort student drill-in", staff, `${cohort}/students/${seeded.centre.drillInMemberId}`, STAFF_CONNECTIONS),
    ],
  };
}

type AloneResult = Awaited<ReturnType<typeof measureAlone>>;
type LoadResult = Awaited<ReturnType<typeof measureUnderLoad>>;
const alone = new Map<string, Omit<AloneResult, "lastStatements"> & { floorMs: number | null }>();
const usersLoad = new Map<string, LoadResult>();
const burstLoad = new Map<string, LoadResult>();
const flatOut = new Map<string, LoadResult>();

console.log("\nOne request at a time, with the SQL log on…");
let server = await startServer(database.env, true);
try {
  const { pages, aloneOnly } = await scenarios(server.base);
  for (const scenario of [...pages, ...aloneOnly]) {
    const { lastStatements, ...result } = await measureAlone(server.base, scenario);
    const floorMs = database.url ? await sqlFloor(database.url, lastStatements) : null;
    alone.set(scenario.label, { ...result, floorMs });
    console.log(`${scenario.label}: median ${result.medianMs} ms, p95 ${result.p95Ms} ms, ${result.statements} statements, SQL floor ${floorMs ?? "n/a"} ms`);
  }
} finally {
  await server.stop();
}

console.log(`\nUnder load (autocannon, ${LOAD_SECONDS} s each), SQL log off…`);
server = await startServer(database.env, false);
try {
  const { pages } = await scenarios(server.base);
  for (const scenario of pages) {
    const modes: LoadMode[] = scenario.connections === CONNECTIONS ? ["users", "bursts", "flat"] : ["flat"];
    for (const mode of modes) {
      const result = await measureUnderLoad(server.base, scenario, mode);
      ({ users: usersLoad, bursts: burstLoad, flat: flatOut })[mode].set(scenario.label, result);
      const how = { users: "users", bursts: "users in bursts", flat: "connections flat out" }[mode];
      console.log(`${scenario.label}, ${result.connections} ${how}: median ${result.medianMs} ms, p95 ${result.p95Ms} ms, ${result.perSecond} requests/s`);
    }
  }
} finally {
  await server.stop();
}

// The import benchmark, in a process of its own: the same database server (a fresh embedded one in
// memory when the pages ran on the embedded database).
console.log("\nImporting a 50,000-row LinkedIn export…");
const importRun = spawnSync(process.execPath, ["--import", "tsx", "scripts/bench-import.ts"], {
  env: { ...process.env, ...(database.url ? { DATABASE_URL: database.url } : { DATABASE_URL: "", RAPPORT_DATA_DIR: "memory://" }) },
  encoding: "utf8",
  maxBuffer: 16 * 1024 * 1024,
});
if (importRun.status !== 0) throw new Error(`the import benchmark failed: ${importRun.stderr}`);
const contactImport = JSON.parse(importRun.stdout.slice(importRun.stdout.indexOf("{"))) as { rows: number; seconds: number; rowsPerSecond: number; peakRssMb: number; peakHeapMb: number };

// ——— targets and report ———

const p95Of = (label: string) => usersLoad.get(label)!.p95Ms;
const dashboard = alone.get(`cohort dashboard (${SIZE.students} students)`)!;
const overFloor = [...alone.entries()].filter(([, r]) => r.floorMs !== null && r.medianMs > TARGETS.floorRatio * Math.max(r.floorMs, 1));
const users = `${CONNECTIONS} users (a request each ${THINK_SECONDS} s)`;
const targets = [
  { target: `/pipeline p95 under ${TARGETS.pageP95UnderLoadMs} ms, ${users}`, measured: `${p95Of("/pipeline")} ms`, met: p95Of("/pipeline") < TARGETS.pageP95UnderLoadMs },
  { target: `/today p95 under ${TARGETS.pageP95UnderLoadMs} ms, ${users}`, measured: `${p95Of("/today")} ms`, met: p95Of("/today") < TARGETS.pageP95UnderLoadMs },
  { target: `stage move p95 under ${TARGETS.moveP95UnderLoadMs} ms, ${users}`, measured: `${p95Of(MOVE)} ms`, met: p95Of(MOVE) < TARGETS.moveP95UnderLoadMs },
  { target: `cohort dashboard under ${TARGETS.dashboardMs} ms (p95, one request at a time)`, measured: `${dashboard.p95Ms} ms`, met: dashboard.p95Ms < TARGETS.dashboardMs },
  {
    target: `no request over ${TARGETS.floorRatio}× its SQL floor (median, one at a time)`,
    measured: database.url ? (overFloor.length ? overFloor.map(([label, r]) => `${label} ${round1(r.medianMs / Math.max(r.floorMs!, 1))}×`).join(", ") : "all within") : "n/a (embedded database)",
    met: database.url ? overFloor.length === 0 : false,
  },
];

const serverProcesses = database.url ? SERVER_PROCESSES : 1;
const report = {
  date: new Date().toISOString(),
  database: database.label,
  machine: { cpus: os.cpus().length },
  serverProcesses,
  size: SIZE,
  seeded: { ...seeded, movePool: seeded.movePool.length },
  load: { seconds: LOAD_SECONDS, thinkSeconds: THINK_SECONDS, connections: CONNECTIONS, staffConnections: STAFF_CONNECTIONS },
  alone: Object.fromEntries(alone),
  users: Object.fromEntries(usersLoad),
  bursts: Object.fromEntries(burstLoad),
  flatOut: Object.fromEntries(flatOut),
  contactImport,
  targets,
};
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, "bench.json"), `${JSON.stringify(report, null, 2)}\n`);
const latency = (result: LoadResult | undefined) => (result ? `${result.medianMs} / ${result.p95Ms} ms` : "–");
const table = [
  `Rapport benchmark, ${report.date.slice(0, 10)}, ${database.label}, ${report.machine.cpus} cores. Student pages: one student with ${SIZE.contacts} contacts. Cohort pages: a cohort of ${SIZE.students} students and ${seeded.centre.contacts} contacts (${seeded.centre.stageChanges} stage changes, ${seeded.centre.outreach} outreach, ${seeded.centre.meetings} meetings).`,
  "",
  `Served by ${serverProcesses} Next.js processes. Alone: ${REQUESTS} requests one after another. SQL floor: the request's own statements replayed one after another on one connection. ${users}: autocannon, ${round1(CONNECTIONS / THINK_SECONDS)} requests/s spread evenly over each second, ${LOAD_SECONDS} s; in bursts: the same rate sent at the start of each second (autocannon's overallRate). Flat out: ${CONNECTIONS} connections (${STAFF_CONNECTIONS} on the dashboard), each sending its next request as soon as the last is answered. Latencies are median / p95.`,
  "",
  `| request | alone | SQL statements | SQL floor | ${users} | same, in bursts | flat out | flat-out throughput | response |`,
  "|---|---|---|---|---|---|---|---|---|",
  ...[...alone.entries()].map(
    ([label, r]) =>
      `| ${label} | ${r.medianMs} / ${r.p95Ms} ms | ${r.statements} | ${r.floorMs === null ? "n/a" : `${r.floorMs} ms`} | ${latency(usersLoad.get(label))} | ${latency(burstLoad.get(label))} | ${latency(flatOut.get(label))} | ${flatOut.has(label) ? `${flatOut.get(label)!.perSecond}/s` : "–"} | ${r.kb} KB |`,
  ),
  "",
  "| target | measured | met |",
  "|---|---|---|",
  ...targets.map((t) => `| ${t.target} | ${t.measured} | ${t.met ? "yes" : "**no**"} |`),
  "",
  `Import of a ${contactImport.rows}-row LinkedIn export: ${contactImport.seconds} s, ${contactImport.rowsPerSecond} rows per second, peak RSS ${contactImport.peakRssMb} MB (the import's own process), peak JS heap ${contactImport.peakHeapMb} MB.`,
].join("\n");
writeFileSync(path.join(outDir, "bench.md"), `${table}\n`);
console.log(`\n${table}\n\nWritten to bench-results/bench.json and bench-results/bench.md.`);
