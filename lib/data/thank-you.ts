// The thank-you after a meeting: what its draft quotes (a takeaway from the notes, the résumé
// offer when the student flagged it) and logging it, which moves the contact to `thanked`. It can't
// be dated before the latest meeting ended (thankYouSentError).
import "server-only";
import { db } from "../db";
import { thankYouTiming } from "../domain/compose-purpose";
import { thankYouSentError } from "../domain/meeting-done";
import type { Channel } from "../generated/prisma/enums";
import { FieldError, NotFoundError } from "./errors";
import { syncKeepInTouch } from "./keep-in-touch";
import { lastMeetingEnd, moveContact } from "./pipeline";
import { findLoggedMessage } from "./outreach";
import { requireViewer } from "./viewer";

export interface ThankYouContext {
  /** When the latest meeting with the contact was marked done, if it was. */
  meetingDoneAt: Date | null;
  /** The latest takeaway noted for the contact (or its meetings). */
  takeaway: string | null;
  sendResume: boolean;
}

export async function getThankYouContext(contactId: string): Promise<ThankYouContext> {
  const viewer = await requireViewer();
  const [meeting, takeaway] = await Promise.all([
    db.meeting.findFirst({
      where: { ownerId: viewer.id, contactId, status: "DONE", doneAt: { not: null } },
      orderBy: { doneAt: "desc" },
      select: { doneAt: true, sendResumeWithThanks: true },
    }),
    db.note.findFirst({
      where: { ownerId: viewer.id, kind: "TAKEAWAY", OR: [{ contactId }, { meeting: { contactId, ownerId: viewer.id } }] },
      orderBy: { createdAt: "desc" },
      select: { body: true },
    }),
  ]);
  return { meetingDoneAt: meeting?.doneAt ?? null, takeaway: takeaway?.body.trim() || null, sendResume: meeting?.sendResumeWithThanks ?? false };
}

export interface ThankYouInput {
  channel: Channel;
  sentAt: Date;
  subject?: string | null;
  body?: string | null;
}

/**
 * Logs the thank-you. From `interviewed` it moves the contact to `thanked` (settling the 24-hour
 * reminder) in one transaction; later it is logged and settles the reminder of a second meeting.
 * Returns whether it was
 * late (more than 24 hours after the meeting): allowed, and said so.
 */
export async function logThankYou(contactId: string, input: ThankYouInput, now = new Date()): Promise<{ late: boolean; hoursAfter: number | null }> {
  const viewer = await requireViewer();
  const contact = await db.contact.findFirst({ where: { id: contactId, ownerId: viewer.id }, select: { name: true, stage: true } });
  if (!contact) throw new NotFoundError("contact");
  const { meetingDoneAt } = await getThankYouContext(contactId);
  if (await findLoggedMessage(db, viewer.id, contactId, input)) return thankYouTiming(meetingDoneAt, input.sentAt);
  if (contact.stage === "FIND" || contact.stage === "OUTREACH" || contact.stage === "SCHEDULED") {
    throw new FieldError("stage", "Mark the meeting done first: a thank-you follows the conversation.");
  }
  // From Interviewed the move checks the end (thankYouSentError); a second thank-you, from Thanked
  // or Follow-up, moves nothing and is checked here. Both read the end in the transaction that
  // writes, with the contact's done meetings locked (lastMeetingEnd): an end moved later meanwhile
  // (changeMeetingEnd) is the one checked.
  if (contact.stage === "INTERVIEWED") {
    await moveContact(contactId, "THANKED", { kind: "thankYou", ...input }, undefined, now);
  } else {
    await db.$transaction(async (tx) => {
      const ended = await lastMeetingEnd(tx, viewer.id, contactId);
      const tooEarly = thankYouSentError({ sentAt: input.sentAt, meetingDoneAt: ended, now, timeZone: viewer.timeZone, subject: `Your meeting with ${contact.name}` });
      if (tooEarly) throw new FieldError("sentAt", tooEarly);
      await tx.outreachAttempt.create({
        data: { ownerId: viewer.id, contactId, kind: "THANK_YOU", channel: input.channel, sentAt: input.sentAt, subject: input.subject ?? null, body: input.body ?? null },
      });
      await tx.contact.updateMany({
        where: { id: contactId, ownerId: viewer.id, OR: [{ lastTouchAt: null }, { lastTouchAt: { lt: input.sentAt } }] },
        data: { lastTouchAt: input.sentAt },
      });
      // A second meeting marked done from here derived its own 24-hour reminder (markMeetingDone);
      // this thank-you, dated after the latest meeting, answers it.
      await tx.reminder.updateMany({
        where: { ownerId: viewer.id, contactId, rule: "THANK_YOU_24H", status: "PENDING" },
        data: { status: "DONE", settledAt: now },
      });
      // In follow-up, any message is a touch: it resets the keep-in-touch clock.
      await syncKeepInTouch(tx, viewer, contactId, now, "DONE");
    });
  }
  return thankYouTiming(meetingDoneAt, input.sentAt);
}
