import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CohortCard } from "@/components/centres/cohort-card";
import { CreateCohortForm } from "@/components/centres/create-cohort-form";
import { StaffInvite } from "@/components/centres/staff-invite";
import { StaffList } from "@/components/centres/staff-list";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { getCentre, type CentreView } from "@/lib/data/career-centres";
import { NotFoundError } from "@/lib/data/errors";
import { publicOrigin } from "../_lib/origin";

export async function generateMetadata({ params }: { params: Promise<{ centreId: string }> }): Promise<Metadata> {
  const { centreId } = await params;
  try {
    return { title: (await getCentre(centreId)).name };
  } catch (error) {
    if (error instanceof NotFoundError) return { title: "Career centre" };
    throw error;
  }
}

/** A centre's cohorts with their invite codes and links, and its staff: for its staff and admins. */
export default async function CentrePage({
  params,
  searchParams,
}: {
  params: Promise<{ centreId: string }>;
  searchParams: Promise<{ created?: string; joined?: string }>;
}) {
  const [{ centreId }, flags, origin] = await Promise.all([params, searchParams, publicOrigin()]);
  let centre: CentreView;
  try {
    centre = await getCentre(centreId);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const isAdmin = centre.viewerRole === "ADMIN";

  return (
    <div className="mx-auto max-w-4xl">
      <p className="mb-2 text-sm">
        <Link href="/centres" className="inline-flex min-h-11 items-center gap-1 font-medium text-brand-700 underline sm:min-h-0">
          <Icon name="arrow-left" className="size-4" />
          Career centres
        </Link>
      </p>
      <PageHeader
        title={centre.name}
        description={
          isAdmin
            ? "You are an admin: create cohorts and share their codes with students, and invite colleagues as staff."
            : "You are on the staff. Share a cohort's code or link with its students; an admin creates cohorts and manages the staff."
        }
      />

      <div aria-live="polite" className="mb-6 empty:hidden">
        {flags.created ? (
          <Alert tone="success">
            <p className="font-medium">{centre.name} is ready, and you are its admin. Next, create a cohort for your students.</p>
          </Alert>
        ) : flags.joined ? (
          <Alert tone="success">
            <p className="font-medium">You joined {centre.name}&apos;s staff.</p>
          </Alert>
        ) : null}
      </div>

      <section aria-labelledby="cohorts-heading" className="space-y-4">
        <h2 id="cohorts-heading" className="text-lg font-semibold text-slate-900">
          Cohorts
        </h2>
        {isAdmin ? (
          <Card className="p-5">
            <section aria-labelledby="new-cohort-heading">
              <h3 id="new-cohort-heading" className="mb-4 text-base font-semibold text-slate-900">
                New cohort
              </h3>
              <CreateCohortForm centreId={centre.id} />
            </section>
          </Card>
        ) : null}
        {centre.cohorts.length === 0 ? (
          <EmptyState
            headingLevel={3}
            icon={<Icon name="cohorts" className="size-6" />}
            title="No cohorts yet"
            description={
              isAdmin
                ? "Create one above for a class, a programme or a term. Each cohort gets an invite code and link for its students."
                : "An admin of this centre creates cohorts; their invite codes appear here."
            }
          />
        ) : (
          <ul className="space-y-4">
            {centre.cohorts.map((cohort) => (
              <li key={cohort.id}>
                <CohortCard
                  centreId={centre.id}
                  cohortId={cohort.id}
                  name={cohort.name}
                  term={cohort.term}
                  memberCount={cohort.memberCount}
                  inviteCode={cohort.inviteCode}
                  joinUrl={`${origin}/join/${cohort.inviteCode}`}
                  canManage={isAdmin}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="staff-heading" className="mt-10 space-y-4">
        <h2 id="staff-heading" className="text-lg font-semibold text-slate-900">
          Staff
        </h2>
        {isAdmin ? (
          <Card className="p-5">
            <section aria-labelledby="invite-heading">
              <h3 id="invite-heading" className="mb-3 text-base font-semibold text-slate-900">
                Invite colleagues
              </h3>
              <StaffInvite
                centreId={centre.id}
                centreName={centre.name}
                inviteUrl={centre.staffInviteCode ? `${origin}/centres/join/${centre.staffInviteCode}` : null}
              />
            </section>
          </Card>
        ) : null}
        <Card className="p-5">
          <StaffList centreId={centre.id} centreName={centre.name} staff={centre.staff} adminCount={centre.adminCount} canManage={isAdmin} />
        </Card>
      </section>
    </div>
  );
}
