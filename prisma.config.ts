import { defineConfig } from "prisma/config";

// The datasource URL is only needed by Prisma's own CLI (migrate deploy/status where its engine is
// available). The app itself chooses its database in lib/db.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx scripts/db-seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/rapport" },
});
