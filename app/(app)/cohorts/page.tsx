import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { listStaffCohorts, type StaffCohortCard } from "@/lib/data/cohort-dashboard";
import { roleLabel } from "@/lib/domain/format";

export const metadata: Metadata = { title: "Cohorts" };

export default async function CohortsPage() {
  const organisations = await listStaffCohorts();
  if (!organisations) notFound();

  return (
    <>
      <PageHeader
        title="Cohorts"
        description="How your students' networking is going: counts and dates, and only for students who chose to share. Notes and messages are never shown here."
      />
      <div className="space-y-10">
        {organisations.map((organisation) => (
          <section key={organisation.id} aria-labelledby={`org-${organisation.id}`}>
            <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
              <h2 id={`org-${organisation.id}`} className="flex min-w-0 flex-wrap items-center gap-2 text-lg font-semibold [overflow-wrap:anywhere] text-slate-900">
                {organisation.name}
                <Badge>{roleLabel(organisation.role)}</Badge>
              </h2>
              <Link href={`/centres/${organisation.id}`} className={buttonClasses("secondary", "sm")}>
                <Icon name="settings" className="size-4" />
                {organisation.role === "ADMIN" ? "Manage centre" : "Centre and invite codes"}
              </Link>
            </div>
            {organisation.cohorts.length === 0 ? (
              <EmptyState
                headingLevel={3}
                icon={<Icon name="cohorts" className="size-6" />}
                title="No cohorts yet"
                description={
                  organisation.role === "ADMIN"
                    ? "Create a cohort for a class, a programme or a term, then share its invite code with the students."
                    : "An admin of your career centre creates cohorts. Once students join one, their progress appears here."
                }
              />
            ) : (
              <ul className="grid gap-4 md:grid-cols-2">
                {organisation.cohorts.map((cohort) => (
                  <li key={cohort.id} className="min-w-0">
                    <CohortCard cohort={cohort} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </>
  );
}

function CohortCard({ cohort }: { cohort: StaffCohortCard }) {
  return (
    <Card className="flex h-full min-w-0 flex-col p-5">
      <h3 className="text-base font-semibold [overflow-wrap:anywhere] text-slate-900">
        <Link href={`/cohorts/${cohort.id}`} className="hover:text-brand-700 hover:underline">
          {cohort.name}
        </Link>
      </h3>
      {cohort.term ? <p className="text-sm [overflow-wrap:anywhere] text-slate-600">{cohort.term}</p> : null}
      <dl className="mt-3 grid grid-cols-2 gap-3 text-sm">
        <div>
          <dt className="text-slate-600">Students</dt>
          <dd className="text-lg font-semibold tabular-nums text-slate-900">{cohort.memberCount}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Sharing progress</dt>
          <dd className="text-lg font-semibold tabular-nums text-slate-900">{cohort.sharingCount}</dd>
        </div>
        <div className="col-span-2">
          <dt className="text-slate-600">Invite code for students</dt>
          <dd className="font-mono text-base font-semibold tracking-wider text-slate-900">{cohort.inviteCode}</dd>
        </div>
      </dl>
      <div className="mt-4 flex flex-1 items-end">
        <Link href={`/cohorts/${cohort.id}`} className={buttonClasses("primary", "sm")} aria-label={`Open the ${cohort.name} dashboard`}>
          Open dashboard
        </Link>
      </div>
    </Card>
  );
}
