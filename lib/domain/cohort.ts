// The career centre's cohort dashboard, as pure functions over each student's progress metrics
// (lib/domain/metrics.ts, the same definition the student's own dashboard uses): which students a
// view shows and in what order, the cohort's funnel and weekly trend, and the CSV export.
//
// A student who does not share (consent NONE) is listed as enrolled with no data. Such rows always
// come after the sharing students whatever the sort, and a filter on a metric never matches them:
// staff cannot infer anything from where a non-sharing student lands.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { ConsentLevel } from "../generated/prisma/enums";
import { toCsv, type CsvValue } from "./csv";
import { type CohortProgress, type FunnelStep, type WeekCount, ratio, STALLED_AFTER_DAYS } from "./metrics";
import { STAGE_LABELS, STAGES } from "./stages";

export interface CohortStudentRow {
  /** The cohort membership's id (what the drill-in link carries, never the user id). */
  memberId: string;
  name: string;
  consent: ConsentLevel;
  joinedAt: Date;
  /** Null when the student shares nothing (consent NONE). */
  metrics: CohortProgress | null;
}

export const COHORT_SORTS = [
  "name",
  "stalled",
  "lastActivity",
  "contacts",
  "outreach7",
  "outreach30",
  "replyRate",
  "meetings",
  "thankYous",
  "referrals",
  "overdue",
] as const;
export type CohortSort = (typeof COHORT_SORTS)[number];

export const COHORT_FILTERS = ["all", "stalled", "overdue", "sharing", "not-sharing"] as const;
export type CohortFilter = (typeof COHORT_FILTERS)[number];

export type SortDirection = "asc" | "desc";

export interface CohortView {
  sort: CohortSort;
  dir: SortDirection;
  show: CohortFilter;
  /** Case- and accent-insensitive part of a student's name. */
  q: string;
  /** 1-based page of COHORT_PAGE_SIZE students (the CSV export ignores it and has them all). */
  page: number;
}

/**
 * Students per page, as many as the contacts list shows. Each row is rendered into the page and sent
 * again in React's payload: at 100 rows, when each was also rendered twice (a card for phones and a
 * table row, one hidden by CSS), the page weighed 826 KB, 520 KB of it that payload.
 */
export const COHORT_PAGE_SIZE = 50;

export const SORT_LABELS: Record<CohortSort, string> = {
  name: "Student",
  stalled: "Stalled",
  lastActivity: "Last activity",
  contacts: "Contacts",
  outreach7: "Outreach, 7 days",
  outreach30: "Outreach, 30 days",
  replyRate: "Reply rate",
  meetings: "Meetings done",
  thankYous: "Thank-yous on time (rate)",
  referrals: "Referrals",
  overdue: "Overdue",
};

export const FILTER_LABELS: Record<CohortFilter, string> = {
  all: "All students",
  stalled: "Stalled only",
  overdue: "With overdue items",
  sharing: "Sharing progress",
  "not-sharing": "Not sharing",
};

/** The direction a column sorts in when first clicked: what needs attention first. */
export function defaultDirection(sort: CohortSort): SortDirection {
  // Names A→Z; the quietest last-activity first; the lowest thank-you rate first (staff look for
  // who doesn't thank); stalled students first; other bigger numbers first.
  return sort === "name" || sort === "lastActivity" || sort === "thankYous" ? "asc" : "desc";
}

/** The view a column header's link opens: the column's first direction, or the other one when it is already sorted by. */
export function sortHeaderView(view: CohortView, sort: CohortSort): CohortView {
  const dir = view.sort === sort ? (view.dir === "asc" ? "desc" : "asc") : defaultDirection(sort);
  return { ...view, sort, dir, page: 1 };
}

export const DEFAULT_COHORT_VIEW: CohortView = { sort: "name", dir: "asc", show: "all", q: "", page: 1 };

type Params = Record<string, string | string[] | undefined>;

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The view from the page's URL. Unknown values fall back to the default rather than erroring: a stale bookmark still opens. */
export function parseCohortView(params: Params): CohortView {
  const sortParam = one(params.sort);
  const sort = (COHORT_SORTS as readonly string[]).includes(sortParam ?? "") ? (sortParam as CohortSort) : DEFAULT_COHORT_VIEW.sort;
  const dirParam = one(params.dir);
  const dir: SortDirection = dirParam === "asc" || dirParam === "desc" ? dirParam : defaultDirection(sort);
  const showParam = one(params.show);
  const show = (COHORT_FILTERS as readonly string[]).includes(showParam ?? "") ? (showParam as CohortFilter) : "all";
  const q = (one(params.q) ?? "").trim().slice(0, 100);
  const pageParam = Number(one(params.page));
  const page = Number.isInteger(pageParam) && pageParam >= 1 ? Math.min(pageParam, 10_000) : 1;
  return { sort, dir, show, q, page };
}

/** The URL query for a view, leaving defaults out so links stay short. */
export function cohortViewQuery(view: CohortView): string {
  const params = new URLSearchParams();
  if (view.sort !== DEFAULT_COHORT_VIEW.sort) params.set("sort", view.sort);
  if (view.dir !== defaultDirection(view.sort)) params.set("dir", view.dir);
  if (view.show !== "all") params.set("show", view.show);
  if (view.q) params.set("q", view.q);
  if (view.page > 1) params.set("page", String(view.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

const fold = (text: string) => text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLocaleLowerCase();

function matches(row: CohortStudentRow, view: CohortView): boolean {
  if (view.q && !fold(row.name).includes(fold(view.q))) return false;
  switch (view.show) {
    case "all":
      return true;
    case "sharing":
      return row.metrics !== null;
    case "not-sharing":
      return row.metrics === null;
    case "stalled":
      return row.metrics?.stalled === true;
    case "overdue":
      return (row.metrics?.overdueReminders ?? 0) > 0;
  }
}

/** The value a row sorts by; null sorts last in either direction. */
function sortValue(metrics: CohortProgress, sort: Exclude<CohortSort, "name">): number | null {
  switch (sort) {
    case "stalled":
      return metrics.stalled ? 1 : 0;
    case "lastActivity":
      return metrics.lastActivity ? metrics.lastActivity.getTime() : null;
    case "contacts":
      return metrics.totalContacts;
    case "outreach7":
      return metrics.outreachLast7Days;
    case "outreach30":
      return metrics.outreachLast30Days;
    case "replyRate":
      return metrics.replyRate;
    case "meetings":
      return metrics.meetingsDone;
    case "thankYous":
      // The rate the Thanks column shows (on time of those owed, overdue unsent ones included), not
      // the count: 1 of 1 is better than 3 of 6. Null (none owed yet) sorts last.
      return metrics.thankYouOnTimeRate;
    case "referrals":
      return metrics.referralsGained;
    case "overdue":
      return metrics.overdueReminders;
  }
}

const byName = (a: CohortStudentRow, b: CohortStudentRow) => a.name.localeCompare(b.name) || a.memberId.localeCompare(b.memberId);

/** The rows a view shows, in its order. */
export function applyCohortView(rows: readonly CohortStudentRow[], view: CohortView): CohortStudentRow[] {
  const shown = rows.filter((row) => matches(row, view));
  const sign = view.dir === "asc" ? 1 : -1;
  const sharing = shown.filter((r) => r.metrics !== null);
  const notSharing = shown.filter((r) => r.metrics === null).sort(byName);
  if (view.sort === "name") return [...shown].sort((a, b) => sign * byName(a, b));
  const sort = view.sort;
  sharing.sort((a, b) => {
    const x = sortValue(a.metrics as CohortProgress, sort);
    const y = sortValue(b.metrics as CohortProgress, sort);
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      return sign * (x - y);
    }
    // Among equally stalled students, the one quiet longest first.
    if (sort === "stalled") {
      const la = a.metrics?.lastActivity?.getTime() ?? -Infinity;
      const lb = b.metrics?.lastActivity?.getTime() ?? -Infinity;
      if (la !== lb) return la - lb;
    }
    return byName(a, b);
  });
  return [...sharing, ...notSharing];
}

export interface CohortPage {
  rows: CohortStudentRow[];
  /** The page shown: the one asked for, or the last one when it asked past the end. */
  page: number;
  pageCount: number;
  /** 1-based position of the first row shown (0 when there are none). */
  first: number;
  last: number;
}

/** One page of a view's rows. */
export function paginate(rows: readonly CohortStudentRow[], page: number, size = COHORT_PAGE_SIZE): CohortPage {
  const pageCount = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, page), pageCount);
  const start = (current - 1) * size;
  const shown = rows.slice(start, start + size);
  return { rows: shown, page: current, pageCount, first: shown.length ? start + 1 : 0, last: start + shown.length };
}

/** The cohort's funnel: the sharing students' stage counts added up, conversion recomputed from the sums. */
export function cohortFunnel(rows: readonly CohortStudentRow[]): FunnelStep[] {
  const current = new Map<string, number>();
  const reached = new Map<string, number>();
  for (const row of rows) {
    for (const step of row.metrics?.funnel ?? []) {
      current.set(step.stage, (current.get(step.stage) ?? 0) + step.current);
      reached.set(step.stage, (reached.get(step.stage) ?? 0) + step.reached);
    }
  }
  return STAGES.map((stage, i) => {
    const previous = i === 0 ? undefined : STAGES[i - 1];
    const here = reached.get(stage) ?? 0;
    return {
      stage,
      current: current.get(stage) ?? 0,
      reached: here,
      conversionFromPrevious: previous === undefined ? null : ratio(here, reached.get(previous) ?? 0),
    };
  });
}

/** Outreach per week across the sharing students, oldest week first. */
export function cohortWeeklyTrend(rows: readonly CohortStudentRow[]): WeekCount[] {
  const totals = new Map<string, number>();
  for (const row of rows) {
    for (const { week, count } of row.metrics?.recentWeeks ?? []) totals.set(week, (totals.get(week) ?? 0) + count);
  }
  return [...totals.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([week, count]) => ({ week, count }));
}

export interface CohortTotals {
  students: number;
  sharing: number;
  stalled: number;
  withOverdue: number;
  outreachLast7Days: number;
  meetingsDone: number;
  referralsGained: number;
  /** Replies to initial requests over initial requests, across the sharing students. */
  replyRate: number | null;
}

export function cohortTotals(rows: readonly CohortStudentRow[]): CohortTotals {
  let sent = 0;
  let answered = 0;
  const totals: CohortTotals = { students: rows.length, sharing: 0, stalled: 0, withOverdue: 0, outreachLast7Days: 0, meetingsDone: 0, referralsGained: 0, replyRate: null };
  for (const { metrics: m } of rows) {
    if (!m) continue;
    totals.sharing++;
    if (m.stalled) totals.stalled++;
    if (m.overdueReminders > 0) totals.withOverdue++;
    totals.outreachLast7Days += m.outreachLast7Days;
    totals.meetingsDone += m.meetingsDone;
    totals.referralsGained += m.referralsGained;
    sent += m.initialSent;
    answered += m.initialAnswered;
  }
  totals.replyRate = ratio(answered, sent);
  return totals;
}

const CONSENT_CSV: Record<ConsentLevel, string> = { NONE: "Not sharing", PROGRESS: "Progress", CONTACTS: "Progress and contacts" };

/** "2026-11-24", the day in `timeZone`: sorts as text, and every spreadsheet reads it as a date. */
function spreadsheetDay(instant: Date, timeZone: string): string {
  return format(new TZDate(instant, timeZone), "yyyy-MM-dd");
}

/** "33%" (a spreadsheet reads it as a percentage); empty when there is no rate, as "—" on the page. */
function spreadsheetPercent(value: number | null): string | null {
  return value === null || !Number.isFinite(value) ? null : `${Math.round(value * 100)}%`;
}

/**
 * The rows as a spreadsheet a staff member reads as it is, one line per student, in the view's
 * order: plain-English headers, stages by the names the page shows, days as yyyy-MM-dd in
 * `timeZone` (the viewer's, as the page shows them), rates as "33%", the median time to reply in
 * hours to one decimal, yes/no for stalled. A non-sharing student's metric cells are empty, not zero.
 */
export function cohortCsv(rows: readonly CohortStudentRow[], timeZone: string): string {
  const header = [
    "Student",
    "Shares",
    "Joined on",
    ...STAGES.map((s) => `Contacts in ${STAGE_LABELS[s]}`),
    "Contacts in all stages",
    "Outreach in the last 7 days",
    "Outreach in the last 30 days",
    "Reply rate",
    "Median time to reply (hours)",
    "Meetings done",
    "Thank-yous owed so far",
    "Thank-yous sent within 24 hours",
    "Thank-yous not sent (overdue)",
    "Thank-yous on time (rate)",
    "Referrals gained",
    "Reminders past due",
    "Last activity on",
    `Stalled (nothing for ${STALLED_AFTER_DAYS} days)`,
  ];
  const lines = rows.map((row): CsvValue[] => {
    const m = row.metrics;
    const base: CsvValue[] = [row.name, CONSENT_CSV[row.consent], spreadsheetDay(row.joinedAt, timeZone)];
    if (!m) return [...base, ...Array.from({ length: header.length - base.length }, () => null)];
    const median = m.medianHoursToReply ?? null;
    return [
      ...base,
      ...STAGES.map((stage) => m.funnel.find((s) => s.stage === stage)?.current ?? 0),
      m.totalContacts,
      m.outreachLast7Days,
      m.outreachLast30Days,
      spreadsheetPercent(m.replyRate),
      median === null ? null : Math.round(median * 10) / 10,
      m.meetingsDone,
      m.thankYousDue,
      m.thankYousOnTime,
      m.thankYousOverdue,
      spreadsheetPercent(m.thankYouOnTimeRate),
      m.referralsGained,
      m.overdueReminders,
      m.lastActivity ? spreadsheetDay(m.lastActivity, timeZone) : null,
      m.stalled,
    ];
  });
  return toCsv(header, lines);
}
