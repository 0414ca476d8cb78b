// A meeting can't be marked done before it started, on every server path that marks one done:
// interview mode (the move to Interviewed, and a meeting that is not the contact's latest), the
// board's move to Interviewed and the contacts list's bulk move (both through moveContact), and a
// chapter's group meeting. Each refuses an end before the scheduled start on the doneAt field,
// stores nothing, and accepts an end after it. The actions run on the real clock, so their meetings
// are placed around the real now; the data-layer tests use fixed times.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { markGroupMeetingDoneAction } from "@/lib/actions/chapters";
import { bulkContactsAction } from "@/lib/actions/contacts";
import { markMeetingDoneAction } from "@/lib/actions/interview";
import { moveContactAction } from "@/lib/actions/pipeline";
import { createContact } from "@/lib/data/contacts";
import { FieldError } from "@/lib/data/errors";
import { markGroupMeetingDone, rsvpGroupMeeting, scheduleGroupMeeting } from "@/lib/data/group-meetings";
import { markMeetingDone } from "@/lib/data/interview";
import { moveContact } from "@/lib/data/pipeline";
import { getDatabase } from "@/lib/db";
import { toLocalInputValue } from "@/lib/domain/local-time";
import type { Prisma } from "@/lib/generated/prisma/client";
import { contactFieldsSchema } from "@/lib/validation/contacts";
import { initialFormState } from "@/lib/validation/form-state";
import { whileUncommitted } from "../support/concurrency";
import { createTestChapter, createTestUser } from "../support/factories";
import { signInAs, studentsInZone } from "../support/session";
import { DAY, HOUR, MINUTE, plus, realNow } from "../support/time";

const prisma = () => getDatabase().prisma;
const ZONE = "America/New_York";

// Tuesday 24 November 2026, 3:00 PM in New York; the meeting is marked done the next morning.
const start = new Date("2026-11-24T20:00:00Z");
const nextMorning = new Date("2026-11-25T15:00:00Z");

const { owner } = studentsInZone(ZONE, "Meeting Keeper", "Meeting Intruder");

function form(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

/** A new contact of the owner's, in Scheduled with one meeting at `startsAt` (scheduled a week before). */
async function scheduledContact(name: string, startsAt: Date): Promise<{ contactId: string; meetingId: string }> {
  const contactId = (await createContact(contactFieldsSchema.parse({ name, employer: "WOSU Public Media" }))).id;
  const agreed = plus(startsAt, -7 * DAY);
  await moveContact(contactId, "OUTREACH", { kind: "outreach", channel: "EMAIL", sentAt: plus(agreed, -DAY) }, undefined, plus(agreed, -DAY));
  await moveContact(contactId, "SCHEDULED", { kind: "meeting", startsAt, durationMinutes: 30, mode: "VIDEO" }, undefined, agreed);
  const meetingId = (await prisma().meeting.findFirstOrThrow({ where: { contactId }, select: { id: true } })).id;
  return { contactId, meetingId };
}

/** Nothing of the refused mark-done was stored: the meeting is still scheduled, the contact where it was, no thank-you. */
async function expectUntouched(contactId: string, meetingId: string) {
  expect(await prisma().meeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({ status: "SCHEDULED", doneAt: null });
  expect(await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({ stage: "SCHEDULED" });
  expect(await prisma().stageChange.count({ where: { contactId, toStage: "INTERVIEWED" } })).toBe(0);
  expect(await prisma().reminder.count({ where: { contactId, rule: "THANK_YOU_24H" } })).toBe(0);
}

describe("interview mode", () => {
  it("refuses an end before the start on doneAt, saying when it started and what to do; accepts one after it", async () => {
    const { contactId, meetingId } = await scheduledContact("Harper Nguyen", start);
    const refused = markMeetingDone(meetingId, plus(start, -HOUR), nextMorning);
    await expect(refused).rejects.toBeInstanceOf(FieldError);
    await expect(refused).rejects.toMatchObject({
      field: "doneAt",
      userMessage:
        "This meeting was scheduled to start at 3:00 PM on Tue, Nov 24, so it can't have ended before then. Check the date and time it ended. " +
        'If it happened earlier than planned, tick "It happened earlier than planned" below: a field for when it started appears.',
    });
    await expectUntouched(contactId, meetingId);

    // A meeting that began a few minutes early may end within five minutes of its scheduled start.
    await markMeetingDone(meetingId, plus(start, -4 * MINUTE), nextMorning);
    expect(await prisma().meeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({ status: "DONE", doneAt: plus(start, -4 * MINUTE) });
    expect(await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({ stage: "INTERVIEWED" });
  });

  it("holds a meeting that is not the contact's latest (marked done without a stage move) to the same rule", async () => {
    const { contactId, meetingId: later } = await scheduledContact("Sam Lee", plus(start, 7 * DAY));
    const earlier = (
      await prisma().meeting.create({
        data: { ownerId: owner.id, contactId, title: "Coffee with Sam Lee", startsAt: start, timeZone: ZONE, icsUid: `${randomBytes(8).toString("hex")}@rapport.app` },
        select: { id: true },
      })
    ).id;
    await expect(markMeetingDone(earlier, plus(start, -2 * HOUR), nextMorning)).rejects.toMatchObject({ field: "doneAt", userMessage: expect.stringMatching(/^This meeting was scheduled to start at 3:00 PM on Tue, Nov 24,/) });
    await expectUntouched(contactId, earlier);

    await markMeetingDone(earlier, plus(start, 30 * MINUTE), nextMorning);
    expect(await prisma().meeting.findUniqueOrThrow({ where: { id: earlier } })).toMatchObject({ status: "DONE", doneAt: plus(start, 30 * MINUTE) });
    expect(await prisma().reminder.findMany({ where: { contactId, rule: "THANK_YOU_24H" } })).toMatchObject([{ meetingId: earlier, dueAt: plus(start, 30 * MINUTE + DAY) }]);
    expect(await prisma().meeting.findUniqueOrThrow({ where: { id: later } })).toMatchObject({ status: "SCHEDULED" });
  });

  it("through the form's action: refused on doneAt with what was typed kept, then saved", async () => {
    const startsAt = plus(realNow(), -2 * HOUR);
    const { contactId, meetingId } = await scheduledContact("Ana Gómez", startsAt);
    const typed = toLocalInputValue(plus(startsAt, -HOUR), ZONE);
    const refused = await markMeetingDoneAction(meetingId, initialFormState, form({ doneAt: typed }));
    expect(refused).toMatchObject({ status: "invalid", fieldErrors: { doneAt: expect.stringMatching(/^This meeting was scheduled to start at /) }, values: { doneAt: typed } });
    await expectUntouched(contactId, meetingId);

    const saved = await markMeetingDoneAction(meetingId, initialFormState, form({ doneAt: toLocalInputValue(plus(startsAt, 30 * MINUTE), ZONE) }));
    expect(saved).toMatchObject({ status: "saved" });
    expect(await prisma().meeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({ status: "DONE", doneAt: plus(startsAt, 30 * MINUTE) });
  });
});

describe("the board's move to Interviewed", () => {
  it("refuses an end before the start of the meeting it completes, storing nothing; accepts one after it", async () => {
    const { contactId, meetingId } = await scheduledContact("Priya Shah", start);
    const { version } = await prisma().contact.findUniqueOrThrow({ where: { id: contactId } });
    await expect(moveContact(contactId, "INTERVIEWED", { kind: "meetingDone", doneAt: plus(start, -DAY) }, version, nextMorning)).rejects.toMatchObject({
      field: "doneAt",
      userMessage:
        "The meeting with Priya Shah was scheduled to start at 3:00 PM on Tue, Nov 24, so it can't have ended before then. Check the date and time it ended. " +
        'If it happened earlier than planned, open Interview mode from Priya Shah\'s page and mark it done there with "It happened earlier than planned" ticked.',
    });
    await expectUntouched(contactId, meetingId);
    expect(await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({ version });

    await moveContact(contactId, "INTERVIEWED", { kind: "meetingDone", doneAt: plus(start, 25 * MINUTE) }, version, nextMorning);
    expect(await prisma().meeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({ status: "DONE", doneAt: plus(start, 25 * MINUTE) });
    expect(await prisma().reminder.findMany({ where: { contactId, rule: "THANK_YOU_24H" } })).toMatchObject([{ meetingId, dueAt: plus(start, 25 * MINUTE + DAY) }]);
  });

  it("checks the contact's latest scheduled meeting, the one it completes: done now, a meeting next week is refused", async () => {
    const { contactId, meetingId } = await scheduledContact("Kenji Watanabe", plus(nextMorning, 7 * DAY));
    await expect(moveContact(contactId, "INTERVIEWED", { kind: "meetingDone", doneAt: nextMorning }, undefined, nextMorning)).rejects.toMatchObject({
      field: "doneAt",
      userMessage: expect.stringMatching(/^The meeting with Kenji Watanabe is scheduled to start at 10:00 AM on Wed, Dec 2, so it can't have ended before then\. Mark it done once it's over\./),
    });
    await expectUntouched(contactId, meetingId);
  });

  it("through the board's action: refused on doneAt with what was typed kept, then moved", async () => {
    const startsAt = plus(realNow(), -3 * HOUR);
    const { contactId, meetingId } = await scheduledContact("Marcus Bell", startsAt);
    const { version } = await prisma().contact.findUniqueOrThrow({ where: { id: contactId } });
    const typed = toLocalInputValue(plus(startsAt, -2 * HOUR), ZONE);
    const refused = await moveContactAction(initialFormState, form({ contactId, to: "INTERVIEWED", version: String(version), doneAt: typed }));
    expect(refused).toMatchObject({ status: "invalid", fieldErrors: { doneAt: expect.stringMatching(/^The meeting with Marcus Bell was scheduled to start at /) }, values: { doneAt: typed } });
    await expectUntouched(contactId, meetingId);

    const moved = await moveContactAction(initialFormState, form({ contactId, to: "INTERVIEWED", version: String(version), doneAt: toLocalInputValue(plus(startsAt, 20 * MINUTE), ZONE) }));
    expect(moved).toMatchObject({ status: "saved" });
    expect(await prisma().meeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({ status: "DONE", doneAt: plus(startsAt, 20 * MINUTE) });
  });

  it("through the contacts list's bulk move: the contact is skipped with the reason, and moves with a time after the start", async () => {
    const startsAt = plus(realNow(), -3 * HOUR);
    const { contactId, meetingId } = await scheduledContact("Zoë Müller", startsAt);
    const before = { operation: "move", contactIds: [contactId], to: "INTERVIEWED", doneAt: toLocalInputValue(plus(startsAt, -2 * HOUR), ZONE) };
    expect(await bulkContactsAction(initialFormState, form(before))).toMatchObject({
      status: "saved",
      message: "Moved 0 contacts to Interviewed.",
      skipped: [{ id: contactId, name: "Zoë Müller", reason: expect.stringMatching(/^The meeting with Zoë Müller was scheduled to start at /) }],
    });
    await expectUntouched(contactId, meetingId);

    const after = { ...before, doneAt: toLocalInputValue(plus(startsAt, 30 * MINUTE), ZONE) };
    expect(await bulkContactsAction(initialFormState, form(after))).toMatchObject({ status: "saved", message: "Moved 1 contact to Interviewed.", skipped: [] });
    expect(await prisma().meeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({ status: "DONE" });
  });

  it("a meeting never scheduled in Rapport is recorded as it happened, at any past time", async () => {
    const contactId = (await createContact(contactFieldsSchema.parse({ name: "Chance Coffee" }))).id;
    await moveContact(contactId, "OUTREACH", { kind: "outreach", channel: "EMAIL", sentAt: plus(start, -3 * DAY) }, undefined, plus(start, -3 * DAY));
    await moveContact(contactId, "INTERVIEWED", { kind: "meetingDone", doneAt: plus(start, -DAY) }, undefined, nextMorning);
    expect(await prisma().meeting.findFirstOrThrow({ where: { contactId } })).toMatchObject({ status: "DONE", doneAt: plus(start, -DAY) });
  });
});

// Two connections are needed to write at the same time: the embedded database has one.
describe.skipIf(!process.env.DATABASE_URL)("rescheduled while it is being marked done", () => {
  /** What rescheduleMeeting writes, left uncommitted while the meeting is marked done: an hour later. */
  const rescheduleLater = (meetingId: string) => (tx: Prisma.TransactionClient) =>
    tx.meeting.update({ where: { id: meetingId }, data: { startsAt: plus(start, HOUR), icsSequence: { increment: 1 }, version: { increment: 1 } } });

  it("a first meeting (the move to Interviewed): its end is checked against the new start, and refused", async () => {
    const { contactId, meetingId } = await scheduledContact("Rita Alvarez", start);
    const result = await whileUncommitted(rescheduleLater(meetingId), () => markMeetingDone(meetingId, plus(start, 30 * MINUTE), nextMorning));
    expect(result).toMatchObject({ status: "rejected", reason: { field: "doneAt", userMessage: expect.stringMatching(/^The meeting with Rita Alvarez was scheduled to start at 4:00 PM on Tue, Nov 24,/) } });
    await expectUntouched(contactId, meetingId);
  });

  it("a meeting that is not the contact's latest (no stage move): the same", async () => {
    const { contactId } = await scheduledContact("Omar Haddad", plus(start, 7 * DAY));
    const earlier = (
      await prisma().meeting.create({
        data: { ownerId: owner.id, contactId, title: "Coffee with Omar Haddad", startsAt: start, timeZone: ZONE, icsUid: `${randomBytes(8).toString("hex")}@rapport.app` },
        select: { id: true },
      })
    ).id;
    const result = await whileUncommitted(rescheduleLater(earlier), () => markMeetingDone(earlier, plus(start, 30 * MINUTE), nextMorning));
    expect(result).toMatchObject({ status: "rejected", reason: { field: "doneAt", userMessage: expect.stringMatching(/^This meeting was scheduled to start at 4:00 PM on Tue, Nov 24,/) } });
    await expectUntouched(contactId, earlier);
  });
});

describe("a chapter's group meeting", () => {
  let officer: { id: string };
  let member: { id: string };
  let chapterId: string;

  beforeAll(async () => {
    officer = await createTestUser("Tour Officer");
    member = await createTestUser("Tour Member");
    await prisma().user.update({ where: { id: officer.id }, data: { timeZone: ZONE } });
    chapterId = await createTestChapter("Meeting Done Chapter", { officers: [officer], members: [member] });
  });

  async function tour(startsAt: Date, now: Date): Promise<string> {
    await signInAs(officer.id);
    const input = { title: "Agency tour at Fahlgren", startsAt, durationMinutes: 60, mode: "IN_PERSON" as const, location: null, sharedContactId: null, employer: "Fahlgren", memberIds: [] };
    const { id } = await scheduleGroupMeeting(chapterId, input, now);
    await signInAs(member.id);
    await rsvpGroupMeeting(id, "GOING", now);
    await signInAs(officer.id);
    return id;
  }

  it("refuses an end before the start on doneAt, marking nothing; accepts one after it", async () => {
    const meetingId = await tour(start, plus(start, -7 * DAY));
    await expect(markGroupMeetingDone(meetingId, plus(start, -HOUR), nextMorning)).rejects.toMatchObject({
      field: "doneAt",
      userMessage: "This meeting was scheduled to start at 3:00 PM on Tue, Nov 24, so it can't have ended before then. Check the date and time it ended.",
    });
    expect(await prisma().meeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({ status: "SCHEDULED", doneAt: null });
    expect(await prisma().reminder.count({ where: { meetingId, rule: "THANK_YOU_24H" } })).toBe(0);

    expect(await markGroupMeetingDone(meetingId, plus(start, HOUR), nextMorning)).toEqual({ reminded: 1, absent: 0 });
    expect(await prisma().meeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({ status: "DONE", doneAt: plus(start, HOUR) });
  });

  it("through the officer's button (done now): refused before the meeting starts, saying when it starts; done once it has", async () => {
    const meetingId = await tour(plus(realNow(), 2 * DAY), realNow());
    const refused = await markGroupMeetingDoneAction(initialFormState, form({ meetingId }));
    expect(refused).toMatchObject({
      status: "invalid",
      message: expect.stringMatching(/^This meeting is scheduled to start at .+, so it can't have ended before then\. Mark it done once it's over\.$/),
      fieldErrors: { doneAt: expect.any(String) },
    });
    expect(await prisma().meeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({ status: "SCHEDULED", doneAt: null });

    // The tour took place (as if scheduled two hours ago, for an hour): it ended at its scheduled
    // end, not when the officer got round to the button, and the thank-yous are due a day after that.
    const startedAt = new Date(Math.floor((realNow().getTime() - 2 * HOUR) / 1000) * 1000);
    await prisma().meeting.update({ where: { id: meetingId }, data: { startsAt: startedAt } });
    expect(await markGroupMeetingDoneAction(initialFormState, form({ meetingId }))).toMatchObject({ status: "saved" });
    expect(await prisma().meeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({ status: "DONE", doneAt: plus(startedAt, HOUR) });
    expect(await prisma().reminder.findFirstOrThrow({ where: { meetingId, rule: "THANK_YOU_24H" } })).toMatchObject({ dueAt: plus(startedAt, 25 * HOUR) });
  });

  it("through the officer's form with the end typed: refused on doneAt and kept as typed; recorded as typed", async () => {
    const startedAt = new Date(Math.floor((realNow().getTime() - 3 * HOUR) / 60_000) * 60_000);
    const meetingId = await tour(plus(realNow(), DAY), realNow());
    await prisma().meeting.update({ where: { id: meetingId }, data: { startsAt: startedAt } });
    const { timeZone } = await prisma().user.findUniqueOrThrow({ where: { id: officer.id }, select: { timeZone: true } });
    const typed = (at: Date) => toLocalInputValue(at, timeZone);

    expect(await markGroupMeetingDoneAction(initialFormState, form({ meetingId, doneAt: "2026-02-30T25:00" }))).toMatchObject({
      status: "invalid",
      fieldErrors: { doneAt: "Enter a real date and time." },
      values: { doneAt: "2026-02-30T25:00" },
    });
    const early = typed(plus(startedAt, -HOUR));
    expect(await markGroupMeetingDoneAction(initialFormState, form({ meetingId, doneAt: early }))).toMatchObject({
      status: "invalid",
      fieldErrors: { doneAt: expect.stringMatching(/can't have ended before then/) },
      values: { doneAt: early },
    });
    expect(await prisma().meeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({ status: "SCHEDULED", doneAt: null });

    // It ran half an hour over its planned hour: the thank-yous are due a day after it really ended.
    const ended = plus(startedAt, 90 * 60_000);
    expect(await markGroupMeetingDoneAction(initialFormState, form({ meetingId, doneAt: typed(ended) }))).toMatchObject({ status: "saved" });
    expect(await prisma().meeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({ status: "DONE", doneAt: ended });
    expect(await prisma().reminder.findFirstOrThrow({ where: { meetingId, rule: "THANK_YOU_24H" } })).toMatchObject({ dueAt: plus(ended, 24 * HOUR) });
  });
});
