// The cohort's students: one table for every width, each student rendered once. From 1024 px it is
// a sortable table (column headers are links that sort; aria-sort says how); below, each row is a
// card: the header row is not shown (the Sort by form sorts), each figure carries its label above
// it (CSS generated from data-label, so a screen reader hears it with the figure there, and the
// desktop cell's text stays the figure alone), and the stage counts close the card on one line.
// Each name opens the student's shared progress. It used to be a card list and a table, one hidden
// by CSS: every row was sent twice.
//
// The table fits beside the sidebar from 1024 px without scrolling sideways. Below 1280 px the
// narrow number columns' headers stand on end (read bottom to top), so each column is as wide as
// its figures rather than its label, and a date may wrap before its year; from 1280 px the headers
// lie flat. Short visible labels carry their full names for screen readers and as a tooltip.
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Icon } from "@/components/ui/icons";
import { cohortViewQuery, SORT_LABELS, sortHeaderView, type CohortSort, type CohortStudentRow, type CohortView } from "@/lib/domain/cohort";
import { CONSENT_LABELS, formatDate } from "@/lib/domain/format";
import { formatPercent, STALLED_AFTER_DAYS, thankYouFigures, type CohortProgress } from "@/lib/domain/metrics";
import { STAGE_LABELS, STAGES } from "@/lib/domain/stages";

const CONSENT_TONES: Record<CohortStudentRow["consent"], BadgeTone> = { NONE: "neutral", PROGRESS: "info", CONTACTS: "success" };

const STAGE_SHORT: Record<(typeof STAGES)[number], string> = {
  FIND: "Find",
  OUTREACH: "Outr.",
  SCHEDULED: "Sched.",
  INTERVIEWED: "Intvw.",
  THANKED: "Thnk.",
  FOLLOW_UP: "F-up",
};

interface Props {
  cohortId: string;
  rows: CohortStudentRow[];
  view: CohortView;
  timeZone: string;
}

function LastActivity({ m, timeZone }: { m: CohortProgress; timeZone: string }) {
  if (!m.lastActivity) return <>Nothing yet</>;
  // "Nov 11, 2026": where it must wrap, only before the year.
  return <time dateTime={m.lastActivity.toISOString()}>{formatDate(m.lastActivity, timeZone).replace(" ", "\u00a0")}</time>;
}

/** A short visible label with its full name for screen readers, and as a tooltip unless a longer hint is given. */
function Label({ short, full, hint = full }: { short: string; full: string; hint?: string }) {
  return (
    <>
      <span aria-hidden="true" title={hint}>
        {short}
      </span>
      <span className="sr-only">{full}</span>
    </>
  );
}

// Below 1280 px (and from 1024 px, where the table appears) a header's label stands on end.
const UPRIGHT = "lg:max-xl:rotate-180 lg:max-xl:[writing-mode:vertical-rl]";

function StalledBadge() {
  return (
    <Badge tone="warning">
      <span aria-hidden="true">●</span> Stalled
    </Badge>
  );
}

function SortHeader({
  cohortId,
  view,
  sort,
  children,
  align = "right",
  upright = align === "right",
}: {
  cohortId: string;
  view: CohortView;
  sort: CohortSort;
  children: ReactNode;
  align?: "left" | "right";
  /** Stand the label on end below 1280 px (the number columns). */
  upright?: boolean;
}) {
  const active = view.sort === sort;
  const href = `/cohorts/${cohortId}${cohortViewQuery(sortHeaderView(view, sort))}`;
  // An upright label is turned half round, and its arrow with it: turn the arrow back.
  const arrow = view.dir === "desc" ? (upright ? "rotate-180 lg:max-xl:rotate-0" : "rotate-180") : upright ? "lg:max-xl:rotate-180" : "";
  return (
    <th
      scope="col"
      aria-sort={active ? (view.dir === "asc" ? "ascending" : "descending") : "none"}
      className={`py-2.5 align-bottom whitespace-nowrap last:pr-2.5 ${align === "right" ? "px-1 text-right" : "px-1.5 text-left"}`}
    >
      <Link
        href={href}
        className={`inline-flex items-center gap-1 rounded hover:text-brand-700 hover:underline ${upright ? UPRIGHT : ""}`}
        title={`Sort by ${SORT_LABELS[sort]}`}
      >
        {children}
        {active ? <Icon name="arrow-up" className={`size-3.5 ${arrow}`} aria-hidden="true" /> : null}
      </Link>
    </th>
  );
}

export function CohortStudents({ cohortId, rows, view, timeZone }: Props) {
  const studentHref = (row: CohortStudentRow) => `/cohorts/${cohortId}/students/${row.memberId}`;
  return (
    <>
      <div className="lg:overflow-x-auto lg:rounded-xl lg:border lg:border-slate-200 lg:bg-white lg:shadow-sm">
        <table className="block w-full text-left text-sm lg:table">
          <caption className="sr-only">
            Students, sorted by {SORT_LABELS[view.sort]} ({view.dir === "asc" ? "ascending" : "descending"}). Column headers sort the table.
          </caption>
          <thead className="hidden bg-slate-50 text-xs font-semibold text-slate-600 lg:table-header-group">
            <tr>
              <SortHeader cohortId={cohortId} view={view} sort="name" align="left">
                Student
              </SortHeader>
              <SortHeader cohortId={cohortId} view={view} sort="stalled" align="left" upright>
                Stalled
              </SortHeader>
              <SortHeader cohortId={cohortId} view={view} sort="lastActivity" align="left">
                Last activity
              </SortHeader>
              {STAGES.map((stage) => (
                <th key={stage} scope="col" className="px-1 py-2.5 text-right align-bottom whitespace-nowrap">
                  <span className={`inline-block ${UPRIGHT}`}>
                    <Label short={STAGE_SHORT[stage]} full={`Contacts in ${STAGE_LABELS[stage]}`} />
                  </span>
                </th>
              ))}
              <SortHeader cohortId={cohortId} view={view} sort="contacts">
                <Label short="Total" full="Contacts in all stages" />
              </SortHeader>
              <SortHeader cohortId={cohortId} view={view} sort="outreach7">
                <Label short="Out. 7/30" full="Outreach in the last 7 and 30 days" />
              </SortHeader>
              <SortHeader cohortId={cohortId} view={view} sort="replyRate">
                <Label short="Replies" full="Reply rate" />
              </SortHeader>
              <SortHeader cohortId={cohortId} view={view} sort="meetings">
                <Label short="Met" full="Meetings done" />
              </SortHeader>
              <SortHeader cohortId={cohortId} view={view} sort="thankYous">
                <Label
                  short="Thanks"
                  full="Thank-yous within 24 hours, rate"
                  hint="Thank-yous sent within 24 hours of the meeting: the rate, then how many of those owed (overdue unsent ones included)"
                />
              </SortHeader>
              <SortHeader cohortId={cohortId} view={view} sort="referrals">
                <Label short="Refs." full="Referrals gained" />
              </SortHeader>
              <SortHeader cohortId={cohortId} view={view} sort="overdue">
                Overdue
              </SortHeader>
            </tr>
          </thead>
          <tbody className="cohort-rows block lg:table-row-group lg:divide-y lg:divide-slate-100">
            {rows.map((row) => {
              const m = row.metrics;
              return (
                <tr key={row.memberId} className={m?.stalled ? "lg:bg-amber-50/60" : undefined}>
                  <th scope="row">
                    <Link href={studentHref(row)} title={row.name} className="block min-w-0 truncate text-brand-700 underline-offset-2 hover:underline lg:max-w-28">
                      {row.name}
                    </Link>
                    {/* The card's badges; the table has a Stalled column, and no consent column. */}
                    <span className="cohort-badges">
                      {m?.stalled ? <StalledBadge /> : null}
                      <Badge tone={CONSENT_TONES[row.consent]}>{CONSENT_LABELS[row.consent]}</Badge>
                    </span>
                  </th>
                  {m ? (
                    <>
                      <td className="px-1.5 text-left normal-nums text-inherit max-lg:hidden">{m.stalled ? <Badge tone="warning">Yes</Badge> : <span className="text-slate-600">No</span>}</td>
                      <td data-label="Last activity" className="cohort-pair text-left normal-nums lg:px-1.5 xl:whitespace-nowrap">
                        <LastActivity m={m} timeZone={timeZone} />
                      </td>
                      {m.funnel.map((s) => (
                        <td key={s.stage} data-label={STAGE_LABELS[s.stage]} className="cohort-stage lg:px-1">
                          {s.current}
                        </td>
                      ))}
                      <Num label="Contacts" value={m.totalContacts} />
                      <Num label="Outreach 7 / 30 days" value={`${m.outreachLast7Days} / ${m.outreachLast30Days}`} />
                      <Num label="Reply rate" value={formatPercent(m.replyRate)} />
                      <Num label="Meetings done" value={m.meetingsDone} />
                      <Num label="Thanks within 24 h" value={<Thanks m={m} />} />
                      <Num label="Referrals" value={m.referralsGained} />
                      <Num label="Overdue" value={m.overdueReminders} warn={m.overdueReminders > 0} last />
                    </>
                  ) : (
                    <td colSpan={STAGES.length + 9} className="text-left normal-nums text-slate-600">
                      Enrolled; shares no progress.
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-xs text-slate-600">Stalled: no outreach, stage move or meeting for {STALLED_AFTER_DAYS} days.</p>
    </>
  );
}

// The rate the column sorts by, and the count: under it in the table, in brackets on a card.
function Thanks({ m }: { m: CohortProgress }) {
  const t = thankYouFigures(m);
  if (!t) return <>—</>;
  return (
    <>
      {t.rate}
      <span className="cohort-count">{t.count}</span>
    </>
  );
}

// Cells take their padding, alignment and colour, and their card look below 1024 px, from
// .cohort-rows and .cohort-pair (app/globals.css): written once there rather than on each of ~1,000
// cells a page. On a 360 px phone each figure has ~140 px: the label sits above it (which never
// wraps), not beside it, where "Outreach 7 / 30 days" squeezed "0 / 2" onto two lines.
function Num({ label, value, warn = false, last = false }: { label: string; value: ReactNode; warn?: boolean; last?: boolean }) {
  return (
    <td data-label={label} className={`cohort-pair whitespace-nowrap lg:px-1${warn ? " font-semibold text-amber-800" : ""}${last ? " lg:pr-2.5" : ""}`}>
      {value}
    </td>
  );
}
