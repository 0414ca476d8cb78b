// The database really stopping under a running production server, and coming back. The suite's own
// server runs on embedded PGlite inside its process, which cannot stop on its own; so these tests
// start a second server from the same build (`npm start`'s script) on a database they can stop: a
// PGlite folder served over the wire protocol by a process of its own (tests/support/
// pglite-wire-server.ts). Stopping is SIGKILL, a crash: every connection drops, new ones are
// refused. Starting again opens the same folder. The app server is never restarted.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test as base, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { DEMO_STUDENT, signInAsDemo } from "./helpers";

interface Outage {
  url: string;
  /** Makes the database keep every query waiting; resolves once a query is waiting on it. */
  holdNextQuery(): Promise<void>;
  stopDatabase(): Promise<void>;
  startDatabase(): Promise<void>;
  /** Up and answering again, whatever state a test left it in. */
  restoreDatabase(): Promise<void>;
  /** What the app server and the database printed, for a failing test's report. */
  output(): string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Signals a whole process group; one that already ended is fine. */
function signalGroup(pid: number | undefined, signal: NodeJS.Signals) {
  try {
    if (pid) process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once("exit", () => resolve()));
}

// One viewport is enough: the outage path is the same on a phone, and each project would start its
// own server and database (about half a minute).
const PROJECT = "desktop";

const test = base.extend<{ outage: Outage }, { outageWorker: Outage | null }>({
  // The fixtures name their callback "provide": React's lint rules take a function called "use" for the hook.
  outageWorker: [
    async ({}, provide, workerInfo) => {
      // Playwright sets up baseURL, and so this, even for a test its beforeEach skips.
      if (workerInfo.project.name !== PROJECT) return provide(null);
      const root = mkdtempSync(path.join(os.tmpdir(), "rapport-outage-"));
      const dataDir = path.join(root, "pglite");
      const [databasePort, appPort] = [await freePort(), await freePort()];
      const log: string[] = [];
      const record = (child: ChildProcess, name: string) => {
        child.stdout?.on("data", (chunk: Buffer) => log.push(`[${name}] ${chunk}`));
        child.stderr?.on("data", (chunk: Buffer) => log.push(`[${name}] ${chunk}`));
      };

      let database: ChildProcess | undefined;
      let holding = false;
      const startDatabase = async (init = false) => {
        if (database) return;
        const child = spawn(
          process.execPath,
          ["--import", "tsx", "tests/support/pglite-wire-server.ts", dataDir, String(databasePort), ...(init ? ["--init"] : [])],
          { stdio: ["ignore", "pipe", "pipe", "ipc"] },
        );
        record(child, "database");
        database = child;
        child.once("exit", () => {
          if (database === child) database = undefined;
        });
        await new Promise<void>((resolve, reject) => {
          child.on("message", (message: { ready?: boolean }) => message.ready && resolve());
          child.once("exit", (code) => reject(new Error(`the database process exited (${code}):\n${log.join("")}`)));
        });
      };
      const stopDatabase = async () => {
        if (!database) return;
        const child = database;
        child.kill("SIGKILL");
        await exited(child);
        database = undefined;
        holding = false;
      };

      await startDatabase(true);
      const url = `http://localhost:${appPort}`;
      // Its own process group, so the whole tree (start script, npx, next) stops together.
      const app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
        env: {
          ...process.env,
          PORT: String(appPort),
          NEXTAUTH_URL: url,
          AUTH_SECRET: "e2e-outage-secret-not-for-production",
          DATABASE_URL: `postgresql://postgres@127.0.0.1:${databasePort}/postgres`,
          RAPPORT_DEMO: "1",
          RAPPORT_DATA_DIR: path.join(root, "app"),
          SMTP_URL: "",
        },
      });
      record(app, "app");
      try {
        await expect
          .poll(async () => (await fetch(`${url}/api/health`).catch(() => null))?.status, { timeout: 120_000, intervals: [500] })
          .toBe(200);
        await provide({
          url,
          startDatabase: () => startDatabase(),
          stopDatabase,
          holdNextQuery: () =>
            new Promise<void>((resolve) => {
              holding = true;
              database?.on("message", (message: { held?: boolean }) => message.held && resolve());
              database?.send("hold");
            }),
          output: () => log.join(""),
          restoreDatabase: async () => {
            if (holding) await stopDatabase();
            await startDatabase();
          },
        });
      } catch (error) {
        console.error(log.join(""));
        throw error;
      } finally {
        signalGroup(app.pid, "SIGTERM");
        const stubborn = setTimeout(() => signalGroup(app.pid, "SIGKILL"), 10_000);
        await exited(app);
        clearTimeout(stubborn);
        await stopDatabase();
        rmSync(root, { recursive: true, force: true });
      }
    },
    { scope: "worker", timeout: 240_000 },
  ],
  outage: async ({ outageWorker }, provide, testInfo) => {
    if (!outageWorker) throw new Error(`the outage tests run in the ${PROJECT} project only`);
    await provide(outageWorker);
    if (testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach("app and database output", { body: outageWorker.output(), contentType: "text/plain" });
    }
    // The next test starts with the database up and answering, however this one ended.
    await outageWorker.restoreDatabase();
  },
  baseURL: async ({ outageWorker, baseURL }, provide) => provide(outageWorker?.url ?? baseURL),
});

async function healthStatus(page: Page) {
  return (await page.request.get("/api/health")).status();
}

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== PROJECT, `runs in the ${PROJECT} project only`);
});
// Each test starts a database process again (a crash recovery: about 6 s on a quiet machine, 20 s on a
// busy two-core one) and waits for the error page's 3-second polling: more than the suite's minute.
test.describe.configure({ timeout: 120_000 });

async function openContacts(page: Page) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Contacts", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Contacts" })).toBeVisible();
}

test("a page whose database stops mid-request says so, and comes back by itself with the data intact", async ({ page, outage }) => {
  await signInAsDemo(page, DEMO_STUDENT);
  await openContacts(page);
  const contactLinks = () =>
    page
      .getByRole("main")
      .locator('a[href^="/contacts/"]')
      .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute("href") ?? ""))].filter((href) => !/^\/contacts\/(new|import)\b/.test(href)).sort());
  const before = await contactLinks();
  expect(before.length).toBeGreaterThan(3);
  // Survives only if the page never reloads: recovery must happen in this same document.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));

  // The navigation's request reaches the server and waits on the database; then the database dies.
  const held = outage.holdNextQuery();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Today\b/ }).click();
  await held;
  await outage.stopDatabase();

  const alert = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Rapport can’t reach its database" }) });
  await expect(alert).toBeVisible({ timeout: 20_000 });
  await expect(alert.getByText("Waiting for the database…")).toBeVisible();
  await expectAccessible(page);
  expect(await healthStatus(page)).toBe(503);

  await outage.startDatabase();
  // Nobody clicks anything: the error page notices the database is back and loads the page.
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible({ timeout: 30_000 });
  await expect(alert).toHaveCount(0);
  expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);

  await openContacts(page);
  expect(await contactLinks()).toEqual(before);
});

test("a form keeps what was typed while the database is down, and saves once when it is back", async ({ page, outage }) => {
  await signInAsDemo(page, DEMO_STUDENT);
  await page.goto("/contacts/new");
  const notes = "Met at the alumni panel.\nAsked to follow up after finals.";
  await page.getByLabel("Name").fill("Outage Olu");
  await page.getByLabel("Employer", { exact: true }).fill("Weber Shandwick");
  await page.getByLabel("Notes").fill(notes);

  await outage.stopDatabase();
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(page.getByText(/couldn’t be reached, so nothing was saved yet/)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByLabel("Name")).toHaveValue("Outage Olu");
  await expect(page.getByLabel("Employer", { exact: true })).toHaveValue("Weber Shandwick");
  await expect(page.getByLabel("Notes")).toHaveValue(notes);
  await expect(page).toHaveURL(/\/contacts\/new$/);

  await outage.startDatabase();
  await expect.poll(() => healthStatus(page), { timeout: 30_000 }).toBe(200);
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Outage Olu" })).toBeVisible();
  await page.goto("/contacts");
  await expect(page.getByRole("main").getByText("Outage Olu").filter({ visible: true })).toHaveCount(1);
});

test("a page opened while the database is down says so, and loads by itself once it is back", async ({ page, outage }) => {
  await signInAsDemo(page, DEMO_STUDENT);
  await outage.stopDatabase();
  await page.goto("/pipeline");
  const alert = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Rapport can’t reach its database" }) });
  await expect(alert).toBeVisible({ timeout: 20_000 });
  await expectAccessible(page);

  await outage.startDatabase();
  await expect(page.getByRole("heading", { level: 1, name: "Pipeline" })).toBeVisible({ timeout: 30_000 });
});
