import clsx from "clsx";
import Link from "next/link";
import { ChangeMeetingEnd } from "@/components/interview/change-meeting-end";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Icon, type IconName } from "@/components/ui/icons";
import type { TimelineEvent } from "@/lib/data/timeline";
import { NoteShareControl } from "./note-share-control";
import { ReplyControl } from "./reply-control";
import {
  CHANNEL_LABELS,
  formatDateTime,
  formatDay,
  formatRelativeDay,
  MEETING_MODE_LABELS,
  MEETING_STATUS_LABELS,
  NOTE_KIND_LABELS,
  OUTREACH_KIND_LABELS,
  REMINDER_STATUS_LABELS,
  REPLY_STATUS_LABELS,
} from "@/lib/domain/format";
import { toLocalInputValue } from "@/lib/domain/local-time";
import { STAGE_LABELS } from "@/lib/domain/stages";

const ICONS: Record<TimelineEvent["kind"], { icon: IconName; className: string }> = {
  stage: { icon: "flag", className: "bg-brand-100 text-brand-800" },
  outreach: { icon: "mail", className: "bg-sky-100 text-sky-800" },
  meeting: { icon: "calendar", className: "bg-amber-100 text-amber-900" },
  note: { icon: "note", className: "bg-emerald-100 text-emerald-800" },
  reminder: { icon: "bell", className: "bg-slate-200 text-slate-700" },
};

const REPLY_TONES: Record<"NO_REPLY" | "REPLIED" | "DECLINED", BadgeTone> = {
  NO_REPLY: "neutral",
  REPLIED: "success",
  DECLINED: "danger",
};

/** `canShareNotes`: the student is in a career-centre cohort, so each note can be shared with its staff. */
export function Timeline({ events, timeZone, now, canShareNotes = false }: { events: TimelineEvent[]; timeZone: string; now: Date; canShareNotes?: boolean }) {
  if (events.length === 0) {
    return <p className="mt-4 rounded-lg border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-600">No history yet.</p>;
  }
  return (
    <ol className="mt-5">
      {events.map((event, index) => {
        const { icon, className } = ICONS[event.kind];
        const last = index === events.length - 1;
        return (
          <li key={`${event.kind}-${event.id}`} className="relative flex gap-3 pb-6 last:pb-0">
            {last ? null : <span aria-hidden="true" className="absolute top-9 bottom-0 left-[1.0625rem] w-px bg-slate-200" />}
            <span className={clsx("relative flex size-9 shrink-0 items-center justify-center rounded-full", className)}>
              <Icon name={icon} className="size-4" />
            </span>
            <div className="min-w-0 flex-1 pt-1.5">
              <EventBody event={event} timeZone={timeZone} canShareNotes={canShareNotes} />
              <p className="mt-1 text-xs text-slate-600">
                <time dateTime={event.at.toISOString()}>{formatDateTime(event.at, timeZone)}</time>
                <span aria-hidden="true"> · </span>
                <span>{formatRelativeDay(now, event.at, timeZone)}</span>
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

function EventBody({ event, timeZone, canShareNotes }: { event: TimelineEvent; timeZone: string; canShareNotes: boolean }) {
  switch (event.kind) {
    case "stage":
      return (
        <>
          <p className="text-sm font-medium text-slate-900">
            {event.fromStage
              ? `Moved from ${STAGE_LABELS[event.fromStage]} to ${STAGE_LABELS[event.toStage]}`
              : `Added in ${STAGE_LABELS[event.toStage]}`}
          </p>
          {event.reason ? <p className="mt-0.5 text-sm text-slate-700">{event.reason}</p> : null}
        </>
      );
    case "outreach":
      return (
        <>
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm font-medium text-slate-900">
            {OUTREACH_KIND_LABELS[event.outreachKind]} by {CHANNEL_LABELS[event.channel]}
            {event.outreachKind === "THANK_YOU" ? (
              event.thankYouTiming?.late ? (
                <Badge tone="warning">Late: {event.thankYouTiming.hoursAfter} h after the meeting</Badge>
              ) : event.thankYouTiming?.hoursAfter !== null && event.thankYouTiming?.hoursAfter !== undefined ? (
                <Badge tone="success">Within 24 hours</Badge>
              ) : null
            ) : (
              <Badge tone={REPLY_TONES[event.replyStatus]}>{REPLY_STATUS_LABELS[event.replyStatus]}</Badge>
            )}
          </p>
          {event.subject ? <p className="mt-0.5 text-sm text-slate-800">“{event.subject}”</p> : null}
          {event.body ? (
            <details className="group mt-1">
              <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-medium text-brand-700 select-none hover:underline sm:min-h-8">
                <span className="group-open:hidden">Show the message</span>
                <span className="hidden group-open:inline">Hide the message</span>
              </summary>
              <p className="mt-1 rounded-lg bg-slate-50 px-3 py-2 text-sm whitespace-pre-wrap text-slate-700">{event.body}</p>
            </details>
          ) : null}
          {event.outreachKind === "INITIAL" || event.outreachKind === "FOLLOW_UP" ? (
            <ReplyControl
              attemptId={event.id}
              replyStatus={event.replyStatus}
              message={`the ${OUTREACH_KIND_LABELS[event.outreachKind].toLowerCase()} of ${formatDay(event.at, timeZone)}`}
            />
          ) : null}
        </>
      );
    case "meeting":
      return (
        <>
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm font-medium text-slate-900">
            {event.title}
            <Badge tone={event.status === "DONE" ? "success" : event.status === "CANCELLED" ? "danger" : "warning"}>
              {MEETING_STATUS_LABELS[event.status]}
            </Badge>
          </p>
          <p className="mt-0.5 text-sm text-slate-700">
            {MEETING_MODE_LABELS[event.mode]} · {event.durationMinutes} min
            {event.location ? ` · ${event.location}` : null}
          </p>
          {event.doneAt ? (
            <>
              <p className="mt-0.5 text-sm text-slate-700">
                Ended <time dateTime={event.doneAt.toISOString()}>{formatDateTime(event.doneAt, timeZone)}</time>
              </p>
              {/* Interview mode stays open after the meeting ("keep adding what you remember"): this is the way back. */}
              <Link
                href={`/meetings/${event.id}/interview`}
                prefetch={false}
                aria-label={`Open your notes from the meeting of ${formatDay(event.at, timeZone)}`}
                className="mt-1 inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline-offset-2 hover:underline sm:min-h-8"
              >
                Open your notes
              </Link>
              <ChangeMeetingEnd
                meetingId={event.id}
                doneAt={toLocalInputValue(event.doneAt, timeZone)}
                version={event.version}
                // A date-and-time field needs about 285 px, more than this column has on a 360 px
                // phone: there, the opened form also takes the icon's column (and hides its line).
                formClassName="relative -ml-12 bg-white sm:ml-0"
              />
            </>
          ) : null}
          {event.status !== "DONE" ? (
            <a
              href={`/api/meetings/${event.id}/invitation`}
              download
              className="mt-1 inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline-offset-2 hover:underline sm:min-h-8"
            >
              {event.status === "CANCELLED" ? "Download the cancellation (.ics)" : "Add to calendar (.ics)"}
            </a>
          ) : null}
        </>
      );
    case "note":
      return (
        <>
          <p className="text-sm font-medium text-slate-900">{NOTE_KIND_LABELS[event.noteKind]}</p>
          <p className="mt-0.5 text-sm whitespace-pre-wrap text-slate-700">{event.body}</p>
          {canShareNotes ? <NoteShareControl noteId={event.id} shared={event.sharedAt !== null} about={noteAbout(event, timeZone)} /> : null}
        </>
      );
    case "reminder":
      return (
        <>
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm font-medium text-slate-900">
            Reminder: {event.label.toLowerCase()}
            <Badge tone={event.status === "PENDING" ? "warning" : "neutral"}>{REMINDER_STATUS_LABELS[event.status]}</Badge>
          </p>
          <p className="mt-0.5 text-sm text-slate-700">{event.title}</p>
          {event.status !== "PENDING" && event.settledAt ? <p className="mt-0.5 text-sm text-slate-700">{settledLine(event, timeZone)}</p> : null}
        </>
      );
  }
}

/** "the takeaway from Tue, Dec 2, “Write for the ear, not the…”": tells one note's buttons from another's. */
function noteAbout(event: Extract<TimelineEvent, { kind: "note" }>, timeZone: string): string {
  const words = event.body.trim().split(/\s+/);
  const excerpt = words.length > 6 ? `${words.slice(0, 6).join(" ")}…` : words.join(" ");
  return `the ${NOTE_KIND_LABELS[event.noteKind].toLowerCase()} from ${formatDay(event.at, timeZone)}, “${excerpt}”`;
}

/**
 * "Cancelled: meeting agreed. It was due Nov 25, 2026, 9:00 AM." for one settled before it came due
 * (placed when it was settled); "Done, Nov 27, 2026, 4:10 PM." for one settled later (placed at its due date).
 */
function settledLine(event: Extract<TimelineEvent, { kind: "reminder" }>, timeZone: string): string {
  const what = `${REMINDER_STATUS_LABELS[event.status]}${event.settledReason ? `: ${event.settledReason}` : ""}`;
  if (event.at.getTime() === event.dueAt.getTime()) return `${what}, ${formatDateTime(event.settledAt!, timeZone)}.`;
  return `${what}. It was due ${formatDateTime(event.dueAt, timeZone)}.`;
}
