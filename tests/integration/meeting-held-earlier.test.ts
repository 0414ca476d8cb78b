// A meeting held earlier than planned (the professional asked to meet sooner), recorded in interview
// mode with the explicit choice and the time it started: the meeting moves to that start (a new
// SEQUENCE, so calendars move it), is done at the end given, and the thank-you is due 24 hours after
// that end. A first meeting moves its contact to Interviewed (the pipeline's move, as marking it done
// does); a second one leaves the contact's stage alone. The prep reminder is settled, not left due,
// and the contact's timeline leaves it out: it was for the planned day before, after the meeting.
// Refused without the choice, with a start after the end, an end in the future, and for another
// student's meeting (not found). The data-layer tests use fixed times; the action runs on the real
// clock, so its meeting is placed around the real now.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { markMeetingDoneAction } from "@/lib/actions/interview";
import { calendarFeedForToken, createCalendarFeed } from "@/lib/data/calendar-feed";
import { createContact } from "@/lib/data/contacts";
import { FieldError, NotFoundError } from "@/lib/data/errors";
import { markMeetingDone } from "@/lib/data/interview";
import { moveContact } from "@/lib/data/pipeline";
import { getContactTimeline } from "@/lib/data/timeline";
import { getDatabase } from "@/lib/db";
import { toLocalInputValue } from "@/lib/domain/local-time";
import { contactFieldsSchema } from "@/lib/validation/contacts";
import { initialFormState } from "@/lib/validation/form-state";
import { signInAs, studentsInZone } from "../support/session";
import { DAY, HOUR, MINUTE, plus, realNow } from "../support/time";

const prisma = () => getDatabase().prisma;
const ZONE = "America/New_York";

// Planned for Tuesday 1 December 2026, 3:00 PM in New York, for 30 minutes; the professional asked
// to meet on Tuesday 24 November at 10:00 AM instead, for 40 minutes; recorded that afternoon.
const planned = new Date("2026-12-01T20:00:00Z");
const startedAt = new Date("2026-11-24T15:00:00Z");
const endedAt = plus(startedAt, 40 * MINUTE);
const afternoon = new Date("2026-11-24T19:00:00Z");

const { owner, other } = studentsInZone(ZONE, "Early Meeter", "Early Intruder");

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

/** A new contact of the owner's, in Scheduled with one meeting at `startsAt` (agreed a week before it was held). */
async function scheduledContact(name: string, startsAt = planned, agreed = plus(startedAt, -7 * DAY)): Promise<{ contactId: string; meetingId: string }> {
  const contactId = (await createContact(contactFieldsSchema.parse({ name, employer: "Columbus Zoo and Aquarium" }))).id;
  await moveContact(contactId, "OUTREACH", { kind: "outreach", channel: "EMAIL", sentAt: plus(agreed, -DAY) }, undefined, plus(agreed, -DAY));
  await moveContact(contactId, "SCHEDULED", { kind: "meeting", startsAt, durationMinutes: 30, mode: "VIDEO" }, undefined, agreed);
  const meetingId = (await prisma().meeting.findFirstOrThrow({ where: { contactId, status: "SCHEDULED" }, select: { id: true } })).id;
  return { contactId, meetingId };
}

const meetingRow = (id: string) =>
  prisma().meeting.findUniqueOrThrow({ where: { id }, select: { status: true, startsAt: true, doneAt: true, durationMinutes: true, icsSequence: true, version: true } });
const reminders = (meetingId: string) =>
  prisma().reminder.findMany({ where: { meetingId }, select: { rule: true, dueAt: true, status: true }, orderBy: { rule: "asc" } });

/** Nothing of the refused mark-done was stored: still scheduled at its planned time, the contact where it was, no thank-you. */
async function expectUntouched(contactId: string, meetingId: string, stage = "SCHEDULED") {
  expect(await meetingRow(meetingId)).toMatchObject({ status: "SCHEDULED", startsAt: planned, doneAt: null, icsSequence: 0 });
  expect(await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({ stage });
  expect(await prisma().reminder.count({ where: { meetingId, rule: "THANK_YOU_24H" } })).toBe(0);
  expect(await prisma().reminder.findMany({ where: { meetingId, rule: "PREP_DAY_BEFORE" }, select: { status: true } })).toEqual([{ status: "PENDING" }]);
}

describe("a meeting held earlier than planned", () => {
  it("a first meeting: moved to its real start, done at its end, the contact in Interviewed, the thank-you due 24 hours after the end", async () => {
    const { contactId, meetingId } = await scheduledContact("Nina Kowalski");
    await markMeetingDone(meetingId, endedAt, afternoon, startedAt);

    // The planned length stays what it was (as for any meeting done); the real end is doneAt.
    expect(await meetingRow(meetingId)).toMatchObject({ status: "DONE", startsAt: startedAt, doneAt: endedAt, durationMinutes: 30, icsSequence: 1, version: 2 });
    expect(await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({ stage: "INTERVIEWED" });
    expect(await prisma().stageChange.findMany({ where: { contactId, toStage: "INTERVIEWED" }, select: { fromStage: true } })).toEqual([{ fromStage: "SCHEDULED" }]);
    expect(await reminders(meetingId)).toEqual([
      // The prep reminder (due the day before the planned time) did its job: settled with the move, as marking it done does.
      { rule: "PREP_DAY_BEFORE", dueAt: plus(planned, -DAY), status: "DONE" },
      { rule: "THANK_YOU_24H", dueAt: plus(endedAt, DAY), status: "PENDING" },
    ]);
  });

  it("the contact's timeline shows the meeting at its real start and no prep reminder for the planned day before, which never came due", async () => {
    const { contactId, meetingId } = await scheduledContact("Daniel Okonkwo");
    await markMeetingDone(meetingId, endedAt, afternoon, startedAt);
    const timeline = await getContactTimeline(contactId, new Date());
    expect(timeline.find((e) => e.kind === "meeting")).toMatchObject({ id: meetingId, at: startedAt, status: "DONE", doneAt: endedAt });
    // The row stays (settled with the move), but the history doesn't offer "Prepare" a day after the meeting was held.
    expect(await prisma().reminder.count({ where: { meetingId, rule: "PREP_DAY_BEFORE", status: "DONE" } })).toBe(1);
    expect(timeline.filter((e) => e.kind === "reminder").map((e) => e.kind === "reminder" && e.rule)).not.toContain("PREP_DAY_BEFORE");
    expect(timeline.find((e) => e.kind === "reminder" && e.rule === "THANK_YOU_24H")).toMatchObject({ at: plus(endedAt, DAY), status: "PENDING" });
  });

  it("a meeting held as planned keeps its prep reminder in the timeline, and so does one held earlier after the student prepared", async () => {
    // Held as planned: the prep came due the day before, and the history shows it.
    const asPlanned = await scheduledContact("Sofia Marquez", startedAt, plus(startedAt, -7 * DAY));
    await markMeetingDone(asPlanned.meetingId, endedAt, afternoon);
    const prep = (timeline: Awaited<ReturnType<typeof getContactTimeline>>) => timeline.filter((e) => e.kind === "reminder" && e.rule === "PREP_DAY_BEFORE");
    expect(prep(await getContactTimeline(asPlanned.contactId, new Date()))).toMatchObject([{ at: plus(startedAt, -DAY), status: "DONE" }]);

    // Held earlier, but the student had ticked the prep done before it started: they did prepare
    // (shown when they ticked it, before it was due).
    const prepared = await scheduledContact("Tomas Lindqvist");
    await prisma().reminder.updateMany({ where: { meetingId: prepared.meetingId, rule: "PREP_DAY_BEFORE" }, data: { status: "DONE", settledAt: plus(startedAt, -HOUR) } });
    await markMeetingDone(prepared.meetingId, endedAt, afternoon, startedAt);
    expect(prep(await getContactTimeline(prepared.contactId, new Date()))).toMatchObject([{ at: plus(startedAt, -HOUR), dueAt: plus(planned, -DAY), status: "DONE" }]);
  });

  it("a second meeting: moved and done, the thank-you derived, and the contact keeps its stage", async () => {
    const { contactId, meetingId: first } = await scheduledContact("Kenji Watanabe", plus(startedAt, -14 * DAY), plus(startedAt, -21 * DAY));
    await markMeetingDone(first, plus(startedAt, -14 * DAY + 30 * MINUTE), plus(startedAt, -13 * DAY));
    await moveContact(contactId, "THANKED", { kind: "thankYou", channel: "EMAIL", sentAt: plus(startedAt, -13 * DAY) }, undefined, plus(startedAt, -13 * DAY));
    const second = (
      await prisma().meeting.create({
        data: { ownerId: owner.id, contactId, title: "Second coffee with Kenji Watanabe", startsAt: planned, timeZone: ZONE, icsUid: `${randomBytes(8).toString("hex")}@rapport.app` },
        select: { id: true },
      })
    ).id;
    await prisma().reminder.create({
      data: { ownerId: owner.id, contactId, meetingId: second, rule: "PREP_DAY_BEFORE", ruleKey: second, title: "Prepare for your meeting with Kenji Watanabe", dueAt: plus(planned, -DAY) },
    });
    await expectUntouched(contactId, second, "THANKED");

    await markMeetingDone(second, endedAt, afternoon, startedAt);
    expect(await meetingRow(second)).toMatchObject({ status: "DONE", startsAt: startedAt, doneAt: endedAt, icsSequence: 1 });
    expect(await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({ stage: "THANKED" });
    expect(await reminders(second)).toEqual([
      { rule: "PREP_DAY_BEFORE", dueAt: plus(planned, -DAY), status: "DONE" },
      { rule: "THANK_YOU_24H", dueAt: plus(endedAt, DAY), status: "PENDING" },
    ]);
  });

  it("without the explicit choice, the end before the scheduled start is refused on doneAt, pointing to it", async () => {
    const { contactId, meetingId } = await scheduledContact("Ayesha Rahman");
    const refused = markMeetingDone(meetingId, endedAt, afternoon);
    await expect(refused).rejects.toBeInstanceOf(FieldError);
    await expect(refused).rejects.toMatchObject({
      field: "doneAt",
      userMessage:
        "This meeting is scheduled to start at 3:00 PM on Tue, Dec 1, so it can't have ended before then. Mark it done once it's over. " +
        'If it happened earlier than planned, tick "It happened earlier than planned" below: a field for when it started appears.',
    });
    await expectUntouched(contactId, meetingId);
  });

  it("refuses a start at or after the end on startedAt, and an end in the future on doneAt, storing nothing", async () => {
    const { contactId, meetingId } = await scheduledContact("Lauren Mitchell");
    await expect(markMeetingDone(meetingId, endedAt, afternoon, plus(endedAt, MINUTE))).rejects.toMatchObject({
      field: "startedAt",
      userMessage: "The meeting ended at 10:40 AM on Tue, Nov 24, so it started before then. Check the date and time it started.",
    });
    await expect(markMeetingDone(meetingId, endedAt, afternoon, endedAt)).rejects.toMatchObject({ field: "startedAt" });
    await expect(markMeetingDone(meetingId, plus(afternoon, HOUR), afternoon, afternoon)).rejects.toMatchObject({ field: "doneAt", userMessage: "A meeting can't be done in the future." });
    await expect(markMeetingDone(meetingId, endedAt, afternoon, plus(endedAt, -7 * HOUR))).rejects.toMatchObject({ field: "startedAt", userMessage: expect.stringMatching(/^That is more than 6 hours before it ended/) });
    await expectUntouched(contactId, meetingId);
  });

  it("refuses a meeting already done or cancelled", async () => {
    const { meetingId } = await scheduledContact("Marcus Bell");
    await markMeetingDone(meetingId, endedAt, afternoon, startedAt);
    await expect(markMeetingDone(meetingId, endedAt, afternoon, startedAt)).rejects.toMatchObject({ field: "doneAt", userMessage: "This meeting is already marked done." });
    expect(await meetingRow(meetingId)).toMatchObject({ startsAt: startedAt, icsSequence: 1 });
  });

  it("another student can't do it to the owner's meeting: not found, and nothing changes", async () => {
    const { contactId, meetingId } = await scheduledContact("Priya Shah");
    await signInAs(other.id);
    await expect(markMeetingDone(meetingId, endedAt, afternoon, startedAt)).rejects.toBeInstanceOf(NotFoundError);
    const result = await markMeetingDoneAction(meetingId, initialFormState, form({ doneAt: toLocalInputValue(endedAt, ZONE), heldEarlier: "on", startedAt: toLocalInputValue(startedAt, ZONE) }));
    expect(result).toMatchObject({ status: "error", message: "This meeting no longer exists." });
    await signInAs(owner.id);
    await expectUntouched(contactId, meetingId);
    // The same call by the owner goes through: the refusal was the intruder's, not the input's.
    await markMeetingDone(meetingId, endedAt, afternoon, startedAt);
    expect(await meetingRow(meetingId)).toMatchObject({ status: "DONE", startsAt: startedAt, doneAt: endedAt });
  });

  it("the calendar feed shows the meeting at the time it happened, as a new SEQUENCE of the same event", async () => {
    const { meetingId } = await scheduledContact("Grace Okafor");
    const token = await createCalendarFeed(afternoon);
    const { icsUid } = await prisma().meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { icsUid: true } });
    const event = (ics: string) => ics.split("BEGIN:VEVENT").find((block) => block.includes(`UID:${icsUid}`)) ?? "";
    expect(event(await calendarFeedForToken(token, afternoon))).toMatch(/SEQUENCE:0\r\n[\s\S]*DTSTART:20261201T200000Z\r\n/);

    await markMeetingDone(meetingId, endedAt, afternoon, startedAt);
    const after = event(await calendarFeedForToken(token, afternoon));
    expect(after).toMatch(/SEQUENCE:1\r\n/);
    // 10:00 AM in New York; the planned 30 minutes long, as the meeting keeps its length.
    expect(after).toMatch(/DTSTART:20261124T150000Z\r\nDTEND:20261124T153000Z\r\n/);
    expect(after).not.toMatch(/STATUS:CANCELLED/);
  });
});

describe("through the form's action (real clock)", () => {
  it("refused without the choice, keeping what was typed; refused with the choice but no start, on startedAt; then saved", async () => {
    // Planned for tomorrow; it happened two hours ago, for half an hour.
    const now = realNow();
    const tomorrow = plus(now, DAY);
    const contactId = (await createContact(contactFieldsSchema.parse({ name: "Isabella Rossi" }))).id;
    await moveContact(contactId, "OUTREACH", { kind: "outreach", channel: "EMAIL", sentAt: plus(now, -3 * DAY) }, undefined, plus(now, -3 * DAY));
    await moveContact(contactId, "SCHEDULED", { kind: "meeting", startsAt: tomorrow, durationMinutes: 30, mode: "VIDEO" }, undefined, plus(now, -2 * DAY));
    const meetingId = (await prisma().meeting.findFirstOrThrow({ where: { contactId }, select: { id: true } })).id;
    const typedEnd = toLocalInputValue(plus(now, -90 * MINUTE), ZONE);
    const typedStart = toLocalInputValue(plus(now, -2 * HOUR), ZONE);

    const withoutChoice = await markMeetingDoneAction(meetingId, initialFormState, form({ doneAt: typedEnd, startedAt: typedStart }));
    expect(withoutChoice).toMatchObject({
      status: "invalid",
      fieldErrors: { doneAt: expect.stringMatching(/If it happened earlier than planned, tick "It happened earlier than planned" below: a field for when it started appears\.$/) },
      values: { doneAt: typedEnd, startedAt: typedStart },
    });
    const noStart = await markMeetingDoneAction(meetingId, initialFormState, form({ doneAt: typedEnd, heldEarlier: "on", startedAt: "" }));
    expect(noStart).toMatchObject({ status: "invalid", fieldErrors: { startedAt: "Enter the time the meeting started." }, values: { doneAt: typedEnd, heldEarlier: "on" } });
    const notATime = await markMeetingDoneAction(meetingId, initialFormState, form({ doneAt: typedEnd, heldEarlier: "on", startedAt: "2026-02-31T10:00" }));
    expect(notATime).toMatchObject({ status: "invalid", fieldErrors: { startedAt: "Enter a real date and time." }, values: { startedAt: "2026-02-31T10:00" } });
    const startAfterEnd = await markMeetingDoneAction(meetingId, initialFormState, form({ doneAt: typedStart, heldEarlier: "on", startedAt: typedEnd }));
    expect(startAfterEnd).toMatchObject({ status: "invalid", fieldErrors: { startedAt: expect.stringMatching(/so it started before then/) }, values: { doneAt: typedStart, startedAt: typedEnd } });
    expect(await meetingRow(meetingId)).toMatchObject({ status: "SCHEDULED", startsAt: tomorrow });

    const saved = await markMeetingDoneAction(meetingId, initialFormState, form({ doneAt: typedEnd, heldEarlier: "on", startedAt: typedStart }));
    expect(saved).toMatchObject({ status: "saved", message: expect.stringMatching(/^Meeting marked done\. It now shows at the time it started, /) });
    expect(await meetingRow(meetingId)).toMatchObject({ status: "DONE", startsAt: plus(now, -2 * HOUR), doneAt: plus(now, -90 * MINUTE) });
    expect(await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({ stage: "INTERVIEWED" });
    expect(await prisma().reminder.findFirstOrThrow({ where: { meetingId, rule: "THANK_YOU_24H" } })).toMatchObject({ dueAt: plus(now, -90 * MINUTE + DAY), status: "PENDING" });
  });
});
