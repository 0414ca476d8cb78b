// Killing the app mid-write loses nothing that was committed, on the embedded database folder that
// `npm start` uses.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/database";

const dataRoot = mkdtempSync(path.join(tmpdir(), "rapport-durability-"));
afterAll(() => rmSync(dataRoot, { recursive: true, force: true }));

describe("the embedded database", () => {
  it("keeps every committed write when the process is killed with SIGKILL", async () => {
    const dataDir = path.join(dataRoot, "pglite");
    const child = spawn(process.execPath, ["--import", "tsx", "tests/support/write-loop.ts", dataDir], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const committed: string[] = [];
    await new Promise<void>((resolve, reject) => {
      let buffered = "";
      child.stdout.on("data", (chunk: Buffer) => {
        buffered += chunk.toString();
        const lines = buffered.split("\n");
        buffered = lines.pop() ?? "";
        for (const line of lines) if (line.startsWith("committed ")) committed.push(line.slice(10));
        if (committed.length >= 40) {
          child.kill("SIGKILL");
          resolve();
        }
      });
      child.on("exit", (code, signal) => {
        if (signal !== "SIGKILL") reject(new Error(`writer exited early with code ${code}`));
      });
    });
    await new Promise((resolve) => child.once("close", resolve));

    const reopened = openDatabase({ kind: "pglite", dataDir });
    try {
      const stored = await reopened.prisma.contact.findMany({ where: { id: { in: committed } }, select: { id: true } });
      expect(stored.length).toBe(committed.length);
    } finally {
      await reopened.close();
    }
  });
});

describe("the embedded data folder", () => {
  it("refuses a second process while one is using it, and is taken over once that one has died", async () => {
    const dataDir = path.join(dataRoot, "locked");
    const holder = spawn(process.execPath, ["--import", "tsx", "tests/support/write-loop.ts", dataDir], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve) => holder.stdout.once("data", () => resolve()));
    const lockedOut = spawn(process.execPath, ["--import", "tsx", "tests/support/write-loop.ts", dataDir], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    lockedOut.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => lockedOut.once("exit", resolve));
    expect(code).not.toBe(0);
    expect(stderr).toContain(`in use by another Rapport process (pid ${holder.pid})`);

    holder.kill("SIGKILL");
    await new Promise((resolve) => holder.once("close", resolve));
    const reopened = openDatabase({ kind: "pglite", dataDir });
    try {
      expect(await reopened.prisma.user.count()).toBe(1);
    } finally {
      await reopened.close();
    }
  });
});
