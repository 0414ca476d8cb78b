// Progress metrics (lib/domain/metrics.ts defines them) computed by SQL aggregation: a fixed number
// of statements for any number of users and contacts, never one per contact or per user.
// `getMyProgress()` is the student's own dashboard; `progressForUsers()` is the lower-level read the
// staff's view of one student calls, and `cohortProgressForUsers()` the one the cohort dashboard and
// its export call for many students (only the figures they show), after checking the staff member's
// access and each student's consent. Plain server functions: never export them from a "use server" file.
import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import {
  cohortProgress,
  latest,
  progressMetrics,
  referralTree,
  STREAK_LOOKBACK_WEEKS,
  THANK_YOU_ON_TIME_BEFORE_MS,
  TREND_WEEKS,
  type CohortProgress,
  type ProgressAggregates,
  type ProgressMetrics,
  type ReferralNode,
  type ReferralRow,
  type StageCountRow,
} from "../domain/metrics";
import { isStage } from "../domain/stages";
import { requireViewer } from "./viewer";

const DAY_MS = 24 * 60 * 60 * 1000;

interface UserRow {
  id: string;
  timeZone: string;
  weeklyOutreachGoal: number;
  createdAt: Date;
  meetingsDone: number;
  lastMeetingDone: Date | null;
  thanksOnTime: number;
  thanksLate: number;
  thanksOverdue: number;
  lastStageChange: Date | null;
  referralsGained: number;
}

interface StageRow {
  ownerId: string;
  stage: string;
  reached: string;
  count: number;
}

interface OutreachRow {
  ownerId: string;
  last7: number;
  last30: number;
  initialSent: number;
  initialAnswered: number;
  medianHours: number | null;
  lastSent: Date | null;
  /** The cohort's read only: the Monday ("yyyy-MM-dd") of the user's week holding now… */
  thisWeek?: string;
  /** …and outreach per week, this week first, TREND_WEEKS of them. */
  weeks?: number[] | null;
}

interface WeekRow {
  ownerId: string;
  week: string;
  count: number;
}

interface OverdueRow {
  ownerId: string;
  count: number;
}

const asDate = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

/**
 * What a read covers. "student": everything, for the student's own Progress and the staff's view of
 * one student. "cohort": what the cohort dashboard shows (no weekly goal or streak, so eight weeks of
 * outreach counted in the same pass as the other outreach counts, not two years in a statement of
 * their own), with the median time to reply only when `median` (the export shows it, the dashboard
 * does not: it sorts each student's replies).
 */
type Reading = { kind: "student" } | { kind: "cohort"; median: boolean };

/**
 * The same progress metrics for each of the given users, in five SQL statements however many users
 * and contacts. The caller decides who may see them; this function does no access check. Unknown
 * ids are left out of the result.
 */
export async function progressForUsers(userIds: readonly string[], now: Date): Promise<Map<string, ProgressMetrics>> {
  const result = new Map<string, ProgressMetrics>();
  // A student reading reads the median and the goal: the cast only restores what the type forgot.
  for (const [id, a] of await readAggregates(userIds, now, { kind: "student" })) result.set(id, progressMetrics(a as ProgressAggregates, now));
  return result;
}

/**
 * The cohort dashboard's (and, with `median`, its export's) metrics for each of the given users, in
 * four SQL statements however many users and contacts: progressForUsers without the weekly goal.
 * The caller decides who may see them; this function does no access check.
 */
export async function cohortProgressForUsers(userIds: readonly string[], now: Date, { median }: { median: boolean }): Promise<Map<string, CohortProgress>> {
  const result = new Map<string, CohortProgress>();
  for (const [id, a] of await readAggregates(userIds, now, { kind: "cohort", median })) result.set(id, cohortProgress(a, now));
  return result;
}

type Aggregates = Omit<ProgressAggregates, "medianHoursToReply" | "weeklyOutreachGoal"> & Partial<Pick<ProgressAggregates, "medianHoursToReply" | "weeklyOutreachGoal">>;

/** "yyyy-MM-dd" `weeks` weeks before the Monday `monday` (plain calendar arithmetic, as weekKey's callers do). */
function mondayBefore(monday: string, weeks: number): string {
  const [y, m, d] = monday.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 7 * weeks)).toISOString().slice(0, 10);
}

async function readAggregates(userIds: readonly string[], now: Date, reading: Reading): Promise<Map<string, Aggregates>> {
  const result = new Map<string, Aggregates>();
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return result;
  const student = reading.kind === "student";
  const median = student || reading.median;
  // Timestamps are stored as UTC without a zone: compare against UTC strings.
  const nowUtc = now.toISOString();
  const since7 = new Date(now.getTime() - 7 * DAY_MS).toISOString();
  const since30 = new Date(now.getTime() - 30 * DAY_MS).toISOString();
  const sinceWeeks = new Date(now.getTime() - (STREAK_LOOKBACK_WEEKS + 2) * 7 * DAY_MS).toISOString();
  const medianHours = median
    ? Prisma.sql`(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM (o."repliedAt" - o."sentAt")) / 3600.0)
                   FILTER (WHERE o.kind = 'INITIAL' AND o."replyStatus" IN ('REPLIED', 'DECLINED') AND o."repliedAt" IS NOT NULL))::float8`
    : Prisma.sql`NULL::float8`;
  // The cohort's weekly counts, in the same pass over the outreach rows. Each of the user's last
  // TREND_WEEKS Mondays (Monday-based in the user's zone, as the weekly statement's date_trunc; s1
  // begins the week holding now) is turned into a UTC instant once per user, and each row is compared
  // with them. OFFSET 0 keeps the planner from copying the conversions into every comparison, which
  // converted each row's time eight times over and cost more than the weekly statement saved.
  const trend = student
    ? Prisma.empty
    : Prisma.sql`, to_char(wk.monday, 'YYYY-MM-DD') AS "thisWeek",
               ARRAY[${Prisma.join(
                 Array.from({ length: TREND_WEEKS }, (_, k) =>
                   Prisma.sql`count(*) FILTER (WHERE o.kind IN ('INITIAL', 'FOLLOW_UP') AND o."sentAt" >= wk.${Prisma.raw(`s${k + 1}`)}${
                     k === 0 ? Prisma.empty : Prisma.sql` AND o."sentAt" < wk.${Prisma.raw(`s${k}`)}`
                   })::int`,
                 ),
               )}] AS weeks`;
  const week = student
    ? Prisma.empty
    : Prisma.sql`CROSS JOIN LATERAL (
        SELECT l.monday, ${Prisma.join(
          Array.from({ length: TREND_WEEKS }, (_, k) => Prisma.sql`((l.monday - ${Prisma.raw(`interval '${7 * k} days'`)}) AT TIME ZONE u."timeZone") AT TIME ZONE 'UTC' AS ${Prisma.raw(`s${k + 1}`)}`),
        )}
        FROM (SELECT date_trunc('week', (${nowUtc}::timestamptz) AT TIME ZONE u."timeZone") AS monday) l
        OFFSET 0) wk`;

  // All at once: none needs another's result.
  const [users, stages, outreach, weeks, overdue] = await Promise.all([
    // One row per user, each aggregate read per user (LATERAL) from an index that starts with the
    // owner: a few index entries each, where one pass grouping the whole cohort's rows by owner
    // cost about twice as much. Meetings are read from their (ownerId, status, doneAt, …) index alone.
    // Every done meeting with a contact owes a thank-you (thankYouStates is the definition); the
    // database keeps each one's first thank-you in "thankYouSentAt" (schema.prisma), so they are
    // counted in the same pass: on time (sent less than THANK_YOU_ON_TIME_BEFORE_MS after), late,
    // and overdue (none sent by now and the window closed); not yet due is left out. Matching
    // thank-yous to meetings here instead was the dashboard's costliest statement.
    //
    // A chapter's group meeting is the organising officer's row, with no contact; each member who
    // went (RSVP going, with their own contact for the professional, as markGroupMeetingDone
    // reminds them) also met the professional and owes a thank-you, to that contact: read per
    // attendance (g), a few rows a student, its first thank-you found by thankYouStates' rule (the
    // first sent at or after the end, before that contact's next meeting done). The officer's own
    // count keeps it: they organised it, and are never among its attendees.
    db.$queryRaw<UserRow[]>`
      SELECT u.id, u."timeZone", u."weeklyOutreachGoal", u."createdAt",
             (m.done + g.done)::int AS "meetingsDone", GREATEST(m.last, g.last) AS "lastMeetingDone",
             (m."thanksOnTime" + g."thanksOnTime")::int AS "thanksOnTime", (m."thanksLate" + g."thanksLate")::int AS "thanksLate",
             (m."thanksOverdue" + g."thanksOverdue")::int AS "thanksOverdue",
             s.last AS "lastStageChange", COALESCE(r.gained, 0)::int AS "referralsGained"
      FROM "User" u
      CROSS JOIN LATERAL (
        SELECT count(*) AS done, max("doneAt") AS last,
               count(*) FILTER (WHERE "contactId" IS NOT NULL AND "doneAt" <= ${nowUtc}::timestamp AND "thankYouSentAt" <= ${nowUtc}::timestamp
                                  AND "thankYouSentAt" - "doneAt" < ${THANK_YOU_ON_TIME_BEFORE_MS} * interval '1 millisecond') AS "thanksOnTime",
               count(*) FILTER (WHERE "contactId" IS NOT NULL AND "doneAt" <= ${nowUtc}::timestamp AND "thankYouSentAt" <= ${nowUtc}::timestamp
                                  AND "thankYouSentAt" - "doneAt" >= ${THANK_YOU_ON_TIME_BEFORE_MS} * interval '1 millisecond') AS "thanksLate",
               count(*) FILTER (WHERE "contactId" IS NOT NULL AND ("thankYouSentAt" IS NULL OR "thankYouSentAt" > ${nowUtc}::timestamp)
                                  AND ${nowUtc}::timestamp - "doneAt" >= ${THANK_YOU_ON_TIME_BEFORE_MS} * interval '1 millisecond') AS "thanksOverdue"
        FROM "Meeting" WHERE "ownerId" = u.id AND status = 'DONE') m
      CROSS JOIN LATERAL (
        SELECT count(*) AS done, max(gm."doneAt") AS last,
               count(*) FILTER (WHERE gm."doneAt" <= ${nowUtc}::timestamp AND t.first - gm."doneAt" < ${THANK_YOU_ON_TIME_BEFORE_MS} * interval '1 millisecond') AS "thanksOnTime",
               count(*) FILTER (WHERE gm."doneAt" <= ${nowUtc}::timestamp AND t.first - gm."doneAt" >= ${THANK_YOU_ON_TIME_BEFORE_MS} * interval '1 millisecond') AS "thanksLate",
               count(*) FILTER (WHERE t.first IS NULL AND ${nowUtc}::timestamp - gm."doneAt" >= ${THANK_YOU_ON_TIME_BEFORE_MS} * interval '1 millisecond') AS "thanksOverdue"
        FROM "MeetingAttendee" a
        JOIN "Meeting" gm ON gm.id = a."meetingId" AND gm.status = 'DONE' AND gm."contactId" IS NULL
        JOIN "Contact" ac ON ac.id = a."contactId" AND ac."ownerId" = u.id
        LEFT JOIN LATERAL (
          SELECT min(o."sentAt") AS first
          FROM "OutreachAttempt" o
          WHERE o."contactId" = a."contactId" AND o."ownerId" = u.id AND o.kind = 'THANK_YOU'
            AND o."sentAt" >= gm."doneAt" AND o."sentAt" <= ${nowUtc}::timestamp
            AND NOT EXISTS (SELECT 1 FROM "Meeting" n
                            WHERE n."contactId" = a."contactId" AND n."ownerId" = u.id AND n.status = 'DONE'
                              AND n."doneAt" > gm."doneAt" AND n."doneAt" <= o."sentAt")
            AND NOT EXISTS (SELECT 1 FROM "MeetingAttendee" a2 JOIN "Meeting" n2 ON n2.id = a2."meetingId" AND n2.status = 'DONE'
                            WHERE a2."contactId" = a."contactId" AND a2."userId" = u.id AND a2.rsvp = 'GOING'
                              AND n2."doneAt" > gm."doneAt" AND n2."doneAt" <= o."sentAt")
        ) t ON true
        WHERE a."userId" = u.id AND a.rsvp = 'GOING') g
      LEFT JOIN LATERAL (SELECT max(sc.at) AS last FROM "StageChange" sc WHERE sc."ownerId" = u.id) s ON true
      LEFT JOIN (SELECT "ownerId", count(*) AS gained FROM "Contact"
                 WHERE "ownerId" = ANY(${ids}::text[]) AND "referredById" IS NOT NULL AND "archivedAt" IS NULL GROUP BY 1) r ON r."ownerId" = u.id
      WHERE u.id = ANY(${ids}::text[])`,
    // Each active contact's current stage and the furthest stage it ever reached (reachedStage,
    // kept by the database on every move: see schema.prisma), counted. Read from the
    // (ownerId, stage, reachedStage, archivedAt) index alone, already in group order; grouped by
    // the enums themselves and turned into text after: grouping by the text was a disk sort.
    db.$queryRaw<StageRow[]>`
      SELECT c."ownerId", c.stage::text AS stage, c."reachedStage"::text AS reached, count(*)::int AS count
      FROM "Contact" c
      WHERE c."ownerId" = ANY(${ids}::text[]) AND c."archivedAt" IS NULL
      GROUP BY c."ownerId", c.stage, c."reachedStage"`,
    // Per user (LATERAL), as the users statement: each user's rows are a short range of the
    // (ownerId, sentAt, kind, replyStatus, repliedAt) index, and the median sorts one user's
    // replies at a time rather than the cohort's.
    db.$queryRaw<OutreachRow[]>`
      SELECT u.id AS "ownerId", o.*
      FROM "User" u
      ${week}
      CROSS JOIN LATERAL (
        SELECT count(*) FILTER (WHERE o.kind IN ('INITIAL', 'FOLLOW_UP') AND o."sentAt" > ${since7}::timestamp)::int AS last7,
               count(*) FILTER (WHERE o.kind IN ('INITIAL', 'FOLLOW_UP') AND o."sentAt" > ${since30}::timestamp)::int AS last30,
               count(*) FILTER (WHERE o.kind = 'INITIAL')::int AS "initialSent",
               count(*) FILTER (WHERE o.kind = 'INITIAL' AND o."replyStatus" IN ('REPLIED', 'DECLINED'))::int AS "initialAnswered",
               ${medianHours} AS "medianHours",
               max(o."sentAt") AS "lastSent"${trend}
        FROM "OutreachAttempt" o
        WHERE o."ownerId" = u.id AND o."sentAt" <= ${nowUtc}::timestamp) o
      WHERE u.id = ANY(${ids}::text[])`,
    // Outreach per week, Monday-based, in each user's own time zone. Per user (LATERAL): the zone
    // is one value for the user's rows, and each user's weeks are a small group; joining the
    // cohort's rows to their owners and grouping them all at once cost twice as much.
    // Grouped by the week's timestamp, formatted once per group rather than once per row.
    // The cohort's read has its weeks from the outreach statement above.
    !student ? Promise.resolve([] as WeekRow[]) : db.$queryRaw<WeekRow[]>`
      SELECT u.id AS "ownerId", to_char(w.week, 'YYYY-MM-DD') AS week, w.count
      FROM "User" u
      CROSS JOIN LATERAL (
        SELECT date_trunc('week', (o."sentAt" AT TIME ZONE 'UTC') AT TIME ZONE u."timeZone") AS week, count(*)::int AS count
        FROM "OutreachAttempt" o
        WHERE o."ownerId" = u.id AND o.kind IN ('INITIAL', 'FOLLOW_UP')
          AND o."sentAt" > ${sinceWeeks}::timestamp AND o."sentAt" <= ${nowUtc}::timestamp
        GROUP BY 1
      ) w
      WHERE u.id = ANY(${ids}::text[])`,
    // Pending reminders due before the start of the user's local today, not snoozed past now.
    db.$queryRaw<OverdueRow[]>`
      SELECT r."ownerId", count(*)::int AS count
      FROM "Reminder" r
      JOIN "User" u ON u.id = r."ownerId"
      WHERE r."ownerId" = ANY(${ids}::text[]) AND r.status = 'PENDING'
        AND r."dueAt" < (date_trunc('day', (${nowUtc}::timestamptz) AT TIME ZONE u."timeZone") AT TIME ZONE u."timeZone") AT TIME ZONE 'UTC'
        AND (r."snoozedUntil" IS NULL OR r."snoozedUntil" <= ${nowUtc}::timestamp)
      GROUP BY r."ownerId"`,
  ]);

  const group = <T extends { ownerId: string }>(rows: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const list = map.get(row.ownerId);
      if (list) list.push(row);
      else map.set(row.ownerId, [row]);
    }
    return map;
  };
  const stagesBy = group(stages);
  const outreachBy = new Map(outreach.map((r) => [r.ownerId, r]));
  const weeksBy = group(weeks);
  const overdueBy = new Map(overdue.map((r) => [r.ownerId, Number(r.count)]));

  for (const user of users) {
    const o = outreachBy.get(user.id);
    const stageRows: StageCountRow[] = [];
    for (const row of stagesBy.get(user.id) ?? []) {
      if (isStage(row.stage) && isStage(row.reached)) stageRows.push({ stage: row.stage, reached: row.reached, count: Number(row.count) });
    }
    const lastActivity = latest(asDate(o?.lastSent ?? null), asDate(user.lastStageChange), asDate(user.lastMeetingDone));
    const thisWeek = o?.thisWeek;
    const weekCounts = student
      ? new Map((weeksBy.get(user.id) ?? []).map((w) => [w.week, Number(w.count)]))
      : new Map(thisWeek ? (o?.weeks ?? []).map((count, back) => [mondayBefore(thisWeek, back), Number(count)] as const) : []);
    result.set(user.id, {
      stageRows,
      outreachLast7Days: Number(o?.last7 ?? 0),
      outreachLast30Days: Number(o?.last30 ?? 0),
      initialSent: Number(o?.initialSent ?? 0),
      initialAnswered: Number(o?.initialAnswered ?? 0),
      ...(median ? { medianHoursToReply: o?.medianHours === null || o?.medianHours === undefined ? null : Number(o.medianHours) } : {}),
      meetingsDone: Number(user.meetingsDone),
      thankYous: { onTime: Number(user.thanksOnTime), late: Number(user.thanksLate), overdue: Number(user.thanksOverdue) },
      referralsGained: Number(user.referralsGained),
      overdueReminders: overdueBy.get(user.id) ?? 0,
      lastActivity,
      accountCreatedAt: new Date(user.createdAt),
      ...(student ? { weeklyOutreachGoal: Number(user.weeklyOutreachGoal) } : {}),
      timeZone: user.timeZone,
      weekCounts,
    });
  }
  return result;
}

export interface MyProgress {
  metrics: ProgressMetrics;
  referralTree: ReferralNode[];
  timeZone: string;
}

/** The viewer's own progress and referral tree: seven SQL statements, however many contacts. */
export async function getMyProgress(now: Date): Promise<MyProgress> {
  const viewer = await requireViewer();
  const [byUser, referrals] = await Promise.all([
    progressForUsers([viewer.id], now),
    // Contacts that referred someone or were referred, with who referred them.
    db.$queryRaw<ReferralRow[]>`
      SELECT c.id, c.name, c.employer, c."referredById"
      FROM "Contact" c
      WHERE c."ownerId" = ${viewer.id} AND c."archivedAt" IS NULL
        AND (c."referredById" IS NOT NULL
             OR EXISTS (SELECT 1 FROM "Contact" r WHERE r."referredById" = c.id AND r."ownerId" = ${viewer.id} AND r."archivedAt" IS NULL))`,
  ]);
  const metrics = byUser.get(viewer.id);
  if (!metrics) throw new Error("The viewer's progress could not be read");
  return { metrics, referralTree: referralTree(referrals), timeZone: viewer.timeZone };
}
