import type { Metadata } from "next";
import Link from "next/link";
import { CreateChapterForm, FindChapterForm, LeaveChapterForm, RoleForm } from "@/components/chapter/chapter-forms";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { listMyChapters } from "@/lib/data/chapters";
import { roleLabel } from "@/lib/domain/format";

export const metadata: Metadata = { title: "Chapters" };

/** The viewer's chapters, their members and roles, invite codes for officers; create or join one. */
export default async function ChaptersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [chapters, params] = await Promise.all([listMyChapters(), searchParams]);
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader
        title="Chapters"
        description="A student chapter shares a list of professionals who agreed to talk with students. Officers invite members with a link or code."
        actions={
          chapters.length > 0 ? (
            <Link href="/chapter" className={buttonClasses("primary")}>
              Open the shared list
            </Link>
          ) : undefined
        }
      />
      {params.created ? (
        <Alert tone="success" live className="mb-6">
          Chapter created. You are its officer: share the invite link below with your members.
        </Alert>
      ) : null}
      {params.left ? (
        <Alert tone="success" live className="mb-6">
          You left the chapter. Your own contacts are still in your pipeline.
        </Alert>
      ) : null}
      {chapters.length === 0 ? (
        <EmptyState
          icon={<Icon name="chapter" className="size-6" />}
          title="You are not in a chapter yet"
          description="Join your chapter with the code or link from its officers, or start one below."
          className="mb-8"
        />
      ) : (
        <div className="mb-10 space-y-6">
          {chapters.map((chapter) => (
            <Card key={chapter.id} className="p-5">
              <section aria-labelledby={`chapter-${chapter.id}`}>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h2 id={`chapter-${chapter.id}`} className="flex flex-wrap items-center gap-2 text-lg font-semibold text-slate-900">
                    {chapter.name}
                    <Badge>{roleLabel(chapter.role)}</Badge>
                  </h2>
                  <LeaveChapterForm organisationId={chapter.id} name={chapter.name} />
                </div>
                {chapter.inviteCode ? (
                  <p className="mt-2 text-sm text-slate-700">
                    Invite code <code data-testid="invite-code" className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-900">{chapter.inviteCode}</code> · link{" "}
                    <code className="break-all rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-900">/chapters/join/{chapter.inviteCode}</code>
                  </p>
                ) : null}
                <h3 className="mt-4 text-sm font-semibold text-slate-900">Members ({chapter.members.length})</h3>
                <ul className="mt-2 divide-y divide-slate-100">
                  {chapter.members.map((member) => (
                    <li key={member.userId} className="flex flex-wrap items-center justify-between gap-2 py-2">
                      <span className="flex items-center gap-2 text-sm text-slate-900">
                        {member.name}
                        {member.isViewer ? <span className="text-slate-500">(you)</span> : null}
                        <Badge tone={member.role === "OFFICER" ? "brand" : "neutral"}>{roleLabel(member.role)}</Badge>
                      </span>
                      {chapter.role === "OFFICER" ? <RoleForm organisationId={chapter.id} userId={member.userId} name={member.name} role={member.role} /> : null}
                    </li>
                  ))}
                </ul>
              </section>
            </Card>
          ))}
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card className="p-5">
          <h2 className="mb-3 text-base font-semibold text-slate-900">Join a chapter</h2>
          <FindChapterForm />
        </Card>
        <Card className="p-5">
          <h2 className="mb-3 text-base font-semibold text-slate-900">Start a chapter</h2>
          <p className="mb-3 text-sm text-slate-600">You become its first officer.</p>
          <CreateChapterForm />
        </Card>
      </div>
    </div>
  );
}
