// Stage moves, applied as one transaction: the contact's stage, its history row, the stage's record
// (outreach, meeting, thank-you, cadence) and the reminders the move derives or retires. Either all
// of it is stored or none of it.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../db";
import { planStageMove, type MovePlan, type StageRecord } from "../domain/pipeline";
import { keepInTouchRuleKey } from "../domain/keep-in-touch";
import type { Prisma } from "../generated/prisma/client";
import type { Stage } from "../generated/prisma/enums";
import { recordChapterRequest } from "./chapters";
import { ConflictError, FieldError, NotFoundError } from "./errors";
import { deriveReminders } from "./reminders";
import { requireViewer, type Viewer } from "./viewer";

export interface MoveOutcome {
  contactId: string;
  from: Stage;
  to: Stage;
  version: number;
}

/**
 * Moves the viewer's contact to `to` with the record that stage needs. With `expectedVersion`, a
 * contact changed elsewhere since it was loaded is refused with ConflictError.
 */
export async function moveContact(
  contactId: string,
  to: Stage,
  record: StageRecord | null,
  expectedVersion?: number,
  now = new Date(),
): Promise<MoveOutcome> {
  const viewer = await requireViewer();
  return db.$transaction((tx) => moveContactIn(tx, viewer, contactId, to, record, { expectedVersion, now }));
}

/**
 * moveContact inside the caller's transaction, for a caller that decides under its own locks
 * whether to move. `meetingId`: the scheduled meeting a move to Interviewed completes, which the
 * caller has locked and found to be the contact's latest (markMeetingDone); without it, the move
 * locks the latest itself.
 */
export async function moveContactIn(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  contactId: string,
  to: Stage,
  record: StageRecord | null,
  { expectedVersion, now, meetingId }: { expectedVersion?: number; now: Date; meetingId?: string },
): Promise<MoveOutcome> {
  const contact = await tx.contact.findFirst({
    where: { id: contactId, ownerId: viewer.id },
    select: {
      id: true,
      name: true,
      stage: true,
      doNotContact: true,
      archivedAt: true,
      stageChangedAt: true,
      version: true,
      referredBy: { select: { id: true, name: true, ownerId: true } },
    },
  });
  if (!contact) throw new NotFoundError("contact");
  // Only the viewer's own referrer may receive a reminder (a stale link must never reach another user's row).
  const referredBy = contact.referredBy?.ownerId === viewer.id ? { id: contact.referredBy.id, name: contact.referredBy.name } : null;
  if (expectedVersion !== undefined && contact.version !== expectedVersion) {
    throw new ConflictError("contact", { stage: contact.stage, version: contact.version });
  }
  const holidays = await tx.holiday.findMany({ where: { ownerId: viewer.id }, select: { date: true } });
  // The meeting a move to Interviewed completes, read once: the plan checks its end against it,
  // and it is the one marked done.
  const meetingToComplete = record?.kind === "meetingDone" ? await lockMeetingToComplete(tx, viewer.id, contact.id, meetingId) : null;
  // The meeting a move to Thanked thanks: its end is the earliest the thank-you can have been sent.
  const lastMeetingDoneAt = record?.kind === "thankYou" ? await lastMeetingEnd(tx, viewer.id, contact.id) : null;
  const result = planStageMove({ ...contact, referredBy, meetingToComplete, lastMeetingDoneAt }, to, record, now, {
    timeZone: viewer.timeZone,
    holidays: holidays.map((h) => h.date.toISOString().slice(0, 10)),
  });
  if (!result.ok) throw new FieldError(result.error.field, result.error.message);
  return applyPlan(tx, viewer, contact, result.plan, meetingToComplete);
}

/**
 * The contact's latest scheduled meeting (with `meetingId`, that one, if it is still the contact's
 * and scheduled: the caller chose it as the latest), locked to the end of the transaction. A reschedule's
 * update takes the same row lock, so the start the end is checked against can't move before the
 * move commits; a reschedule under way is waited for, and its start read. Should the meeting be
 * done or cancelled meanwhile, the lock skips it, as if the move had come after.
 */
async function lockMeetingToComplete(tx: Prisma.TransactionClient, ownerId: string, contactId: string, meetingId?: string) {
  const lockLatest = () => tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Meeting" WHERE "ownerId" = ${ownerId} AND "contactId" = ${contactId} AND "status" = 'SCHEDULED'
    ORDER BY "startsAt" DESC, "id" DESC LIMIT 1 FOR UPDATE`;
  let [locked] = meetingId
    ? await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Meeting" WHERE "id" = ${meetingId} AND "ownerId" = ${ownerId} AND "contactId" = ${contactId} AND "status" = 'SCHEDULED' FOR UPDATE`
    : await lockLatest();
  // A locked read is not sorted again after it waits: the row it picked, moved meanwhile by a
  // reschedule, may no longer be the latest. Read which is, now that the move has committed, and
  // lock that one instead (a few rounds at most: each needs another reschedule landing just then).
  for (let round = 0; !meetingId && locked && round < 5; round++) {
    const [latest] = await tx.meeting.findMany({
      where: { ownerId, contactId, status: "SCHEDULED" },
      orderBy: [{ startsAt: "desc" }, { id: "desc" }],
      take: 1,
      select: { id: true },
    });
    if (latest?.id === locked.id) break;
    [locked] = await lockLatest();
  }
  return locked ? tx.meeting.findFirst({ where: { id: locked.id, ownerId }, select: { id: true, startsAt: true } }) : null;
}

/**
 * When the contact's latest done meeting ended, or null: the meeting a thank-you logged now thanks
 * (the metrics give a thank-you to the latest meeting done at or before it). The contact's done
 * meetings stay locked to the end of the transaction: changeMeetingEnd takes the same lock before
 * it moves an end, so an end moved later meanwhile is waited for and read here, and one moved after
 * sees this thank-you (thankYouSentAt) and is refused.
 */
export async function lastMeetingEnd(tx: Prisma.TransactionClient, ownerId: string, contactId: string): Promise<Date | null> {
  await tx.$queryRaw`SELECT "id" FROM "Meeting" WHERE "ownerId" = ${ownerId} AND "contactId" = ${contactId} AND "status" = 'DONE' ORDER BY "id" FOR UPDATE`;
  const meeting = await tx.meeting.findFirst({
    where: { ownerId, contactId, status: "DONE", doneAt: { not: null } },
    orderBy: { doneAt: "desc" },
    select: { doneAt: true },
  });
  return meeting?.doneAt ?? null;
}

async function applyPlan(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  contact: { id: string; name: string; version: number },
  plan: MovePlan,
  meetingToComplete: { id: string } | null,
): Promise<MoveOutcome> {
  const owner = { ownerId: viewer.id, contactId: contact.id };
  const record = plan.record;
  const contactData: Prisma.ContactUpdateManyMutationInput = {
    stage: plan.to,
    stageChangedAt: plan.enteredAt,
    version: { increment: 1 },
  };
  if (record?.kind === "cadence") contactData.keepInTouchMonths = record.keepInTouchMonths;
  if (record?.kind === "thankYou") contactData.lastTouchAt = record.sentAt;

  // Before the contact's row: a move to Interviewed locks the meeting it completes before it writes
  // the contact, so a move back cancelling that meeting at the same time takes the two locks in the
  // same order, and waits instead of deadlocking. A move that then loses the version check undoes it.
  if (plan.cancelScheduledMeetings) {
    await tx.meeting.updateMany({ where: { ...owner, status: "SCHEDULED" }, data: { status: "CANCELLED", cancelledAt: plan.at, icsSequence: { increment: 1 } } });
  }
  // The version check makes two simultaneous moves of one contact settle on one winner.
  const updated = await tx.contact.updateMany({ where: { id: contact.id, ownerId: viewer.id, version: contact.version }, data: contactData });
  if (updated.count !== 1) throw new ConflictError("contact", { version: contact.version });
  await tx.stageChange.create({ data: { ...owner, fromStage: plan.from, toStage: plan.to, at: plan.enteredAt } });

  const keys: { outreach?: string; meeting?: string } = {};
  if (plan.markOutreachReplied) {
    await tx.outreachAttempt.updateMany({
      where: { ...owner, replyStatus: "NO_REPLY", kind: { in: ["INITIAL", "FOLLOW_UP"] } },
      data: { replyStatus: "REPLIED", repliedAt: plan.at },
    });
  }

  if (record?.kind === "outreach") {
    await recordChapterRequest(tx, viewer.id, contact.id, plan.at);
    // The move from Find is always a first request, also after the contact was moved back to Find
    // and is asked afresh: 3B7 starts over from it (lib/domain/follow-ups.ts).
    const attempt = await tx.outreachAttempt.create({
      data: { ...owner, kind: "INITIAL", channel: record.channel, sentAt: record.sentAt, subject: record.subject ?? null, body: record.body ?? null },
      select: { id: true },
    });
    keys.outreach = attempt.id;
  } else if (record?.kind === "meeting") {
    const meeting = await tx.meeting.create({
      data: {
        ...owner,
        title: `Informational interview with ${contact.name}`,
        startsAt: record.startsAt,
        durationMinutes: record.durationMinutes,
        timeZone: record.timeZone ?? viewer.timeZone,
        mode: record.mode,
        location: record.location ?? null,
        icsUid: `${randomUUID()}@rapport.app`,
        attendees: { create: { userId: viewer.id, contactId: contact.id, rsvp: "GOING" } },
      },
      select: { id: true },
    });
    keys.meeting = meeting.id;
  } else if (record?.kind === "meetingDone") {
    const scheduled = meetingToComplete;
    if (scheduled) {
      // Held earlier than planned: the meeting moves to when it really started, a new SEQUENCE so
      // calendars move the event; its length (durationMinutes) stays the planned one, as for any
      // meeting done, and the end is doneAt.
      const moved = record.startedAt ? { startsAt: record.startedAt, icsSequence: { increment: 1 }, version: { increment: 1 } } : {};
      await tx.meeting.update({ where: { id: scheduled.id }, data: { status: "DONE", doneAt: record.doneAt, ...moved } });
      keys.meeting = scheduled.id;
    } else {
      // Met without a meeting in Rapport (a chance coffee, a call that just happened): keep a record of it.
      const meeting = await tx.meeting.create({
        data: {
          ...owner,
          title: `Informational interview with ${contact.name}`,
          startsAt: new Date(record.doneAt.getTime() - 30 * 60_000),
          timeZone: viewer.timeZone,
          status: "DONE",
          doneAt: record.doneAt,
          icsUid: `${randomUUID()}@rapport.app`,
          attendees: { create: { userId: viewer.id, contactId: contact.id, rsvp: "GOING" } },
        },
        select: { id: true },
      });
      keys.meeting = meeting.id;
    }
  } else if (record?.kind === "thankYou") {
    await tx.outreachAttempt.create({
      data: { ...owner, kind: "THANK_YOU", channel: record.channel, sentAt: record.sentAt, subject: record.subject ?? null, body: record.body ?? null },
    });
  }

  if (plan.cancelRules.length) {
    await tx.reminder.updateMany({
      // Also the reminders filed under another contact about this one's meetings (thank the referrer).
      where: { ownerId: viewer.id, status: "PENDING", rule: { in: plan.cancelRules }, OR: [{ contactId: contact.id }, { meeting: { contactId: contact.id } }] },
      data: { status: "CANCELLED", settledAt: plan.at },
    });
  }
  if (plan.settleRules.length) {
    await tx.reminder.updateMany({
      where: { ...owner, status: "PENDING", rule: { in: plan.settleRules } },
      data: { status: "DONE", settledAt: plan.at },
    });
  }
  if (plan.derive.length) {
    await deriveReminders(
      tx,
      plan.derive.map((reminder) => ({
        ...owner,
        contactId: reminder.contactId ?? contact.id,
        meetingId: reminder.ruleKeyFrom === "meeting" ? keys.meeting : undefined,
        rule: reminder.rule,
        ruleKey:
          reminder.ruleKeyFrom === "contactCycle"
            ? keepInTouchRuleKey(contact.id, reminder.dueAt, viewer.timeZone)
            : (keys[reminder.ruleKeyFrom] ?? contact.id),
        title: reminder.title,
        dueAt: reminder.dueAt,
      })),
    );
  }
  return { contactId: contact.id, from: plan.from, to: plan.to, version: contact.version + 1 };
}
