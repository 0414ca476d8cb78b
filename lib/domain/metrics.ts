// The one definition of a student's progress metrics, shared by the student's own dashboard and
// the career centre's cohort dashboard, so both agree. The SQL (lib/data/metrics.ts) aggregates
// rows into small per-user numbers and lists; these pure functions turn them into the metrics.
//
// Definitions:
// - Contacts per stage: active (not archived) contacts by their current stage.
// - Funnel: a contact has "reached" a stage when its current stage or any stage it was ever moved to
//   (the stage history) is at or past it; the SQL reads "ever" as the highest stage a backward move
//   left from, which is the same when every move is recorded (lib/data/pipeline.ts records each). Conversion N → N+1 = reached(N+1) / reached(N).
// - Outreach: initial requests and follow-ups (not thank-yous or keep-in-touch notes), by sent date.
// - Reply rate: initial requests that got a reply or a decline / initial requests sent; none sent → null ("—").
// - Time to reply: the median, over replied initial requests, of the hours from sending to the reply.
// - Meetings done: the student's own meetings marked done, and the chapter group meetings they went
//   to (RSVP going); an officer's count has the group meetings they organised, with no contact.
// - Thank-you on time: every done meeting with a contact owes one thank-you (product.md: within 24
//   hours); a group meeting owes one from each member who went, to their own contact for the
//   professional. A thank-you belongs to the contact's latest meeting done at or before it was sent; the
//   meeting's thank-you is the first that belongs to it. On time:
//   sent within the window (thankYouTiming); late: sent after it; overdue: none sent and the window
//   has closed; not yet due: none sent and the window is still open (left out of the rate). Rate =
//   on time / (on time + late + overdue): an unsent overdue thank-you lowers it (thankYouStates).
// - Referrals gained: contacts that another contact referred (referredById set).
// - Overdue reminders: pending reminders due before the start of today (viewer's zone), not snoozed past now.
// - Last activity: the latest outreach sent, stage move or meeting done; stalled = none for 14 days
//   (a new account counts from when it was created).
// - Weekly goal: outreach sent in the current Monday-to-Sunday week of the user's time zone; the
//   streak counts consecutive weeks meeting the goal, ending with last week (plus this week once met).
import { TZDate } from "@date-fns/tz";
import { format, startOfWeek } from "date-fns";
import type { Stage } from "../generated/prisma/enums";
import { THANK_YOU_WITHIN_HOURS, thankYouTiming } from "./compose-purpose";
import { STAGES } from "./stages";

export const STALLED_AFTER_DAYS = 14;
/** How many past weeks the streak looks back (bounds the weekly query). */
export const STREAK_LOOKBACK_WEEKS = 104;

export interface StageCountRow {
  /** The contact's current stage. */
  stage: Stage;
  /** The furthest stage it ever reached (current stage or history). */
  reached: Stage;
  count: number;
}

export interface FunnelStep {
  stage: Stage;
  /** Contacts in this stage now. */
  current: number;
  /** Contacts that reached this stage or a later one. */
  reached: number;
  /** reached(this) / reached(previous); null for the first stage or when nobody reached the previous one. */
  conversionFromPrevious: number | null;
}

/** Contacts per stage and the funnel's conversion between consecutive stages. */
export function funnel(rows: readonly StageCountRow[]): FunnelStep[] {
  const current = new Map<Stage, number>(STAGES.map((s) => [s, 0]));
  const furthest = new Map<Stage, number>(STAGES.map((s) => [s, 0]));
  for (const row of rows) {
    const reachedIndex = Math.max(STAGES.indexOf(row.reached as (typeof STAGES)[number]), STAGES.indexOf(row.stage as (typeof STAGES)[number]));
    const reachedStage = STAGES[reachedIndex];
    current.set(row.stage, (current.get(row.stage) ?? 0) + row.count);
    if (reachedStage) furthest.set(reachedStage, (furthest.get(reachedStage) ?? 0) + row.count);
  }
  // reached(N) = contacts whose furthest stage is N or later.
  const reached: number[] = [];
  let running = 0;
  for (let i = STAGES.length - 1; i >= 0; i--) {
    running += furthest.get(STAGES[i] as Stage) ?? 0;
    reached[i] = running;
  }
  return STAGES.map((stage, i) => {
    const previous = i === 0 ? undefined : reached[i - 1];
    return {
      stage,
      current: current.get(stage) ?? 0,
      reached: reached[i] ?? 0,
      conversionFromPrevious: previous === undefined ? null : ratio(reached[i] ?? 0, previous),
    };
  });
}

/** part / whole, or null when the whole is zero (shown as "—", never 0 % or NaN). */
export function ratio(part: number, whole: number): number | null {
  if (!Number.isFinite(whole) || whole <= 0) return null;
  return part / whole;
}

/** "42 %" or "—". */
export function formatPercent(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return "—";
  return `${Math.round(value * 100)} %`;
}

/** "5 hours", "2.5 days" or "—". */
export function formatHours(hours: number | null): string {
  if (hours === null || !Number.isFinite(hours)) return "—";
  if (hours < 1) return "under an hour";
  if (hours < 48) {
    const h = Math.round(hours);
    return `${h} ${h === 1 ? "hour" : "hours"}`;
  }
  const days = Math.round((hours / 24) * 10) / 10;
  return `${days} days`;
}

/** The median of a list, or null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

/** Whether a thank-you went within 24 hours of its meeting (the same rule as the timeline's). */
export function thankYouOnTime(meetingDoneAt: Date, sentAt: Date): boolean {
  return !thankYouTiming(meetingDoneAt, sentAt).late;
}

/**
 * thankYouOnTime as a gap for SQL to count with: a thank-you sent at or after its meeting is on time
 * exactly when sent less than this many milliseconds after it. thankYouTiming calls it late past
 * THANK_YOU_WITHIN_HOURS whole minutes (date-fns truncates), so the first late gap is one more
 * whole minute. A unit test holds the two to the same answer either side of the boundary.
 */
export const THANK_YOU_ON_TIME_BEFORE_MS = (THANK_YOU_WITHIN_HOURS * 60 + 1) * 60_000;

/** Where one done meeting's thank-you stands at `now`. */
export type ThankYouState = "on-time" | "late" | "overdue" | "not-yet-due";

/**
 * One done meeting's thank-you state, from its first thank-you (null when none has been sent by
 * `now`). Unsent, it is overdue once a thank-you sent now would be late: now − done ≥
 * THANK_YOU_ON_TIME_BEFORE_MS, the same gap the SQL uses.
 */
export function thankYouState(meetingDoneAt: Date, firstThankYouSentAt: Date | null, now: Date): ThankYouState {
  if (firstThankYouSentAt) return thankYouOnTime(meetingDoneAt, firstThankYouSentAt) ? "on-time" : "late";
  return now.getTime() - meetingDoneAt.getTime() >= THANK_YOU_ON_TIME_BEFORE_MS ? "overdue" : "not-yet-due";
}

export interface DoneMeetingInput {
  id: string;
  contactId: string;
  doneAt: Date;
}

export interface ThankYouInput {
  contactId: string;
  sentAt: Date;
}

/** The times (ms) of each contact's events up to `at`, in input order. */
function timesByContact(events: readonly { contactId: string; time: number }[], at: number): Map<string, number[]> {
  const byContact = new Map<string, number[]>();
  for (const { contactId, time } of events) {
    if (time > at) continue;
    const list = byContact.get(contactId);
    if (list) list.push(time);
    else byContact.set(contactId, [time]);
  }
  return byContact;
}

/**
 * Each done meeting's thank-you state (by meeting id). Meetings done after `now` and thank-yous sent
 * after `now` are not counted. A thank-you belongs to the contact's latest meeting done at or before
 * it was sent; a meeting's thank-you is the first that belongs to it, i.e. the first sent at or
 * after the meeting and before the contact's next meeting done strictly later. Two meetings done at
 * the same instant share it. Thank-yous before any meeting belong to none.
 */
export function thankYouStates(meetings: readonly DoneMeetingInput[], thankYous: readonly ThankYouInput[], now: Date): Map<string, ThankYouState> {
  const at = now.getTime();
  const doneBy = timesByContact(meetings.map((m) => ({ contactId: m.contactId, time: m.doneAt.getTime() })), at);
  const sentBy = timesByContact(thankYous.map((t) => ({ contactId: t.contactId, time: t.sentAt.getTime() })), at);
  const states = new Map<string, ThankYouState>();
  for (const m of meetings) {
    const from = m.doneAt.getTime();
    if (from > at) continue;
    let before = Infinity;
    for (const d of doneBy.get(m.contactId) ?? []) if (d > from && d < before) before = d;
    let first: number | null = null;
    for (const s of sentBy.get(m.contactId) ?? []) if (s >= from && s < before && (first === null || s < first)) first = s;
    states.set(m.id, thankYouState(m.doneAt, first === null ? null : new Date(first), now));
  }
  return states;
}

export interface ThankYouCounts {
  onTime: number;
  late: number;
  overdue: number;
}

/** The states counted (not-yet-due ones are left out). */
export function countThankYous(states: Iterable<ThankYouState>): ThankYouCounts {
  const counts: ThankYouCounts = { onTime: 0, late: 0, overdue: 0 };
  for (const state of states) {
    if (state === "on-time") counts.onTime++;
    else if (state === "late") counts.late++;
    else if (state === "overdue") counts.overdue++;
  }
  return counts;
}

/** Thank-yous owed so far: sent (on time or late) or overdue. */
export function thankYousDue(c: ThankYouCounts): number {
  return c.onTime + c.late + c.overdue;
}

/** On time over all owed so far, overdue unsent ones included; null when none is owed yet. */
export function thankYouOnTimeRate(c: ThankYouCounts): number | null {
  return ratio(c.onTime, thankYousDue(c));
}

type ThankYouFigures = Pick<ProgressMetrics, "thankYousDue" | "thankYousOnTime" | "thankYouOnTimeRate">;

/**
 * How thank-yous read wherever they are shown (the cohort dashboard, its drill-in, the student's own
 * Progress): the on-time rate first, "60 %", which is what the dashboard's Thanks column sorts by,
 * and the count behind it, "3 of 5" (on time of those owed so far); null when none is owed yet.
 */
export function thankYouFigures(m: ThankYouFigures): { rate: string; count: string } | null {
  if (m.thankYouOnTimeRate === null) return null;
  return { rate: formatPercent(m.thankYouOnTimeRate), count: `${m.thankYousOnTime} of ${m.thankYousDue}` };
}

/** thankYouFigures on one line, "60 % (3 of 5)", or "—" when none is owed yet. */
export function formatThankYous(m: ThankYouFigures): string {
  const figures = thankYouFigures(m);
  return figures ? `${figures.rate} (${figures.count})` : "—";
}

/**
 * What a staff member (or, with reader "student", the student) reads about a student's overdue work.
 * Two different counts, each named for what it counts: reminders past due are rows in the student's
 * own Today list (its Overdue group, isOverdue), and thank-yous not sent are counted from done
 * meetings (thankYouStates). The two overlap: an overdue thank-you's reminder, still open, is one of
 * the reminders; a meeting logged without the app's reminder, or one whose reminder was dismissed or
 * is due later today, owes its thank-you all the same. So the reminders' line says that thank-you
 * reminders are in it and where the owed thank-yous are counted, without claiming they are left out
 * (QA read "Not counted here: 1 thank-you" beside Today's overdue "Send a thank-you" as untrue).
 */
export function overdueFigures(
  m: Pick<ProgressMetrics, "overdueReminders" | "thankYousOverdue">,
  reader: "staff" | "student" = "staff",
): {
  reminders: { label: string; value: number; detail: string };
  thankYous: string | null;
} {
  const unsent = m.thankYousOverdue;
  const thankYous = unsent === 1 ? "1 thank-you" : `${unsent} thank-yous`;
  // The same label and count on the student's own Progress page, told to them: one name for one number.
  const today = reader === "student" ? "your Today" : "the student’s Today";
  const detail =
    unsent > 0
      ? `Open reminders on ${today}, due before today (thank-you reminders included). Thank-yous owed are counted under Thank-yous: ${unsent} overdue.`
      : `Open reminders on ${today}, due before today.`;
  return {
    reminders: { label: "Reminders past due", value: m.overdueReminders, detail },
    thankYous: unsent > 0 ? `${thankYous} not sent, ${unsent === 1 ? "its meeting" : "their meetings"} done over ${THANK_YOU_WITHIN_HOURS} hours ago.` : null,
  };
}

/** The latest of the given instants, or null. */
export function latest(...dates: readonly (Date | null | undefined)[]): Date | null {
  let best: Date | null = null;
  for (const date of dates) if (date && (!best || date.getTime() > best.getTime())) best = date;
  return best;
}

/** No activity for STALLED_AFTER_DAYS days; with none at all, counted from the account's creation. */
export function isStalled(lastActivity: Date | null, accountCreatedAt: Date, now: Date): boolean {
  const since = lastActivity ?? accountCreatedAt;
  return now.getTime() - since.getTime() >= STALLED_AFTER_DAYS * 24 * 60 * 60 * 1000;
}

/** The Monday that begins `date`'s week in the time zone, as "yyyy-MM-dd" (the SQL's week key). */
export function weekKey(date: Date, timeZone: string): string {
  return format(startOfWeek(new TZDate(date, timeZone), { weekStartsOn: 1 }), "yyyy-MM-dd");
}

export interface WeeklyGoal {
  goal: number;
  /** Outreach sent this week (user's zone). */
  thisWeek: number;
  /** thisWeek / goal, capped at 1; null when the goal is 0. */
  progress: number | null;
  /** Consecutive weeks meeting the goal, ending last week, plus this week when already met. */
  streak: number;
}

/**
 * The Mondays ("yyyy-MM-dd") of the week holding `now` in the zone (first) and of the weeks before
 * it. One time-zone conversion; the weeks before are plain calendar arithmetic, which daylight
 * saving cannot shift. The whole list is memoised per zone and instant: a cohort's students share a
 * handful of zones and one `now`, so a dashboard of 1,000 students builds it a handful of times
 * instead of 1,000 (each build is ~100 Dates and strings). Callers must not change the array.
 */
function mondaysBack(now: Date, timeZone: string, count: number): readonly string[] {
  const cacheKey = `${timeZone}|${now.getTime()}`;
  let mondays = mondayCache.get(cacheKey);
  if (!mondays || mondays.length < count) {
    if (mondayCache.size > 100) mondayCache.clear();
    const [y, m, d] = weekKey(now, timeZone).split("-").map(Number) as [number, number, number];
    const length = Math.max(count, STREAK_LOOKBACK_WEEKS + 1);
    mondays = Object.freeze(Array.from({ length }, (_, k) => new Date(Date.UTC(y, m - 1, d - 7 * k)).toISOString().slice(0, 10)));
    mondayCache.set(cacheKey, mondays);
  }
  return mondays;
}
const mondayCache = new Map<string, readonly string[]>();

/** This week's outreach against the goal and the streak, from outreach counts per week key. */
export function weeklyGoal(weekCounts: ReadonlyMap<string, number>, goal: number, now: Date, timeZone: string): WeeklyGoal {
  const mondays = mondaysBack(now, timeZone, STREAK_LOOKBACK_WEEKS + 1);
  const thisWeek = weekCounts.get(mondays[0] as string) ?? 0;
  const met = (count: number) => goal > 0 && count >= goal;
  let streak = met(thisWeek) ? 1 : 0;
  for (let back = 1; back <= STREAK_LOOKBACK_WEEKS; back++) {
    if (!met(weekCounts.get(mondays[back] as string) ?? 0)) break;
    streak++;
  }
  return { goal, thisWeek, progress: goal > 0 ? Math.min(1, thisWeek / goal) : null, streak };
}

/** How many weeks the activity trend shows, ending with the current week. */
export const TREND_WEEKS = 8;

export interface WeekCount {
  /** The week's Monday, "yyyy-MM-dd" (weekKey). */
  week: string;
  count: number;
}

/** Outreach per week for the last `weeks` weeks in the zone, oldest first, ending with this week (zeros included). */
export function recentWeeks(weekCounts: ReadonlyMap<string, number>, now: Date, timeZone: string, weeks = TREND_WEEKS): WeekCount[] {
  return mondaysBack(now, timeZone, weeks)
    .slice(0, weeks)
    .reverse()
    .map((week) => ({ week, count: weekCounts.get(week) ?? 0 }));
}

export interface ReferralRow {
  id: string;
  name: string;
  employer: string | null;
  referredById: string | null;
}

export interface ReferralNode {
  id: string;
  name: string;
  employer: string | null;
  referrals: ReferralNode[];
}

/**
 * Who led to whom: roots are contacts that referred someone but were not themselves referred by a
 * contact in the list. Children are ordered by name; a cycle (bad data) is cut, never looped.
 */
export function referralTree(rows: readonly ReferralRow[]): ReferralNode[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const children = new Map<string, ReferralRow[]>();
  for (const row of rows) {
    if (row.referredById && byId.has(row.referredById)) {
      const list = children.get(row.referredById) ?? [];
      list.push(row);
      children.set(row.referredById, list);
    }
  }
  const byName = (a: ReferralRow, b: ReferralRow) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
  const seen = new Set<string>();
  const build = (row: ReferralRow): ReferralNode => {
    seen.add(row.id);
    const kids = (children.get(row.id) ?? []).filter((k) => !seen.has(k.id)).sort(byName);
    return { id: row.id, name: row.name, employer: row.employer, referrals: kids.map(build) };
  };
  const roots = rows.filter((r) => (!r.referredById || !byId.has(r.referredById)) && children.has(r.id)).sort(byName);
  const tree = roots.map(build);
  // Contacts caught only in a cycle have no root: start from the first of each, by name.
  for (const row of [...rows].sort(byName)) if (!seen.has(row.id) && children.has(row.id)) tree.push(build(row));
  return tree;
}

/** Per-user aggregates the SQL returns; `progressMetrics` turns them into the metrics. */
export interface ProgressAggregates {
  stageRows: StageCountRow[];
  outreachLast7Days: number;
  outreachLast30Days: number;
  initialSent: number;
  initialAnswered: number;
  medianHoursToReply: number | null;
  meetingsDone: number;
  /** Done meetings' thank-yous by state (thankYouStates; the SQL counts them with THANK_YOU_ON_TIME_BEFORE_MS). */
  thankYous: ThankYouCounts;
  referralsGained: number;
  overdueReminders: number;
  lastActivity: Date | null;
  accountCreatedAt: Date;
  weeklyOutreachGoal: number;
  timeZone: string;
  weekCounts: ReadonlyMap<string, number>;
}

export interface ProgressMetrics {
  funnel: FunnelStep[];
  totalContacts: number;
  outreachLast7Days: number;
  outreachLast30Days: number;
  initialSent: number;
  initialAnswered: number;
  replyRate: number | null;
  medianHoursToReply: number | null;
  meetingsDone: number;
  /** Thank-yous owed so far: done meetings whose thank-you was sent or is overdue. */
  thankYousDue: number;
  thankYousOnTime: number;
  thankYousLate: number;
  /** Done meetings past the window with no thank-you sent. */
  thankYousOverdue: number;
  /** thankYousOnTime / thankYousDue; null when none is owed yet. */
  thankYouOnTimeRate: number | null;
  referralsGained: number;
  overdueReminders: number;
  lastActivity: Date | null;
  stalled: boolean;
  weekly: WeeklyGoal;
  /** Outreach per week over the last TREND_WEEKS weeks, oldest first. */
  recentWeeks: WeekCount[];
}

/**
 * What the cohort dashboard and its export read of each sharing student: the metrics without the
 * weekly goal and its streak (which read two years of weeks; the dashboard shows neither), and the
 * median time to reply only when the reader asks for it (the export shows it, the dashboard does
 * not): undefined means not read, never "no replies" (that is null).
 */
export type CohortProgressAggregates = Omit<ProgressAggregates, "weeklyOutreachGoal" | "medianHoursToReply"> & { medianHoursToReply?: number | null };
export type CohortProgress = Omit<ProgressMetrics, "weekly" | "medianHoursToReply"> & { medianHoursToReply?: number | null };

/** progressMetrics without the weekly goal: the same definitions, for the cohort's reads. */
export function cohortProgress(a: CohortProgressAggregates, now: Date): CohortProgress {
  const steps = funnel(a.stageRows);
  return {
    funnel: steps,
    totalContacts: steps.reduce((sum, s) => sum + s.current, 0),
    outreachLast7Days: a.outreachLast7Days,
    outreachLast30Days: a.outreachLast30Days,
    initialSent: a.initialSent,
    initialAnswered: a.initialAnswered,
    replyRate: ratio(a.initialAnswered, a.initialSent),
    ...(a.medianHoursToReply === undefined ? {} : { medianHoursToReply: a.medianHoursToReply }),
    meetingsDone: a.meetingsDone,
    thankYousDue: thankYousDue(a.thankYous),
    thankYousOnTime: a.thankYous.onTime,
    thankYousLate: a.thankYous.late,
    thankYousOverdue: a.thankYous.overdue,
    thankYouOnTimeRate: thankYouOnTimeRate(a.thankYous),
    referralsGained: a.referralsGained,
    overdueReminders: a.overdueReminders,
    lastActivity: a.lastActivity,
    stalled: isStalled(a.lastActivity, a.accountCreatedAt, now),
    recentWeeks: recentWeeks(a.weekCounts, now, a.timeZone),
  };
}

export function progressMetrics(a: ProgressAggregates, now: Date): ProgressMetrics {
  return {
    ...cohortProgress(a, now),
    medianHoursToReply: a.medianHoursToReply,
    weekly: weeklyGoal(a.weekCounts, a.weeklyOutreachGoal, now, a.timeZone),
  };
}
