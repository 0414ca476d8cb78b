// The viewer's holidays: local dates that business days skip (lib/domain/business-days.ts). A
// change moves the due dates of pending 3B7 reminders, which are counted in business days.
import "server-only";
import { db } from "../db";
import { followUpState, type OutreachEvent } from "../domain/follow-ups";
import { formatDate } from "../domain/format";
import type { Prisma } from "../generated/prisma/client";
import { FieldError, NotFoundError } from "./errors";
import { requireViewer } from "./viewer";

export interface HolidayRow {
  id: string;
  /** The local date, "YYYY-MM-DD". */
  date: string;
  name: string;
}

const dateKey = (date: Date) => date.toISOString().slice(0, 10);
/** A local date as Prisma's @db.Date column stores it: midnight UTC of that calendar day. */
const dateValue = (key: string) => new Date(`${key}T00:00:00Z`);

/** The viewer's holidays, earliest first. */
export async function listHolidays(): Promise<HolidayRow[]> {
  const viewer = await requireViewer();
  const rows = await db.holiday.findMany({ where: { ownerId: viewer.id }, select: { id: true, date: true, name: true }, orderBy: [{ date: "asc" }, { name: "asc" }] });
  return rows.map((row) => ({ ...row, date: dateKey(row.date) }));
}

export async function addHoliday(input: { date: string; name: string }): Promise<{ id: string; moved: number }> {
  const viewer = await requireViewer();
  try {
    return await db.$transaction(async (tx) => {
      const same = await tx.holiday.findFirst({ where: { ownerId: viewer.id, date: dateValue(input.date) }, select: { name: true } });
      if (same) throw duplicate(input.date, same.name);
      const { id } = await tx.holiday.create({ data: { ownerId: viewer.id, date: dateValue(input.date), name: input.name }, select: { id: true } });
      const moved = await resyncFollowUpDueDates(tx, viewer.id, viewer.timeZone);
      return { id, moved };
    });
  } catch (error) {
    // Two tabs adding the same day at once: the unique index decides, with the same message.
    if ((error as { code?: string }).code === "P2002") throw duplicate(input.date, null);
    throw error;
  }
}

function duplicate(date: string, name: string | null): FieldError {
  return new FieldError("date", `${formatDate(dateValue(date), "UTC")} is already on your list${name ? ` (${name})` : ""}.`);
}

/** Removes one of the viewer's holidays and returns it, so "Undo" can add it back. */
export async function removeHoliday(holidayId: string): Promise<{ date: string; name: string; moved: number }> {
  const viewer = await requireViewer();
  return db.$transaction(async (tx) => {
    const row = await tx.holiday.findFirst({ where: { id: holidayId, ownerId: viewer.id }, select: { date: true, name: true } });
    if (!row) throw new NotFoundError("holiday");
    await tx.holiday.deleteMany({ where: { id: holidayId, ownerId: viewer.id } });
    const moved = await resyncFollowUpDueDates(tx, viewer.id, viewer.timeZone);
    return { date: dateKey(row.date), name: row.name, moved };
  });
}

const FOLLOW_UP_RULES = ["SUGGEST_ANOTHER_3B", "FOLLOW_UP_7B"] as const;

/**
 * Re-derives the due dates of the owner's pending 3B7 reminders from their outreach history with
 * the current holidays and `timeZone`, and moves the ones that changed. Nothing is created,
 * cancelled or settled here: which reminders exist is syncFollowUps' job, and a holiday or time
 * zone does not change that. Returns how many reminders moved.
 */
export async function resyncFollowUpDueDates(tx: Prisma.TransactionClient, ownerId: string, timeZone: string): Promise<number> {
  const pending = await tx.reminder.findMany({
    where: { ownerId, status: "PENDING", rule: { in: [...FOLLOW_UP_RULES] }, contactId: { not: null } },
    select: { id: true, rule: true, ruleKey: true, contactId: true, dueAt: true },
  });
  if (!pending.length) return 0;
  const contactIds = [...new Set(pending.map((r) => r.contactId!))];
  const [history, holidays] = await Promise.all([
    tx.outreachAttempt.findMany({
      where: { ownerId, contactId: { in: contactIds } },
      select: { id: true, contactId: true, kind: true, sentAt: true, replyStatus: true, repliedAt: true },
    }),
    tx.holiday.findMany({ where: { ownerId }, select: { date: true } }),
  ]);
  const calendar = { timeZone, holidays: holidays.map((h) => dateKey(h.date)) };
  const byContact = new Map<string, OutreachEvent[]>();
  for (const { contactId, ...event } of history) {
    const list = byContact.get(contactId) ?? [];
    list.push(event);
    byContact.set(contactId, list);
  }
  const due = new Map<string, Date>();
  for (const [contactId, events] of byContact) {
    for (const reminder of followUpState(events, new Date(), calendar).reminders) due.set(`${contactId}|${reminder.rule}|${reminder.ruleKey}`, reminder.dueAt);
  }
  let moved = 0;
  for (const reminder of pending) {
    const dueAt = due.get(`${reminder.contactId}|${reminder.rule}|${reminder.ruleKey}`);
    if (!dueAt || dueAt.getTime() === reminder.dueAt.getTime()) continue;
    await tx.reminder.updateMany({ where: { id: reminder.id, ownerId, status: "PENDING" }, data: { dueAt } });
    moved++;
  }
  return moved;
}
