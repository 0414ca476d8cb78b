// Correcting when a done meeting ended (changeMeetingEnd): the owner moves the end, the pending
// reminders counted from it follow, and a thank-you refused before the correction is then logged at
// its true time. Refused on the doneAt field: before the scheduled start, in the future, after the
// thank-you the meeting is credited with, or a meeting not done. Another student's meeting, or a
// meeting without the viewer's own contact, is not found; a second edit from a stale page is a
// conflict, not a silent overwrite. The data-layer tests use fixed times; the action runs on the
// real clock, so its meeting is placed around the real now.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { changeMeetingEndAction } from "@/lib/actions/interview";
import { createContact } from "@/lib/data/contacts";
import { ConflictError, FieldError, NotFoundError } from "@/lib/data/errors";
import { changeMeetingEnd, markMeetingDone } from "@/lib/data/interview";
import { moveContact } from "@/lib/data/pipeline";
import { logThankYou } from "@/lib/data/thank-you";
import { getDatabase } from "@/lib/db";
import { toLocalInputValue } from "@/lib/domain/local-time";
import type { Prisma } from "@/lib/generated/prisma/client";
import { contactFieldsSchema } from "@/lib/validation/contacts";
import { initialFormState } from "@/lib/validation/form-state";
import { whileUncommitted } from "../support/concurrency";
import { signInAs, studentsInZone } from "../support/session";
import { DAY, HOUR, MINUTE, plus, realNow } from "../support/time";

const prisma = () => getDatabase().prisma;
const ZONE = "America/New_York";

// Tuesday 24 November 2026, 3:00 PM in New York, for half an hour; corrected the next morning.
const start = new Date("2026-11-24T20:00:00Z");
const recordedEnd = plus(start, 30 * MINUTE);
const nextMorning = new Date("2026-11-25T15:00:00Z");

const { owner, other } = studentsInZone(ZONE, "End Corrector", "End Intruder");

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

/**
 * A new contact of the owner's whose meeting at `startsAt` was marked done at its scheduled end,
 * through the board's move to Interviewed; with `referredBy`, referred by that contact.
 */
async function doneMeeting(name: string, startsAt = start, referredBy?: string): Promise<{ contactId: string; meetingId: string; version: number }> {
  const contactId = (await createContact(contactFieldsSchema.parse({ name, employer: "Fahlgren Mortine" }))).id;
  if (referredBy) await prisma().contact.update({ where: { id: contactId }, data: { referredById: referredBy } });
  const agreed = plus(startsAt, -7 * DAY);
  await moveContact(contactId, "OUTREACH", { kind: "outreach", channel: "EMAIL", sentAt: plus(agreed, -DAY) }, undefined, plus(agreed, -DAY));
  await moveContact(contactId, "SCHEDULED", { kind: "meeting", startsAt, durationMinutes: 30, mode: "VIDEO" }, undefined, agreed);
  const end = plus(startsAt, 30 * MINUTE);
  await moveContact(contactId, "INTERVIEWED", { kind: "meetingDone", doneAt: end }, undefined, plus(end, 5 * MINUTE));
  const meeting = await prisma().meeting.findFirstOrThrow({ where: { contactId }, select: { id: true, version: true, doneAt: true } });
  expect(meeting.doneAt).toEqual(end);
  return { contactId, meetingId: meeting.id, version: meeting.version };
}

const meetingRow = (id: string) => prisma().meeting.findUniqueOrThrow({ where: { id }, select: { status: true, doneAt: true, version: true, thankYouSentAt: true } });
/** The reminders counted from the meeting's end. */
const reminderRows = (meetingId: string) =>
  prisma().reminder.findMany({ where: { ruleKey: meetingId, rule: { in: ["THANK_YOU_24H", "THANK_REFERRER"] } }, select: { rule: true, dueAt: true, status: true, snoozedUntil: true }, orderBy: { rule: "asc" } });

describe("the owner changes when the meeting ended", () => {
  it("earlier: the end and version change, both reminders follow (a snooze stays), and the thank-you refused before is then logged", async () => {
    const referrer = (await createContact(contactFieldsSchema.parse({ name: "Rosa Referrer" }))).id;
    const { contactId, meetingId, version } = await doneMeeting("Priya Shah", start, referrer);
    const snoozed = plus(nextMorning, 2 * HOUR);
    await prisma().reminder.updateMany({ where: { ruleKey: meetingId, rule: "THANK_REFERRER" }, data: { snoozedUntil: snoozed } });

    // It really ended at 3:20 PM, and the thank-you went out at 3:25 PM: refused while the meeting says 3:30 PM.
    const thankYou = { channel: "EMAIL" as const, sentAt: plus(start, 25 * MINUTE) };
    await expect(logThankYou(contactId, thankYou, nextMorning)).rejects.toMatchObject({
      field: "sentAt",
      userMessage:
        "Your meeting with Priya Shah ended at 3:30 PM on Tue, Nov 24, so the thank-you can't have been sent before then. Check the date and time you sent it. " +
        "If the meeting ended earlier, change when it ended in the contact's timeline.",
    });

    const truth = plus(start, 20 * MINUTE);
    expect(await changeMeetingEnd(meetingId, truth, nextMorning, version)).toEqual({ contactId, doneAt: truth, thankYouDueAt: plus(truth, DAY) });
    expect(await meetingRow(meetingId)).toEqual({ status: "DONE", doneAt: truth, version: version + 1, thankYouSentAt: null });
    expect(await reminderRows(meetingId)).toEqual([
      { rule: "THANK_YOU_24H", dueAt: plus(truth, DAY), status: "PENDING", snoozedUntil: null },
      { rule: "THANK_REFERRER", dueAt: plus(truth, 2 * DAY), status: "PENDING", snoozedUntil: snoozed },
    ]);

    await logThankYou(contactId, thankYou, nextMorning);
    expect(await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({ stage: "THANKED" });
    // The database credits the meeting with it (the trigger), so the cohort's on-time rate counts it.
    expect(await meetingRow(meetingId)).toMatchObject({ thankYouSentAt: thankYou.sentAt });
  });

  it("moves the history's move to Interviewed, kept at the old end, and the contact's time in the stage with it", async () => {
    const contactId = (await createContact(contactFieldsSchema.parse({ name: "Lena Fox" }))).id;
    await prisma().contact.update({ where: { id: contactId }, data: { stageChangedAt: plus(start, -30 * DAY) } });
    await moveContact(contactId, "OUTREACH", { kind: "outreach", channel: "EMAIL", sentAt: plus(start, -8 * DAY) }, undefined, plus(start, -8 * DAY));
    await moveContact(contactId, "SCHEDULED", { kind: "meeting", startsAt: start, durationMinutes: 30, mode: "VIDEO" }, undefined, plus(start, -7 * DAY));
    // Logged the day after: the history keeps when it ended.
    await moveContact(contactId, "INTERVIEWED", { kind: "meetingDone", doneAt: recordedEnd }, undefined, plus(recordedEnd, DAY));
    const moved = () => prisma().stageChange.findFirstOrThrow({ where: { contactId, toStage: "INTERVIEWED" }, select: { at: true } });
    const inStageSince = async () => (await prisma().contact.findUniqueOrThrow({ where: { id: contactId }, select: { stageChangedAt: true } })).stageChangedAt;
    expect(await moved()).toEqual({ at: recordedEnd });
    expect(await inStageSince()).toEqual(recordedEnd);

    const { id, version } = await prisma().meeting.findFirstOrThrow({ where: { contactId }, select: { id: true, version: true } });
    const truth = plus(start, 45 * MINUTE);
    await changeMeetingEnd(id, truth, plus(recordedEnd, 2 * DAY), version);
    expect(await moved()).toEqual({ at: truth });
    expect(await inStageSince()).toEqual(truth);
    // The earlier moves stay where they were.
    expect((await prisma().stageChange.findFirstOrThrow({ where: { contactId, toStage: "OUTREACH" }, select: { at: true } })).at).toEqual(plus(start, -8 * DAY));
  });

  it("later, up to the thank-you already logged for it: an end after that is refused naming its time, an end at it saved; a settled reminder stays", async () => {
    const { contactId, meetingId, version } = await doneMeeting("Sam Lee");
    const sentAt = plus(recordedEnd, 25 * MINUTE); // 3:55 PM
    await logThankYou(contactId, { channel: "EMAIL", sentAt }, nextMorning);
    expect(await meetingRow(meetingId)).toMatchObject({ thankYouSentAt: sentAt });
    const reminders = await reminderRows(meetingId);
    expect(reminders).toMatchObject([{ rule: "THANK_YOU_24H", status: "DONE" }]);

    const refused = changeMeetingEnd(meetingId, plus(sentAt, 5 * MINUTE), nextMorning, version);
    await expect(refused).rejects.toBeInstanceOf(FieldError);
    await expect(refused).rejects.toMatchObject({
      field: "doneAt",
      userMessage: "Your thank-you for this meeting was sent at 3:55 PM on Tue, Nov 24, so the meeting had ended by then. Enter that time or an earlier one.",
    });
    expect(await meetingRow(meetingId)).toEqual({ status: "DONE", doneAt: recordedEnd, version, thankYouSentAt: sentAt });

    expect(await changeMeetingEnd(meetingId, sentAt, nextMorning, version)).toEqual({ contactId, doneAt: sentAt, thankYouDueAt: null });
    expect(await meetingRow(meetingId)).toEqual({ status: "DONE", doneAt: sentAt, version: version + 1, thankYouSentAt: sentAt });
    expect(await reminderRows(meetingId)).toEqual(reminders);
  });

  it("refuses an end before the scheduled start or in the future on doneAt, changing nothing", async () => {
    const { meetingId, version } = await doneMeeting("Ana Gómez");
    const before = [await meetingRow(meetingId), await reminderRows(meetingId)];
    await expect(changeMeetingEnd(meetingId, plus(start, -HOUR), nextMorning, version)).rejects.toMatchObject({
      field: "doneAt",
      userMessage: "This meeting was scheduled to start at 3:00 PM on Tue, Nov 24, so it can't have ended before then. Check the date and time it ended.",
    });
    await expect(changeMeetingEnd(meetingId, plus(nextMorning, HOUR), nextMorning, version)).rejects.toMatchObject({
      field: "doneAt",
      userMessage: "A meeting can't be done in the future.",
    });
    expect([await meetingRow(meetingId), await reminderRows(meetingId)]).toEqual(before);
  });

  it("refuses a meeting still scheduled, or cancelled, on doneAt", async () => {
    const { contactId } = await doneMeeting("Kenji Watanabe");
    const scheduled = await prisma().meeting.create({
      data: { ownerId: owner.id, contactId, title: "Second coffee", startsAt: plus(start, 7 * DAY), timeZone: ZONE, icsUid: `${randomBytes(8).toString("hex")}@rapport.test` },
      select: { id: true, version: true },
    });
    await expect(changeMeetingEnd(scheduled.id, plus(start, 7 * DAY + HOUR), plus(start, 8 * DAY), scheduled.version)).rejects.toMatchObject({
      field: "doneAt",
      userMessage: "This meeting isn't marked done yet: mark it done with the time it ended.",
    });
    await prisma().meeting.update({ where: { id: scheduled.id }, data: { status: "CANCELLED", cancelledAt: start } });
    await expect(changeMeetingEnd(scheduled.id, plus(start, 7 * DAY + HOUR), plus(start, 8 * DAY), scheduled.version)).rejects.toMatchObject({
      field: "doneAt",
      userMessage: "This meeting was cancelled.",
    });
    expect(await meetingRow(scheduled.id)).toMatchObject({ status: "CANCELLED", doneAt: null, version: scheduled.version });
  });
});

describe("whose meeting", () => {
  it("another student gets not found, through the data layer and the action, and nothing changes", async () => {
    const { meetingId, version } = await doneMeeting("Harper Nguyen");
    const before = [await meetingRow(meetingId), await reminderRows(meetingId)];
    await signInAs(other.id);
    await expect(changeMeetingEnd(meetingId, plus(start, 20 * MINUTE), nextMorning, version)).rejects.toBeInstanceOf(NotFoundError);
    const typed = toLocalInputValue(plus(start, 20 * MINUTE), ZONE);
    expect(await changeMeetingEndAction(meetingId, initialFormState, form({ doneAt: typed, version: String(version) }))).toEqual({
      status: "error",
      message: "This meeting no longer exists.",
      values: { doneAt: typed, version: String(version) },
    });
    expect([await meetingRow(meetingId), await reminderRows(meetingId)]).toEqual(before);
  });

  it("a meeting of the viewer's without their own contact (a chapter's group meeting, a link to another's contact) is not found", async () => {
    const othersContact = await prisma().contact.create({ data: { ownerId: other.id, name: "Not yours" }, select: { id: true } });
    for (const contactId of [null, othersContact.id]) {
      const meeting = await prisma().meeting.create({
        data: { ownerId: owner.id, contactId, title: "Agency tour", startsAt: start, timeZone: ZONE, status: "DONE", doneAt: recordedEnd, icsUid: `${randomBytes(8).toString("hex")}@rapport.test` },
        select: { id: true, version: true },
      });
      await expect(changeMeetingEnd(meeting.id, plus(start, 20 * MINUTE), nextMorning, meeting.version)).rejects.toBeInstanceOf(NotFoundError);
      expect(await meetingRow(meeting.id)).toMatchObject({ doneAt: recordedEnd, version: meeting.version });
    }
  });
});

describe("two edits of one end", () => {
  it("from the same page: the second is a conflict and the first end stays; at once, exactly one wins", async () => {
    const { meetingId, version } = await doneMeeting("Marcus Bell");
    await changeMeetingEnd(meetingId, plus(start, 20 * MINUTE), nextMorning, version);
    const stale = changeMeetingEnd(meetingId, plus(start, 25 * MINUTE), nextMorning, version);
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ current: { version: version + 1, doneAt: plus(start, 20 * MINUTE) } });
    expect(await meetingRow(meetingId)).toMatchObject({ doneAt: plus(start, 20 * MINUTE), version: version + 1 });

    const both = await Promise.allSettled([
      changeMeetingEnd(meetingId, plus(start, 10 * MINUTE), nextMorning, version + 1),
      changeMeetingEnd(meetingId, plus(start, 15 * MINUTE), nextMorning, version + 1),
    ]);
    const won = both.flatMap((r) => (r.status === "fulfilled" ? [r.value.doneAt] : []));
    expect(won).toHaveLength(1);
    expect(both.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason)).toEqual([expect.any(ConflictError)]);
    expect(await meetingRow(meetingId)).toMatchObject({ doneAt: won[0], version: version + 2 });
    expect(await reminderRows(meetingId)).toMatchObject([{ rule: "THANK_YOU_24H", dueAt: plus(won[0]!, DAY) }]);
  });
});

// Two connections are needed to write at the same time: the embedded database has one.
describe.skipIf(!process.env.DATABASE_URL)("a thank-you logged while the end is being moved later", () => {
  const movedEnd = plus(recordedEnd, HOUR); // 4:30 PM
  const sentAt = plus(recordedEnd, 15 * MINUTE); // 3:45 PM: after the end read before, before the new one
  /** What changeMeetingEnd writes, left uncommitted while the thank-you is logged. */
  const moveEndLater = (meetingId: string) => (tx: Prisma.TransactionClient) => tx.meeting.update({ where: { id: meetingId }, data: { doneAt: movedEnd, version: { increment: 1 } } });

  async function expectRefusedAgainstNewEnd(contactId: string, meetingId: string) {
    const thanksBefore = await prisma().outreachAttempt.count({ where: { contactId, kind: "THANK_YOU" } });
    const result = await whileUncommitted(moveEndLater(meetingId), () => logThankYou(contactId, { channel: "EMAIL", sentAt }, nextMorning));
    expect(result).toMatchObject({ status: "rejected", reason: { field: "sentAt", userMessage: expect.stringMatching(/ ended at 4:30 PM on Tue, Nov 24, so the thank-you can't have been sent before then\./) } });
    expect(await prisma().outreachAttempt.count({ where: { contactId, kind: "THANK_YOU" } })).toBe(thanksBefore);
    expect(await meetingRow(meetingId)).toMatchObject({ doneAt: movedEnd, thankYouSentAt: null });
  }

  it("from Interviewed (the move to Thanked): checked against the new end, and refused", async () => {
    const { contactId, meetingId } = await doneMeeting("Lena Fischer");
    await expectRefusedAgainstNewEnd(contactId, meetingId);
    expect(await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({ stage: "INTERVIEWED" });
  });

  it("a second thank-you, from Thanked after another meeting: the same", async () => {
    const { contactId } = await doneMeeting("Tomás Ruiz", plus(start, -7 * DAY));
    await logThankYou(contactId, { channel: "EMAIL", sentAt: plus(start, -7 * DAY + HOUR) }, plus(start, -6 * DAY));
    const second = await prisma().meeting.create({
      data: { ownerId: owner.id, contactId, title: "Lunch with Tomás Ruiz", startsAt: start, timeZone: ZONE, icsUid: `${randomBytes(8).toString("hex")}@rapport.test` },
      select: { id: true },
    });
    await markMeetingDone(second.id, recordedEnd, nextMorning);
    await expectRefusedAgainstNewEnd(contactId, second.id);
  });
});

describe("through the form's action", () => {
  it("refuses a bad time on doneAt keeping what was typed, saves a good one saying the new end and the thank-you's due time, and reports a stale page as a conflict", async () => {
    const startsAt = plus(realNow(), -3 * HOUR);
    const { meetingId, version } = await doneMeeting("Zoë Müller", startsAt);

    expect(await changeMeetingEndAction(meetingId, initialFormState, form({ doneAt: "", version: String(version) }))).toMatchObject({
      status: "invalid",
      fieldErrors: { doneAt: "Enter the time the meeting ended." },
    });
    expect(await changeMeetingEndAction(meetingId, initialFormState, form({ doneAt: "2026-02-30T10:00", version: String(version) }))).toMatchObject({
      status: "invalid",
      fieldErrors: { doneAt: "Enter a real date and time." },
      values: { doneAt: "2026-02-30T10:00" },
    });
    const early = toLocalInputValue(plus(startsAt, -HOUR), ZONE);
    expect(await changeMeetingEndAction(meetingId, initialFormState, form({ doneAt: early, version: String(version) }))).toMatchObject({
      status: "invalid",
      fieldErrors: { doneAt: expect.stringMatching(/^This meeting was scheduled to start at .+, so it can't have ended before then\. Check the date and time it ended\.$/) },
      values: { doneAt: early },
    });
    expect(await changeMeetingEndAction(meetingId, initialFormState, form({ doneAt: toLocalInputValue(startsAt, ZONE), version: "x" }))).toMatchObject({
      status: "error",
      message: "This page is out of date. Reload it and try again.",
    });
    expect(await meetingRow(meetingId)).toMatchObject({ doneAt: plus(startsAt, 30 * MINUTE), version });

    const truth = plus(startsAt, 15 * MINUTE);
    const saved = await changeMeetingEndAction(meetingId, initialFormState, form({ doneAt: toLocalInputValue(truth, ZONE), version: String(version) }));
    expect(saved).toEqual({ status: "saved", message: expect.stringMatching(/^Saved: the meeting ended at \d{1,2}:\d\d [AP]M on .+\. Your thank-you is now due by \d{1,2}:\d\d [AP]M on .+\.$/) });
    expect(await meetingRow(meetingId)).toMatchObject({ doneAt: truth, version: version + 1 });

    // The same page again (its version is the old one): the form hears what the end is now, and the version to overwrite it knowingly.
    const later = toLocalInputValue(plus(startsAt, 25 * MINUTE), ZONE);
    const conflict = await changeMeetingEndAction(meetingId, initialFormState, form({ doneAt: later, version: String(version) }));
    expect(conflict).toMatchObject({ status: "conflict", message: expect.stringMatching(/^This meeting's end was changed elsewhere \(another tab or device\) to .+\. Save again/), version: version + 1, values: { doneAt: later } });
    expect(await meetingRow(meetingId)).toMatchObject({ doneAt: truth, version: version + 1 });
    expect(await changeMeetingEndAction(meetingId, initialFormState, form({ doneAt: later, version: String(conflict.version) }))).toMatchObject({ status: "saved" });
    expect(await meetingRow(meetingId)).toMatchObject({ doneAt: plus(startsAt, 25 * MINUTE), version: version + 2 });
  });
});
