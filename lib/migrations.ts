// The project's migration runner. It applies prisma/migrations/<name>/migration.sql in name order
// and records each in `_prisma_migrations` exactly as Prisma does (same table, sha256 checksum of
// the file), so `prisma migrate deploy` and `prisma migrate status` agree with it wherever Prisma's
// binary engine is available. See "How migrations work" in the README.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SqlRunner } from "./database";

export const MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma", "migrations");

// Prisma's own DDL for its bookkeeping table.
const PRISMA_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`;

// The same advisory lock key Prisma's engine takes, so app instances starting together (or this
// runner and `prisma migrate deploy`) never apply a migration twice.
const ADVISORY_LOCK_KEY = 72707369;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export class MigrationError extends Error {}

/** Applies every migration not yet applied; returns the names it applied. */
export async function migrate(sql: SqlRunner, migrations = readMigrations()): Promise<string[]> {
  await sql.exec(PRISMA_MIGRATIONS_TABLE);
  await sql.query(`SELECT pg_advisory_lock(${ADVISORY_LOCK_KEY})`);
  try {
    const rows = await sql.query<{ migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
    const applied = new Map(rows.filter((r) => !r.rolled_back_at).map((r) => [r.migration_name, r]));
    const done: string[] = [];
    for (const migration of migrations) {
      const previous = applied.get(migration.name);
      if (previous) {
        if (!previous.finished_at) {
          throw new MigrationError(
            `Migration ${migration.name} started earlier and did not finish. Fix the database, then mark it rolled back.`,
          );
        }
        if (previous.checksum !== migration.checksum) {
          throw new MigrationError(
            `Migration ${migration.name} was changed after it was applied. Write a new migration instead of editing an old one.`,
          );
        }
        continue;
      }
      const id = randomUUID();
      // One transaction per migration: a failing file leaves no trace but its error.
      await sql.exec(
        `BEGIN;\n${migration.sql}\n;INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES (${quote(id)}, ${quote(migration.checksum)}, ${quote(migration.name)}, now(), now(), 1);\nCOMMIT;`,
      ).catch(async (error: unknown) => {
        await sql.exec("ROLLBACK").catch(() => undefined);
        throw new MigrationError(`Migration ${migration.name} failed: ${String(error)}`);
      });
      done.push(migration.name);
    }
    return done;
  } finally {
    await sql.query(`SELECT pg_advisory_unlock(${ADVISORY_LOCK_KEY})`);
  }
}

function quote(value: string) {
  return `'${value.replaceAll("'", "''")}'`;
}
