// Keep-in-touch: logging a touch (an update, an article, a holiday note…) and choosing a contact's
// cadence (or declining to keep in touch), each followed by re-deriving the contact's one pending
// keep-in-touch reminder. Also dormancy, read from the outreach history (lib/domain/keep-in-touch.ts).
import "server-only";
import { db } from "../db";
import { contactDormantSince, KEEP_IN_TOUCH_DECLINED, keepInTouchState } from "../domain/keep-in-touch";
import type { Prisma } from "../generated/prisma/client";
import type { Channel, Stage } from "../generated/prisma/enums";
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

/**
 * Sets how often to keep in touch with the contact: every `months` months, KEEP_IN_TOUCH_DECLINED
 * (not at all, and no more prompting), or null (not decided: prompted again). Returns what the
 * confirmation says: the contact's name, when the next reminder is due if one now is, and whether
 * reminders wait for the contact to reach Follow-up.
 */
export async function setKeepInTouch(
  contactId: string,
  months: number | null,
  now = new Date(),
): Promise<{ name: string; nextDueAt: Date | null; waitsForFollowUp: boolean }> {
  const viewer = await requireViewer();
  return db.$transaction(async (tx) => {
    const { count } = await tx.contact.updateMany({
      where: { id: contactId, ownerId: viewer.id },
      data: { keepInTouchMonths: months, version: { increment: 1 } },
    });
    if (count === 0) throw new NotFoundError("contact");
    const next = await syncKeepInTouch(tx, viewer, contactId, now, "CANCELLED");
    const contact = await tx.contact.findFirstOrThrow({ where: { id: contactId, ownerId: viewer.id }, select: { name: true, stage: true, archivedAt: true, doNotContact: true } });
    return {
      name: contact.name,
      nextDueAt: next?.dueAt ?? null,
      waitsForFollowUp: contact.stage !== "FOLLOW_UP" && !contact.archivedAt && !contact.doNotContact,
    };
  });
}

/** "Don't keep in touch": no reminders and no more prompting, until a cadence is chosen after all. */
export function declineKeepInTouch(contactId: string, now = new Date()): Promise<{ name: string }> {
  return setKeepInTouch(contactId, KEEP_IN_TOUCH_DECLINED, now);
}

/** The contact's keep-in-touch state, from its cadence and its history (lib/domain/keep-in-touch.ts). */
async function readKeepInTouchState(tx: Prisma.TransactionClient, viewer: Viewer, contactId: string) {
  const contact = await tx.contact.findFirst({
    where: { id: contactId, ownerId: viewer.id },
    select: { id: true, name: true, stage: true, stageChangedAt: true, keepInTouchMonths: true, lastTouchAt: true, archivedAt: true, doNotContact: true },
  });
  if (!contact) throw new NotFoundError("contact");
  // Done or dismissed on Today restarts the clock. One answered by a logged touch is settled at that
  // touch (below), so it never counts for more than the touch itself.
  const settled = await tx.reminder.findFirst({
    where: { ownerId: viewer.id, contactId, rule: "KEEP_IN_TOUCH", status: { in: ["DONE", "DISMISSED"] }, settledAt: { not: null } },
    orderBy: { settledAt: "desc" },
    select: { settledAt: true },
  });
  return { contact, state: keepInTouchState({ ...contact, lastReminderSettledAt: settled?.settledAt ?? null }, viewer.timeZone) };
}

/**
 * Brings the contact's pending keep-in-touch reminder in line with its cadence and history. Safe to
 * run any number of times: the reminder is keyed by its local due day and never duplicated. A
 * superseded reminder is settled as `supersededAs`: DONE when a logged touch answered it (at that
 * touch, the contact's lastTouchAt), CANCELLED otherwise (at `now`). Returns the reminder now
 * pending, if the contact has one.
 */
export async function syncKeepInTouch(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  contactId: string,
  now: Date,
  supersededAs: "DONE" | "CANCELLED",
): Promise<{ name: string; dueAt: Date } | null> {
  const { contact, state } = await readKeepInTouchState(tx, viewer, contactId);
  const keep = state.kind === "due" ? state.ruleKey : null;
  await tx.reminder.updateMany({
    where: { ownerId: viewer.id, contactId, rule: "KEEP_IN_TOUCH", status: "PENDING", ...(keep ? { ruleKey: { not: keep } } : {}) },
    data: { status: supersededAs, settledAt: supersededAs === "DONE" ? (contact.lastTouchAt ?? now) : now },
  });
  if (state.kind !== "due") return null;
  await deriveReminders(tx, [{ ownerId: viewer.id, contactId, rule: "KEEP_IN_TOUCH", ruleKey: state.ruleKey, title: state.title, dueAt: state.dueAt }]);
  return { name: contact.name, dueAt: state.dueAt };
}

/**
 * Undo of done or dismissed on a keep-in-touch reminder, once it is pending again: the history is as
 * it was before, so the reminder the settle derived (the next one) goes, and nothing records it.
 * Refused (NotFoundError, nothing changed) when the history has moved on since (a touch logged, the
 * cadence changed, a later one settled): that reminder is no longer the one the rule calls for.
 */
export async function restoreKeepInTouchReminder(tx: Prisma.TransactionClient, viewer: Viewer, contactId: string, reminder: { id: string; ruleKey: string }): Promise<void> {
  const { state } = await readKeepInTouchState(tx, viewer, contactId);
  if (state.kind !== "due" || state.ruleKey !== reminder.ruleKey) throw new NotFoundError("reminder");
  await tx.reminder.deleteMany({ where: { ownerId: viewer.id, contactId, rule: "KEEP_IN_TOUCH", status: "PENDING", id: { not: reminder.id } } });
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

/**
 * When each of the given contacts went dormant, derived now from its outreach history (see
 * contactDormantSince); contacts that are not dormant are left out. Two queries however many
 * contacts are asked about (their requests and the viewer's holidays), none when none of them is in
 * Outreach. Only the viewer's contacts that are in Outreach in the database count, whatever stage
 * the caller passed.
 */
export async function dormantSinceByContact(contacts: readonly { id: string; stage: Stage }[], now = new Date()): Promise<Map<string, Date>> {
  const ids = contacts.filter((c) => c.stage === "OUTREACH").map((c) => c.id);
  const dormant = new Map<string, Date>();
  if (ids.length === 0) return dormant;
  const viewer = await requireViewer();
  const [history, holidays] = await Promise.all([
    db.outreachAttempt.findMany({
      where: { ownerId: viewer.id, contactId: { in: ids }, kind: { in: ["INITIAL", "FOLLOW_UP"] }, contact: { ownerId: viewer.id, stage: "OUTREACH" } },
      select: { id: true, contactId: true, kind: true, sentAt: true, replyStatus: true, repliedAt: true },
    }),
    db.holiday.findMany({ where: { ownerId: viewer.id }, select: { date: true } }),
  ]);
  const calendar = { timeZone: viewer.timeZone, holidays: holidays.map((h) => h.date.toISOString().slice(0, 10)) };
  const byContact = new Map<string, typeof history>();
  for (const event of history) byContact.set(event.contactId, [...(byContact.get(event.contactId) ?? []), event]);
  for (const [contactId, events] of byContact) {
    const since = contactDormantSince("OUTREACH", events, now, calendar);
    if (since) dormant.set(contactId, since);
  }
  return dormant;
}
