// Keep-in-touch: logging a touch (an update, an article, a holiday note…) and choosing a contact's
// cadence, each followed by re-deriving the contact's one pending keep-in-touch reminder.
import "server-only";
import { db } from "../db";
import { keepInTouchState } from "../domain/keep-in-touch";
import type { Prisma } from "../generated/prisma/client";
import type { Channel } from "../generated/prisma/enums";
import { FieldError, NotFoundError } from "./errors";
import { findLoggedMessage } from "./outreach";
import { deriveReminders } from "./reminders";
import { requireViewer, type Viewer } from "./viewer";

export interface TouchInput {
  channel: Channel;
  sentAt: Date;
  subject?: string | null;
  body?: string | null;
}

/** Logs a touch; it resets the contact's keep-in-touch clock. */
export async function logTouch(contactId: string, input: TouchInput, now = new Date()): Promise<{ id: string }> {
  const viewer = await requireViewer();
  return db.$transaction(async (tx) => {
    const contact = await tx.contact.findFirst({ where: { id: contactId, ownerId: viewer.id }, select: { lastTouchAt: true, doNotContact: true } });
    if (!contact) throw new NotFoundError("contact");
    if (contact.doNotContact) throw new FieldError("contact", "This contact is marked do-not-contact.");
    const logged = await findLoggedMessage(tx, viewer.id, contactId, input);
    if (logged) return logged;
    const touch = await tx.outreachAttempt.create({
      data: { ownerId: viewer.id, contactId, kind: "TOUCH", channel: input.channel, sentAt: input.sentAt, subject: input.subject ?? null, body: input.body ?? null },
      select: { id: true },
    });
    // A touch logged late (last month's card) must not move the clock back.
    if (!contact.lastTouchAt || input.sentAt > contact.lastTouchAt) {
      await tx.contact.updateMany({ where: { id: contactId, ownerId: viewer.id }, data: { lastTouchAt: input.sentAt, version: { increment: 1 } } });
    }
    await syncKeepInTouch(tx, viewer, contactId, now, "DONE");
    return touch;
  });
}

/** Sets (or clears) how often to keep in touch with the contact. */
export async function setKeepInTouch(contactId: string, months: number | null, now = new Date()): Promise<void> {
  const viewer = await requireViewer();
  await db.$transaction(async (tx) => {
    const { count } = await tx.contact.updateMany({
      where: { id: contactId, ownerId: viewer.id },
      data: { keepInTouchMonths: months, version: { increment: 1 } },
    });
    if (count === 0) throw new NotFoundError("contact");
    await syncKeepInTouch(tx, viewer, contactId, now, "CANCELLED");
  });
}

/**
 * Brings the contact's pending keep-in-touch reminder in line with its cadence and last touch. Safe
 * to run any number of times: the reminder is keyed by its local due day and never duplicated. A
 * superseded reminder is settled as `supersededAs` (DONE when a touch answered it).
 */
export async function syncKeepInTouch(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  contactId: string,
  now: Date,
  supersededAs: "DONE" | "CANCELLED",
): Promise<void> {
  const contact = await tx.contact.findFirst({
    where: { id: contactId, ownerId: viewer.id },
    select: { id: true, name: true, stage: true, stageChangedAt: true, keepInTouchMonths: true, lastTouchAt: true, archivedAt: true, doNotContact: true },
  });
  if (!contact) throw new NotFoundError("contact");
  const state = keepInTouchState(contact, viewer.timeZone);
  const keep = state.kind === "due" ? state.ruleKey : null;
  await tx.reminder.updateMany({
    where: { ownerId: viewer.id, contactId, rule: "KEEP_IN_TOUCH", status: "PENDING", ...(keep ? { ruleKey: { not: keep } } : {}) },
    data: { status: supersededAs, settledAt: now },
  });
  if (state.kind === "due") {
    await deriveReminders(tx, [{ ownerId: viewer.id, contactId, rule: "KEEP_IN_TOUCH", ruleKey: state.ruleKey, title: state.title, dueAt: state.dueAt }]);
  }
}

/** Contacts in follow-up without a cadence, to be prompted for one (Today): how many, and the first `shown`. */
export async function listContactsNeedingCadence(shown = 20): Promise<{ count: number; contacts: { id: string; name: string; employer: string | null }[] }> {
  const viewer = await requireViewer();
  const where = { ownerId: viewer.id, stage: "FOLLOW_UP", keepInTouchMonths: null, archivedAt: null, doNotContact: false } satisfies Prisma.ContactWhereInput;
  const [count, contacts] = await Promise.all([
    db.contact.count({ where }),
    db.contact.findMany({ where, select: { id: true, name: true, employer: true }, orderBy: { stageChangedAt: "asc" }, take: shown }),
  ]);
  return { count, contacts };
}
