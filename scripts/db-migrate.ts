// npm run db:migrate: applies pending migrations to the configured database (see lib/database.ts).
import { databaseConfig, openDatabase } from "../lib/database";
import { migrate } from "../lib/migrations";

const db = openDatabase(databaseConfig());
try {
  const applied = await migrate(db.sql);
  console.log(applied.length ? `Applied ${applied.join(", ")}.` : "The database is up to date.");
} finally {
  await db.close();
}
