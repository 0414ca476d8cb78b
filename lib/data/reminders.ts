// Reminders for Today and the pipeline. Reminders are derived from rules elsewhere (lib/domain);
// here they are listed, settled and snoozed, always scoped to the viewer.
import "server-only";
import { db } from "../db";
import { startOfZonedDayOffset } from "../domain/format";
import { isOverdue, reminderTitle, shownReminder, startOfViewerToday } from "../domain/today";
import type { Prisma } from "../generated/prisma/client";
import { NotFoundError } from "./errors";
// Settling a keep-in-touch reminder re-derives the next one (and keep-in-touch uses deriveReminders).
import { restoreKeepInTouchReminder, syncKeepInTouch } from "./keep-in-touch";
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
  meeting: { select: { id: true, ownerId: true, title: true, startsAt: true } },
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

export type TodayGroupKey = "overdue" | "today" | "upcoming";

export interface TodayGroup {
  /** Every open reminder in the group. */
  count: number;
  /** The first `shown` of them, oldest first. */
  reminders: OpenReminder[];
}

/**
 * Today's three groups of the viewer's open reminders, by the viewer's own calendar days: overdue
 * (due before today, of any age), today, and upcoming (the next UPCOMING_DAYS days). Each group
 * counts all its reminders but reads only its first `shown`: a student with a thousand reminders
 * costs the page no more than one with fifty. Four statements, run at once.
 */
export async function listTodayReminders(now: Date, shown: number): Promise<Record<TodayGroupKey, TodayGroup>> {
  const viewer = await requireViewer();
  // Overdue ends, and today begins, where isOverdue draws the line.
  const startOfToday = startOfViewerToday(now, viewer.timeZone);
  const startOfTomorrow = startOfZonedDayOffset(now, 1, viewer.timeZone);
  const horizon = startOfZonedDayOffset(now, UPCOMING_DAYS + 1, viewer.timeZone);
  const open = openWhere(viewer.id, now);
  const first = (dueAt: Prisma.DateTimeFilter) =>
    db.reminder.findMany({ where: { ...open, dueAt }, select: openReminderRow, orderBy: [{ dueAt: "asc" }, { id: "asc" }], take: shown });
  // Timestamps are stored as UTC without a zone: raw SQL compares them with UTC strings.
  const utc = (date: Date) => date.toISOString();
  const [counts, overdue, today, upcoming] = await Promise.all([
    db.$queryRaw<{ overdue: number; today: number; upcoming: number }[]>`
      SELECT count(*) FILTER (WHERE "dueAt" < ${utc(startOfToday)}::timestamp)::int AS overdue,
             count(*) FILTER (WHERE "dueAt" >= ${utc(startOfToday)}::timestamp AND "dueAt" < ${utc(startOfTomorrow)}::timestamp)::int AS today,
             count(*) FILTER (WHERE "dueAt" >= ${utc(startOfTomorrow)}::timestamp)::int AS upcoming
      FROM "Reminder"
      WHERE "ownerId" = ${viewer.id} AND status = 'PENDING' AND "dueAt" < ${utc(horizon)}::timestamp
        AND ("snoozedUntil" IS NULL OR "snoozedUntil" <= ${utc(now)}::timestamp)`,
    first({ lt: startOfToday }),
    first({ gte: startOfToday, lt: startOfTomorrow }),
    first({ gte: startOfTomorrow, lt: horizon }),
  ]);
  const count = counts[0] ?? { overdue: 0, today: 0, upcoming: 0 };
  return {
    overdue: { count: Number(count.overdue), reminders: overdue },
    today: { count: Number(count.today), reminders: today },
    upcoming: { count: Number(count.upcoming), reminders: upcoming },
  };
}

/**
 * Ids of the viewer's contacts that have an overdue open reminder: due before the start of today
 * in the viewer's time zone. One query for the whole pipeline.
 */
export async function listContactIdsWithOverdueReminders(now: Date): Promise<Set<string>> {
  const viewer = await requireViewer();
  const rows = await db.reminder.findMany({
    where: { ...openWhere(viewer.id, now), dueAt: { lt: startOfViewerToday(now, viewer.timeZone) }, contactId: { not: null } },
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

/**
 * Marks one of the viewer's pending reminders done or dismissed. A keep-in-touch reminder settled
 * either way restarts the contact's cadence from `now` (lib/domain/keep-in-touch.ts): done, they
 * wrote; dismissed, this one is skipped; the reminders go on. For those it returns whom the next
 * one is about and when it is due.
 */
export async function settleReminder(
  reminderId: string,
  status: "DONE" | "DISMISSED",
  now: Date,
): Promise<{ title: string; contactName: string | null; nextDueAt: Date | null }> {
  const viewer = await requireViewer();
  return db.$transaction(async (tx) => {
    const { count } = await tx.reminder.updateMany({
      where: { id: reminderId, ownerId: viewer.id, status: "PENDING" },
      data: { status, settledAt: now },
    });
    if (count === 0) throw new NotFoundError("reminder");
    const reminder = await tx.reminder.findFirstOrThrow({
      where: { id: reminderId, ownerId: viewer.id },
      select: { title: true, rule: true, dueAt: true, contactId: true, contact: { select: { name: true } }, meeting: { select: { ownerId: true, startsAt: true } } },
    });
    // Named as Today's card named it a moment ago, so the notice that replaces the card matches it.
    const title = reminderTitle(shownReminder(reminder, viewer.id), isOverdue(reminder.dueAt, now, viewer.timeZone), now);
    if (reminder.rule !== "KEEP_IN_TOUCH" || !reminder.contactId) return { title, contactName: null, nextDueAt: null };
    const next = await syncKeepInTouch(tx, viewer, reminder.contactId, now, "CANCELLED");
    return { title, contactName: next?.name ?? null, nextDueAt: next?.dueAt ?? null };
  });
}

/**
 * Undoes "done" or "dismiss" on one of the viewer's reminders: it is pending again (already pending
 * is fine), and for a keep-in-touch reminder the next one that settling it derived is gone.
 */
export async function reopenReminder(reminderId: string): Promise<void> {
  const viewer = await requireViewer();
  await db.$transaction(async (tx) => {
    const reminder = await tx.reminder.findFirst({
      where: { id: reminderId, ownerId: viewer.id, status: { in: ["DONE", "DISMISSED", "PENDING"] } },
      select: { id: true, rule: true, ruleKey: true, contactId: true, status: true },
    });
    if (!reminder) throw new NotFoundError("reminder");
    if (reminder.status === "PENDING") return;
    const { count } = await tx.reminder.updateMany({
      where: { id: reminderId, ownerId: viewer.id, status: reminder.status },
      data: { status: "PENDING", settledAt: null },
    });
    if (count === 0) {
      // Undone meanwhile (two taps on Undo) is fine: that one did it all. Cancelled meanwhile is not.
      const pending = await tx.reminder.findFirst({ where: { id: reminderId, ownerId: viewer.id, status: "PENDING" }, select: { id: true } });
      if (pending) return;
      throw new NotFoundError("reminder");
    }
    if (reminder.rule === "KEEP_IN_TOUCH" && reminder.contactId) await restoreKeepInTouchReminder(tx, viewer, reminder.contactId, reminder);
  });
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

/**
 * Stores reminders a rule derives. Each is keyed by (owner, rule, key), so deriving again never
 * duplicates one; and one the app cancelled earlier under the same key (a contact moved back and
 * forward again, a cadence changed and changed back) comes back pending with its new date rather
 * than blocking the new one. A reminder the student settled (done, dismissed) stays settled.
 */
export async function deriveReminders(tx: Prisma.TransactionClient, rows: Prisma.ReminderCreateManyInput[]): Promise<void> {
  if (rows.length === 0) return;
  const { count } = await tx.reminder.createMany({ data: rows, skipDuplicates: true });
  if (count === rows.length) return;
  for (const row of rows) {
    await tx.reminder.updateMany({
      where: { ownerId: row.ownerId, rule: row.rule, ruleKey: row.ruleKey, status: "CANCELLED" },
      data: { status: "PENDING", settledAt: null, snoozedUntil: null, dueAt: row.dueAt, title: row.title, contactId: row.contactId ?? null, meetingId: row.meetingId ?? null },
    });
  }
}

/**
 * Cancels the contacts' pending reminders as of `at`: for a contact archived (at its archivedAt, which
 * is how a restore recognises them) or marked do-not-contact. `ownerId` scopes it to one student's
 * rows; a chapter's do-not-contact reaches every member's copy and passes none.
 */
export async function cancelContactReminders(tx: Prisma.TransactionClient, ownerId: string | null, contactIds: string[], at: Date): Promise<void> {
  await tx.reminder.updateMany({
    where: { ...(ownerId ? { ownerId } : {}), contactId: { in: contactIds }, status: "PENDING" },
    data: { status: "CANCELLED", settledAt: at },
  });
}

/** Brings back what archiving the contacts cancelled (settledAt = their archivedAt), nothing else. */
export async function restoreShelvedReminders(tx: Prisma.TransactionClient, ownerId: string, contactIds: string[]): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Reminder" r SET status = 'PENDING', "settledAt" = NULL
    FROM "Contact" c
    WHERE r."contactId" = c.id AND c."ownerId" = ${ownerId} AND r."ownerId" = ${ownerId}
      AND c.id = ANY(${contactIds}::text[]) AND r.status = 'CANCELLED' AND r."settledAt" = c."archivedAt"`;
}
