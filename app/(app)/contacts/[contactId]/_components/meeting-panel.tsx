"use client";
// The contact's upcoming meeting(s): when (in the user's zone), how long, how and where; the .ics
// invitation; reschedule and cancel (each in its own dialog); links to prepare the agenda and to
// run the interview, where a meeting whose time has passed is recorded and marked done. Holds the
// last result so it is still shown after a cancelled meeting leaves the list.
import Link from "next/link";
import { useRef, useState, type ReactNode } from "react";
import { Alert, DismissButton } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Icon } from "@/components/ui/icons";
import { formatLongDay, formatRelativeDay, formatTime, MEETING_MODE_LABELS } from "@/lib/domain/format";
import { startInMeetingZone } from "@/lib/domain/local-time";
import type { MeetingMode, Stage } from "@/lib/generated/prisma/enums";
import { CancelMeetingDialog } from "./meeting-cancel-dialog";
import { RescheduleMeetingDialog } from "@/components/meetings/reschedule-meeting-dialog";

/** What the page hands the panel: lib/data/meetings' UpcomingMeeting. */
export interface PanelMeeting {
  id: string;
  title: string;
  startsAt: Date;
  timeZone: string;
  durationMinutes: number;
  mode: MeetingMode;
  location: string | null;
  canChange: boolean;
}

const PLACE_LABELS: Record<MeetingMode, string> = {
  IN_PERSON: "Place",
  COFFEE: "Café",
  PHONE: "Phone",
  VIDEO: "Video link",
};

const linkClasses = "[overflow-wrap:anywhere] text-brand-700 underline-offset-2 hover:underline";

function Place({ mode, location }: { mode: MeetingMode; location: string | null }) {
  if (!location) return <span className="text-slate-600">Not set yet</span>;
  if (/^https?:\/\/\S+$/i.test(location)) {
    return (
      <a href={location} target="_blank" rel="noopener noreferrer" className={linkClasses}>
        {location.replace(/^https?:\/\//i, "")}
        <span className="sr-only"> (opens in a new tab)</span>
      </a>
    );
  }
  if (mode === "PHONE" && /^\+?[\d\s().-]{7,20}$/.test(location)) {
    return (
      <a href={`tel:${location.replace(/[^+\d]/g, "")}`} className={linkClasses}>
        {location}
      </a>
    );
  }
  return <span className="[overflow-wrap:anywhere]">{location}</span>;
}

export function MeetingPanel({
  contactName,
  stage,
  meetings,
  timeZone,
  now,
  schedule,
  scheduleOffered = false,
}: {
  contactName: string;
  stage: Stage;
  meetings: PanelMeeting[];
  timeZone: string;
  now: Date;
  /** Scheduling from this page (components/contacts/schedule-meeting), kept in one place so it outlives the save. */
  schedule?: ReactNode;
  /** It offers to schedule: it says what to do in place of the line pointing to the board. */
  scheduleOffered?: boolean;
}) {
  const [notice, setNotice] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstName = contactName.split(/\s+/)[0] || contactName;

  return (
    <section aria-labelledby="upcoming-meeting-heading">
      <Card className="p-5">
        <h2 id="upcoming-meeting-heading" ref={headingRef} tabIndex={-1} className="flex items-center gap-2 text-base font-semibold text-slate-900 focus:outline-none">
          <Icon name="calendar" className="size-4 text-amber-800" />
          {meetings.length > 1 ? "Upcoming meetings" : "Upcoming meeting"}
        </h2>

        <div aria-live="polite" className="empty:hidden">
          {notice ? (
            <Alert tone="success" className="mt-3 flex items-start justify-between gap-3">
              <p className="py-1 font-medium">{notice}</p>
              <DismissButton onClick={() => setNotice(null)} />
            </Alert>
          ) : null}
        </div>

        {schedule}

        {meetings.length === 0 ? (
          scheduleOffered ? null : (
            <p className="mt-2 text-sm text-slate-700">
              {stage === "SCHEDULED" ? `No meeting with ${firstName} is scheduled.` : `Nothing scheduled with ${firstName} yet.`} When they agree to a time, move them
              to Scheduled on the{" "}
              <Link href="/pipeline" className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800">
                pipeline board
              </Link>
              : Rapport keeps the invitation and reminds you to prepare the day before.
            </p>
          )
        ) : (
          <ul className="mt-3 divide-y divide-slate-100">
            {meetings.map((meeting) => {
              const endsAt = new Date(meeting.startsAt.getTime() + meeting.durationMinutes * 60_000);
              const passed = endsAt.getTime() < now.getTime();
              const interviewHref = `/meetings/${meeting.id}/interview`;
              // Interview mode marks it done (and moves the contact on): only the student who arranged it can.
              const record = passed && meeting.canChange;
              const passedId = `meeting-${meeting.id}-passed`;
              // Set in the professional's zone: the time they agreed to, as they read it.
              const theirTime = startInMeetingZone(meeting.startsAt, meeting.timeZone, timeZone);
              return (
                <li key={meeting.id} className="py-3 first:pt-0 last:pb-0">
                  <p className="font-medium text-slate-900">
                    <time dateTime={meeting.startsAt.toISOString()}>
                      {formatLongDay(meeting.startsAt, timeZone)}, {formatTime(meeting.startsAt, timeZone)} – {formatTime(endsAt, timeZone)}
                    </time>
                  </p>
                  <p className="text-sm text-slate-600">
                    {formatRelativeDay(now, meeting.startsAt, timeZone)}
                    <span aria-hidden="true"> · </span>
                    <span>your time ({timeZone.replace(/_/g, " ")})</span>
                  </p>
                  {theirTime ? <p className="text-sm text-slate-600">Their time: {theirTime}</p> : null}
                  {passed ? (
                    <p id={passedId} className="mt-2 text-sm text-amber-900">
                      {record
                        ? "This time has passed. If you met, record how it went and mark it done in interview mode. If not, reschedule or cancel it."
                        : "This time has passed."}
                    </p>
                  ) : null}
                  <dl className="mt-3 grid gap-x-3 gap-y-1.5 text-sm sm:grid-cols-[6rem_minmax(0,1fr)]">
                    <dt className="text-slate-600">Length</dt>
                    <dd className="text-slate-900">{meeting.durationMinutes} minutes</dd>
                    <dt className="text-slate-600">How</dt>
                    <dd className="text-slate-900">{MEETING_MODE_LABELS[meeting.mode]}</dd>
                    <dt className="text-slate-600">{PLACE_LABELS[meeting.mode]}</dt>
                    <dd className="text-slate-900">
                      <Place mode={meeting.mode} location={meeting.location} />
                    </dd>
                  </dl>

                  <div className="mt-4 flex flex-wrap gap-2">
                    {record ? (
                      <Link href={interviewHref} prefetch={false} aria-describedby={passedId} className={buttonClasses("primary", "sm")}>
                        Record how it went
                      </Link>
                    ) : null}
                    <a href={`/api/meetings/${meeting.id}/invitation`} download className={buttonClasses(record ? "secondary" : "primary", "sm")}>
                      Download invitation (.ics)
                    </a>
                    {meeting.canChange ? (
                      <>
                        <RescheduleMeetingDialog meeting={meeting} title={`Reschedule the meeting with ${contactName}`} timeZone={timeZone} onSaved={setNotice} />
                        <CancelMeetingDialog
                          meeting={meeting}
                          contactName={contactName}
                          backToOutreach={stage === "SCHEDULED"}
                          timeZone={timeZone}
                          onCancelled={(message) => {
                            setNotice(message);
                            // The meeting (and the button that opened the dialog) leaves the list: keep focus in the panel.
                            headingRef.current?.focus();
                          }}
                        />
                      </>
                    ) : null}
                  </div>
                  <div className="mt-2 flex flex-wrap gap-x-4">
                    {meeting.canChange ? (
                      <>
                        <Link href={`/meetings/${meeting.id}/agenda`} prefetch={false} className={`inline-flex min-h-11 items-center text-sm font-semibold sm:min-h-8 ${linkClasses}`}>
                          Prepare agenda
                        </Link>
                        {/* Once it has passed, "Record how it went" above leads there. */}
                        {record ? null : (
                          <Link href={interviewHref} prefetch={false} className={`inline-flex min-h-11 items-center text-sm font-semibold sm:min-h-8 ${linkClasses}`}>
                            Interview mode
                          </Link>
                        )}
                      </>
                    ) : (
                      // A chapter's group meeting: its agenda and interview pages are the officer's; attendees
                      // read the agenda and keep their own notes on the group meeting's page.
                      <Link href={`/chapter/meetings/${meeting.id}`} prefetch={false} className={`inline-flex min-h-11 items-center text-sm font-semibold sm:min-h-8 ${linkClasses}`}>
                        Group meeting: agenda and your notes
                      </Link>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </Card>
    </section>
  );
}
