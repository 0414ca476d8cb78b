// The one Prisma client of the app process. Only lib/data/** may import it (an ESLint rule says so):
// everything else goes through the data-access layer, which scopes every query by the viewer.
import "server-only";
import { openDatabase, type Database } from "./database";

const globalForDb = globalThis as unknown as { rapportDatabase?: Database };

function getDatabase(): Database {
  // In development, hot reloads re-evaluate this module; keep one connection (and one PGlite,
  // which must never be opened twice on the same folder) across them.
  if (process.env.NODE_ENV === "development") return (globalForDb.rapportDatabase ??= openDatabase());
  return openDatabase();
}

export const database = getDatabase();
export const db = database.prisma;
