// One contact's history, newest first: stage moves, outreach, meetings, notes and reminders (but
// not the prep reminder of a meeting held before it came due). An open reminder sits at its due
// date; a settled one when it was settled, if before it was due, with what settled it. Read in one query through the
// contact, which must belong to the viewer.
import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type {
  Channel,
  MeetingMode,
  MeetingStatus,
  NoteKind,
  OutreachKind,
  ReminderRule,
  ReminderStatus,
  ReplyStatus,
  Stage,
} from "../generated/prisma/enums";
import { thankYouTiming } from "../domain/compose-purpose";
import { reminderSettledReason, reminderTimelineAt } from "../domain/reminder-outcome";
import { REMINDER_RULE_LABELS } from "../domain/format";
import { isOverdue, reminderLabel, reminderTitle } from "../domain/today";
import { NotFoundError } from "./errors";
import { requireViewer } from "./viewer";

export type TimelineEvent =
  | { kind: "stage"; id: string; at: Date; fromStage: Stage | null; toStage: Stage; reason: string | null }
  | {
      kind: "outreach";
      id: string;
      at: Date;
      outreachKind: OutreachKind;
      channel: Channel;
      subject: string | null;
      body: string | null;
      replyStatus: ReplyStatus;
      repliedAt: Date | null;
      /** Thank-yous only: hours after the meeting ended, and whether past the 24 hours. */
      thankYouTiming?: { late: boolean; hoursAfter: number | null };
    }
  | {
      kind: "meeting";
      id: string;
      at: Date;
      title: string;
      status: MeetingStatus;
      mode: MeetingMode;
      durationMinutes: number;
      location: string | null;
      timeZone: string;
      /** When a done meeting ended; the version lets its end be corrected without overwriting another edit. */
      doneAt: Date | null;
      version: number;
    }
  | { kind: "note"; id: string; at: Date; noteKind: NoteKind; body: string; sharedAt: Date | null }
  | {
      kind: "reminder";
      id: string;
      /** Its due date while open; when it was settled, if that came first (lib/domain/reminder-outcome). */
      at: Date;
      dueAt: Date;
      rule: ReminderRule;
      /** What it is, in a word or two ("Prepare"; "Record notes" once its meeting has started). */
      label: string;
      title: string;
      status: ReminderStatus;
      settledAt: Date | null;
      /** What settled it, in a few words ("meeting agreed"), when the contact's history says. */
      settledReason: string | null;
    };

function timelineSelect(ownerId: string) {
  return {
    stageChanges: {
      where: { ownerId },
      select: { id: true, fromStage: true, toStage: true, at: true, reason: true },
    },
    outreach: {
      where: { ownerId },
      select: {
        id: true,
        kind: true,
        channel: true,
        subject: true,
        body: true,
        sentAt: true,
        replyStatus: true,
        repliedAt: true,
      },
    },
    meetings: {
      where: { ownerId },
      select: {
        id: true,
        title: true,
        startsAt: true,
        status: true,
        mode: true,
        durationMinutes: true,
        location: true,
        timeZone: true,
        doneAt: true,
        cancelledAt: true,
        version: true,
      },
    },
    notesList: {
      where: { ownerId },
      select: { id: true, kind: true, body: true, createdAt: true, sharedAt: true },
    },
    reminders: {
      where: { ownerId },
      select: { id: true, rule: true, title: true, dueAt: true, status: true, settledAt: true, meetingId: true },
    },
  } satisfies Prisma.ContactSelect;
}

/** When the latest meeting done before `sentAt` ended: what a thank-you's timing is measured from. */
function lastMeetingDoneBy(meetings: { doneAt: Date | null }[], sentAt: Date): Date | null {
  let latest: Date | null = null;
  for (const { doneAt } of meetings) if (doneAt && doneAt <= sentAt && (!latest || doneAt > latest)) latest = doneAt;
  return latest;
}

/**
 * The prep reminder of a done meeting that began before the reminder was due, settled with the
 * meeting rather than by the student beforehand: the meeting was held earlier than planned (and
 * moved to when it started), so the day-before prompt never came due. Shown, it would sit after the
 * meeting, at the planned day before, reading as something still to prepare for; left out, the
 * meeting is the history. A pending one stays (it is still to do), and so does one the student
 * ticked done before the meeting began (they did prepare).
 */
function neverCameDue(
  reminder: { rule: ReminderRule; status: ReminderStatus; dueAt: Date; settledAt: Date | null; meetingId: string | null },
  doneMeetingStarts: Map<string, Date>,
): boolean {
  if (reminder.rule !== "PREP_DAY_BEFORE" || reminder.status === "PENDING" || !reminder.meetingId) return false;
  const startsAt = doneMeetingStarts.get(reminder.meetingId);
  if (startsAt === undefined || startsAt.getTime() > reminder.dueAt.getTime()) return false;
  return reminder.settledAt === null || reminder.settledAt.getTime() >= startsAt.getTime();
}

/**
 * Every event of the viewer's contact, newest first. Throws NotFoundError for anyone else's. An open
 * reminder reads as Today shows it at `now`; a settled one as it was written.
 */
export async function getContactTimeline(contactId: string, now: Date): Promise<TimelineEvent[]> {
  const viewer = await requireViewer();
  const contact = await db.contact.findFirst({
    where: { id: contactId, ownerId: viewer.id },
    select: { name: true, archivedAt: true, doNotContactAt: true, ...timelineSelect(viewer.id) },
  });
  if (!contact) throw new NotFoundError("contact");
  const history = {
    stageChanges: contact.stageChanges,
    archivedAt: contact.archivedAt,
    doNotContactAt: contact.doNotContactAt,
    meetings: contact.meetings,
    replies: contact.outreach,
  };
  const doneMeetingStarts = new Map(contact.meetings.filter((m) => m.status === "DONE").map((m) => [m.id, m.startsAt]));
  // The contact's meetings listed here are the viewer's own (timelineSelect).
  const meetingStarts = new Map(contact.meetings.map((m) => [m.id, m.startsAt]));
  // An open reminder reads as Today shows it; a settled one as it was when settled.
  const shown = (r: (typeof contact.reminders)[number]) => {
    if (r.status !== "PENDING") return { title: r.title, label: REMINDER_RULE_LABELS[r.rule] };
    const open = { ...r, contactName: contact.name, ownMeetingStartsAt: r.meetingId ? (meetingStarts.get(r.meetingId) ?? null) : null };
    return { title: reminderTitle(open, isOverdue(r.dueAt, now, viewer.timeZone), now), label: reminderLabel(open, now) };
  };

  const events: TimelineEvent[] = [
    ...contact.stageChanges.map((s) => ({
      kind: "stage" as const,
      id: s.id,
      at: s.at,
      fromStage: s.fromStage,
      toStage: s.toStage,
      reason: s.reason,
    })),
    ...contact.outreach.map((o) => ({
      kind: "outreach" as const,
      id: o.id,
      at: o.sentAt,
      outreachKind: o.kind,
      channel: o.channel,
      subject: o.subject,
      body: o.body,
      replyStatus: o.replyStatus,
      repliedAt: o.repliedAt,
      thankYouTiming: o.kind === "THANK_YOU" ? thankYouTiming(lastMeetingDoneBy(contact.meetings, o.sentAt), o.sentAt) : undefined,
    })),
    ...contact.meetings.map((m) => ({
      kind: "meeting" as const,
      id: m.id,
      at: m.startsAt,
      title: m.title,
      status: m.status,
      mode: m.mode,
      durationMinutes: m.durationMinutes,
      location: m.location,
      timeZone: m.timeZone,
      doneAt: m.status === "DONE" ? m.doneAt : null,
      version: m.version,
    })),
    ...contact.notesList.map((n) => ({ kind: "note" as const, id: n.id, at: n.createdAt, noteKind: n.kind, body: n.body, sharedAt: n.sharedAt })),
    ...contact.reminders.filter((r) => !neverCameDue(r, doneMeetingStarts)).map((r) => ({
      kind: "reminder" as const,
      id: r.id,
      at: reminderTimelineAt(r),
      dueAt: r.dueAt,
      rule: r.rule,
      ...shown(r),
      status: r.status,
      settledAt: r.settledAt,
      settledReason: reminderSettledReason(r, history),
    })),
  ];
  return events.sort((a, b) => b.at.getTime() - a.at.getTime() || a.kind.localeCompare(b.kind));
}
