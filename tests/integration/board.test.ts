// The pipeline board's read: counts per stage, the capped and ordered cards, each card's next
// reminder and overdue state in the viewer's time zone, a fixed number of SQL statements however
// many contacts there are, and nothing of another user's.
import { beforeAll, describe, expect, it } from "vitest";
import { BOARD_CARDS_PER_STAGE, getBoard, type Board } from "@/lib/data/board";
import { requireViewer } from "@/lib/data/viewer";
import { getDatabase } from "@/lib/db";
import type { Stage } from "@/lib/generated/prisma/enums";
import { createTestUser } from "../support/factories";
import { countStatements } from "../support/query-log";
import { signInAs } from "../support/session";

const prisma = () => getDatabase().prisma;

// 10:00 on Wednesday 2 December 2026 in Chicago; the local day began at 06:00 UTC.
const NOW = new Date("2026-12-02T16:00:00Z");

let owner: { id: string };
let other: { id: string };

async function contact(ownerId: string, name: string, stage: Stage, extra: { priority?: number; archived?: boolean; doNotContact?: boolean; employer?: string } = {}) {
  return prisma().contact.create({
    data: {
      ownerId,
      name,
      stage,
      employer: extra.employer ?? "Edelman",
      priority: extra.priority ?? 30,
      doNotContact: extra.doNotContact ?? false,
      archivedAt: extra.archived ? new Date("2026-11-01T00:00:00Z") : null,
    },
    select: { id: true },
  });
}

async function reminder(ownerId: string, contactId: string, title: string, dueAt: string, extra: { status?: "PENDING" | "DONE" | "CANCELLED"; snoozedUntil?: string; rule?: "ACTION_ITEM" | "THANK_YOU_24H" | "PREP_DAY_BEFORE"; meetingId?: string } = {}) {
  await prisma().reminder.create({
    data: {
      ownerId,
      contactId,
      rule: extra.rule ?? "ACTION_ITEM",
      ruleKey: `${contactId}:${title}`,
      title,
      dueAt: new Date(dueAt),
      status: extra.status ?? "PENDING",
      snoozedUntil: extra.snoozedUntil ? new Date(extra.snoozedUntil) : null,
      meetingId: extra.meetingId ?? null,
    },
  });
}

function column(board: Board, stage: Stage) {
  const found = board.columns.find((c) => c.stage === stage);
  if (!found) throw new Error(`no ${stage} column`);
  return found;
}

function card(board: Board, name: string) {
  const found = board.columns.flatMap((c) => c.cards).find((c) => c.name === name);
  if (!found) throw new Error(`no card for ${name}`);
  return found;
}

/** The board and the SQL statements it sent beyond the viewer's session lookup, which a page request has already made (and caches). */
async function countedBoard(): Promise<{ board: Board; queries: number }> {
  const viewer = await countStatements(requireViewer);
  const { result: board, queries } = await countStatements(() => getBoard(NOW));
  return { board, queries: queries - viewer.queries };
}

beforeAll(async () => {
  owner = await createTestUser("Board Owner");
  other = await createTestUser("Board Other");
  await prisma().user.update({ where: { id: owner.id }, data: { timeZone: "America/Chicago" } });
});

describe("the pipeline board", () => {
  it("counts each stage and orders its cards by priority, then name, leaving out archived contacts", async () => {
    await signInAs(owner.id);
    const small = await countedBoard();
    expect(small.board.columns.map((c) => [c.stage, c.count, c.cards.length])).toEqual([
      ["FIND", 0, 0], ["OUTREACH", 0, 0], ["SCHEDULED", 0, 0], ["INTERVIEWED", 0, 0], ["THANKED", 0, 0], ["FOLLOW_UP", 0, 0],
    ]);

    await contact(owner.id, "Zoë Müller", "FIND", { priority: 70 });
    await contact(owner.id, "Aiko Tanaka", "FIND", { priority: 70 });
    await contact(owner.id, "Marcus Bell", "FIND", { priority: 85, doNotContact: true });
    await contact(owner.id, "Ben Adeyemi", "FIND", { priority: 10 });
    await contact(owner.id, "Chloé Dubois", "FIND", { priority: 99, archived: true });
    await contact(owner.id, "Karen Liu", "FOLLOW_UP", { priority: 60, employer: "Nationwide" });

    const { board } = await countedBoard();
    expect(board.total).toBe(5);
    expect(board.timeZone).toBe("America/Chicago");
    expect(column(board, "FIND")).toMatchObject({ count: 4 });
    expect(column(board, "FIND").cards.map((c) => c.name)).toEqual(["Marcus Bell", "Aiko Tanaka", "Zoë Müller", "Ben Adeyemi"]);
    expect(column(board, "FOLLOW_UP").cards).toEqual([
      expect.objectContaining({ name: "Karen Liu", employer: "Nationwide", priority: 60, version: 1, doNotContact: false, stage: "FOLLOW_UP", nextReminder: null, overdue: false }),
    ]);
    expect(card(board, "Marcus Bell").doNotContact).toBe(true);
    expect(column(board, "OUTREACH")).toMatchObject({ count: 0, cards: [] });
  });

  it(`shows at most ${BOARD_CARDS_PER_STAGE} cards a column but counts them all, in the same few queries`, async () => {
    await signInAs(owner.id);
    const before = await countedBoard();
    const many = Array.from({ length: BOARD_CARDS_PER_STAGE + 3 }, (_, i) => ({
      ownerId: owner.id,
      name: `Outreach ${String(i).padStart(2, "0")}`,
      stage: "OUTREACH" as const,
      priority: i < 3 ? 5 : 50,
    }));
    await prisma().contact.createMany({ data: many });
    const withThem = await prisma().contact.findMany({ where: { ownerId: owner.id, stage: "OUTREACH" }, select: { id: true } });
    for (const { id } of withThem.slice(0, 20)) await reminder(owner.id, id, "Follow up", "2026-12-09T15:00:00Z");

    const after = await countedBoard();
    const outreach = column(after.board, "OUTREACH");
    expect(outreach.count).toBe(BOARD_CARDS_PER_STAGE + 3);
    expect(outreach.cards).toHaveLength(BOARD_CARDS_PER_STAGE);
    // The three with the lowest priority are the ones left out.
    expect(outreach.cards.map((c) => c.name)).not.toContain("Outreach 00");
    expect(outreach.cards[0]?.name).toBe("Outreach 03");
    expect(outreach.cards.at(-1)?.name).toBe(`Outreach ${BOARD_CARDS_PER_STAGE + 2}`);

    // The cards with their reminders, and the overdue count: never a query per card.
    expect(after.queries).toBeGreaterThan(0);
    expect(after.queries).toBeLessThanOrEqual(3);
    expect(after.queries).toBe(before.queries);
  });

  it("gives each card its next pending reminder and marks it overdue before the start of the viewer's day", async () => {
    await signInAs(owner.id);
    const ana = await contact(owner.id, "Ana Next", "SCHEDULED");
    await reminder(owner.id, ana.id, "Later one", "2026-12-05T15:00:00Z");
    await reminder(owner.id, ana.id, "Prepare for the meeting", "2026-12-03T15:00:00Z");
    await reminder(owner.id, ana.id, "Already done", "2026-11-20T15:00:00Z", { status: "DONE" });
    await reminder(owner.id, ana.id, "Cancelled", "2026-11-21T15:00:00Z", { status: "CANCELLED" });

    // 23:00 yesterday in Chicago: overdue. 01:00 today in Chicago (07:00 UTC): due today, not overdue.
    const late = await contact(owner.id, "Bo Late", "INTERVIEWED");
    await reminder(owner.id, late.id, "Thank Bo within 24 hours", "2026-12-02T05:00:00Z", { rule: "THANK_YOU_24H" });
    const today = await contact(owner.id, "Cy Today", "INTERVIEWED");
    await reminder(owner.id, today.id, "Thank Cy within 24 hours", "2026-12-02T07:00:00Z", { rule: "THANK_YOU_24H" });

    // Snoozed past now: hidden until then, like on Today. Snoozed until earlier: open again.
    const snoozed = await contact(owner.id, "Di Snoozed", "THANKED");
    await reminder(owner.id, snoozed.id, "Snoozed", "2026-11-25T15:00:00Z", { snoozedUntil: "2026-12-04T15:00:00Z" });
    const woke = await contact(owner.id, "Ed Woke", "THANKED");
    await reminder(owner.id, woke.id, "Woke up", "2026-11-25T15:00:00Z", { snoozedUntil: "2026-12-01T15:00:00Z" });

    const { board } = await countedBoard();
    expect(card(board, "Ana Next")).toMatchObject({ nextReminder: { title: "Prepare for the meeting", dueAt: new Date("2026-12-03T15:00:00Z") }, overdue: false });
    // Overdue, a thank-you no longer asks for it within 24 hours.
    expect(card(board, "Bo Late")).toMatchObject({ nextReminder: { title: "Thank Bo Late — late, and still worth sending" }, overdue: true });
    expect(card(board, "Cy Today")).toMatchObject({ nextReminder: { title: "Thank Cy within 24 hours" }, overdue: false });
    expect(card(board, "Di Snoozed")).toMatchObject({ nextReminder: null, overdue: false });
    expect(card(board, "Ed Woke")).toMatchObject({ nextReminder: { title: "Woke up" }, overdue: true });
    expect(card(board, "Ana Next").nextReminder?.dueAt).toBeInstanceOf(Date);
    expect(board.overdueContacts).toBe(2);
  });

  it("gives each card what a move's dialog starts from: the meeting a move to Interviewed completes, and the cadence", async () => {
    await signInAs(owner.id);
    const fay = await contact(owner.id, "Fay Meeting", "SCHEDULED");
    const meeting = (startsAt: string, status: "SCHEDULED" | "DONE" | "CANCELLED", durationMinutes = 30) =>
      prisma().meeting.create({
        data: { ownerId: owner.id, contactId: fay.id, title: "Informational interview", startsAt: new Date(startsAt), durationMinutes, timeZone: "America/Chicago", status, icsUid: `${fay.id}-${startsAt}@test` },
      });
    await meeting("2026-11-20T15:00:00Z", "DONE");
    await meeting("2026-12-04T15:00:00Z", "SCHEDULED", 20);
    await meeting("2026-12-01T15:00:00Z", "SCHEDULED");
    await meeting("2026-12-09T15:00:00Z", "CANCELLED");
    const gus = await contact(owner.id, "Gus Cadence", "THANKED");
    await prisma().contact.update({ where: { id: gus.id }, data: { keepInTouchMonths: 6 } });

    const { board } = await countedBoard();
    // The latest scheduled one by start, as lib/data/pipeline.ts completes; done and cancelled ones are not.
    expect(card(board, "Fay Meeting")).toMatchObject({ meeting: { id: expect.any(String), startsAt: new Date("2026-12-04T15:00:00Z"), durationMinutes: 20 }, keepInTouchMonths: null });
    expect(card(board, "Gus Cadence")).toMatchObject({ meeting: null, keepInTouchMonths: 6 });
    expect(card(board, "Ana Next").meeting).toBeNull();

    // Another user never sees it.
    await signInAs(other.id);
    expect((await getBoard(NOW)).columns.flatMap((c) => c.cards).some((c) => c.meeting !== null)).toBe(false);
  });

  it("never shows or counts another user's contacts or reminders", async () => {
    const theirs = await contact(other.id, "Someone Else's", "FIND", { priority: 100 });
    await reminder(other.id, theirs.id, "Their reminder", "2026-11-01T15:00:00Z");
    await contact(other.id, "Also Theirs", "FOLLOW_UP", { priority: 100 });

    await signInAs(owner.id);
    const mine = await getBoard(NOW);
    const names = mine.columns.flatMap((c) => c.cards.map((card) => card.name));
    expect(names).not.toContain("Someone Else's");
    expect(names).not.toContain("Also Theirs");
    expect(column(mine, "FIND").count).toBe(4);
    expect(column(mine, "FOLLOW_UP").count).toBe(1);
    expect(mine.overdueContacts).toBe(2);

    await signInAs(other.id);
    const theirsBoard = await getBoard(NOW);
    expect(theirsBoard.total).toBe(2);
    expect(theirsBoard.columns.flatMap((c) => c.cards.map((card) => card.name)).sort()).toEqual(["Also Theirs", "Someone Else's"]);
    expect(card(theirsBoard, "Someone Else's")).toMatchObject({ nextReminder: { title: "Their reminder" }, overdue: true });
    expect(theirsBoard.overdueContacts).toBe(1);
    expect(theirsBoard.timeZone).toBe("UTC");
  });

  it("asks a prep reminder left open past its meeting's start to record how it went, as Today does", async () => {
    await signInAs(owner.id);
    const prepFor = async (name: string, startsAt: string) => {
      const who = await contact(owner.id, name, "SCHEDULED");
      const meeting = await prisma().meeting.create({
        data: { ownerId: owner.id, contactId: who.id, title: "Informational interview", startsAt: new Date(startsAt), durationMinutes: 30, timeZone: "America/Chicago", status: "SCHEDULED", icsUid: `${who.id}@test` },
      });
      await reminder(owner.id, who.id, `Prepare for your meeting with ${name}`, "2026-12-01T15:00:00Z", { rule: "PREP_DAY_BEFORE", meetingId: meeting.id });
    };
    await prepFor("Hal Started", "2026-12-02T15:00:00Z"); // an hour before NOW
    await prepFor("Ivy Later", "2026-12-02T20:00:00Z");

    const { board } = await countedBoard();
    expect(card(board, "Hal Started").nextReminder?.title).toBe("Record how your meeting with Hal Started went");
    expect(card(board, "Ivy Later").nextReminder?.title).toBe("Prepare for your meeting with Ivy Later");
  });

  it("reads the start of the reminder's own meeting, not the card's latest one", async () => {
    await signInAs(owner.id);
    const jo = await contact(owner.id, "Jo Twice", "SCHEDULED");
    const meet = (startsAt: string) =>
      prisma().meeting.create({
        data: { ownerId: owner.id, contactId: jo.id, title: "Informational interview", startsAt: new Date(startsAt), durationMinutes: 30, timeZone: "America/Chicago", status: "SCHEDULED", icsUid: `${jo.id}-${startsAt}@test` },
      });
    const started = await meet("2026-12-02T15:00:00Z"); // an hour before NOW
    const later = await meet("2026-12-09T15:00:00Z");
    await reminder(owner.id, jo.id, "Prepare for your meeting with Jo Twice", "2026-12-01T15:00:00Z", { rule: "PREP_DAY_BEFORE", meetingId: started.id });
    await reminder(owner.id, jo.id, "Prepare for your second meeting with Jo Twice", "2026-12-08T15:00:00Z", { rule: "PREP_DAY_BEFORE", meetingId: later.id });

    const { board } = await countedBoard();
    expect(card(board, "Jo Twice").meeting?.id).toBe(later.id);
    expect(card(board, "Jo Twice").nextReminder?.title).toBe("Record how your meeting with Jo Twice went");
  });

  it("keeps a prep reminder's title when its meeting is another user's (a chapter's group meeting)", async () => {
    await signInAs(owner.id);
    const kai = await contact(owner.id, "Kai Group", "SCHEDULED");
    const theirs = await contact(other.id, "Kai Group", "SCHEDULED");
    const group = await prisma().meeting.create({
      data: { ownerId: other.id, contactId: theirs.id, title: "Chapter panel", startsAt: new Date("2026-12-02T15:00:00Z"), durationMinutes: 60, timeZone: "America/Chicago", status: "SCHEDULED", icsUid: `${theirs.id}-group@test` },
    });
    await reminder(owner.id, kai.id, "Prepare for the chapter panel with Kai Group", "2026-12-01T15:00:00Z", { rule: "PREP_DAY_BEFORE", meetingId: group.id });

    const { board } = await countedBoard();
    expect(card(board, "Kai Group").nextReminder?.title).toBe("Prepare for the chapter panel with Kai Group");
  });
});
