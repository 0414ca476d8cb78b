import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { JoinCohortForm } from "@/components/consent/join-cohort-form";
import { InviteUnavailable, lookUpInvite } from "@/components/invites/invite-link";
import { CONSENT_CHOICES, WhatStaffSee } from "@/components/consent/what-staff-see";
import { findCohortByCode, getSharingPreview } from "@/lib/data/cohort-membership";
import { requireViewer } from "@/lib/data/viewer";
import { consentSentence } from "@/lib/domain/consent";
import { inviteCodeSchema } from "@/lib/validation/cohorts";

export const metadata: Metadata = { title: "Join a cohort" };

/** An invite link, /join/K7QM-2XPA: what the cohort's staff would see, and the choice. */
export default async function JoinCohortPage({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const parsed = inviteCodeSchema.safeParse(decodeURIComponent(raw));
  const { invite, throttled } = await lookUpInvite(parsed.success ? parsed.data : null, findCohortByCode);
  if (!invite) {
    return (
      <InviteUnavailable
        pageTitle="Join a cohort"
        link="invite link"
        icon="cohorts"
        throttled={throttled}
        missing={{
          title: "This invite link does not match a cohort",
          description: "Check the link or code with your career centre; codes look like K7QM-2XPA.",
          href: "/join",
          action: "Enter a code",
        }}
      />
    );
  }

  const [viewer, preview] = await Promise.all([requireViewer(), getSharingPreview()]);
  const title = `Join ${invite.name}`;
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title={title}
        description={`${invite.organisationName}${invite.term ? ` · ${invite.term}` : ""}. Choose what the career centre's staff may see about your networking. Nothing is shared unless you choose it.`}
      />
      {invite.joined ? (
        <Alert tone="info">
          <p className="font-medium">You already joined {invite.name}. {consentSentence(invite.joined.consent)}</p>
          <Link href="/sharing" className="mt-1 inline-block font-semibold underline">
            Change it on the Sharing page
          </Link>
        </Alert>
      ) : (
        <Card className="p-5">
          <JoinCohortForm
            code={invite.code}
            cohortName={invite.name}
            options={CONSENT_CHOICES.map((choice) => ({
              ...choice,
              detail: <WhatStaffSee level={choice.value} preview={preview} timeZone={viewer.timeZone} />,
            }))}
          />
        </Card>
      )}
    </div>
  );
}
