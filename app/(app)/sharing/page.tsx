import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { CohortSharingCard } from "@/components/consent/cohort-sharing-card";
import { CONSENT_CHOICES, WhatStaffSee } from "@/components/consent/what-staff-see";
import { getSharingPreview, listMyCohorts } from "@/lib/data/cohort-membership";
import { requireViewer } from "@/lib/data/viewer";
import { consentSentence } from "@/lib/domain/consent";
import { CONSENT_LABELS, formatDate } from "@/lib/domain/format";

export const metadata: Metadata = { title: "Sharing with your career centre" };

export default async function SharingPage({ searchParams }: { searchParams: Promise<{ joined?: string; left?: string }> }) {
  const [viewer, cohorts, preview, params] = await Promise.all([requireViewer(), listMyCohorts(), getSharingPreview(), searchParams]);
  const joined = params.joined ? cohorts.find((c) => c.cohortId === params.joined) : undefined;
  const options = CONSENT_CHOICES.map((choice) => ({
    ...choice,
    detail: <WhatStaffSee level={choice.value} preview={preview} timeZone={viewer.timeZone} />,
  }));

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Sharing with your career centre"
        description="For each cohort you are in, what its staff may see. Change it or leave whenever you like; they see the change on their next page load. Your notes, agendas and messages are never shown."
        actions={
          cohorts.length > 0 ? (
            <Link href="/join" className={buttonClasses("secondary")}>
              Join another cohort
            </Link>
          ) : undefined
        }
      />
      <div aria-live="polite" className="mb-6 empty:hidden">
        {joined ? (
          <Alert tone="success">
            <p className="font-medium">
              You joined {joined.name}. {consentSentence(joined.consent)}
            </p>
          </Alert>
        ) : params.left ? (
          <Alert tone="success">
            <p className="font-medium">You left the cohort. Its staff no longer see you or anything of yours.</p>
          </Alert>
        ) : null}
      </div>
      {cohorts.length === 0 ? (
        <EmptyState
          icon={<Icon name="cohorts" className="size-6" />}
          title="You are not in any cohort"
          description="When your career centre gives you an invite code or link, join its cohort and choose what its staff may see. Until then, nothing of yours is shared."
          action={
            <Link href="/join" className={buttonClasses("primary")}>
              Join a cohort
            </Link>
          }
        />
      ) : (
        <div className="space-y-6">
          {cohorts.map((cohort) => (
            <CohortSharingCard
              key={cohort.cohortId}
              cohortId={cohort.cohortId}
              name={cohort.name}
              subtitle={[cohort.organisationName, cohort.term].filter(Boolean).join(" · ")}
              consent={cohort.consent}
              consentLabel={CONSENT_LABELS[cohort.consent]}
              since={`Joined ${formatDate(cohort.joinedAt, viewer.timeZone)}${cohort.consentAt ? ` · sharing since ${formatDate(cohort.consentAt, viewer.timeZone)}` : ""}`}
              options={options}
            />
          ))}
        </div>
      )}
    </div>
  );
}
