// Counts the SQL statements the app's Prisma client sends. The client logs each statement to
// RAPPORT_QUERY_LOG_FILE when that is set before it opens (the benchmark's log, lib/database.ts);
// the integration setup opens the database after the test module has loaded, so setting it here,
// at import, is early enough.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const logFile = path.join(mkdtempSync(path.join(tmpdir(), "rapport-queries-")), "queries.jsonl");
process.env.RAPPORT_QUERY_LOG_FILE = logFile;

const statementsSoFar = () => (existsSync(logFile) ? readFileSync(logFile, "utf8").split("\n").length - 1 : 0);
// The log is flushed once per tick: wait past it before and after reading.
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** Runs `run` and returns its result with the number of SQL statements it sent. */
export async function countStatements<T>(run: () => Promise<T>): Promise<{ result: T; queries: number }> {
  await settle();
  const before = statementsSoFar();
  const result = await run();
  await settle();
  return { result, queries: statementsSoFar() - before };
}
