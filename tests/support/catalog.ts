// A comparable description of a database schema, read from PostgreSQL's catalogs: tables, columns,
// enums, indexes and constraints. Two databases with equal catalogs have the same schema.
import type { SqlRunner } from "@/lib/database";

export async function describeSchema(sql: SqlRunner): Promise<string[]> {
  // One after another: a single pg connection runs one query at a time.
  const queries = [
    `
      SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || udt_name
             || ' null=' || is_nullable || ' default=' || coalesce(column_default, '') AS d
      FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    `
      SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS d
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
      JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public'
      GROUP BY t.typname`,
    `
      SELECT 'index ' || indexdef AS d FROM pg_indexes
      WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    `
      SELECT 'constraint ' || c.conrelid::regclass::text || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid) AS d
      FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace JOIN pg_class r ON r.oid = c.conrelid
      WHERE n.nspname = 'public' AND r.relname <> '_prisma_migrations' AND c.contype <> 'n'`,
  ];
  const lines: string[] = [];
  for (const query of queries) lines.push(...(await sql.query<{ d: string }>(query)).map((r) => r.d));
  return lines.sort();
}

/** Lines in one description and not the other, for a readable failure. */
export function schemaDifference(actual: string[], expected: string[]) {
  const a = new Set(actual);
  const e = new Set(expected);
  return {
    missingFromMigrations: expected.filter((line) => !a.has(line)),
    notInSchema: actual.filter((line) => !e.has(line)),
  };
}
