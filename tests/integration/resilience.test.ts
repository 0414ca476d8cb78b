// The database going away mid-session and coming back: requests fail (and the health route says the
// database is down, which the error page polls) while it is gone, and the app recovers by itself once
// it is back — no restart, the same pool, nothing lost. PostgreSQL only: the embedded database lives
// inside the app's own process and cannot stop on its own. The test database refuses connections
// (ALLOW_CONNECTIONS false) and every session to it is terminated, as a crashed or restarting server would.
import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { createContact, listContacts } from "@/lib/data/contacts";
import { databaseReachable } from "@/lib/data/health";
import { getDatabase } from "@/lib/db";
import { createTestUser } from "../support/factories";
import { signInAs } from "../support/session";
import { contactFieldsSchema } from "@/lib/validation/contacts";

describe.skipIf(!process.env.DATABASE_URL)("the database stopping and returning (PostgreSQL)", () => {
  it("fails while the database is gone, says so on /api/health, and recovers by itself", async () => {
    const testUrl = new URL(process.env.DATABASE_URL ?? "");
    const database = testUrl.pathname.slice(1);
    const adminUrl = new URL(testUrl);
    adminUrl.pathname = "/postgres";
    const admin = new pg.Client({ connectionString: adminUrl.toString() });
    await admin.connect();
    const stop = async () => {
      await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
      await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [database]);
    };
    const start = () => admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);

    try {
      const user = await createTestUser("Resilient Student");
      await signInAs(user.id);
      await createContact(contactFieldsSchema.parse({ name: "Saved Before", employer: "Edelman" }));
      expect((await health()).status).toBe(200);

      await stop();
      expect(await databaseReachable()).toBe(false);
      const down = await health();
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({ database: "down" });
      await expect(listContacts()).rejects.toThrow();

      await start();
      // The pool replaces the terminated connections on the next use: no restart, no reconfiguration.
      await vi.waitFor(async () => expect(await databaseReachable()).toBe(true), { timeout: 10_000, interval: 200 });
      expect((await health()).status).toBe(200);
      expect((await listContacts()).map((c) => c.name)).toEqual(["Saved Before"]);
      await createContact(contactFieldsSchema.parse({ name: "Saved After", employer: "Ketchum" }));
      expect((await listContacts()).map((c) => c.name).sort()).toEqual(["Saved After", "Saved Before"]);
    } finally {
      await start().catch(() => undefined);
      await admin.end();
    }
  });
});

describe.skipIf(!process.env.DATABASE_URL)("the app's PostgreSQL connections", () => {
  it("run without JIT compilation, on every connection of the pool", async () => {
    const { prisma } = getDatabase();
    // Several at once, so the pool opens more than one connection.
    const settings = await Promise.all(Array.from({ length: 4 }, () => prisma.$queryRaw<{ jit: string; pid: number }[]>`SELECT current_setting('jit') AS jit, pg_backend_pid() AS pid, pg_sleep(0.05)::text`));
    expect(new Set(settings.map(([row]) => row!.pid)).size).toBeGreaterThan(1);
    expect(settings.map(([row]) => row!.jit)).toEqual(["off", "off", "off", "off"]);
  });
});
