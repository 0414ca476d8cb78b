// Outreach: logging a message sent, logging the reply, and keeping the 3B7 follow-up reminders in
// step with the history (lib/domain/follow-ups.ts). Every write is scoped to the viewer.
import "server-only";
import { db } from "../db";
import { followUpState } from "../domain/follow-ups";
import type { Prisma } from "../generated/prisma/client";
import type { Channel, ReplyStatus } from "../generated/prisma/enums";
import { recordChapterRequest } from "./chapters";
import { FieldError, NotFoundError } from "./errors";
import { moveContact } from "./pipeline";
import { deriveReminders } from "./reminders";
import { requireViewer, type Viewer } from "./viewer";

export interface OutreachInput {
  channel: Channel;
  sentAt: Date;
  subject?: string | null;
  body?: string | null;
}

/**
 * The same message already logged for the contact (channel, time sent, subject and text), if any.
 * "Log as sent" tapped twice, or a form sent again after a lost answer, then logs it once: a second
 * copy would count as the follow-up and settle the follow-up reminder at once.
 */
export async function findLoggedMessage(
  tx: Prisma.TransactionClient,
  ownerId: string,
  contactId: string,
  input: OutreachInput,
): Promise<{ id: string } | null> {
  return tx.outreachAttempt.findFirst({
    where: { ownerId, contactId, channel: input.channel, sentAt: input.sentAt, subject: input.subject ?? null, body: input.body ?? null },
    select: { id: true },
  });
}

/**
 * Logs a request or follow-up sent to the contact. From `find` it is the move to `outreach` (with
 * its reminders); later it is a follow-up, and the 3B7 reminders are brought up to date.
 */
export async function logOutreach(contactId: string, input: OutreachInput, now = new Date()): Promise<{ id: string }> {
  const viewer = await requireViewer();
  const contact = await db.contact.findFirst({ where: { id: contactId, ownerId: viewer.id }, select: { stage: true, doNotContact: true, archivedAt: true } });
  if (!contact) throw new NotFoundError("contact");
  if (contact.doNotContact) throw new FieldError("contact", "This contact is marked do-not-contact. Clear that first if it no longer applies.");
  if (contact.archivedAt) throw new FieldError("contact", "Restore this contact before logging a message to them.");
  const logged = await findLoggedMessage(db, viewer.id, contactId, input);
  if (logged) return logged;
  if (contact.stage === "FIND") {
    await moveContact(contactId, "OUTREACH", { kind: "outreach", ...input }, undefined, now);
    const created = await db.outreachAttempt.findFirstOrThrow({ where: { contactId, ownerId: viewer.id }, orderBy: { createdAt: "desc" }, select: { id: true } });
    return created;
  }
  return db.$transaction(async (tx) => {
    await recordChapterRequest(tx, viewer.id, contactId, now);
    const earlier = await tx.outreachAttempt.count({ where: { contactId, ownerId: viewer.id, kind: { in: ["INITIAL", "FOLLOW_UP"] } } });
    const attempt = await tx.outreachAttempt.create({
      data: { ownerId: viewer.id, contactId, kind: earlier ? "FOLLOW_UP" : "INITIAL", channel: input.channel, sentAt: input.sentAt, subject: input.subject ?? null, body: input.body ?? null },
      select: { id: true },
    });
    await syncFollowUps(tx, viewer, contactId, now);
    await markContactUpdated(tx, viewer, contactId);
    return attempt;
  });
}

/** Records the answer to an outreach message; a reply or decline ends the follow-up reminders. */
export async function setOutreachReply(attemptId: string, status: ReplyStatus, repliedAt: Date | null, now = new Date()): Promise<void> {
  const viewer = await requireViewer();
  await db.$transaction(async (tx) => {
    const attempt = await tx.outreachAttempt.findFirst({ where: { id: attemptId, ownerId: viewer.id }, select: { contactId: true } });
    if (!attempt) throw new NotFoundError("outreach");
    await tx.outreachAttempt.update({
      where: { id: attemptId },
      data: { replyStatus: status, repliedAt: status === "NO_REPLY" ? null : (repliedAt ?? now) },
    });
    await syncFollowUps(tx, viewer, attempt.contactId, now);
    await markContactUpdated(tx, viewer, attempt.contactId);
  });
}

/**
 * A message or reply logged is activity on the contact, though none of its columns change: its
 * Updated date (the contacts list's column and sort, the last activity staff see, the vCard's REV)
 * moves all the same.
 */
async function markContactUpdated(tx: Prisma.TransactionClient, viewer: Viewer, contactId: string): Promise<void> {
  await tx.contact.updateMany({ where: { id: contactId, ownerId: viewer.id }, data: { updatedAt: new Date() } });
}

/**
 * Brings one contact's 3B7 reminders in line with its outreach history. Safe to run any number of
 * times: reminders are keyed by (rule, first outreach id) and never duplicated. Dormancy is not
 * stored: it is derived when read (lib/data/keep-in-touch.ts, dormantSinceByContact).
 */
export async function syncFollowUps(tx: Prisma.TransactionClient, viewer: Viewer, contactId: string, now: Date): Promise<void> {
  const [history, holidays, contact] = await Promise.all([
    tx.outreachAttempt.findMany({ where: { contactId, ownerId: viewer.id }, select: { id: true, kind: true, sentAt: true, replyStatus: true, repliedAt: true } }),
    tx.holiday.findMany({ where: { ownerId: viewer.id }, select: { date: true } }),
    tx.contact.findFirst({ where: { id: contactId, ownerId: viewer.id }, select: { name: true, doNotContact: true, archivedAt: true } }),
  ]);
  if (!contact) throw new NotFoundError("contact");
  const state = followUpState(history, now, { timeZone: viewer.timeZone, holidays: holidays.map((h) => h.date.toISOString().slice(0, 10)) });
  const rules = ["SUGGEST_ANOTHER_3B", "FOLLOW_UP_7B"] as const;
  const pendingOf = (rule: (typeof rules)[number] | readonly (typeof rules)[number][]) => ({
    ownerId: viewer.id,
    contactId,
    status: "PENDING" as const,
    rule: typeof rule === "string" ? rule : { in: [...rule] },
  });

  // Do-not-contact wins, and an archived contact's reminders wait for its restore: no chasing either.
  if (state.replied || contact.doNotContact || contact.archivedAt) {
    await tx.reminder.updateMany({ where: pendingOf(rules), data: { status: "CANCELLED", settledAt: now } });
  } else if (state.reminders.length === 0) {
    // Nothing left to chase: the one follow-up went out, so its reminder is done and the suggestion no longer applies.
    await tx.reminder.updateMany({ where: pendingOf("FOLLOW_UP_7B"), data: { status: "DONE", settledAt: now } });
    await tx.reminder.updateMany({ where: pendingOf("SUGGEST_ANOTHER_3B"), data: { status: "CANCELLED", settledAt: now } });
  } else {
    const keep = state.reminders.map((r) => r.ruleKey);
    await tx.reminder.updateMany({ where: { ...pendingOf(rules), ruleKey: { notIn: keep } }, data: { status: "CANCELLED", settledAt: now } });
    // A reply taken back (logged by mistake) brings its reminders back rather than leaving them cancelled.
    await deriveReminders(
      tx,
      state.reminders.map((r) => ({
        ownerId: viewer.id,
        contactId,
        rule: r.rule,
        ruleKey: r.ruleKey,
        dueAt: r.dueAt,
        title: r.rule === "SUGGEST_ANOTHER_3B" ? `No reply from ${contact.name} yet: ask someone else at the same employer` : `Follow up once with ${contact.name}`,
      })),
    );
  }
}
