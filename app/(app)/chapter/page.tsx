import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { listChapterDirectories, type SharedProfessional } from "@/lib/data/chapters";
import { requireViewer } from "@/lib/data/viewer";
import { formatDate, roleLabel, SHARED_STATUS_LABELS } from "@/lib/domain/format";

export const metadata: Metadata = { title: "Chapter" };

const STATUS_TONES: Record<SharedProfessional["status"], BadgeTone> = {
  PROPOSED: "warning",
  OPEN: "success",
  LIMITED: "info",
  CLOSED: "neutral",
  DO_NOT_CONTACT: "danger",
};

export default async function ChapterPage() {
  const now = new Date();
  const [viewer, chapters] = await Promise.all([requireViewer(), listChapterDirectories(now)]);
  if (!chapters) notFound();

  return (
    <>
      <PageHeader
        title="Chapter"
        description="Professionals your chapter has agreed to share. Each one is claimed by one member at a time, so nobody is asked by five students in one week."
      />
      <div className="space-y-10">
        {chapters.map((chapter) => {
          const available = chapter.professionals.filter((p) => !p.claim && (p.status === "OPEN" || p.status === "LIMITED")).length;
          return (
            <section key={chapter.id} aria-labelledby={`chapter-${chapter.id}`}>
              <div className="mb-4">
                <h2 id={`chapter-${chapter.id}`} className="flex flex-wrap items-center gap-2 text-lg font-semibold text-slate-900">
                  {chapter.name}
                  <Badge>{roleLabel(chapter.role)}</Badge>
                </h2>
                {chapter.professionals.length > 0 ? (
                  <p className="mt-0.5 text-sm text-slate-600">
                    {chapter.professionals.length} {chapter.professionals.length === 1 ? "professional" : "professionals"} ·{" "}
                    {available} available to claim
                    {chapter.role === "OFFICER" ? " · as an officer you also see proposed ones" : null}
                  </p>
                ) : null}
              </div>
              {chapter.professionals.length === 0 ? (
                <EmptyState
                  headingLevel={3}
                  icon={<Icon name="chapter" className="size-6" />}
                  title="No shared professionals yet"
                  description={
                    chapter.role === "OFFICER"
                      ? "Once members propose professionals and you approve them, they appear here for everyone in the chapter."
                      : "Once your officers approve professionals for the chapter's list, they appear here."
                  }
                />
              ) : (
                <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
                  {chapter.professionals.map((professional) => (
                    <li key={professional.id}>
                      <ProfessionalCard professional={professional} timeZone={viewer.timeZone} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </>
  );
}

function ProfessionalCard({ professional, timeZone }: { professional: SharedProfessional; timeZone: string }) {
  const doNotContact = professional.status === "DO_NOT_CONTACT";
  return (
    <Card className={doNotContact ? "h-full border-red-200 p-5" : "h-full p-5"}>
      <article>
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h3 className="font-semibold text-slate-900">{professional.name}</h3>
          <Badge tone={STATUS_TONES[professional.status]}>{SHARED_STATUS_LABELS[professional.status]}</Badge>
        </div>
        {professional.title || professional.employer ? (
          <p className="mt-1 text-sm text-slate-700">
            {professional.title}
            {professional.title && professional.employer ? " at " : null}
            {professional.employer ? <span className="font-medium">{professional.employer}</span> : null}
          </p>
        ) : null}
        {professional.topics.length > 0 ? (
          <div className="mt-3">
            <h4 className="sr-only">Topics</h4>
            <ul className="flex flex-wrap gap-1.5">
              {professional.topics.map((topic) => (
                <li key={topic}>
                  <Badge>{topic}</Badge>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <p className="mt-4 flex items-center gap-1.5 border-t border-slate-100 pt-3 text-sm">
          {doNotContact ? (
            <span className="font-medium text-red-700">Do not contact this person.</span>
          ) : professional.claim ? (
            <>
              <Icon name="clock" className="size-4 text-amber-700" />
              <span className="text-slate-700">
                {professional.claim.byViewer ? "Claimed by you" : "Claimed by another member"} until{" "}
                <time dateTime={professional.claim.expiresAt.toISOString()}>{formatDate(professional.claim.expiresAt, timeZone)}</time>
              </span>
            </>
          ) : professional.status === "OPEN" || professional.status === "LIMITED" ? (
            <>
              <Icon name="check" className="size-4 text-emerald-700" />
              <span className="text-slate-700">Not claimed</span>
            </>
          ) : professional.status === "PROPOSED" ? (
            <span className="text-slate-600">Proposed, waiting for approval</span>
          ) : (
            <span className="text-slate-600">Not taking requests</span>
          )}
        </p>
      </article>
    </Card>
  );
}
