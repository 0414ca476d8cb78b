// Interview mode: one focused page for during and right after a meeting, made for a phone.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache, type ReactNode } from "react";
import { ActionItems } from "@/components/interview/action-items";
import { Answers } from "@/components/interview/answers";
import { ChangeMeetingEnd } from "@/components/interview/change-meeting-end";
import { Flags } from "@/components/interview/flags";
import { InterviewTimer } from "@/components/interview/interview-timer";
import { MarkDone, MarkedDone } from "@/components/interview/mark-done";
import { Referrals } from "@/components/interview/referrals";
import { Resources } from "@/components/interview/resources";
import { Takeaways } from "@/components/interview/takeaways";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Icon } from "@/components/ui/icons";
import { now } from "@/lib/clock";
import { NotFoundError } from "@/lib/data/errors";
import { getInterview } from "@/lib/data/interview";
import { requireViewer } from "@/lib/data/viewer";
import { formatDateTime, formatDay, formatTime, MEETING_MODE_LABELS } from "@/lib/domain/format";
import { actionItemView } from "@/lib/domain/interview";
import { CLOCK_SLACK_MS, toLocalInputValue } from "@/lib/domain/local-time";
import { suggestedMeetingEnd, thankYouNote, thankYouReminderNote } from "@/lib/domain/meeting-done";
import { STAGE_LABELS } from "@/lib/domain/stages";

type Params = Promise<{ meetingId: string }>;

const load = cache(async (meetingId: string) => {
  try {
    return await getInterview(meetingId);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { meetingId } = await params;
  const interview = await load(meetingId);
  return { title: interview.contact ? `Interview: ${interview.contact.name}` : interview.title };
}

function Section({ id, title, description, children }: { id: string; title: string; description?: string; children: ReactNode }) {
  return (
    <Card className="p-4 sm:p-6">
      <section aria-labelledby={id}>
        <h2 id={id} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        {description ? <p className="mt-0.5 mb-4 text-sm text-slate-600">{description}</p> : <div className="mb-4" />}
        {children}
      </section>
    </Card>
  );
}

export default async function InterviewPage({ params }: { params: Params }) {
  const { meetingId } = await params;
  const [viewer, interview] = await Promise.all([requireViewer(), load(meetingId)]);
  const timeZone = viewer.timeZone;
  const at = now();
  const contact = interview.contact;
  const agendaHref = `/meetings/${interview.id}/agenda`;
  const where = [MEETING_MODE_LABELS[interview.mode], `${interview.durationMinutes} min`, interview.location].filter(Boolean).join(" · ");
  const heading = contact ? `Interview with ${contact.name}` : interview.title;
  // When the thank-you is due, or that it is late, or (once logged) when it went out. A chapter's
  // group meeting has no contact of the viewer's: each member who went owes their own.
  const thankYou = interview.doneAt
    ? thankYouNote({ sentAt: contact ? interview.thankYouSentAt : null, doneAt: interview.doneAt, timeZone, now: at })
    : null;

  return (
    <div className="mx-auto max-w-2xl">
      <nav aria-label="Breadcrumb" className="mb-2 flex flex-wrap gap-x-4">
        {contact ? (
          <Link
            href={`/contacts/${contact.id}`}
            className="-ml-2 inline-flex min-h-11 items-center gap-1.5 rounded-lg px-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900"
          >
            <Icon name="arrow-left" className="size-4" />
            {contact.name}
          </Link>
        ) : null}
        <Link href={agendaHref} className="inline-flex min-h-11 items-center rounded-lg px-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900">
          Agenda
        </Link>
      </nav>

      <header className="mb-4">
        <h1 className="text-2xl font-bold tracking-tight [overflow-wrap:anywhere] text-slate-900 sm:text-3xl">{heading}</h1>
        <p className="mt-1 text-sm text-slate-700">
          {contact && (contact.title || contact.employer) ? <>{[contact.title, contact.employer].filter(Boolean).join(" at ")} · </> : null}
          <time dateTime={interview.startsAt.toISOString()}>
            {formatDay(interview.startsAt, timeZone, at)}, {formatTime(interview.startsAt, timeZone)}
          </time>
        </p>
        <p className="mt-0.5 text-sm [overflow-wrap:anywhere] text-slate-600">{where}</p>
      </header>

      {interview.status === "CANCELLED" ? (
        <Alert tone="info" className="mb-4">
          This meeting was cancelled. What you noted here is kept.
        </Alert>
      ) : null}
      {interview.status === "DONE" && interview.doneAt ? (
        <Alert tone="success" className="mb-4">
          Done {formatDateTime(interview.doneAt, timeZone)}. Keep adding what you remember. {thankYou}
        </Alert>
      ) : null}

      {/* Only while it can still be held: once done or cancelled, a timer at 0:00 has nothing left to time. */}
      {interview.status === "SCHEDULED" ? <InterviewTimer meetingId={interview.id} durationMinutes={interview.durationMinutes} /> : null}

      <div className="space-y-6">
        <Section id="questions-heading" title="Questions" description="Answers save as you type, and stay on this device until they have.">
          <Answers meetingId={interview.id} questions={interview.questions} agendaHref={agendaHref} />
        </Section>

        <Section id="takeaways-heading" title="Takeaways" description="What you learned, in their words where you can.">
          <Takeaways meetingId={interview.id} takeaways={interview.takeaways} />
        </Section>

        <Section id="actions-heading" title="Action items" description="Advice turned into something to do. With a due date, it shows on Today.">
          <ActionItems
            meetingId={interview.id}
            items={interview.actionItems.map((item) => actionItemView(item, at, timeZone))}
          />
        </Section>

        {contact ? (
          <Section id="referrals-heading" title="Referrals" description={`People ${contact.name} suggested: each becomes a contact in Find, linked to ${contact.name}.`}>
            <Referrals meetingId={interview.id} referrerName={contact.name} referrals={interview.referrals} />
          </Section>
        ) : null}

        <Section id="resources-heading" title="Resources" description="Organisations, events and publications to follow up on.">
          <Resources meetingId={interview.id} resources={interview.resources} />
        </Section>

        <Section id="flags-heading" title="Notes for the thank-you">
          <Flags
            meetingId={interview.id}
            values={{
              businessCardReceived: interview.businessCardReceived,
              sendResumeWithThanks: interview.sendResumeWithThanks,
              recordingAllowed: interview.recordingAllowed,
            }}
          />
        </Section>

        {interview.status !== "CANCELLED" ? (
          <Section id="done-heading" title="Finish">
            {interview.status === "SCHEDULED" ? (
              <MarkDone
                meetingId={interview.id}
                contactId={contact?.id ?? null}
                contactName={contact?.name ?? null}
                defaultDoneAt={toLocalInputValue(suggestedMeetingEnd(interview.startsAt, interview.durationMinutes, at), timeZone)}
                // A chapter's group meeting (no contact) is marked done as scheduled: it is its attendees' too.
                scheduledStart={contact ? toLocalInputValue(interview.startsAt, timeZone) : undefined}
                durationMinutes={interview.durationMinutes}
                hint={
                  at.getTime() < interview.startsAt.getTime() - CLOCK_SLACK_MS
                    ? `It is scheduled to start at ${formatTime(interview.startsAt, timeZone)} on ${formatDay(interview.startsAt, timeZone, at)}: mark it done once it's over.`
                    : undefined
                }
              />
            ) : (
              <>
                {/* Shown where the button was, so the student sees what marking it done did. */}
                <MarkedDone
                  message={[
                    "Meeting marked done.",
                    contact ? `${contact.name} is in ${STAGE_LABELS[contact.stage]}.` : null,
                    thankYou,
                    thankYouReminderNote(interview.thankYouReminder, timeZone, at),
                  ]
                    .filter(Boolean)
                    .join(" ")}
                  // Once the thank-you is sent, nothing to write: only the way to Today.
                  contactId={contact && !interview.thankYouSentAt ? contact.id : null}
                />
                {/* The student's own meeting only: a chapter's group meeting (no contact) is its officer's. */}
                {contact && interview.doneAt ? (
                  <ChangeMeetingEnd meetingId={interview.id} doneAt={toLocalInputValue(interview.doneAt, timeZone)} version={interview.version} className="mt-3" />
                ) : null}
              </>
            )}
          </Section>
        ) : null}
      </div>
    </div>
  );
}
