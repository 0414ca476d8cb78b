// The one Prisma client of the app process. Only lib/data/** may import it (an ESLint rule says so):
// everything else goes through the data-access layer, which scopes every query by the viewer.
import "server-only";
import { openDatabase, type Database } from "./database";
import type { PrismaClient } from "./generated/prisma/client";

// Opened on first use, not on import: `next build` imports this module in several workers, and an
// embedded PGlite folder must only ever be opened by one process. Kept on globalThis so development
// hot reloads reuse it.
const holder = globalThis as unknown as { rapportDatabase?: Database };

export function getDatabase(): Database {
  return (holder.rapportDatabase ??= openDatabase());
}

export const db = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const prisma = getDatabase().prisma;
    const value: unknown = Reflect.get(prisma, property);
    return typeof value === "function" ? value.bind(prisma) : value;
  },
});

/** Closes the connection (tests, scripts); the next use opens a new one. */
export async function closeDatabase(): Promise<void> {
  const database = holder.rapportDatabase;
  holder.rapportDatabase = undefined;
  await database?.close();
}
