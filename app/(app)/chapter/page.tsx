import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DirectoryFilters } from "@/components/chapter/directory-filters";
import { RsvpForm, ScheduleGroupMeetingForm } from "@/components/chapter/group-meeting-forms";
import { OfficerControls } from "@/components/chapter/officer-controls";
import { ProfessionalActions } from "@/components/chapter/professional-actions";
import { ProposeForm } from "@/components/chapter/propose-form";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { now as clockNow } from "@/lib/clock";
import { listChapterDirectories, listMyChapters, type ChapterDirectory, type MyChapter, type SharedProfessional } from "@/lib/data/chapters";
import { listGroupMeetings, type GroupMeetingSummary } from "@/lib/data/group-meetings";
import { requireViewer } from "@/lib/data/viewer";
import { CLAIM_OUTCOME_LABELS, isClaimable, RESTRICTABLE_FIELD_LABELS, termOf } from "@/lib/domain/chapters";
import { CHANNEL_LABELS, formatDate, formatDateTime, MEETING_MODE_LABELS, MEETING_STATUS_LABELS, roleLabel, SHARED_STATUS_LABELS } from "@/lib/domain/format";
import { hasDirectoryFilters, parseDirectoryParams, RSVP_LABELS } from "@/lib/validation/chapters";

export const metadata: Metadata = { title: "Chapter" };

const STATUS_TONES: Record<SharedProfessional["status"], BadgeTone> = {
  PROPOSED: "warning",
  OPEN: "success",
  LIMITED: "info",
  CLOSED: "neutral",
  DO_NOT_CONTACT: "danger",
};

export default async function ChapterPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const now = clockNow();
  const filter = parseDirectoryParams(await searchParams);
  const [viewer, chapters, meetings, myChapters] = await Promise.all([requireViewer(), listChapterDirectories(now, filter), listGroupMeetings(now), listMyChapters()]);
  if (!chapters) notFound();
  const topics = [...new Set(chapters.flatMap((c) => c.topics))].sort((a, b) => a.localeCompare(b));
  const employers = [...new Set(chapters.flatMap((c) => c.employers))].sort((a, b) => a.localeCompare(b));
  const term = termOf(now);

  return (
    <>
      <PageHeader
        title="Chapter"
        description={`Professionals your chapter has agreed to share. Claim one before you reach out: one member at a time, within each professional's cap for ${term.label} and a cool-down between contacts.`}
        actions={
          <Link href="/chapters" className={buttonClasses("secondary", "md")}>
            Chapters and members
          </Link>
        }
      />
      <DirectoryFilters filter={filter} topics={topics} employers={employers} showProposed={chapters.some((c) => c.role === "OFFICER")} />
      <div className="space-y-10">
        {chapters.map((chapter) => (
          <ChapterSection
            key={chapter.id}
            chapter={chapter}
            timeZone={viewer.timeZone}
            filtered={hasDirectoryFilters(filter)}
            meetings={meetings.filter((m) => m.chapterId === chapter.id)}
            members={myChapters.find((c) => c.id === chapter.id)?.members.filter((m) => !m.isViewer) ?? []}
          />
        ))}
      </div>
    </>
  );
}

function ChapterSection({
  chapter,
  timeZone,
  filtered,
  meetings,
  members,
}: {
  chapter: ChapterDirectory;
  timeZone: string;
  filtered: boolean;
  meetings: GroupMeetingSummary[];
  members: MyChapter["members"];
}) {
  const isOfficer = chapter.role === "OFFICER";
  const available = chapter.professionals.filter((p) => !p.claim && isClaimable(p.status)).length;
  const proposals = chapter.professionals.filter((p) => p.status === "PROPOSED").length;
  return (
    <section aria-labelledby={`chapter-${chapter.id}`}>
      <div className="mb-4">
        <h2 id={`chapter-${chapter.id}`} className="flex flex-wrap items-center gap-2 text-lg font-semibold text-slate-900">
          {chapter.name}
          <Badge>{roleLabel(chapter.role)}</Badge>
        </h2>
        {chapter.total > 0 ? (
          <p className="mt-0.5 text-sm text-slate-600">
            {filtered ? `${chapter.professionals.length} of ${chapter.total} match` : `${chapter.total} ${chapter.total === 1 ? "professional" : "professionals"}`} · {available}{" "}
            available to claim · claims last {chapter.claimDays} days
            {isOfficer && proposals > 0 ? ` · ${proposals} waiting for approval` : null}
          </p>
        ) : null}
      </div>
      <GroupMeetings chapter={chapter} meetings={meetings} members={members} timeZone={timeZone} />
      <ProposeForm organisationId={chapter.id} isOfficer={isOfficer} />
      {chapter.professionals.length === 0 ? (
        <EmptyState
          headingLevel={3}
          icon={<Icon name="chapter" className="size-6" />}
          title={filtered && chapter.total > 0 ? "Nobody matches these filters" : "No shared professionals yet"}
          description={
            filtered && chapter.total > 0
              ? "Try another topic or employer, or clear the filters."
              : isOfficer
                ? "Add professionals who agreed to talk with students, or approve members' proposals; they appear here for everyone in the chapter."
                : "Propose a professional you know, or wait for your officers to add some."
          }
          action={
            filtered && chapter.total > 0 ? (
              <Link href="/chapter" className={buttonClasses("secondary", "md")}>
                Clear filters
              </Link>
            ) : undefined
          }
        />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {chapter.professionals.map((professional) => (
            <li key={professional.id}>
              <ProfessionalCard professional={professional} isOfficer={isOfficer} timeZone={timeZone} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ProfessionalCard({ professional: p, isOfficer, timeZone }: { professional: SharedProfessional; isOfficer: boolean; timeZone: string }) {
  const doNotContact = p.status === "DO_NOT_CONTACT";
  const headingId = `shared-${p.id}`;
  return (
    <Card className={doNotContact ? "h-full border-red-200 p-5" : "h-full p-5"}>
      <article aria-labelledby={headingId}>
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h3 id={headingId} className="font-semibold text-slate-900">
            {p.name}
          </h3>
          <Badge tone={STATUS_TONES[p.status]}>{SHARED_STATUS_LABELS[p.status]}</Badge>
        </div>
        {p.title || p.employer ? (
          <p className="mt-1 text-sm text-slate-700">
            {p.title}
            {p.title && p.employer ? " at " : null}
            {p.employer ? <span className="font-medium">{p.employer}</span> : null}
          </p>
        ) : null}
        {p.topics.length > 0 ? (
          <div className="mt-3">
            <h4 className="sr-only">Topics</h4>
            <ul className="flex flex-wrap gap-1.5">
              {p.topics.map((topic) => (
                <li key={topic}>
                  <Badge>{topic}</Badge>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <dl className="mt-3 space-y-1 text-sm text-slate-700">
          {p.chapterRelation ? <Detail label="Knows the chapter">{p.chapterRelation}</Detail> : null}
          {p.preferredChannel ? <Detail label="Prefers">{CHANNEL_LABELS[p.preferredChannel]}</Detail> : null}
          {p.email ? <Detail label="Email">{p.email}</Detail> : null}
          {p.phone ? <Detail label="Phone">{p.phone}</Detail> : null}
          {p.linkedinUrl ? (
            <Detail label="LinkedIn">
              <a href={p.linkedinUrl} className="-my-0.5 inline-flex min-h-6 items-center break-all text-brand-800 underline" rel="noopener noreferrer" target="_blank">
                Profile
              </a>
            </Detail>
          ) : null}
          <Detail label="This term">
            {p.contactsThisTerm} of {p.capPerTerm} contacts · {p.cooldownDays} days between contacts
          </Detail>
          {isOfficer && p.officerOnly && p.officerOnly.length > 0 ? <Detail label="Officers only">{p.officerOnly.map((f) => RESTRICTABLE_FIELD_LABELS[f]).join(", ")}</Detail> : null}
          {isOfficer && p.proposedBy ? <Detail label="Proposed by">{p.proposedBy}</Detail> : null}
        </dl>
        {p.contactHint && !doNotContact ? (
          <p id={`${headingId}-reach`} className="mt-3 flex items-start gap-1.5 rounded-lg bg-amber-50 p-2 text-sm text-amber-900">
            <Icon name="eye-off" className="mt-0.5 size-4 shrink-0" />
            <span>{p.contactHint}</span>
          </p>
        ) : null}
        <p className="mt-4 flex items-center gap-1.5 border-t border-slate-100 pt-3 text-sm">
          {doNotContact ? (
            <span className="font-medium text-red-700">Do not contact this person.</span>
          ) : p.claim ? (
            <>
              <Icon name="clock" className="size-4 text-amber-700" />
              <span className="text-slate-700">
                {p.claim.byViewer ? "Claimed by you" : p.claim.holder ? `Claimed by ${p.claim.holder}` : "Claimed"} until{" "}
                <time dateTime={p.claim.expiresAt.toISOString()}>{formatDate(p.claim.expiresAt, timeZone)}</time>
              </span>
            </>
          ) : isClaimable(p.status) ? (
            <>
              <Icon name="check" className="size-4 text-emerald-700" />
              <span className="text-slate-700">Not claimed</span>
            </>
          ) : p.status === "PROPOSED" ? (
            <span className="text-slate-600">Proposed, waiting for approval</span>
          ) : (
            <span className="text-slate-600">Not taking requests</span>
          )}
        </p>
        {doNotContact || p.status === "PROPOSED" ? null : (
          <ProfessionalActions
            id={p.id}
            name={p.name}
            claimable={isClaimable(p.status)}
            claimedByViewer={p.claim?.byViewer ?? false}
            claimedByOther={p.claim !== null && !p.claim.byViewer}
            myContactId={p.myContactId}
            contactHint={p.contactHint}
            contactHintId={p.contactHint ? `${headingId}-reach` : undefined}
            myLatestClaim={p.myLatestClaim ? { outcome: p.myLatestClaim.outcome, active: p.myLatestClaim.active } : null}
          />
        )}
        {p.history.length > 0 ? (
          <details className="mt-3 text-sm">
            <summary className="cursor-pointer font-medium text-slate-800">
              History ({p.history.length})<span className="sr-only"> of {p.name}</span>
            </summary>
            <ol className="mt-2 space-y-1 text-slate-700">
              {p.history.map((h) => (
                <li key={h.id}>
                  {h.who ?? "A member"} claimed on {formatDate(h.claimedAt, timeZone)}
                  {h.outcome ? ` · ${CLAIM_OUTCOME_LABELS[h.outcome].toLowerCase()}${h.outcomeAt ? ` (${formatDate(h.outcomeAt, timeZone)})` : ""}` : h.endedAt ? " · no outcome reported" : " · active"}
                </li>
              ))}
            </ol>
          </details>
        ) : null}
        {isOfficer ? (
          <OfficerControls id={p.id} name={p.name} status={p.status} capPerTerm={p.capPerTerm} cooldownDays={p.cooldownDays} officerOnly={p.officerOnly ?? []} />
        ) : null}
      </article>
    </Card>
  );
}

function GroupMeetings({ chapter, meetings, members, timeZone }: { chapter: ChapterDirectory; meetings: GroupMeetingSummary[]; members: MyChapter["members"]; timeZone: string }) {
  const isOfficer = chapter.role === "OFFICER";
  if (!isOfficer && meetings.length === 0) return null;
  const professionals = chapter.professionals
    .filter((p) => isClaimable(p.status))
    .map((p) => ({ id: p.id, label: [p.name, p.employer].filter(Boolean).join(", ") }));
  return (
    <section aria-labelledby={`meetings-${chapter.id}`} className="mb-6">
      <h3 id={`meetings-${chapter.id}`} className="mb-3 text-base font-semibold text-slate-900">
        Group meetings
      </h3>
      {isOfficer ? <ScheduleGroupMeetingForm organisationId={chapter.id} professionals={professionals} members={members} /> : null}
      {meetings.length === 0 ? (
        <p className="text-sm text-slate-600">No group meetings scheduled. Schedule an agency tour for several members at once.</p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {meetings.map((m) => (
            <li key={m.id}>
              <Card className="p-4">
                <article aria-labelledby={`meeting-${m.id}`}>
                  <h4 id={`meeting-${m.id}`} className="font-semibold text-slate-900">
                    <Link href={`/chapter/meetings/${m.id}`} className="underline-offset-2 hover:underline">
                      {m.title}
                    </Link>
                  </h4>
                  <p className="mt-1 text-sm text-slate-700">
                    <time dateTime={m.startsAt.toISOString()}>{formatDateTime(m.startsAt, timeZone)}</time> · {MEETING_MODE_LABELS[m.mode]}
                    {m.with ? ` · with ${m.with}` : null}
                  </p>
                  <p className="mt-1 text-sm text-slate-600">
                    {m.going} going · {m.maybe} maybe · {m.invited} invited
                    {m.status !== "SCHEDULED" ? ` · ${MEETING_STATUS_LABELS[m.status].toLowerCase()}` : null}
                    {m.myRsvp ? ` · you: ${RSVP_LABELS[m.myRsvp].toLowerCase()}` : null}
                  </p>
                  {m.myRsvp && m.status === "SCHEDULED" ? (
                    <div className="mt-3">
                      <RsvpForm meetingId={m.id} title={m.title} current={m.myRsvp} />
                    </div>
                  ) : null}
                </article>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap gap-x-1.5">
      <dt className="text-slate-500">{label}:</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}
