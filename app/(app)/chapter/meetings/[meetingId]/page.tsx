import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { GroupMeetingChanges, GroupNotesForm, GroupRecordForm, RsvpForm } from "@/components/chapter/group-meeting-forms";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { now } from "@/lib/clock";
import { NotFoundError } from "@/lib/data/errors";
import { getGroupMeeting, type GroupMeetingDetail } from "@/lib/data/group-meetings";
import { requireViewer } from "@/lib/data/viewer";
import { formatDate, formatDateTime, MEETING_MODE_LABELS, MEETING_STATUS_LABELS } from "@/lib/domain/format";
import { CLOCK_SLACK_MS, toLocalInputValue } from "@/lib/domain/local-time";
import { memberThankYouNote, suggestedMeetingEnd } from "@/lib/domain/meeting-done";
import { RSVP_LABELS } from "@/lib/validation/chapters";

export const metadata: Metadata = { title: "Group meeting" };

/** One group meeting: when and with whom, the RSVPs, the shared agenda, and the viewer's own notes. */
export default async function GroupMeetingPage({ params }: { params: Promise<{ meetingId: string }> }) {
  const { meetingId } = await params;
  const viewer = await requireViewer();
  let meeting: GroupMeetingDetail;
  try {
    meeting = await getGroupMeeting(meetingId);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const invited = meeting.myRsvp !== null;
  const at = now();
  const done = meeting.status === "DONE";
  // "Who went" lists those who said going first, then maybe, then the rest.
  const byAnswer = ["GOING", "MAYBE", "INVITED", "NOT_GOING"];
  const members = [...meeting.attendees].sort((a, b) => byAnswer.indexOf(a.rsvp) - byAnswer.indexOf(b.rsvp));
  const plannedStart = toLocalInputValue(meeting.startsAt, viewer.timeZone);
  return (
    <div className="mx-auto max-w-3xl">
      <Link href="/chapter" className="mb-3 inline-flex items-center gap-1 text-sm font-medium text-brand-800">
        <Icon name="arrow-left" className="size-4" />
        {meeting.chapterName}
      </Link>
      <PageHeader
        title={meeting.title}
        description={
          <>
            <time dateTime={meeting.startsAt.toISOString()}>{formatDateTime(meeting.startsAt, viewer.timeZone)}</time> · {meeting.durationMinutes} min ·{" "}
            {MEETING_MODE_LABELS[meeting.mode]}
            {meeting.location ? ` · ${meeting.location}` : null}
            {meeting.with ? ` · with ${meeting.with}` : null}
          </>
        }
        actions={meeting.status !== "SCHEDULED" ? <Badge>{MEETING_STATUS_LABELS[meeting.status]}</Badge> : undefined}
      />
      <div className="space-y-6">
        {meeting.status === "CANCELLED" ? (
          // Live: an officer who just cancelled it hears it; a member opening the page reads it first.
          <Alert tone="info" live>
            This meeting was cancelled{meeting.cancelledAt ? ` on ${formatDate(meeting.cancelledAt, viewer.timeZone)}` : null}.{" "}
            {meeting.isOfficer
              ? "Members’ prep reminders are cancelled, and a member with nothing else scheduled with this professional sees them back in Outreach."
              : "It is cancelled in your calendar feed, and the professional stays in your pipeline."}
          </Alert>
        ) : meeting.status === "DONE" ? (
          <Alert tone="success" live>
            Done{meeting.doneAt ? `: it ended ${formatDateTime(meeting.doneAt, viewer.timeZone)}` : null}.{" "}
            {meeting.isOfficer
              ? meeting.going === 0
                ? "Nobody had said they were going, so no thank-you reminders were made."
                : `${meeting.going === 1 ? "The member who went has" : `Each of the ${meeting.going} members who went has`} their own reminder to send a thank-you within 24 hours.`
              : meeting.myRsvp === "GOING"
                ? meeting.doneAt && memberThankYouNote({ reminder: meeting.myThankYou, doneAt: meeting.doneAt, timeZone: viewer.timeZone, now: at })
                : "An officer recorded who went, and you are not on the list. If you were there, ask an officer of the chapter to add you."}
          </Alert>
        ) : null}
        {invited && meeting.status === "SCHEDULED" ? (
          <Card className="p-5">
            <h2 className="mb-3 text-base font-semibold text-slate-900">Are you going?</h2>
            <RsvpForm meetingId={meeting.id} title={meeting.title} current={meeting.myRsvp} />
            {meeting.myContactId ? (
              <Link href={`/contacts/${meeting.myContactId}`} className="mt-3 inline-block text-sm font-medium text-brand-800 underline">
                Open it in my pipeline
              </Link>
            ) : null}
          </Card>
        ) : null}

        <Card className="p-5">
          <section aria-labelledby="agenda-heading">
            <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
              <h2 id="agenda-heading" className="text-base font-semibold text-slate-900">
                Agenda
              </h2>
              {meeting.canEditAgenda ? (
                <Link href={`/meetings/${meeting.id}/agenda`} className={buttonClasses("secondary", "sm")}>
                  Edit the agenda
                </Link>
              ) : null}
            </div>
            {meeting.agenda.length === 0 ? (
              <p className="text-sm text-slate-600">
                {meeting.canEditAgenda ? "No questions yet. Build the agenda everyone will see." : "The officer has not shared an agenda yet."}
              </p>
            ) : (
              <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-800">
                {meeting.agenda.map((item) => (
                  <li key={item.id}>
                    {item.text} <span className="text-slate-500">({item.minutes} min)</span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </Card>

        {invited ? (
          <Card className="p-5">
            <GroupNotesForm meetingId={meeting.id} notes={meeting.myNotes} />
          </Card>
        ) : null}

        <Card className="p-5">
          <section aria-labelledby="attendees-heading">
            <h2 id="attendees-heading" className="mb-3 text-base font-semibold text-slate-900">
              {done ? `Members (${meeting.going} went)` : `Members (${meeting.going} going, ${meeting.maybe} maybe)`}
            </h2>
            <ul className="divide-y divide-slate-100 text-sm">
              {meeting.attendees.map((a) => (
                <li key={a.name + a.rsvp} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    {a.name}
                    {a.isViewer ? <span className="text-slate-500"> (you)</span> : null}
                  </span>
                  {done ? (
                    // Once it is done, going means went: the officer said who did.
                    <Badge tone={a.rsvp === "GOING" ? "success" : "neutral"}>{a.rsvp === "GOING" ? "Went" : "Didn’t go"}</Badge>
                  ) : (
                    <Badge tone={a.rsvp === "GOING" ? "success" : a.rsvp === "MAYBE" ? "info" : "neutral"}>{RSVP_LABELS[a.rsvp]}</Badge>
                  )}
                </li>
              ))}
            </ul>
          </section>
        </Card>

        {meeting.isOfficer && done && meeting.doneAt ? (
          <Card className="p-5">
            <h2 className="mb-1 text-base font-semibold text-slate-900">Correct the record</h2>
            <p className="mb-3 text-sm text-slate-600">If it ended at another time, or the list of who went is wrong, fix it here.</p>
            <GroupRecordForm use="correct" meetingId={meeting.id} doneAt={toLocalInputValue(meeting.doneAt, viewer.timeZone)} members={members} />
          </Card>
        ) : null}

        {meeting.isOfficer && meeting.status === "SCHEDULED" ? (
          <Card className="p-5">
            <h2 className="mb-1 text-base font-semibold text-slate-900">Time and place</h2>
            <p className="mb-3 text-sm text-slate-600">Plans changed? Move it or cancel it here: every member who is going or may go sees the change.</p>
            <GroupMeetingChanges
              meeting={{ id: meeting.id, startsAt: meeting.startsAt, durationMinutes: meeting.durationMinutes, mode: meeting.mode, location: meeting.location }}
              title={meeting.title}
              timeZone={viewer.timeZone}
            />
          </Card>
        ) : null}

        {meeting.isOfficer && meeting.status === "SCHEDULED" ? (
          <Card className="p-5">
            <h2 className="mb-1 text-base font-semibold text-slate-900">After the meeting</h2>
            {at.getTime() < meeting.startsAt.getTime() - CLOCK_SLACK_MS ? (
              // Not started: the record is offered only for a meeting the host moved sooner, behind
              // that explicit choice, so the usual case does not meet a form it can't yet use.
              <>
                <p className="text-sm text-slate-600">
                  Once it is over, record here when it ended and who went: each member who went moves to Interviewed and gets a reminder to send their
                  thank-you.
                </p>
                <details className="mt-3">
                  <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-medium text-brand-800 underline sm:min-h-6">
                    Did it happen earlier than planned? Record it now
                  </summary>
                  <div className="mt-3">
                    <GroupRecordForm
                      use="markDone"
                      meetingId={meeting.id}
                      doneAt={toLocalInputValue(at, viewer.timeZone)}
                      members={members}
                      planned={{ start: plannedStart, durationMinutes: meeting.durationMinutes, earlier: true }}
                    />
                  </div>
                </details>
              </>
            ) : (
              <>
                <p className="mb-3 text-sm text-slate-600">
                  Record when it ended (offered: its scheduled end, or now if that is earlier) and who went. Each member who went moves to Interviewed.
                </p>
                <GroupRecordForm
                  use="markDone"
                  meetingId={meeting.id}
                  doneAt={toLocalInputValue(suggestedMeetingEnd(meeting.startsAt, meeting.durationMinutes, at), viewer.timeZone)}
                  members={members}
                  planned={{ start: plannedStart, durationMinutes: meeting.durationMinutes, earlier: false }}
                />
              </>
            )}
          </Card>
        ) : null}
      </div>
    </div>
  );
}
