// Interview mode: everything captured during and right after a meeting, scoped to the meeting's
// owner. Each field saves on its own (one answer row, one flag column, one takeaway row…), so two
// autosaves of different fields of one meeting never overwrite each other.
import "server-only";
import { addHours } from "date-fns";
import { db } from "../db";
import type { InterviewFlag } from "../domain/interview";
import { actionItemDueError, interviewOrder } from "../domain/interview";
import { localDateKey } from "../domain/business-days";
import { changedMeetingEndError, heldEarlierError, meetingEndError } from "../domain/meeting-done";
import { contactPriority } from "../domain/priority";
import { stageIndex } from "../domain/stages";
import type { Prisma } from "../generated/prisma/client";
import type { MeetingStatus, ResourceKind } from "../generated/prisma/enums";
import type { ReferralInput } from "../validation/interview";
import { ConflictError, FieldError, NotFoundError } from "./errors";
import { moveContactIn } from "./pipeline";
import { requireViewer } from "./viewer";

function interviewSelect(viewerId: string) {
  const mine = { ownerId: viewerId };
  return {
    id: true,
    title: true,
    startsAt: true,
    durationMinutes: true,
    timeZone: true,
    mode: true,
    location: true,
    status: true,
    doneAt: true,
    thankYouSentAt: true,
    version: true,
    researchNotes: true,
    businessCardReceived: true,
    sendResumeWithThanks: true,
    recordingAllowed: true,
    contact: {
      select: {
        id: true,
        name: true,
        title: true,
        employer: true,
        stage: true,
        referrals: { where: mine, select: { id: true, name: true, title: true, employer: true, stage: true }, orderBy: { createdAt: "asc" } },
      },
    },
    agendaItems: {
      select: {
        id: true,
        text: true,
        position: true,
        minutes: true,
        question: { select: { category: true } },
        notes: { where: { ...mine, kind: "ANSWER" }, select: { body: true, updatedAt: true } },
      },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    },
    notes: { where: { ...mine, kind: "TAKEAWAY" }, select: { id: true, body: true, createdAt: true }, orderBy: { createdAt: "asc" } },
    actionItems: { where: mine, select: { id: true, text: true, dueAt: true, doneAt: true }, orderBy: { createdAt: "asc" } },
    resources: { where: mine, select: { id: true, kind: true, title: true, url: true, done: true }, orderBy: { createdAt: "asc" } },
    // The action items' snoozes (a snoozed one is not overdue until it is back on Today), and the
    // viewer's open thank-you reminder, so the page does not point to Today once it is dismissed.
    reminders: {
      where: { ...mine, status: "PENDING", OR: [{ rule: "ACTION_ITEM", snoozedUntil: { not: null } }, { rule: "THANK_YOU_24H" }] },
      select: { rule: true, ruleKey: true, snoozedUntil: true },
    },
  } satisfies Prisma.MeetingSelect;
}

type InterviewRow = Prisma.MeetingGetPayload<{ select: ReturnType<typeof interviewSelect> }>;

export interface InterviewQuestion {
  id: string;
  text: string;
  minutes: number;
  isReferral: boolean;
  answer: string;
}

export type Interview = Omit<InterviewRow, "agendaItems" | "notes" | "contact" | "actionItems" | "reminders"> & {
  contact: Omit<NonNullable<InterviewRow["contact"]>, "referrals"> | null;
  /** Each with its pending reminder's snooze, if any. */
  actionItems: (InterviewRow["actionItems"][number] & { snoozedUntil: Date | null })[];
  questions: InterviewQuestion[];
  takeaways: InterviewRow["notes"];
  referrals: NonNullable<InterviewRow["contact"]>["referrals"];
  /** The viewer's pending thank-you reminder for this meeting: none before it is done, once done or dismissed. */
  thankYouReminder: { snoozedUntil: Date | null } | null;
};

/** The meeting with its agenda and answers, takeaways, action items, resources, referrals and flags. */
export async function getInterview(meetingId: string): Promise<Interview> {
  const viewer = await requireViewer();
  const row = await db.meeting.findFirst({ where: { id: meetingId, ownerId: viewer.id }, select: interviewSelect(viewer.id) });
  if (!row) throw new NotFoundError("meeting");
  const { agendaItems, notes, contact, actionItems, reminders, ...meeting } = row;
  const snoozes = new Map(reminders.filter((r) => r.rule === "ACTION_ITEM").map((r) => [r.ruleKey, r.snoozedUntil]));
  const thankYou = reminders.find((r) => r.rule === "THANK_YOU_24H");
  const ordered = interviewOrder(agendaItems.map((item) => ({ ...item, category: item.question?.category ?? null })));
  return {
    ...meeting,
    contact: contact ? { id: contact.id, name: contact.name, title: contact.title, employer: contact.employer, stage: contact.stage } : null,
    actionItems: actionItems.map((item) => ({ ...item, snoozedUntil: snoozes.get(item.id) ?? null })),
    questions: ordered.map((item) => ({
      id: item.id,
      text: item.text,
      minutes: item.minutes,
      isReferral: item.category === "REFERRALS",
      answer: item.notes[0]?.body ?? "",
    })),
    takeaways: notes,
    referrals: contact?.referrals ?? [],
    thankYouReminder: thankYou ? { snoozedUntil: thankYou.snoozedUntil } : null,
  };
}

/** The viewer's meeting, or NotFoundError: the door every write below goes through. */
async function ownMeeting(meetingId: string, viewerId: string) {
  const meeting = await db.meeting.findFirst({
    where: { id: meetingId, ownerId: viewerId },
    select: { id: true, contactId: true, status: true, startsAt: true, contact: { select: { id: true, name: true, stage: true } } },
  });
  if (!meeting) throw new NotFoundError("meeting");
  return meeting;
}

/**
 * Locks the viewer's meeting to the end of the transaction, before what a write is decided on is
 * read: a writer changing the same row (a reschedule's update, another of these) waits, or is waited for.
 */
async function lockMeeting(tx: Prisma.TransactionClient, ownerId: string, meetingId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Meeting" WHERE "id" = ${meetingId} AND "ownerId" = ${ownerId} FOR UPDATE`;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}

/**
 * Saves the answer to one agenda item: one ANSWER note per item, inserted or updated in one
 * statement. An empty answer removes the note.
 */
export async function saveAnswer(agendaItemId: string, body: string): Promise<{ updatedAt: Date | null }> {
  const viewer = await requireViewer();
  const item = await db.agendaItem.findFirst({
    where: { id: agendaItemId, meeting: { ownerId: viewer.id } },
    select: { id: true, meetingId: true, meeting: { select: { contactId: true } } },
  });
  if (!item) throw new NotFoundError("agenda item");
  const key = { ownerId: viewer.id, agendaItemId: item.id, kind: "ANSWER" as const };
  if (!body.trim()) {
    await db.note.deleteMany({ where: key });
    return { updatedAt: null };
  }
  const upsert = () =>
    db.note.upsert({
      where: { ownerId_agendaItemId_kind: key },
      create: { ...key, meetingId: item.meetingId, contactId: item.meeting.contactId, body },
      update: { body },
      select: { updatedAt: true },
    });
  try {
    return await upsert();
  } catch (error) {
    // Two first saves of one answer at once: the loser's insert meets the winner's row; update it.
    if (isUniqueViolation(error)) return upsert();
    throw error;
  }
}

/** Sets one flag: a single-column update, so it never undoes another field saved meanwhile. */
export async function setFlag(meetingId: string, flag: InterviewFlag, value: boolean): Promise<void> {
  const viewer = await requireViewer();
  const data: Prisma.MeetingUpdateManyMutationInput = {};
  data[flag] = value;
  const { count } = await db.meeting.updateMany({ where: { id: meetingId, ownerId: viewer.id }, data });
  if (count === 0) throw new NotFoundError("meeting");
}

/**
 * Adds a takeaway. `id` is made by the browser, so sending the same takeaway again (it was saved,
 * but the answer was lost to a dropped connection) keeps one.
 */
export async function addTakeaway(meetingId: string, id: string, body: string): Promise<void> {
  const viewer = await requireViewer();
  const meeting = await ownMeeting(meetingId, viewer.id);
  await db.note.createMany({
    data: [{ id, ownerId: viewer.id, meetingId: meeting.id, contactId: meeting.contactId, kind: "TAKEAWAY", body }],
    skipDuplicates: true,
  });
}

export async function removeTakeaway(noteId: string): Promise<void> {
  const viewer = await requireViewer();
  const { count } = await db.note.deleteMany({ where: { id: noteId, ownerId: viewer.id, kind: "TAKEAWAY" } });
  if (count === 0) throw new NotFoundError("takeaway");
}

/** A question asked that was not on the agenda: added at the end, before the referral questions that close it. */
export async function addQuestion(meetingId: string, text: string): Promise<{ id: string }> {
  const viewer = await requireViewer();
  const meeting = await ownMeeting(meetingId, viewer.id);
  return db.$transaction(async (tx) => {
    const items = await tx.agendaItem.findMany({
      where: { meetingId: meeting.id },
      select: { id: true, position: true, question: { select: { category: true } } },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    });
    let position = (items.at(-1)?.position ?? -1) + 1;
    const closing = [];
    for (let i = items.length - 1; i >= 0 && items[i]!.question?.category === "REFERRALS"; i--) closing.unshift(items[i]!);
    if (closing.length) {
      position = closing[0]!.position;
      for (const item of closing.reverse()) await tx.agendaItem.update({ where: { id: item.id }, data: { position: item.position + 1 } });
    }
    return tx.agendaItem.create({ data: { meetingId: meeting.id, text, position, minutes: 3 }, select: { id: true } });
  });
}

/** The ACTION_ITEM reminder an action item with a due date derives; keyed by the item, so never twice. */
function actionItemReminder(ownerId: string, item: { id: string; text: string; dueAt: Date; contactId: string | null; meetingId: string | null }) {
  return { ownerId, contactId: item.contactId, meetingId: item.meetingId, rule: "ACTION_ITEM" as const, ruleKey: item.id, title: item.text, dueAt: item.dueAt };
}

/** Advice turned into something to do; with a due date it shows on Today. */
/** An action item from the meeting, due at `dueAt` (5 pm on a day in the viewer's zone) or never; a slip of the date is refused (actionItemDueError). */
export async function addActionItem(meetingId: string, text: string, dueAt: Date | null, now: Date): Promise<{ id: string }> {
  const viewer = await requireViewer();
  const meeting = await ownMeeting(meetingId, viewer.id);
  if (dueAt) {
    const dueError = actionItemDueError({ dueOn: localDateKey(dueAt, viewer.timeZone), meetingStartsAt: meeting.startsAt, now, timeZone: viewer.timeZone });
    if (dueError) throw new FieldError("dueOn", dueError);
  }
  return db.$transaction(async (tx) => {
    const item = await tx.actionItem.create({
      data: { ownerId: viewer.id, meetingId: meeting.id, contactId: meeting.contactId, text, dueAt },
      select: { id: true, text: true, dueAt: true, contactId: true, meetingId: true },
    });
    if (item.dueAt) {
      await tx.reminder.createMany({ data: [actionItemReminder(viewer.id, { ...item, dueAt: item.dueAt })], skipDuplicates: true });
    }
    return { id: item.id };
  });
}

/** Derives the reminders of the viewer's open action items with due dates; running it again adds none. */
export async function deriveActionItemReminders(meetingId: string): Promise<number> {
  const viewer = await requireViewer();
  const meeting = await ownMeeting(meetingId, viewer.id);
  const items = await db.actionItem.findMany({
    where: { ownerId: viewer.id, meetingId: meeting.id, doneAt: null, dueAt: { not: null } },
    select: { id: true, text: true, dueAt: true, contactId: true, meetingId: true },
  });
  const data = items.flatMap((item) => (item.dueAt ? [actionItemReminder(viewer.id, { ...item, dueAt: item.dueAt })] : []));
  if (!data.length) return 0;
  const { count } = await db.reminder.createMany({ data, skipDuplicates: true });
  return count;
}

/** Done or not done; its reminder follows (settled, or pending again). */
export async function toggleActionItem(actionItemId: string, done: boolean, now: Date): Promise<void> {
  const viewer = await requireViewer();
  await db.$transaction(async (tx) => {
    const { count } = await tx.actionItem.updateMany({ where: { id: actionItemId, ownerId: viewer.id }, data: { doneAt: done ? now : null } });
    if (count === 0) throw new NotFoundError("action item");
    const reminder = { ownerId: viewer.id, rule: "ACTION_ITEM" as const, ruleKey: actionItemId };
    if (done) await tx.reminder.updateMany({ where: { ...reminder, status: "PENDING" }, data: { status: "DONE", settledAt: now } });
    else await tx.reminder.updateMany({ where: { ...reminder, status: "DONE" }, data: { status: "PENDING", settledAt: null } });
  });
}

/** Removes an action item and the reminder it derived. */
export async function removeActionItem(actionItemId: string): Promise<void> {
  const viewer = await requireViewer();
  await db.$transaction(async (tx) => {
    const { count } = await tx.actionItem.deleteMany({ where: { id: actionItemId, ownerId: viewer.id } });
    if (count === 0) throw new NotFoundError("action item");
    await tx.reminder.deleteMany({ where: { ownerId: viewer.id, rule: "ACTION_ITEM", ruleKey: actionItemId } });
  });
}

export async function addResource(meetingId: string, kind: ResourceKind, title: string, url: string | null): Promise<{ id: string }> {
  const viewer = await requireViewer();
  const meeting = await ownMeeting(meetingId, viewer.id);
  return db.resource.create({
    data: { ownerId: viewer.id, meetingId: meeting.id, contactId: meeting.contactId, kind, title, url },
    select: { id: true },
  });
}

export async function toggleResource(resourceId: string, done: boolean): Promise<void> {
  const viewer = await requireViewer();
  const { count } = await db.resource.updateMany({ where: { id: resourceId, ownerId: viewer.id }, data: { done } });
  if (count === 0) throw new NotFoundError("resource");
}

export async function removeResource(resourceId: string): Promise<void> {
  const viewer = await requireViewer();
  const { count } = await db.resource.deleteMany({ where: { id: resourceId, ownerId: viewer.id } });
  if (count === 0) throw new NotFoundError("resource");
}

/**
 * Someone the professional suggested talking to: a new contact of the viewer in Find, referred by
 * the meeting's contact, found by referral, with the connection filled in.
 */
export async function addReferral(meetingId: string, input: ReferralInput): Promise<{ id: string; name: string }> {
  const viewer = await requireViewer();
  const meeting = await ownMeeting(meetingId, viewer.id);
  if (!meeting.contact) throw new FieldError("name", "This meeting has no contact to link a referral to.");
  const referrer = meeting.contact;
  const fields = { motivation: 3, isAlumniOrAdvocate: false, openPostings: 0 };
  return db.$transaction(async (tx) => {
    const contact = await tx.contact.create({
      data: {
        ownerId: viewer.id,
        name: input.name,
        title: input.title ?? null,
        employer: input.employer ?? null,
        email: input.email ?? null,
        notes: input.notes ?? null,
        howFound: "REFERRAL",
        connection: `Referred by ${referrer.name}`,
        referredById: referrer.id,
        stage: "FIND",
        ...fields,
        priority: contactPriority(fields),
      },
      select: { id: true, name: true },
    });
    await tx.stageChange.create({ data: { ownerId: viewer.id, contactId: contact.id, toStage: "FIND", reason: `Referred by ${referrer.name}` } });
    return contact;
  });
}

/**
 * Marks the meeting done. With its contact still before Interviewed, this is the pipeline's move
 * to Interviewed (which completes the meeting and derives the 24-hour thank-you). A contact
 * already past that stage (a second meeting) keeps its stage; the meeting is completed and the
 * same thank-you reminder derived, keyed by the meeting.
 *
 * `startedAt`: the student said it happened earlier than planned (the professional asked to meet
 * sooner), and when it started. Checked by heldEarlierError instead of the end's bound against the
 * scheduled start; the meeting moves to that start (a new SEQUENCE for calendars) on the same path,
 * so the thank-you is due 24 hours after the end given, as for any meeting done. Only the student's
 * own meeting with their own contact: a chapter's group meeting (no contact) is the officer's and
 * its attendees' too, and is marked done as scheduled.
 */
export async function markMeetingDone(meetingId: string, doneAt: Date, now: Date, startedAt?: Date): Promise<void> {
  const viewer = await requireViewer();
  const meeting = await ownMeeting(meetingId, viewer.id);
  const contact = meeting.contact;
  const refuse = ({ status, startsAt }: { status: MeetingStatus; startsAt: Date }) => {
    if (status !== "SCHEDULED") throw new FieldError("doneAt", status === "DONE" ? "This meeting is already marked done." : "This meeting was cancelled.");
    if (startedAt) {
      if (!contact) throw new FieldError("startedAt", "A chapter's group meeting can't be moved here: mark it done as scheduled.");
      const error = heldEarlierError({ startedAt, doneAt, startsAt, now, timeZone: viewer.timeZone });
      if (error) throw new FieldError(error.field, error.message);
    } else {
      const endError = meetingEndError({
        doneAt,
        startsAt,
        now,
        timeZone: viewer.timeZone,
        // The form offers the choice (and a field for the start) beside the time it ended.
        ifEarlier: contact ? 'If it happened earlier than planned, tick "It happened earlier than planned" below: a field for when it started appears.' : undefined,
      });
      if (endError) throw new FieldError("doneAt", endError);
    }
  };
  // Here for this form's words; the check that counts is under the meeting's lock, where it is
  // written (below, or the move's own), since a reschedule meanwhile moves the start.
  refuse(meeting);
  await db.$transaction(async (tx) => {
    await lockMeeting(tx, viewer.id, meeting.id);
    const current = await tx.meeting.findFirstOrThrow({
      where: { id: meeting.id, ownerId: viewer.id },
      select: { status: true, startsAt: true, contact: { select: { stage: true } } },
    });
    if (contact && current.status === "SCHEDULED" && current.contact && stageIndex(current.contact.stage) < stageIndex("INTERVIEWED")) {
      // The move completes the contact's latest scheduled meeting: decided here, under this
      // meeting's lock and in the move's transaction. A reschedule of this meeting has committed
      // (and is read) or waits; one of another meeting committing after this read comes after
      // this mark-done, as if it had been made later.
      const later = await tx.meeting.findFirst({
        where: { ownerId: viewer.id, contactId: contact.id, status: "SCHEDULED", startsAt: { gt: current.startsAt } },
        select: { id: true },
      });
      if (!later) {
        await moveContactIn(tx, viewer, contact.id, "INTERVIEWED", { kind: "meetingDone", doneAt, startedAt }, { now, meetingId: meeting.id });
        return;
      }
    }
    refuse(current);
    // Held earlier: a new start and SEQUENCE (calendars move the event); the planned length stays, as the pipeline's move keeps it.
    const moved = startedAt ? { startsAt: startedAt, icsSequence: { increment: 1 }, version: { increment: 1 } } : {};
    await tx.meeting.update({ where: { id: meeting.id, ownerId: viewer.id }, data: { status: "DONE", doneAt, ...moved } });
    // Its prep reminder did its job (or can't any more), as the move to Interviewed settles it for a first meeting.
    await tx.reminder.updateMany({ where: { ownerId: viewer.id, meetingId: meeting.id, rule: "PREP_DAY_BEFORE", status: "PENDING" }, data: { status: "DONE", settledAt: now } });
    if (contact) {
      await tx.reminder.createMany({
        data: [{ ownerId: viewer.id, contactId: contact.id, meetingId: meeting.id, rule: "THANK_YOU_24H", ruleKey: meeting.id, title: `Thank ${contact.name} within 24 hours`, dueAt: addHours(doneAt, 24) }],
        skipDuplicates: true,
      });
    }
  });
}

/** What changeMeetingEnd answers; `thankYouDueAt` is when the pending 24-hour reminder is now due, if one was moved. */
export interface ChangedMeetingEnd {
  contactId: string;
  doneAt: Date;
  thankYouDueAt: Date | null;
}

/**
 * Corrects when the viewer's done meeting ended: the student's own meeting with their own contact
 * (a chapter's group meeting has no contact and is the officer's). Checked as marking it done is,
 * and not after the thank-you it is credited with (changedMeetingEndError says why). The pending
 * reminders counted from the end follow it: the 24-hour thank-you and thanking a referrer (48
 * hours); a snooze the student chose stays. The thank-you each meeting is credited with
 * (thankYouSentAt) is recounted by the database's trigger.
 *
 * `expectedVersion` is the meeting's version when the form was loaded: an end changed meanwhile (in
 * another tab) is not overwritten unseen but refused with ConflictError, carrying the current end.
 */
export async function changeMeetingEnd(meetingId: string, doneAt: Date, now: Date, expectedVersion: number): Promise<ChangedMeetingEnd> {
  const viewer = await requireViewer();
  return db.$transaction(async (tx) => {
    // The row lock holds off another edit and a thank-you logged meanwhile (its trigger writes
    // thankYouSentAt on this row) until this one commits, so what is checked is what is replaced.
    await lockMeeting(tx, viewer.id, meetingId);
    const meeting = await tx.meeting.findFirst({
      where: { id: meetingId, ownerId: viewer.id, contact: { ownerId: viewer.id } },
      select: { id: true, status: true, startsAt: true, doneAt: true, thankYouSentAt: true, version: true, contactId: true },
    });
    if (!meeting?.contactId) throw new NotFoundError("meeting");
    if (meeting.status !== "DONE" || !meeting.doneAt) {
      throw new FieldError("doneAt", meeting.status === "CANCELLED" ? "This meeting was cancelled." : "This meeting isn't marked done yet: mark it done with the time it ended.");
    }
    if (meeting.version !== expectedVersion) throw new ConflictError("meeting", { version: meeting.version, doneAt: meeting.doneAt });
    const endError = changedMeetingEndError({ doneAt, startsAt: meeting.startsAt, thankYouSentAt: meeting.thankYouSentAt, now, timeZone: viewer.timeZone });
    if (endError) throw new FieldError("doneAt", endError);
    await tx.meeting.update({ where: { id: meeting.id }, data: { doneAt, version: { increment: 1 } } });
    const pending = { ownerId: viewer.id, ruleKey: meeting.id, status: "PENDING" as const };
    const thankYouDueAt = addHours(doneAt, 24);
    const { count } = await tx.reminder.updateMany({ where: { ...pending, rule: "THANK_YOU_24H" }, data: { dueAt: thankYouDueAt } });
    await tx.reminder.updateMany({ where: { ...pending, rule: "THANK_REFERRER" }, data: { dueAt: addHours(doneAt, 48) } });
    // The move to Interviewed was kept at the meeting's end (planStageMove's enteredAt): it moves with it.
    const movedAtEnd = { ownerId: viewer.id, contactId: meeting.contactId, toStage: "INTERVIEWED" as const, at: meeting.doneAt };
    await tx.stageChange.updateMany({ where: movedAtEnd, data: { at: doneAt } });
    await tx.contact.updateMany({ where: { id: meeting.contactId, ownerId: viewer.id, stage: "INTERVIEWED", stageChangedAt: meeting.doneAt }, data: { stageChangedAt: doneAt } });
    return { contactId: meeting.contactId, doneAt, thankYouDueAt: count ? thankYouDueAt : null };
  });
}
