import type { Metadata } from "next";
import Link from "next/link";
import { FunnelTable } from "@/components/progress/funnel-table";
import { Stat } from "@/components/progress/stat";
import { WeeklyTrend } from "@/components/progress/weekly-trend";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { SectionCard } from "@/components/ui/section-card";
import { now as clockNow } from "@/lib/clock";
import type { SharedNote } from "@/lib/data/cohort-dashboard";
import { requireViewer } from "@/lib/data/viewer";
import { CONSENT_LABELS, formatDate, formatDay, formatRelativeDay, NOTE_KIND_LABELS } from "@/lib/domain/format";
import { formatHours, formatPercent, overdueFigures, STALLED_AFTER_DAYS, thankYouFigures, type ProgressMetrics } from "@/lib/domain/metrics";
import { STAGE_LABELS } from "@/lib/domain/stages";
import { loadCohortStudent } from "../../_lib/load";

type Props = { params: Promise<{ cohortId: string; memberId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { cohortId, memberId } = await params;
  const { student, cohort } = await loadCohortStudent(cohortId, memberId);
  return { title: `${student.name} · ${cohort.name}` };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

// Counted from reminder rows, not from meetings: its line says so, and where the owed thank-yous are counted.
function RemindersPastDue({ m }: { m: ProgressMetrics }) {
  const { label, value, detail } = overdueFigures(m).reminders;
  return (
    <Stat label={label} value={value}>
      {detail}
    </Stat>
  );
}

// Where a shared item came from, as far as the student's consent lets staff see: the contact only at
// "progress and contacts", the meeting's date at any level (a date names nobody).
function sharedContext(note: SharedNote, timeZone: string): string | null {
  const who = note.contact ? (note.contact.employer ? `${note.contact.name} (${note.contact.employer})` : note.contact.name) : null;
  const when = note.meetingAt ? formatDate(note.meetingAt, timeZone) : null;
  if (who && when) return `From the meeting with ${who} on ${when}`;
  if (when) return `From a meeting on ${when}`;
  return who ? `About ${who}` : null;
}

export default async function CohortStudentPage({ params }: Props) {
  const { cohortId, memberId } = await params;
  const [viewer, detail] = await Promise.all([requireViewer(), loadCohortStudent(cohortId, memberId)]);
  const { cohort, student, metrics: m, contacts, sharedNotes } = detail;
  const tz = viewer.timeZone;
  const now = clockNow();
  const thanks = m ? thankYouFigures(m) : null;

  return (
    <>
      <Link href={`/cohorts/${cohort.id}`} className="mb-3 inline-flex items-center gap-1 text-sm font-medium text-brand-700 hover:underline">
        <Icon name="arrow-left" className="size-4" />
        {cohort.name}
      </Link>
      <PageHeader
        title={student.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={student.consent === "NONE" ? "neutral" : "info"}>{CONSENT_LABELS[student.consent]}</Badge>
            <span>
              Joined {formatDate(student.joinedAt, tz)}
              {student.consentAt && student.consent !== "NONE" ? ` · sharing since ${formatDate(student.consentAt, tz)}` : ""}
            </span>
          </span>
        }
      />

      {!m ? (
        <EmptyState
          icon={<Icon name="cohorts" className="size-6" />}
          title={`${student.name} shares nothing`}
          description="This student is enrolled in the cohort and chose not to share their progress. That can change whenever they decide; nothing else about them is shown."
          action={
            <Link href={`/cohorts/${cohort.id}`} className={buttonClasses("primary")}>
              Back to the cohort
            </Link>
          }
        />
      ) : (
        <div className="space-y-6">
          <section aria-labelledby="activity-heading">
            <h2 id="activity-heading" className="mb-3 text-lg font-semibold text-slate-900">
              Activity
            </h2>
            <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
              <Stat label="Last activity" value={m.lastActivity ? formatRelativeDay(now, m.lastActivity, tz) : "—"}>
                {m.lastActivity ? formatDay(m.lastActivity, tz, now) : "Nothing logged yet."}
                {m.stalled ? (
                  <>
                    {" "}
                    <Badge tone="warning">Stalled: nothing for {STALLED_AFTER_DAYS} days</Badge>
                  </>
                ) : null}
              </Stat>
              <Stat label="Outreach, last 7 days" value={m.outreachLast7Days}>
                {m.outreachLast30Days} in the last 30 days.
              </Stat>
              <Stat label="Weekly goal" value={m.weekly.goal > 0 ? `${m.weekly.thisWeek} of ${m.weekly.goal}` : "None set"}>
                Streak: {plural(m.weekly.streak, "week", "weeks")}.
              </Stat>
              <RemindersPastDue m={m} />
              <Stat label="Reply rate" value={formatPercent(m.replyRate)}>
                {m.initialSent === 0 ? "No requests sent yet." : `${m.initialAnswered} of ${plural(m.initialSent, "request", "requests")} answered.`}
              </Stat>
              <Stat label="Median time to reply" value={formatHours(m.medianHoursToReply)} />
              <Stat label="Meetings done" value={m.meetingsDone} />
              {/* As the dashboard's Thanks column shows it: the rate, and the count under it. */}
              <Stat label="Thank-yous within 24 hours" value={thanks?.rate ?? "—"}>
                {thanks ? `${thanks.count} on time. ` : "None owed yet."}
                {overdueFigures(m).thankYous ?? ""}
              </Stat>
              <Stat label="Referrals gained" value={m.referralsGained} />
            </dl>
          </section>

          <div className="grid gap-6 lg:grid-cols-2">
            <SectionCard id="funnel" title="Funnel" description={`${plural(m.totalContacts, "active contact", "active contacts")}.`}>
              <FunnelTable steps={m.funnel} />
            </SectionCard>
            <SectionCard id="trend" title="Outreach per week" description="Requests and follow-ups, Monday to Sunday in the student’s time zone.">
              <WeeklyTrend weeks={m.recentWeeks} caption={`Outreach sent per week by ${student.name}, last 8 weeks`} />
            </SectionCard>
          </div>

          <SectionCard
            id="contacts"
            title="Contacts"
            description={
              contacts === null ? `${student.name} shares counts only, not who their contacts are.` : contacts.length === 0 ? "No contacts yet." : undefined
            }
          >
            {contacts && contacts.length > 0 ? (
              <ScrollRegion label={`${student.name}'s contacts table`}>
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">{student.name}&apos;s contacts: name, employer and stage</caption>
                  <thead className="text-xs font-semibold text-slate-600">
                    <tr>
                      <th scope="col" className="py-2 pr-3">Name</th>
                      <th scope="col" className="px-3 py-2">Employer</th>
                      <th scope="col" className="py-2 pl-3">Stage</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {contacts.map((c, i) => (
                      <tr key={`${c.name}-${i}`}>
                        <th scope="row" className="py-2 pr-3 font-medium text-slate-900">{c.name}</th>
                        <td className="px-3 py-2 text-slate-700">{c.employer ?? "—"}</td>
                        <td className="py-2 pl-3 text-slate-700">{STAGE_LABELS[c.stage]}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            ) : null}
          </SectionCard>

          <SectionCard
            id="shared"
            title="Shared with you"
            description={sharedNotes.length === 0 ? "Nothing shared. Notes, agendas and messages stay private unless the student shares one." : undefined}
          >
            {sharedNotes.length > 0 ? (
              <ul className="space-y-3">
                {sharedNotes.map((note) => {
                  const context = sharedContext(note, tz);
                  return (
                    <li key={note.id} className="rounded-lg bg-slate-50 p-3">
                      <p className="text-xs font-medium text-slate-600">
                        {NOTE_KIND_LABELS[note.kind]} · shared {formatDate(note.sharedAt, tz)}
                      </p>
                      {context ? <p className="mt-0.5 text-xs text-slate-600">{context}</p> : null}
                      <p className="mt-1 text-sm whitespace-pre-line break-words text-slate-900">{note.body}</p>
                    </li>
                  );
                })}
              </ul>
            ) : null}
          </SectionCard>
          <p className="text-xs text-slate-600">Your views of a student&apos;s data are recorded in the career centre&apos;s audit log.</p>
        </div>
      )}
    </>
  );
}
