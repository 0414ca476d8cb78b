// Which database Rapport talks to, and how to open it. Shared by the app (lib/db.ts), the scripts
// (start, migrate, seed, bench) and the tests, so all of them agree.
//
// DATABASE_URL set   → that PostgreSQL server, through @prisma/adapter-pg.
// DATABASE_URL unset → embedded PostgreSQL (PGlite) in RAPPORT_DATA_DIR (default ./.data), or in
//                      memory when RAPPORT_DATA_DIR is "memory://" (tests).
import path from "node:path";
import { appendFileSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/prisma/client";

export type DatabaseConfig =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir: string };

export function databaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  const dataDir = env.RAPPORT_DATA_DIR ?? ".data";
  if (dataDir === "memory://") return { kind: "pglite", dataDir };
  return { kind: "pglite", dataDir: path.resolve(dataDir, "pglite") };
}

/** Plain SQL access, for the migration runner and the tests' catalog checks. */
export interface SqlRunner {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements. */
  exec(sql: string): Promise<void>;
}

export interface Database {
  config: DatabaseConfig;
  prisma: PrismaClient;
  sql: SqlRunner;
  close(): Promise<void>;
}

type Adapter = PrismaPg | PrismaPGlite;

function createClient(adapter: Adapter): PrismaClient {
  const logFile = process.env.RAPPORT_QUERY_LOG_FILE;
  if (!logFile) return new PrismaClient({ adapter });
  // Benchmarks only (scripts/bench.ts): every SQL statement this process sends, with its
  // parameters, one JSON line each, so the benchmark can count a request's statements and replay
  // them straight against the database (the request's SQL floor). Buffered and flushed once per
  // tick: the benchmark waits a moment after each request before reading the file.
  const prisma = new PrismaClient({ adapter, log: [{ emit: "event" as const, level: "query" as const }] });
  let buffered: string[] = [];
  prisma.$on("query", (event) => {
    buffered.push(JSON.stringify({ query: event.query, params: event.params }));
    if (buffered.length > 1) return;
    setImmediate(() => {
      const lines = buffered;
      buffered = [];
      appendFileSync(logFile, `${lines.join("\n")}\n`);
    });
  });
  return prisma as unknown as PrismaClient;
}

export function openDatabase(config: DatabaseConfig = databaseConfig()): Database {
  if (config.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: config.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    // A connection the server drops (a restart, a failover, DROP DATABASE … WITH (FORCE) at a test's
    // end) emits "error" outside any query; unhandled, that event would crash the process. The pool
    // replaces dropped connections by itself, and the next query reconnects.
    let closing = false;
    const onConnectionError = (error: Error) => {
      if (!closing) console.error(`PostgreSQL connection lost: ${error.message}`);
    };
    pool.on("error", onConnectionError);
    pool.on("connect", (pooled) => {
      pooled.on("error", onConnectionError);
      // JIT off: PostgreSQL compiles any statement its planner costs high, and the cohort's
      // aggregates (50–100 ms each) spent 6–18 ms of that compiling code they never ran long
      // enough to repay; nothing here runs the long analytical queries JIT is for. A SET, queued
      // before the connection's first query, rather than a startup option, which connection poolers
      // such as PgBouncer refuse. Only speed depends on it, so a server that refuses it is ignored.
      pooled.query("SET jit = off").catch(() => undefined);
    });
    const prisma = createClient(new PrismaPg(pool));
    // Plain SQL goes through one dedicated connection: the migration runner's advisory lock and
    // its BEGIN…COMMIT scripts are per-session.
    let client: pg.Client | undefined;
    const connection = async () => {
      if (!client) {
        const fresh = new pg.Client({ connectionString: config.url });
        fresh.on("error", (error) => {
          onConnectionError(error);
          if (client === fresh) client = undefined;
        });
        await fresh.connect();
        client = fresh;
      }
      return client;
    };
    const sql: SqlRunner = {
      async query(text, params) {
        return (await (await connection()).query(text, params as unknown[])).rows;
      },
      async exec(text) {
        await (await connection()).query(text);
      },
    };
    return {
      config,
      prisma,
      sql,
      async close() {
        closing = true;
        await prisma.$disconnect();
        await client?.end();
        await pool.end();
      },
    };
  }

  let release = () => {};
  if (config.dataDir !== "memory://") {
    mkdirSync(config.dataDir, { recursive: true });
    release = lockDataDir(config.dataDir);
  }
  // Extensions the migrations create must be loaded into the embedded engine up front.
  const pglite = new PGlite({ dataDir: config.dataDir === "memory://" ? undefined : config.dataDir, extensions: { pg_trgm } });
  const prisma = createClient(new PrismaPGlite(pglite));
  const sql: SqlRunner = {
    async query(text, params) {
      return (await pglite.query(text, params as unknown[])).rows as never[];
    },
    async exec(text) {
      await pglite.exec(text);
    },
  };
  return {
    config,
    prisma,
    sql,
    async close() {
      await prisma.$disconnect();
      await pglite.close();
      release();
    },
  };
}

export class DatabaseInUseError extends Error {}

/**
 * PGlite is PostgreSQL in this process: two processes writing one data folder corrupt it. A lock
 * file next to the folder names the process using it; a second `npm start` (or a script run while
 * the app is up) stops with a clear message instead. A lock left by a process that died is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      const release = () => {
        try {
          if (readFileSync(lockFile, "utf8") === String(process.pid)) unlinkSync(lockFile);
        } catch {
          // Already gone.
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      let holder = 0;
      try {
        holder = Number(readFileSync(lockFile, "utf8"));
      } catch {
        continue; // released between our two calls: try again
      }
      if (holder === process.pid) return () => {};
      if (holder && processIsAlive(holder)) {
        throw new DatabaseInUseError(
          `The embedded database in ${path.dirname(dataDir)} is in use by another Rapport process (pid ${holder}). Stop that one first, or set RAPPORT_DATA_DIR to another folder.`,
        );
      }
      try {
        unlinkSync(lockFile);
      } catch {
        // Someone else took it over first; the next attempt finds out who.
      }
    }
  }
  throw new DatabaseInUseError(`Could not lock ${dataDir}.`);
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
