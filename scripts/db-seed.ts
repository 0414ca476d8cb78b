// npm run db:seed: seeds the demo data (prisma/seed.ts) into the configured database when it has no
// users yet. Run `npm run db:migrate` first.
import { databaseConfig, openDatabase } from "../lib/database";
import { seedDemoIfEmpty } from "../prisma/seed";

const db = await openDatabase(databaseConfig());
try {
  const started = performance.now();
  const seeded = await seedDemoIfEmpty(db.prisma);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(seeded ? `Seeded the demo data in ${seconds} s.` : "The database already has users: nothing seeded.");
} finally {
  await db.close();
}
