// Reminders for Today and the pipeline. Reminders are derived from rules elsewhere (lib/domain);
// here they are listed, settled and snoozed, always scoped to the viewer.
import "server-only";
import { db } from "../db";
import { startOfZonedDayOffset } from "../domain/format";
import type { Prisma } from "../generated/prisma/client";
import { NotFoundError } from "./errors";
import { requireViewer } from "./viewer";

/** Days after today that Today's "Upcoming" group covers. */
export const UPCOMING_DAYS = 14;

export const openReminderRow = {
  id: true,
  rule: true,
  title: true,
  dueAt: true,
  snoozedUntil: true,
  contact: { select: { id: true, name: true, employer: true } },
  meeting: { select: { id: true, title: true, startsAt: true } },
} satisfies Prisma.ReminderSelect;

export type OpenReminder = Prisma.ReminderGetPayload<{ select: typeof openReminderRow }>;

/** PENDING and not snoozed past `now`. */
function openWhere(ownerId: string, now: Date): Prisma.ReminderWhereInput {
  return {
    ownerId,
    status: "PENDING",
    OR: [{ snoozedUntil: null }, { snoozedUntil: { lte: now } }],
  };
}

/**
 * The viewer's open reminders due before the end of the UPCOMING_DAYS-th day after today (in the
 * viewer's time zone), oldest first, in one query. Overdue ones of any age are included.
 */
export async function listOpenReminders(now: Date): Promise<OpenReminder[]> {
  const viewer = await requireViewer();
  const horizon = startOfZonedDayOffset(now, UPCOMING_DAYS + 1, viewer.timeZone);
  return db.reminder.findMany({
    where: { ...openWhere(viewer.id, now), dueAt: { lt: horizon } },
    select: openReminderRow,
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
  });
}

/**
 * Ids of the viewer's contacts that have an overdue open reminder: due before the start of today
 * in the viewer's time zone. One query for the whole pipeline.
 */
export async function listContactIdsWithOverdueReminders(now: Date): Promise<Set<string>> {
  const viewer = await requireViewer();
  const startOfToday = startOfZonedDayOffset(now, 0, viewer.timeZone);
  const rows = await db.reminder.findMany({
    where: { ...openWhere(viewer.id, now), dueAt: { lt: startOfToday }, contactId: { not: null } },
    select: { contactId: true },
    distinct: ["contactId"],
  });
  const ids = new Set<string>();
  for (const row of rows) if (row.contactId) ids.add(row.contactId);
  return ids;
}

/** Open reminders due by the end of today in the viewer's zone: the number on Today's tab. */
export async function countDueReminders(now: Date): Promise<number> {
  const viewer = await requireViewer();
  return db.reminder.count({ where: { ...openWhere(viewer.id, now), dueAt: { lt: startOfZonedDayOffset(now, 1, viewer.timeZone) } } });
}

/** Marks one of the viewer's pending reminders done or dismissed. */
export async function settleReminder(reminderId: string, status: "DONE" | "DISMISSED", now: Date): Promise<void> {
  const viewer = await requireViewer();
  const { count } = await db.reminder.updateMany({
    where: { id: reminderId, ownerId: viewer.id, status: "PENDING" },
    data: { status, settledAt: now },
  });
  if (count === 0) throw new NotFoundError("reminder");
}

/** Hides one of the viewer's pending reminders until `until`. */
export async function snoozeReminder(reminderId: string, until: Date): Promise<void> {
  const viewer = await requireViewer();
  const { count } = await db.reminder.updateMany({
    where: { id: reminderId, ownerId: viewer.id, status: "PENDING" },
    data: { snoozedUntil: until },
  });
  if (count === 0) throw new NotFoundError("reminder");
}
