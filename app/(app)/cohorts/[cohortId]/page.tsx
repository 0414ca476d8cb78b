import type { Metadata } from "next";
import Link from "next/link";
import { CohortFilters } from "@/components/cohorts/cohort-filters";
import { CohortStudents } from "@/components/cohorts/cohort-students";
import { FunnelTable } from "@/components/progress/funnel-table";
import { Stat } from "@/components/progress/stat";
import { WeeklyTrend } from "@/components/progress/weekly-trend";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { SectionCard } from "@/components/ui/section-card";
import { requireViewer } from "@/lib/data/viewer";
import { applyCohortView, cohortFunnel, cohortTotals, cohortViewQuery, cohortWeeklyTrend, paginate, parseCohortView } from "@/lib/domain/cohort";
import { formatPercent } from "@/lib/domain/metrics";
import { loadCohortDashboard } from "./_lib/load";

type Props = { params: Promise<{ cohortId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { cohortId } = await params;
  const { cohort } = await loadCohortDashboard(cohortId);
  return { title: `${cohort.name} · Cohorts` };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export default async function CohortDashboardPage({ params, searchParams }: Props) {
  const { cohortId } = await params;
  const [viewer, { cohort, students }, query] = await Promise.all([requireViewer(), loadCohortDashboard(cohortId), searchParams]);
  const view = parseCohortView(query);
  const shown = applyCohortView(students, view);
  const pageOf = paginate(shown, view.page);
  const totals = cohortTotals(students);
  const base = `/cohorts/${cohort.id}`;
  const exportHref = `${base}/export${cohortViewQuery({ ...view, page: 1 })}`;
  const pageHref = (page: number) => `${base}${cohortViewQuery({ ...view, page })}`;

  return (
    <>
      <Link href="/cohorts" className="mb-3 inline-flex items-center gap-1 text-sm font-medium text-brand-700 hover:underline">
        <Icon name="arrow-left" className="size-4" />
        All cohorts
      </Link>
      <PageHeader
        title={cohort.name}
        description={`${cohort.organisation.name}${cohort.term ? ` · ${cohort.term}` : ""} · ${plural(totals.students, "student", "students")}, ${totals.sharing} sharing progress. Counts and dates only; notes and messages are never shown.`}
        actions={
          students.length > 0 ? (
            <a href={exportHref} className={buttonClasses("secondary")} download>
              <Icon name="arrow-up" className="size-4 rotate-180" />
              Export CSV
            </a>
          ) : null
        }
      />

      {students.length === 0 ? (
        <EmptyState
          icon={<Icon name="cohorts" className="size-6" />}
          title="No students yet"
          description="Share the cohort's invite code (on the Cohorts page) with your students. Each one chooses what to share when they join."
          action={
            <Link href="/cohorts" className={buttonClasses("primary")}>
              Back to cohorts
            </Link>
          }
        />
      ) : (
        <div className="space-y-6">
          <section aria-labelledby="summary-heading">
            <h2 id="summary-heading" className="sr-only">
              Summary
            </h2>
            <dl className="grid grid-cols-2 gap-3 lg:grid-cols-5">
              <Stat label="Sharing progress" value={`${totals.sharing} of ${totals.students}`} />
              <Stat label="Stalled" value={totals.stalled}>
                {totals.stalled > 0 ? (
                  <Link href={`${base}?show=stalled&sort=stalled`} className="inline-flex min-h-6 items-center text-brand-700 underline underline-offset-2">
                    Show them
                  </Link>
                ) : (
                  "Everyone sharing is active."
                )}
              </Stat>
              <Stat label="Outreach, last 7 days" value={totals.outreachLast7Days} />
              <Stat label="Reply rate" value={formatPercent(totals.replyRate)}>
                All sharing students&apos; requests together.
              </Stat>
              <Stat label="Meetings done" value={totals.meetingsDone}>
                {plural(totals.referralsGained, "referral", "referrals")} gained.
              </Stat>
            </dl>
          </section>

          {totals.sharing > 0 ? (
            <div className="grid gap-6 lg:grid-cols-2">
              <SectionCard id="funnel" title="Cohort funnel" description="The sharing students’ contacts added up.">
                <FunnelTable steps={cohortFunnel(students)} />
              </SectionCard>
              <SectionCard id="trend" title="Outreach per week" description="Requests and follow-ups sent by the sharing students, Monday to Sunday.">
                <WeeklyTrend weeks={cohortWeeklyTrend(students)} caption="Outreach sent per week by the cohort's sharing students, last 8 weeks" />
              </SectionCard>
            </div>
          ) : (
            <p className="rounded-xl border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">
              No student in this cohort shares progress yet, so there is no funnel or trend to show. Students choose what to share when they join, and can change it any time.
            </p>
          )}

          <section aria-labelledby="students-heading" className="space-y-3">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="students-heading" className="text-lg font-semibold text-slate-900">
                Students
              </h2>
              <p className="text-sm text-slate-600" role="status">
                {pageOf.pageCount > 1
                  ? `${pageOf.first}–${pageOf.last} of ${shown.length}${shown.length === students.length ? "" : ` matching (${students.length} in all)`}`
                  : shown.length === students.length
                    ? plural(students.length, "student", "students")
                    : `Showing ${shown.length} of ${students.length}`}
              </p>
            </div>
            {/* Keyed on the view so a header click (client navigation) resets the form's fields to match. */}
            <CohortFilters key={cohortViewQuery(view)} action={base} view={view} />
            {shown.length === 0 ? (
              <EmptyState
                headingLevel={3}
                icon={<Icon name="search" className="size-6" />}
                title="No student matches"
                description="Try another name or show all students."
                action={
                  <Link href={base} className={buttonClasses("secondary")}>
                    Show all students
                  </Link>
                }
              />
            ) : (
              <>
                <CohortStudents cohortId={cohort.id} rows={pageOf.rows} view={view} timeZone={viewer.timeZone} />
                {pageOf.pageCount > 1 ? (
                  <nav aria-label="Pages of students" className="flex flex-wrap items-center justify-between gap-3">
                    {pageOf.page > 1 ? (
                      <Link href={pageHref(pageOf.page - 1)} className={buttonClasses("secondary")} rel="prev">
                        Previous
                      </Link>
                    ) : (
                      <span />
                    )}
                    <p className="text-sm text-slate-600">
                      Page {pageOf.page} of {pageOf.pageCount}
                    </p>
                    {pageOf.page < pageOf.pageCount ? (
                      <Link href={pageHref(pageOf.page + 1)} className={buttonClasses("secondary")} rel="next">
                        Next
                      </Link>
                    ) : (
                      <span />
                    )}
                  </nav>
                ) : null}
              </>
            )}
          </section>
        </div>
      )}
    </>
  );
}
