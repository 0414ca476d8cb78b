// Overdue is one rule (lib/domain/today.ts) and every surface that shows or counts it agrees with
// it at the line itself: Today's groups, the contacts list's filter and flags, the board's cards
// and count. Each world is a student in a zone where the line is easy to draw wrong: where the UTC
// date is not the local date, on a daylight-saving day, and on a day whose midnight is skipped.
import { describe, expect, it } from "vitest";
import { getBoard } from "@/lib/data/board";
import { listContactsPage } from "@/lib/data/contacts";
import { listContactIdsWithOverdueReminders, listTodayReminders } from "@/lib/data/reminders";
import { getDatabase } from "@/lib/db";
import { isOverdue } from "@/lib/domain/today";
import { parseContactListParams } from "@/lib/validation/contacts";
import { createTestUser } from "../support/factories";
import { signInAs } from "../support/session";

const prisma = () => getDatabase().prisma;

interface World {
  zone: string;
  now: string;
  /** Due 23:30 local yesterday (23:30 before a skipped midnight): overdue. */
  lastNight: string;
  /** Due early today, local: due today, not overdue. */
  earlyToday: string;
}

const WORLDS: Record<string, World> = {
  "Tokyo at 01:00, when the UTC date is still yesterday": { zone: "Asia/Tokyo", now: "2026-12-05T16:00:00Z", lastNight: "2026-12-05T14:30:00Z", earlyToday: "2026-12-05T15:30:00Z" },
  "Los Angeles at 20:00, when the UTC date is already tomorrow": {
    zone: "America/Los_Angeles",
    now: "2026-12-06T04:00:00Z",
    lastNight: "2026-12-05T07:30:00Z",
    earlyToday: "2026-12-05T08:30:00Z",
  },
  "New York on the day it springs forward": { zone: "America/New_York", now: "2026-03-08T14:00:00Z", lastNight: "2026-03-08T04:30:00Z", earlyToday: "2026-03-08T05:30:00Z" },
  "Santiago on the day its midnight is skipped": { zone: "America/Santiago", now: "2026-09-06T15:00:00Z", lastNight: "2026-09-06T03:30:00Z", earlyToday: "2026-09-06T04:30:00Z" },
};

describe.each(Object.entries(WORLDS))("overdue, in %s", (_, world) => {
  it("is the same reminder on Today, in the contacts list and on the board, and the one isOverdue names", async () => {
    const user = await createTestUser(`Overdue ${world.zone}`);
    await prisma().user.update({ where: { id: user.id }, data: { timeZone: world.zone } });
    const now = new Date(world.now);
    const seeds = { "Last Night": world.lastNight, "Early Today": world.earlyToday };
    const contactIds: Record<string, string> = {};
    for (const [name, dueAt] of Object.entries(seeds)) {
      const contact = await prisma().contact.create({ data: { ownerId: user.id, name, stage: "OUTREACH" }, select: { id: true } });
      contactIds[name] = contact.id;
      await prisma().reminder.create({
        data: { ownerId: user.id, contactId: contact.id, rule: "FOLLOW_UP_7B", ruleKey: `${contact.id}:follow-up`, title: name, dueAt: new Date(dueAt) },
      });
    }
    // The rule itself, then every surface against it.
    expect(Object.keys(seeds).filter((name) => isOverdue(new Date(seeds[name as keyof typeof seeds]), now, world.zone))).toEqual(["Last Night"]);
    await signInAs(user.id);

    const today = await listTodayReminders(now, 50);
    expect(today.overdue).toMatchObject({ count: 1, reminders: [{ title: "Last Night" }] });
    expect(today.today).toMatchObject({ count: 1, reminders: [{ title: "Early Today" }] });

    expect(await listContactIdsWithOverdueReminders(now)).toEqual(new Set([contactIds["Last Night"]]));

    const overdueOnly = await listContactsPage(parseContactListParams({ overdue: "1" }), now);
    expect(overdueOnly.rows.map((row) => row.name)).toEqual(["Last Night"]);
    const all = await listContactsPage(parseContactListParams({ sort: "name" }), now);
    expect(all.rows.map((row) => [row.name, row.overdue])).toEqual([
      ["Early Today", false],
      ["Last Night", true],
    ]);

    const board = await getBoard(now);
    const cards = board.columns.flatMap((column) => column.cards);
    expect(cards.map((card) => [card.name, card.overdue]).sort()).toEqual([
      ["Early Today", false],
      ["Last Night", true],
    ]);
    expect(board.overdueContacts).toBe(1);
  });
});
