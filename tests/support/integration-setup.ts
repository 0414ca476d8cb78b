// Runs before every integration test file: a fresh database for the file, migrated by the same
// runner production uses. Embedded PGlite in memory by default; with DATABASE_URL, a new database
// on that PostgreSQL server, dropped afterwards.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, afterEach, beforeAll, vi } from "vitest";
import { DEFAULT_PEER, requestHolder, setRequestHeaders } from "./request";
import { sessionHolder } from "./session";

vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => sessionHolder.current,
}));

// Outside a Next.js request there are no request headers: tests set them (./request.ts). Mocked here,
// not per file, because this file's imports load the data layer before a test file's mocks exist.
vi.mock("next/headers", async (importOriginal) => {
  const original = await importOriginal<typeof import("next/headers")>();
  return { ...original, headers: async () => requestHolder.headers };
});
afterEach(() => setRequestHeaders({ "x-rapport-peer": DEFAULT_PEER }));

// Outside a Next.js request there is no cache to revalidate.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

let adminUrl: string | undefined;
let testDatabase: string | undefined;

beforeAll(async () => {
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
    testDatabase = `rapport_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${testDatabase}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${testDatabase}`;
    process.env.DATABASE_URL = url.toString();
  }
  const [{ getDatabase }, { migrate }] = await Promise.all([import("@/lib/db"), import("@/lib/migrations")]);
  await migrate(getDatabase().sql);
});

afterAll(async () => {
  const { closeDatabase } = await import("@/lib/db");
  await closeDatabase();
  if (adminUrl && testDatabase) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${testDatabase} WITH (FORCE)`);
    await admin.end();
    process.env.DATABASE_URL = adminUrl;
  }
});
