import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { listMyCentres } from "@/lib/data/career-centres";
import { roleLabel } from "@/lib/domain/format";

export const metadata: Metadata = { title: "Career centres" };

/** The centres the viewer staffs or runs, and creating a new one. */
export default async function CentresPage({ searchParams }: { searchParams: Promise<{ left?: string }> }) {
  const [centres, params] = await Promise.all([listMyCentres(), searchParams]);
  const create = (
    <Link href="/centres/new" className={buttonClasses(centres.length > 0 ? "secondary" : "primary")}>
      <Icon name="plus" className="size-4" />
      Create a career centre
    </Link>
  );
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Career centres"
        description="The career centres you run or work for: their cohorts, invite codes and staff."
        actions={centres.length > 0 ? create : undefined}
      />
      <div aria-live="polite" className="mb-6 empty:hidden">
        {params.left ? (
          <Alert tone="success">
            <p className="font-medium">You left the centre&apos;s staff. You no longer see its cohorts.</p>
          </Alert>
        ) : null}
      </div>
      {centres.length === 0 ? (
        <EmptyState
          icon={<Icon name="cohorts" className="size-6" />}
          title="You are not on any career centre's staff"
          description="Create one for your office, and invite colleagues with its staff link. Joining an existing centre? Open the staff invitation link one of its admins sent you."
          action={create}
        />
      ) : (
        <ul className="space-y-4">
          {centres.map((centre) => (
            <li key={centre.id}>
              <Card className="flex flex-wrap items-center justify-between gap-3 p-5">
                <div className="min-w-0">
                  <h2 className="text-base font-semibold break-words text-slate-900">{centre.name}</h2>
                  <p className="text-sm text-slate-600">{centre.cohortCount === 1 ? "1 cohort" : `${centre.cohortCount} cohorts`}</p>
                </div>
                <div className="flex items-center gap-3">
                  <Badge tone={centre.role === "ADMIN" ? "brand" : "neutral"}>{roleLabel(centre.role)}</Badge>
                  <Link href={`/centres/${centre.id}`} className={buttonClasses("secondary", "sm")}>
                    Open<span className="sr-only"> {centre.name}</span>
                  </Link>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
