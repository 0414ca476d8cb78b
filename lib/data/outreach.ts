// Outreach: logging a message sent, logging the reply, and keeping the 3B7 follow-up reminders in
// step with the history (lib/domain/follow-ups.ts). Every write is scoped to the viewer.
import "server-only";
import { db } from "../db";
import { followUpState } from "../domain/follow-ups";
import type { Prisma } from "../generated/prisma/client";
import type { Channel, ReplyStatus } from "../generated/prisma/enums";
import { NotFoundError } from "./errors";
import { moveContact } from "./pipeline";
import { requireViewer, type Viewer } from "./viewer";

export interface OutreachInput {
  channel: Channel;
  sentAt: Date;
  subject?: string | null;
  body?: string | null;
}

/**
 * Logs a request or follow-up sent to the contact. From `find` it is the move to `outreach` (with
 * its reminders); later it is a follow-up, and the 3B7 reminders are brought up to date.
 */
export async function logOutreach(contactId: string, input: OutreachInput, now = new Date()): Promise<{ id: string }> {
  const viewer = await requireViewer();
  const contact = await db.contact.findFirst({ where: { id: contactId, ownerId: viewer.id }, select: { stage: true } });
  if (!contact) throw new NotFoundError("contact");
  if (contact.stage === "FIND") {
    await moveContact(contactId, "OUTREACH", { kind: "outreach", ...input }, undefined, now);
    const created = await db.outreachAttempt.findFirstOrThrow({ where: { contactId, ownerId: viewer.id }, orderBy: { createdAt: "desc" }, select: { id: true } });
    return created;
  }
  return db.$transaction(async (tx) => {
    const earlier = await tx.outreachAttempt.count({ where: { contactId, ownerId: viewer.id, kind: { in: ["INITIAL", "FOLLOW_UP"] } } });
    const attempt = await tx.outreachAttempt.create({
      data: { ownerId: viewer.id, contactId, kind: earlier ? "FOLLOW_UP" : "INITIAL", channel: input.channel, sentAt: input.sentAt, subject: input.subject ?? null, body: input.body ?? null },
      select: { id: true },
    });
    await syncFollowUps(tx, viewer, contactId, now);
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
  });
}

/**
 * Brings one contact's 3B7 reminders and reply class in line with its outreach history. Safe to
 * run any number of times: reminders are keyed by (rule, first outreach id) and never duplicated.
 */
export async function syncFollowUps(tx: Prisma.TransactionClient, viewer: Viewer, contactId: string, now: Date): Promise<void> {
  const [history, holidays, contact] = await Promise.all([
    tx.outreachAttempt.findMany({ where: { contactId, ownerId: viewer.id }, select: { id: true, kind: true, sentAt: true, replyStatus: true, repliedAt: true } }),
    tx.holiday.findMany({ where: { ownerId: viewer.id }, select: { date: true } }),
    tx.contact.findFirst({ where: { id: contactId, ownerId: viewer.id }, select: { name: true } }),
  ]);
  if (!contact) throw new NotFoundError("contact");
  const state = followUpState(history, now, { timeZone: viewer.timeZone, holidays: holidays.map((h) => h.date.toISOString().slice(0, 10)) });
  const keep = state.reminders.map((r) => r.ruleKey);
  const rules = ["SUGGEST_ANOTHER_3B", "FOLLOW_UP_7B"] as const;
  const followUpSent = history.some((h) => h.kind === "FOLLOW_UP");

  if (state.replied) {
    await tx.reminder.updateMany({ where: { ownerId: viewer.id, contactId, status: "PENDING", rule: { in: [...rules] } }, data: { status: "CANCELLED", settledAt: now } });
  } else {
    if (followUpSent) {
      // The one follow-up went out: its reminder is done, and the suggestion no longer applies.
      await tx.reminder.updateMany({ where: { ownerId: viewer.id, contactId, status: "PENDING", rule: "FOLLOW_UP_7B" }, data: { status: "DONE", settledAt: now } });
      await tx.reminder.updateMany({ where: { ownerId: viewer.id, contactId, status: "PENDING", rule: "SUGGEST_ANOTHER_3B" }, data: { status: "CANCELLED", settledAt: now } });
    }
    await tx.reminder.updateMany({
      where: { ownerId: viewer.id, contactId, status: "PENDING", rule: { in: [...rules] }, ruleKey: { notIn: keep } },
      data: { status: "CANCELLED", settledAt: now },
    });
    if (state.reminders.length) {
      // A reply taken back (logged by mistake) brings its reminders back rather than leaving them cancelled.
      await tx.reminder.updateMany({
        where: { ownerId: viewer.id, contactId, status: "CANCELLED", rule: { in: [...rules] }, ruleKey: { in: keep } },
        data: { status: "PENDING", settledAt: null },
      });
      await tx.reminder.createMany({
        skipDuplicates: true,
        data: state.reminders.map((r) => ({
          ownerId: viewer.id,
          contactId,
          rule: r.rule,
          ruleKey: r.ruleKey,
          dueAt: r.dueAt,
          title: r.rule === "SUGGEST_ANOTHER_3B" ? `No reply from ${contact.name} yet: ask someone else at the same employer` : `Follow up once with ${contact.name}`,
        })),
      });
    }
  }
  await tx.contact.updateMany({
    where: { id: contactId, ownerId: viewer.id },
    data: { replyClass: state.replyClass, dormantAt: state.dormantSince },
  });
}
