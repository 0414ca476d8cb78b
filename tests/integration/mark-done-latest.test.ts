// Marking a meeting done moves its contact to Interviewed only when it is the contact's latest
// scheduled meeting, and the move completes that meeting. A reschedule of one of the contact's
// meetings committing while it is marked done changes which meeting is the latest: the decision
// has to be taken under the locks the writes take, so that it is the decision one of the two
// orders (the reschedule first, or the mark-done first) would give, and the meeting completed is
// the one the student marked done.
//
// PostgreSQL only: the reschedule is held uncommitted (tests/support/concurrency.ts) while the
// meeting is marked done on another connection, and the embedded database has one connection.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createContact } from "@/lib/data/contacts";
import { markMeetingDone } from "@/lib/data/interview";
import { moveContact } from "@/lib/data/pipeline";
import { getDatabase } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { contactFieldsSchema } from "@/lib/validation/contacts";
import { whileUncommitted } from "../support/concurrency";
import { studentsInZone } from "../support/session";
import { DAY, HOUR, MINUTE, plus } from "../support/time";

const prisma = () => getDatabase().prisma;
const ZONE = "America/New_York";

// Tuesday 24 November 2026, 3:00 PM in New York; the meeting is marked done the next morning.
const start = new Date("2026-11-24T20:00:00Z");
const nextMorning = new Date("2026-11-25T15:00:00Z");

const { owner } = studentsInZone(ZONE, "Latest Keeper", "Latest Intruder");

/**
 * A new contact of the owner's in Scheduled, its meeting (`later`) at `start`, and a second
 * scheduled meeting (`other`) at `otherStartsAt`.
 */
async function contactWithTwoMeetings(name: string, otherStartsAt: Date): Promise<{ contactId: string; later: string; other: string }> {
  const contactId = (await createContact(contactFieldsSchema.parse({ name, employer: "WOSU Public Media" }))).id;
  const agreed = plus(start, -7 * DAY);
  await moveContact(contactId, "OUTREACH", { kind: "outreach", channel: "EMAIL", sentAt: plus(agreed, -DAY) }, undefined, plus(agreed, -DAY));
  await moveContact(contactId, "SCHEDULED", { kind: "meeting", startsAt: start, durationMinutes: 30, mode: "VIDEO" }, undefined, agreed);
  const later = (await prisma().meeting.findFirstOrThrow({ where: { contactId }, select: { id: true } })).id;
  const other = (
    await prisma().meeting.create({
      data: { ownerId: owner.id, contactId, title: `Coffee with ${name}`, startsAt: otherStartsAt, timeZone: ZONE, icsUid: `${randomBytes(8).toString("hex")}@rapport.app` },
      select: { id: true },
    })
  ).id;
  return { contactId, later, other };
}

/** What rescheduleMeeting writes (a new start, SEQUENCE + 1), to be left uncommitted. */
const reschedule = (meetingId: string, startsAt: Date) => (tx: Prisma.TransactionClient) =>
  tx.meeting.update({ where: { id: meetingId }, data: { startsAt, icsSequence: { increment: 1 }, version: { increment: 1 } } });

const meeting = (id: string) => prisma().meeting.findUniqueOrThrow({ where: { id }, select: { status: true, doneAt: true } });
const stage = async (contactId: string) => (await prisma().contact.findUniqueOrThrow({ where: { id: contactId }, select: { stage: true } })).stage;

describe.skipIf(!process.env.DATABASE_URL)("a meeting marked done while one of the contact's meetings is rescheduled", () => {
  it("the latest, rescheduled before the other: completed without the move to Interviewed", async () => {
    const { contactId, later, other } = await contactWithTwoMeetings("Priya Raman", plus(start, -2 * HOUR));
    const doneAt = plus(start, 30 * MINUTE);
    // `later` moves to noon, before `other` (1:00 PM), which becomes the latest.
    const result = await whileUncommitted(reschedule(later, plus(start, -3 * HOUR)), () => markMeetingDone(later, doneAt, nextMorning));
    expect(result).toMatchObject({ status: "fulfilled" });
    expect(await meeting(later)).toEqual({ status: "DONE", doneAt });
    expect(await meeting(other)).toEqual({ status: "SCHEDULED", doneAt: null });
    expect(await stage(contactId)).toBe("SCHEDULED");
    expect(await prisma().stageChange.count({ where: { contactId, toStage: "INTERVIEWED" } })).toBe(0);
    expect(await prisma().reminder.count({ where: { contactId, rule: "THANK_YOU_24H", ruleKey: later } })).toBe(1);
  });

  it("an earlier one, rescheduled after the other: it is now the latest, so the contact moves to Interviewed", async () => {
    const { contactId, later, other } = await contactWithTwoMeetings("Tomas Lindqvist", plus(start, -DAY));
    const doneAt = plus(start, 90 * MINUTE);
    // `other` moves to 4:00 PM, after `later` (3:00 PM).
    const result = await whileUncommitted(reschedule(other, plus(start, HOUR)), () => markMeetingDone(other, doneAt, nextMorning));
    expect(result).toMatchObject({ status: "fulfilled" });
    expect(await meeting(other)).toEqual({ status: "DONE", doneAt });
    expect(await meeting(later)).toEqual({ status: "SCHEDULED", doneAt: null });
    expect(await stage(contactId)).toBe("INTERVIEWED");
    expect(await prisma().reminder.count({ where: { contactId, rule: "THANK_YOU_24H", ruleKey: other } })).toBe(1);
  });

  it("the latest, while an earlier one is rescheduled after it: the meeting completed is the one marked done", async () => {
    const { later, other } = await contactWithTwoMeetings("Grace Obi", plus(start, -DAY));
    const doneAt = plus(start, 30 * MINUTE);
    // `other` moves to 3:10 PM, after `later`. The LOCK TABLE only holds the mark-done back until
    // the reschedule has committed, at the first statement that reads Holiday (the stage move
    // reads the student's holidays before it locks the meeting it completes): the reschedule then
    // lands between deciding which meeting is the latest and completing it.
    const write = async (tx: Prisma.TransactionClient) => {
      await reschedule(other, plus(start, 10 * MINUTE))(tx);
      await tx.$executeRaw`LOCK TABLE "Holiday" IN ACCESS EXCLUSIVE MODE`;
    };
    const result = await whileUncommitted(write, () => markMeetingDone(later, doneAt, nextMorning));
    expect(result).toMatchObject({ status: "fulfilled" });
    // Whichever order it is taken in (the contact moved to Interviewed if the mark-done came
    // first, not if the reschedule did), the meeting completed is the one marked done.
    expect(await meeting(later)).toEqual({ status: "DONE", doneAt });
    expect(await meeting(other)).toEqual({ status: "SCHEDULED", doneAt: null });
  });
});

describe.skipIf(!process.env.DATABASE_URL)("the board's move to Interviewed while one of the contact's meetings is rescheduled", () => {
  it("the latest, rescheduled before the other while the move waits for it: the move completes the new latest", async () => {
    const { contactId, later, other } = await contactWithTwoMeetings("Ines Duarte", plus(start, -2 * HOUR));
    const doneAt = plus(start, 30 * MINUTE);
    // `later` moves to noon, before `other` (1:00 PM): the move, waiting on `later`'s row, must not complete it.
    const result = await whileUncommitted(reschedule(later, plus(start, -3 * HOUR)), () =>
      moveContact(contactId, "INTERVIEWED", { kind: "meetingDone", doneAt }, undefined, nextMorning),
    );
    expect(result).toMatchObject({ status: "fulfilled" });
    expect(await meeting(other)).toEqual({ status: "DONE", doneAt });
    expect(await meeting(later)).toEqual({ status: "SCHEDULED", doneAt: null });
    expect(await stage(contactId)).toBe("INTERVIEWED");
  });
});
