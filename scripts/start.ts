// npm start: everything a fresh clone needs to serve Rapport on http://localhost:3000.
//   1. an auth secret (generated and kept in the data folder for local runs),
//   2. a production build (rebuilt when sources are newer than it),
//   3. migrations applied, and the demo seeded on an empty database in demo mode,
//   4. `next start` (or `next dev` with --dev), in one process per core on a PostgreSQL server.
// With DATABASE_URL it runs against that PostgreSQL; without, on embedded PGlite in ./.data.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { databaseConfig, openDatabase } from "../lib/database";
import { THROTTLE_RETENTION_MINUTES } from "../lib/domain/throttle";
import { migrate } from "../lib/migrations";
import { ensureBuiltIns } from "../prisma/built-ins";
import { seedDemoIfEmpty } from "../prisma/seed";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: port };
const config = databaseConfig(env);
const dataRoot = path.resolve(env.RAPPORT_DATA_DIR ?? ".data");
const demoMode = env.RAPPORT_DEMO ? env.RAPPORT_DEMO === "1" : !env.DATABASE_URL;

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

// 1. Auth secret
if (!env.AUTH_SECRET && !env.NEXTAUTH_SECRET) {
  if (config.kind === "postgres" && !dev) {
    fail("AUTH_SECRET is required when Rapport runs against your own PostgreSQL. Set it to a long random value (openssl rand -base64 32).");
  }
  mkdirSync(dataRoot, { recursive: true });
  const file = path.join(dataRoot, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}
env.NEXTAUTH_URL ??= `http://localhost:${port}`;

// 2. Build
function serverProcesses(setting: string | undefined): number {
  if (setting === undefined || setting.trim() === "") return Math.min(os.availableParallelism(), 8);
  const count = Number(setting);
  if (!Number.isInteger(count) || count < 1) fail(`RAPPORT_SERVER_PROCESSES must be a whole number of processes, 1 or more (it is "${setting}").`);
  return count;
}

function newestSourceTime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "generated" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(full) : statSync(full).mtimeMs);
  }
  return newest;
}
if (!dev) {
  const buildId = path.join(env.NEXT_DIST_DIR ?? ".next", "BUILD_ID");
  const sourcesTime = Math.max(
    ...["app", "components", "lib", "public"].map(newestSourceTime),
    ...["next.config.js", "package.json", "postcss.config.mjs"].map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)),
  );
  if (!existsSync(buildId) || statSync(buildId).mtimeMs < sourcesTime) {
    console.log("Building Rapport (first start, or the sources changed)…");
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
    if (build.status !== 0) fail("The build failed; see above.");
  }
}

// 3. Database
const db = openDatabase(config);
try {
  const applied = await migrate(db.sql);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  if (demoMode && (await seedDemoIfEmpty(db.prisma))) console.log("Seeded the demo data.");
  // After the demo (which brings its own copy): any database gets the question bank and templates.
  const builtIns = await ensureBuiltIns(db.prisma);
  if (builtIns) console.log(`Added or updated ${builtIns} built-in questions and templates.`);
  // Throttle rows no limit counts any more; a key's own are also deleted whenever it gets a new one
  // (lib/data/auth.ts), this catches keys that never come back.
  await db.prisma.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - THROTTLE_RETENTION_MINUTES * 60_000) } } });
  // The embedded engine has no autovacuum, so it never gathers planner statistics by itself;
  // without them a few thousand rows make some lists slow. Cheap enough to run at every start.
  if (config.kind === "pglite") await db.sql.exec("ANALYZE");
} catch (error) {
  fail(`Could not prepare the database: ${String(error)}`);
} finally {
  await db.close();
}

// 3b. The email digest's job worker (lib/jobs/worker.ts), only when DATABASE_URL and SMTP_URL are
// both set: its pg-boss queue lives in that PostgreSQL. A separate process (run with the server's
// `react-server` condition), stopped with this one; it also stops when its stdin closes.
const worker =
  env.DATABASE_URL?.trim() && env.SMTP_URL?.trim()
    ? spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/jobs/worker.ts"], { stdio: ["pipe", "inherit", "inherit"], env })
    : null;
// Students are told only that email isn't set up; what is missing is said here, to whoever runs it.
if (!worker) console.log("[digest] DATABASE_URL (PostgreSQL, where its job queue lives) and SMTP_URL are not both set: the email digest is off.");
worker?.on("exit", (code) => {
  if (code) console.error(`\n✖ The email digest worker stopped (exit ${code}); the app keeps serving without it.\n`);
});

// 4. Serve
console.log(`\nRapport is starting on http://localhost:${port}${demoMode ? " (demo accounts on the sign-in page)" : ""}\n`);
// The server learns each request's socket address through scripts/peer-address.mjs (see there).
const peerHook = `--import=${pathToFileURL(path.resolve("scripts/peer-address.mjs")).href}`;
const serverEnv = { ...env, NODE_OPTIONS: [env.NODE_OPTIONS, peerHook].filter(Boolean).join(" ") };
// One process per core on a PostgreSQL server (a process renders one page at a time, so a single one
// leaves the other cores idle while requests queue); one on the embedded database, which lives
// inside its process. RAPPORT_SERVER_PROCESSES overrides.
const processes = config.kind === "postgres" && !dev ? serverProcesses(env.RAPPORT_SERVER_PROCESSES) : 1;
const server =
  processes > 1
    ? spawn(process.execPath, ["scripts/cluster.mjs", String(processes), "-p", port], { stdio: "inherit", env: serverEnv })
    : spawn("npx", ["next", dev ? "dev" : "start", "-p", port], { stdio: "inherit", env: serverEnv });
if (processes > 1) console.log(`Serving from ${processes} processes.`);
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    worker?.kill(signal);
    server.kill(signal);
  });
server.on("exit", (code) => {
  worker?.kill("SIGTERM");
  process.exit(code ?? 0);
});
