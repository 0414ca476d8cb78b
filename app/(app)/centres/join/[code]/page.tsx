import type { Metadata } from "next";
import Link from "next/link";
import { AcceptStaffInviteForm } from "@/components/centres/accept-staff-invite-form";
import { InviteUnavailable, lookUpInvite } from "@/components/invites/invite-link";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { findStaffInvite } from "@/lib/data/career-centres";
import { staffInviteCodeSchema } from "@/lib/validation/career-centres";

export const metadata: Metadata = { title: "Join a career centre's staff" };

/** A staff invitation link, /centres/join/<code>: the centre's name and "Join as staff". */
export default async function StaffInvitePage({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const parsed = staffInviteCodeSchema.safeParse(decodeURIComponent(raw));
  const { invite, throttled } = await lookUpInvite(parsed.success ? parsed.data : null, findStaffInvite);
  if (!invite || !parsed.success) {
    return (
      <InviteUnavailable
        link="staff invitation link"
        icon="link"
        throttled={throttled}
        missing={{
          title: "This staff invitation link does not work",
          description: "It may be incomplete, or an admin may have replaced it with a new one. Ask the career centre's admin for the current link.",
          href: "/today",
          action: "Go to Today",
        }}
      />
    );
  }

  const title = `Join ${invite.centreName}`;
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={title} description="You were invited to this career centre's staff." />
      {invite.viewerRole === "STAFF" || invite.viewerRole === "ADMIN" ? (
        <Alert tone="info">
          <p className="font-medium">
            You are already {invite.viewerRole === "ADMIN" ? "an admin" : "on the staff"} of {invite.centreName}.
          </p>
          <Link href={`/centres/${invite.centreId}`} className="mt-1 inline-block font-semibold underline">
            Open {invite.centreName}
          </Link>
        </Alert>
      ) : invite.viewerRole === "STUDENT" ? (
        <Alert tone="danger">
          <p className="font-medium">You are a student of {invite.centreName}, so you cannot join its staff with this link.</p>
          <p className="mt-1">If you work there, sign in with your work account and open the link again, or ask an admin.</p>
        </Alert>
      ) : (
        <Card className="space-y-4 p-5">
          <p className="text-sm text-slate-700">As staff of {invite.centreName} you will see:</p>
          <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
            <li>its cohorts, their invite codes and how many students each has;</li>
            <li>each student&apos;s progress only as far as that student chooses to share, and never their notes, agendas or messages;</li>
            <li>the rest of the staff.</li>
          </ul>
          <p className="text-sm text-slate-600">Every view of a student&apos;s data is recorded.</p>
          <AcceptStaffInviteForm code={parsed.data} centreName={invite.centreName} />
        </Card>
      )}
    </div>
  );
}
