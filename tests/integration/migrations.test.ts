// The migrations in prisma/migrations, applied by the project's runner, produce exactly the database
// that prisma/schema.prisma describes (no drift), and are recorded the way Prisma records them.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/lib/database";
import { getDatabase } from "@/lib/db";
import { migrate, MigrationError, readMigrations } from "@/lib/migrations";
import { diffSchemas } from "../../scripts/lib/schema-diff";
import { describeSchema, schemaDifference } from "../support/catalog";

const schema = readFileSync("prisma/schema.prisma", "utf8");

/** A scratch embedded database with `schema` created directly from the Prisma schema. */
async function databaseFromSchema(prismaSchema: string): Promise<Database> {
  const scratch = openDatabase({ kind: "pglite", dataDir: "memory://" });
  await scratch.sql.exec(await diffSchemas(null, prismaSchema));
  return scratch;
}

describe("migrations", () => {
  it("match schema.prisma exactly (no drift)", async () => {
    const fromSchema = await databaseFromSchema(schema);
    try {
      const difference = schemaDifference(await describeSchema(getDatabase().sql), await describeSchema(fromSchema.sql));
      expect(difference, "prisma/schema.prisma and the migrations disagree: run `npm run db:migration -- <name>`").toEqual({
        missingFromMigrations: [],
        notInSchema: [],
      });
    } finally {
      await fromSchema.close();
    }
  });

  it("leave nothing for the next migration to write", async () => {
    const snapshot = readFileSync("prisma/migrations/schema-snapshot.prisma", "utf8");
    expect(await diffSchemas(snapshot, schema)).toBe("");
  });

  it("would be caught drifting: a column added to the schema alone shows up", async () => {
    const changed = schema.replace(/model Contact \{\n/, "model Contact {\n  birthday DateTime?\n");
    expect(changed).not.toBe(schema);
    const fromChanged = await databaseFromSchema(changed);
    try {
      const difference = schemaDifference(await describeSchema(getDatabase().sql), await describeSchema(fromChanged.sql));
      expect(difference.missingFromMigrations).toEqual([
        expect.stringMatching(/^column Contact\.birthday timestamp without time zone/),
      ]);
    } finally {
      await fromChanged.close();
    }
  });

  it("are recorded in _prisma_migrations as Prisma records them, once", async () => {
    const files = readMigrations();
    const rows = await getDatabase().sql.query<{ migration_name: string; checksum: string; applied_steps_count: number; finished_at: Date | null }>(
      `SELECT migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [i, file] of files.entries()) {
      const sha = createHash("sha256").update(readFileSync(`prisma/migrations/${file.name}/migration.sql`)).digest("hex");
      expect(rows[i]).toMatchObject({ checksum: sha, applied_steps_count: 1 });
      expect(rows[i]?.finished_at).toBeInstanceOf(Date);
    }
    expect(await migrate(getDatabase().sql)).toEqual([]);
  });

  it("refuse an applied migration that was edited afterwards", async () => {
    const [first, ...rest] = readMigrations();
    const edited = { ...first!, checksum: "0".repeat(64) };
    await expect(migrate(getDatabase().sql, [edited, ...rest])).rejects.toBeInstanceOf(MigrationError);
  });

  it("roll a failing migration back whole", async () => {
    const broken = { name: "99999999999999_broken", checksum: "x", sql: `CREATE TABLE "Scratch" (id int); SELECT * FROM "NoSuchTable";` };
    await expect(migrate(getDatabase().sql, [...readMigrations(), broken])).rejects.toBeInstanceOf(MigrationError);
    const tables = await getDatabase().sql.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'Scratch'`);
    expect(tables).toEqual([]);
    const recorded = await getDatabase().sql.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`, [broken.name]);
    expect(recorded).toEqual([]);
  });
});
