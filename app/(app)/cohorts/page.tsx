import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { listStaffCohorts, type CohortStudent, type CohortSummary } from "@/lib/data/organisations";
import { requireViewer } from "@/lib/data/viewer";
import { CONSENT_LABELS, formatDate, roleLabel, zonedDayOffset } from "@/lib/domain/format";
import { STAGE_LABELS, STAGES } from "@/lib/domain/stages";

export const metadata: Metadata = { title: "Cohorts" };

/** A sharing student with no contact change for this many days is flagged as quiet. */
const QUIET_DAYS = 14;

const CONSENT_TONES: Record<CohortStudent["consent"], BadgeTone> = {
  NONE: "neutral",
  PROGRESS: "info",
  CONTACTS: "success",
};

export default async function CohortsPage() {
  const [viewer, organisations] = await Promise.all([requireViewer(), listStaffCohorts()]);
  if (!organisations) notFound();
  const now = new Date();

  return (
    <>
      <PageHeader
        title="Cohorts"
        description="How your students' networking is going: counts and dates only, and only for students who chose to share. Contact names, notes and messages are never shown here."
      />
      <div className="space-y-10">
        {organisations.map((organisation) => (
          <section key={organisation.id} aria-labelledby={`org-${organisation.id}`}>
            <h2 id={`org-${organisation.id}`} className="mb-4 flex flex-wrap items-center gap-2 text-lg font-semibold text-slate-900">
              {organisation.name}
              <Badge>{roleLabel(organisation.role)}</Badge>
            </h2>
            {organisation.cohorts.length === 0 ? (
              <EmptyState
                headingLevel={3}
                icon={<Icon name="cohorts" className="size-6" />}
                title="No cohorts yet"
                description="Students join a cohort with its invite code. Once they do, their progress appears here."
              />
            ) : (
              <div className="space-y-6">
                {organisation.cohorts.map((cohort) => (
                  <CohortCard key={cohort.id} cohort={cohort} timeZone={viewer.timeZone} now={now} />
                ))}
              </div>
            )}
          </section>
        ))}
      </div>
    </>
  );
}

function CohortCard({ cohort, timeZone, now }: { cohort: CohortSummary; timeZone: string; now: Date }) {
  const headingId = `cohort-${cohort.id}`;
  const funnel: Record<(typeof STAGES)[number], number> = { FIND: 0, OUTREACH: 0, SCHEDULED: 0, INTERVIEWED: 0, THANKED: 0, FOLLOW_UP: 0 };
  for (const student of cohort.students) {
    if (!student.progress) continue;
    for (const stage of STAGES) funnel[stage] += student.progress.byStage[stage];
  }

  function activity(student: CohortStudent) {
    const last = student.progress?.lastActivityAt;
    if (!last) return { text: "No contacts yet", quiet: true, iso: undefined };
    const days = -zonedDayOffset(now, last, timeZone);
    return { text: formatDate(last, timeZone), quiet: days >= QUIET_DAYS, iso: last.toISOString(), days };
  }

  return (
    <Card className="overflow-hidden">
      <section aria-labelledby={headingId}>
        <div className="border-b border-slate-200 p-5">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 id={headingId} className="text-base font-semibold text-slate-900">
              {cohort.name}
              {cohort.term ? <span className="ml-2 font-normal text-slate-600">{cohort.term}</span> : null}
            </h3>
            <p className="text-sm text-slate-600">
              {cohort.memberCount} {cohort.memberCount === 1 ? "student" : "students"} · {cohort.sharingCount} sharing progress
            </p>
          </div>
          {cohort.sharingCount > 0 ? (
            <div className="mt-4">
              <h4 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">Contacts per stage, students who share</h4>
              <dl className="mt-2 grid grid-cols-3 gap-2 sm:grid-cols-6">
                {STAGES.map((stage) => (
                  <div key={stage} className="rounded-lg bg-slate-50 px-3 py-2">
                    <dt className="text-xs text-slate-600">{STAGE_LABELS[stage]}</dt>
                    <dd className="text-lg font-semibold text-slate-900 tabular-nums">{funnel[stage]}</dd>
                  </div>
                ))}
              </dl>
            </div>
          ) : null}
        </div>

        {cohort.students.length === 0 ? (
          <p className="p-5 text-sm text-slate-600">No students have joined this cohort yet.</p>
        ) : (
          <>
            {/* Phones: one card per student. */}
            <ul className="divide-y divide-slate-100 md:hidden">
              {cohort.students.map((student) => {
                const act = activity(student);
                return (
                  <li key={student.id} className="p-4">
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <p className="font-medium text-slate-900">{student.name}</p>
                      <Badge tone={CONSENT_TONES[student.consent]}>{CONSENT_LABELS[student.consent]}</Badge>
                    </div>
                    {student.progress ? (
                      <>
                        <dl className="mt-2 grid grid-cols-3 gap-x-3 gap-y-1 text-sm">
                          {STAGES.map((stage) => (
                            <div key={stage} className="flex justify-between gap-2">
                              <dt className="text-slate-600">{STAGE_LABELS[stage]}</dt>
                              <dd className="font-medium text-slate-900 tabular-nums">{student.progress?.byStage[stage]}</dd>
                            </div>
                          ))}
                        </dl>
                        <p className={act.quiet ? "mt-2 text-sm font-medium text-amber-800" : "mt-2 text-sm text-slate-600"}>
                          Last activity: {act.iso ? <time dateTime={act.iso}>{act.text}</time> : act.text}
                          {act.quiet && act.iso ? ` (quiet for ${act.days} days)` : null}
                        </p>
                      </>
                    ) : null}
                  </li>
                );
              })}
            </ul>

            {/* Wide screens: a table. */}
            <div className="hidden overflow-x-auto md:block">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">
                  {cohort.name}: contacts per stage and last activity for each student who shares progress
                </caption>
                <thead className="bg-slate-50 text-xs font-semibold text-slate-600">
                  <tr>
                    <th scope="col" className="px-4 py-2.5">Student</th>
                    <th scope="col" className="px-4 py-2.5">Sharing</th>
                    {STAGES.map((stage) => (
                      <th key={stage} scope="col" className="px-2 py-2.5 text-right whitespace-nowrap">
                        {STAGE_LABELS[stage]}
                      </th>
                    ))}
                    <th scope="col" className="px-4 py-2.5 whitespace-nowrap">Last activity</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {cohort.students.map((student) => {
                    const act = activity(student);
                    return (
                      <tr key={student.id}>
                        <th scope="row" className="px-4 py-3 font-medium text-slate-900">
                          {student.name}
                        </th>
                        <td className="px-4 py-3">
                          <Badge tone={CONSENT_TONES[student.consent]}>{CONSENT_LABELS[student.consent]}</Badge>
                        </td>
                        {student.progress ? (
                          <>
                            {STAGES.map((stage) => (
                              <td key={stage} className="px-2 py-3 text-right text-slate-900 tabular-nums">
                                {student.progress?.byStage[stage]}
                              </td>
                            ))}
                            <td className={act.quiet ? "px-4 py-3 font-medium whitespace-nowrap text-amber-800" : "px-4 py-3 whitespace-nowrap text-slate-700"}>
                              {act.iso ? <time dateTime={act.iso}>{act.text}</time> : act.text}
                              {act.quiet && act.iso ? <span className="block text-xs font-normal">Quiet for {act.days} days</span> : null}
                            </td>
                          </>
                        ) : (
                          <td colSpan={STAGES.length + 1} className="px-4 py-3 text-slate-600">
                            No progress shown
                          </td>
                        )}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </Card>
  );
}
