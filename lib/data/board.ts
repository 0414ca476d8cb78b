// The pipeline board: per stage, how many active contacts it holds and the first cards to show,
// each with its next due reminder. A fixed number of queries however many contacts there are
// (two, plus the viewer's session that the request has already looked up): one SQL statement
// ranks and counts the contacts and finds each shown card's next reminder; one counts contacts with
// an overdue reminder.
import "server-only";
import { db } from "../db";
import { isStage, STAGES } from "../domain/stages";
import { isOverdue, reminderTitle, startOfViewerToday } from "../domain/today";
import type { ReminderRule, Stage } from "../generated/prisma/enums";
import { requireViewer } from "./viewer";

/**
 * Cards rendered per column, highest priority first; the rest are a link to the contacts list
 * filtered by stage. Twenty is more than a phone screen scrolls through before the student looks
 * for a list instead, and every card is server-rendered HTML: at 50 a column, a student with 2,000
 * contacts got an 820 KB page that cost the server 2.5 times as long to render.
 */
export const BOARD_CARDS_PER_STAGE = 20;

export interface BoardCard {
  id: string;
  name: string;
  employer: string | null;
  priority: number;
  version: number;
  doNotContact: boolean;
  stage: Stage;
  /** The cadence already chosen (null: not asked yet; 0: declined), so a move to Follow-up starts from it. */
  keepInTouchMonths: number | null;
  /** The scheduled meeting a move to Interviewed completes (the latest by start), if any. */
  meeting: { id: string; startsAt: Date; durationMinutes: number } | null;
  /** The earliest pending reminder that is not snoozed past now. */
  nextReminder: { title: string; dueAt: Date } | null;
  /** A pending reminder was due before the start of today in the viewer's time zone. */
  overdue: boolean;
}

export interface BoardColumn {
  stage: Stage;
  /** Every active contact in the stage, shown or not. */
  count: number;
  /** The first BOARD_CARDS_PER_STAGE, by priority (highest first), then name. */
  cards: BoardCard[];
}

export interface Board {
  columns: BoardColumn[];
  /** Active contacts on the board. */
  total: number;
  /** Active contacts with an overdue reminder (in any column, shown or not). */
  overdueContacts: number;
  timeZone: string;
}

interface BoardRow {
  id: string;
  name: string;
  employer: string | null;
  priority: number;
  version: number;
  doNotContact: boolean;
  keepInTouchMonths: number | null;
  stage: string;
  total: number;
  reminderRule: ReminderRule | null;
  reminderTitle: string | null;
  reminderDueAt: Date | null;
  /** Start of the viewer's own meeting the next reminder is about (null for none, or a chapter's). */
  reminderMeetingStartsAt: Date | null;
  meetingId: string | null;
  meetingStartsAt: Date | null;
  meetingMinutes: number | null;
}

export async function getBoard(now: Date): Promise<Board> {
  const viewer = await requireViewer();
  // Timestamps are stored as UTC without a zone: compare against UTC, whatever the session's zone.
  const nowUtc = now.toISOString();

  const [rows, overdueContacts] = await Promise.all([
    // Next reminders are found for the shown cards only, in one pass over the viewer's pending
    // reminders (DISTINCT ON), not one index walk per card.
    db.$queryRaw<BoardRow[]>`
      WITH shown AS (
        SELECT * FROM (
          SELECT c.id, c.name, c.employer, c.priority, c.version, c."doNotContact", c."keepInTouchMonths", c.stage,
                 count(*) OVER (PARTITION BY c.stage) AS total,
                 row_number() OVER (PARTITION BY c.stage ORDER BY c.priority DESC, c.name ASC, c.id ASC) AS position
          FROM "Contact" c
          WHERE c."ownerId" = ${viewer.id} AND c."archivedAt" IS NULL
        ) ranked
        WHERE position <= ${BOARD_CARDS_PER_STAGE}
      ),
      next AS (
        SELECT DISTINCT ON (m."contactId") m."contactId", m.rule, m.title, m."dueAt", rm."startsAt" AS "meetingStartsAt"
        FROM "Reminder" m
        JOIN shown s ON s.id = m."contactId"
        LEFT JOIN "Meeting" rm ON rm.id = m."meetingId" AND rm."ownerId" = ${viewer.id}
        WHERE m."ownerId" = ${viewer.id}
          AND m.status = 'PENDING'
          AND (m."snoozedUntil" IS NULL OR m."snoozedUntil" <= (${nowUtc}::timestamptz AT TIME ZONE 'UTC'))
        ORDER BY m."contactId", m."dueAt" ASC, m.id ASC
      ),
      -- The same meeting lib/data/pipeline.ts completes on a move to Interviewed.
      meeting AS (
        SELECT DISTINCT ON (g."contactId") g."contactId", g.id, g."startsAt", g."durationMinutes"
        FROM "Meeting" g
        JOIN shown s ON s.id = g."contactId"
        WHERE g."ownerId" = ${viewer.id} AND g.status = 'SCHEDULED'
        ORDER BY g."contactId", g."startsAt" DESC, g.id DESC
      )
      SELECT s.id, s.name, s.employer, s.priority, s.version, s."doNotContact", s."keepInTouchMonths", s.stage::text AS stage,
             s.total::int AS total, n.rule::text AS "reminderRule", n.title AS "reminderTitle", n."dueAt" AS "reminderDueAt", n."meetingStartsAt" AS "reminderMeetingStartsAt",
             g.id AS "meetingId", g."startsAt" AS "meetingStartsAt", g."durationMinutes" AS "meetingMinutes"
      FROM shown s
      LEFT JOIN next n ON n."contactId" = s.id
      LEFT JOIN meeting g ON g."contactId" = s.id
      ORDER BY s.stage, s.position`,
    db.contact.count({
      where: {
        ownerId: viewer.id,
        archivedAt: null,
        reminders: {
          some: {
            ownerId: viewer.id,
            status: "PENDING",
            dueAt: { lt: startOfViewerToday(now, viewer.timeZone) },
            OR: [{ snoozedUntil: null }, { snoozedUntil: { lte: now } }],
          },
        },
      },
    }),
  ]);

  const columns = new Map<Stage, BoardColumn>(STAGES.map((stage) => [stage, { stage, count: 0, cards: [] }]));
  for (const row of rows) {
    if (!isStage(row.stage)) continue;
    const column = columns.get(row.stage);
    if (!column) continue;
    column.count = Number(row.total);
    const dueAt = row.reminderDueAt ? new Date(row.reminderDueAt) : null;
    const overdue = dueAt !== null && isOverdue(dueAt, now, viewer.timeZone);
    column.cards.push({
      id: row.id,
      name: row.name,
      employer: row.employer,
      priority: Number(row.priority),
      version: Number(row.version),
      doNotContact: row.doNotContact,
      keepInTouchMonths: row.keepInTouchMonths === null ? null : Number(row.keepInTouchMonths),
      stage: row.stage,
      meeting: row.meetingId && row.meetingStartsAt ? { id: row.meetingId, startsAt: new Date(row.meetingStartsAt), durationMinutes: Number(row.meetingMinutes ?? 30) } : null,
      nextReminder:
        dueAt && row.reminderRule && row.reminderTitle !== null
          ? {
              title: reminderTitle(
                {
                  rule: row.reminderRule,
                  title: row.reminderTitle,
                  contactName: row.name,
                  // Read from the reminder's own meeting, not the card's (the contact's latest):
                  // an earlier meeting's prep reminder has started first.
                  ownMeetingStartsAt: row.reminderMeetingStartsAt ? new Date(row.reminderMeetingStartsAt) : null,
                },
                overdue,
                now,
              ),
              dueAt,
            }
          : null,
      overdue,
    });
  }
  const list = [...columns.values()];
  return {
    columns: list,
    total: list.reduce((sum, column) => sum + column.count, 0),
    overdueContacts,
    timeZone: viewer.timeZone,
  };
}
