// Secrets never reach the browser: every file Next.js serves from its static folder (the client
// JavaScript and CSS of the production build the other specs run against) is scanned for the auth
// secret this build was started with and for things only the server may hold.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
// playwright.config.ts starts the server with this AUTH_SECRET.
const AUTH_SECRET = "e2e-secret-not-for-production";
// Values and code, not names: the Settings page may tell a user which variable (SMTP_URL, say) an
// administrator would set, but never what any secret is.
const SERVER_ONLY = [AUTH_SECRET, "postgresql://", "passwordHash", "$queryRaw", "PrismaClient", "bcrypt", "tokenHash"];

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)])));
  return nested.flat();
}

test("the client bundle holds no secret and no server-only code", async ({ page }) => {
  // The server is up, so the build the other specs use is complete.
  await page.goto("/sign-in");
  const files = (await filesUnder(path.join(distDir, "static"))).filter((f) => /\.(js|css|json|map)$/.test(f));
  expect(files.length).toBeGreaterThan(10);
  const found: string[] = [];
  for (const file of files) {
    const text = await readFile(file, "utf8");
    for (const needle of SERVER_ONLY) if (text.includes(needle)) found.push(`${path.relative(distDir, file)}: ${needle}`);
  }
  expect(found).toEqual([]);
});
