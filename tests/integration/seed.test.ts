// The demo seed: one transaction, every stage covered, a coherent history, and idempotent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../lib/database";
import { migrate } from "../../lib/migrations";
import { DEMO_ACCOUNTS } from "../../lib/demo";
import { STAGES } from "../../lib/domain/stages";
import { seedDemoIfEmpty } from "../../prisma/seed";

const NOW = new Date("2026-11-18T15:00:00Z"); // a Wednesday, the week of Thanksgiving

let db: Database;
let firstRun: boolean;

beforeAll(async () => {
  db = await openDatabase({ kind: "pglite", dataDir: "memory://" });
  await migrate(db.sql);
  firstRun = await seedDemoIfEmpty(db.prisma, NOW);
}, 120_000);

afterAll(async () => {
  await db?.close();
});

async function counts() {
  const p = db.prisma;
  return {
    users: await p.user.count(),
    contacts: await p.contact.count(),
    stageChanges: await p.stageChange.count(),
    reminders: await p.reminder.count(),
    outreach: await p.outreachAttempt.count(),
    meetings: await p.meeting.count(),
  };
}

async function student() {
  const email = DEMO_ACCOUNTS.find((a) => a.role === "Student")?.email ?? "";
  return db.prisma.user.findUniqueOrThrow({ where: { email } });
}

describe("seedDemoIfEmpty", () => {
  it("seeds an empty database", () => {
    expect(firstRun).toBe(true);
  });

  it("gives the demo student 35–45 contacts covering every stage", async () => {
    const maya = await student();
    const contacts = await db.prisma.contact.findMany({ where: { ownerId: maya.id } });
    expect(contacts.length).toBeGreaterThanOrEqual(35);
    expect(contacts.length).toBeLessThanOrEqual(45);
    for (const stage of STAGES) {
      expect(contacts.filter((c) => c.stage === stage).length, stage).toBeGreaterThan(0);
    }
  });

  it("keeps each contact's stage consistent with its history", async () => {
    const contacts = await db.prisma.contact.findMany({
      include: { stageChanges: { orderBy: { at: "asc" } } },
    });
    for (const contact of contacts) {
      const history = contact.stageChanges;
      expect(history.length, contact.name).toBeGreaterThan(0);
      expect(history[0]?.fromStage, contact.name).toBeNull();
      expect(history[0]?.toStage, contact.name).toBe("FIND");
      if (contact.stage !== "FIND") {
        expect(history.some((h) => h.toStage === contact.stage), contact.name).toBe(true);
      }
      const last = history[history.length - 1];
      expect(last?.toStage, contact.name).toBe(contact.stage);
      expect(last?.at.getTime(), contact.name).toBe(contact.stageChangedAt.getTime());
      history.forEach((h, i) => {
        if (i > 0) expect(h.fromStage, contact.name).toBe(history[i - 1]?.toStage);
        expect(h.at.getTime(), contact.name).toBeLessThanOrEqual(NOW.getTime());
      });
    }
  });

  it("logs outreach for every contact past find, and a reply for every one that got a meeting", async () => {
    const contacts = await db.prisma.contact.findMany({ where: { stage: { not: "FIND" } }, include: { outreach: true, meetings: true } });
    for (const contact of contacts) {
      expect(contact.outreach.length, contact.name).toBeGreaterThan(0);
      if (contact.meetings.length) {
        expect(contact.outreach.some((o) => o.replyStatus === "REPLIED" && o.repliedAt), contact.name).toBe(true);
      }
    }
  });

  it("writes nothing the second time", async () => {
    const before = await counts();
    expect(await seedDemoIfEmpty(db.prisma, NOW)).toBe(false);
    expect(await seedDemoIfEmpty(db.prisma)).toBe(false);
    expect(await counts()).toEqual(before);
  });
});
