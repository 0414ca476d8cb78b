// Meetings: rescheduling, cancelling, overlap warnings and the .ics event, scoped to the
// viewer (the student who arranged the meeting, or an attendee of a group meeting for reading).
import "server-only";
import { addMinutes } from "date-fns";
import { db } from "../db";
import type { IcsEvent } from "../domain/ics";
import { prepReminderDue } from "../domain/pipeline";
import type { Prisma } from "../generated/prisma/client";
import type { MeetingMode } from "../generated/prisma/enums";
import { NotFoundError } from "./errors";
import { moveContact } from "./pipeline";
import { requireViewer } from "./viewer";

export interface MeetingTime {
  startsAt: Date;
  /** The zone the time was given in; the viewer's own when absent. */
  timeZone?: string;
  durationMinutes: number;
  mode: MeetingMode;
  location?: string | null;
}

/** The viewer's other scheduled meetings that overlap [startsAt, startsAt + duration). */
export async function findOverlappingMeetings(startsAt: Date, durationMinutes: number, excludeMeetingId?: string) {
  const viewer = await requireViewer();
  const endsAt = addMinutes(startsAt, durationMinutes);
  // Longest meeting allowed is 3 hours, so anything starting more than that before can't overlap.
  const candidates = await db.meeting.findMany({
    where: {
      status: "SCHEDULED",
      OR: [{ ownerId: viewer.id }, { attendees: { some: { userId: viewer.id, rsvp: { not: "NOT_GOING" } } } }],
      startsAt: { lt: endsAt, gt: addMinutes(startsAt, -180) },
      ...(excludeMeetingId ? { id: { not: excludeMeetingId } } : {}),
    },
    select: { id: true, title: true, startsAt: true, durationMinutes: true },
  });
  return candidates.filter((m) => addMinutes(m.startsAt, m.durationMinutes) > startsAt);
}

const upcomingMeetingSelect = {
  id: true,
  ownerId: true,
  title: true,
  startsAt: true,
  durationMinutes: true,
  mode: true,
  location: true,
  timeZone: true,
} satisfies Prisma.MeetingSelect;

export interface UpcomingMeeting {
  id: string;
  title: string;
  startsAt: Date;
  /** The zone its time was given in: the viewer's, or the professional's when set in theirs. */
  timeZone: string;
  durationMinutes: number;
  mode: MeetingMode;
  location: string | null;
  /** Only the student who arranged it reschedules or cancels it; attendees of a group meeting read it. */
  canChange: boolean;
}

/**
 * The contact's scheduled (not done, not cancelled) meetings, soonest first: the ones the viewer
 * arranged, and group meetings the viewer attends through this contact. Someone else's contact
 * has none.
 */
export async function listUpcomingMeetingsForContact(contactId: string): Promise<UpcomingMeeting[]> {
  const viewer = await requireViewer();
  const rows = await db.meeting.findMany({
    where: {
      status: "SCHEDULED",
      OR: [
        { ownerId: viewer.id, contactId, contact: { ownerId: viewer.id } },
        { attendees: { some: { userId: viewer.id, contactId, rsvp: { not: "NOT_GOING" }, contact: { ownerId: viewer.id } } } },
      ],
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 10,
    select: upcomingMeetingSelect,
  });
  return rows.map(({ ownerId, ...meeting }) => ({ ...meeting, canChange: ownerId === viewer.id }));
}

/**
 * NotFoundError unless the viewer arranged this meeting: the agenda and interview pages ask before
 * they stream, so a wrong or someone else's meeting id answers a real 404.
 */
export async function assertOwnMeeting(meetingId: string): Promise<void> {
  const viewer = await requireViewer();
  const meeting = await db.meeting.findFirst({ where: { id: meetingId, ownerId: viewer.id }, select: { id: true } });
  if (!meeting) throw new NotFoundError("meeting");
}

/** Moves a scheduled meeting (same UID, SEQUENCE + 1); says which contact it belongs to. */
export async function rescheduleMeeting(meetingId: string, time: MeetingTime): Promise<{ contactId: string | null }> {
  const viewer = await requireViewer();
  return db.$transaction(async (tx) => {
    // No explicit lock: this update takes the row's lock itself, the one marking the meeting done
    // holds while it checks the end against the start, so the two wait for each other.
    const { count } = await tx.meeting.updateMany({
      where: { id: meetingId, ownerId: viewer.id, status: "SCHEDULED" },
      data: { startsAt: time.startsAt, timeZone: time.timeZone ?? viewer.timeZone, durationMinutes: time.durationMinutes, mode: time.mode, location: time.location ?? null, icsSequence: { increment: 1 }, version: { increment: 1 } },
    });
    if (count === 0) throw new NotFoundError("meeting");
    // The prep reminder follows the meeting.
    await tx.reminder.updateMany({
      where: { ownerId: viewer.id, meetingId, rule: "PREP_DAY_BEFORE", status: "PENDING" },
      data: { dueAt: prepReminderDue(time.startsAt, viewer.timeZone), snoozedUntil: null },
    });
    const meeting = await tx.meeting.findFirst({ where: { id: meetingId, ownerId: viewer.id }, select: { contactId: true } });
    return { contactId: meeting?.contactId ?? null };
  });
}

/** Cancels a scheduled meeting; its contact goes back to outreach (kept in the history). */
export async function cancelMeeting(
  meetingId: string,
  now = new Date(),
): Promise<{ contactId: string | null; contactName: string | null; movedToOutreach: boolean }> {
  const viewer = await requireViewer();
  const meeting = await db.meeting.findFirst({
    where: { id: meetingId, ownerId: viewer.id, status: "SCHEDULED" },
    select: { contactId: true, contact: { select: { stage: true, name: true } } },
  });
  if (!meeting) throw new NotFoundError("meeting");
  const result = { contactId: meeting.contactId, contactName: meeting.contact?.name ?? null };
  if (meeting.contactId && meeting.contact?.stage === "SCHEDULED") {
    await moveContact(meeting.contactId, "OUTREACH", null, undefined, now);
    return { ...result, movedToOutreach: true };
  }
  await db.$transaction([
    db.meeting.updateMany({ where: { id: meetingId, ownerId: viewer.id }, data: { status: "CANCELLED", cancelledAt: now, icsSequence: { increment: 1 } } }),
    db.reminder.updateMany({ where: { ownerId: viewer.id, meetingId, status: "PENDING", rule: "PREP_DAY_BEFORE" }, data: { status: "CANCELLED", settledAt: now } }),
  ]);
  return { ...result, movedToOutreach: false };
}

/** What an iCalendar event needs of a meeting: one select and one mapping for the invitation and the feed. */
export const meetingEventRow = {
  icsUid: true,
  icsSequence: true,
  title: true,
  startsAt: true,
  durationMinutes: true,
  mode: true,
  location: true,
  status: true,
  contact: { select: { name: true, employer: true } },
} satisfies Prisma.MeetingSelect;

export function meetingEvent(meeting: Prisma.MeetingGetPayload<{ select: typeof meetingEventRow }>): IcsEvent {
  const who = meeting.contact ? `${meeting.contact.name}${meeting.contact.employer ? ` (${meeting.contact.employer})` : ""}` : null;
  return {
    uid: meeting.icsUid,
    sequence: meeting.icsSequence,
    start: meeting.startsAt,
    durationMinutes: meeting.durationMinutes,
    summary: meeting.title,
    description: [who && `Informational interview with ${who}.`, `Mode: ${meeting.mode.toLowerCase().replace("_", " ")}.`].filter(Boolean).join("\n"),
    location: meeting.location,
    status: meeting.status === "CANCELLED" ? "CANCELLED" : "CONFIRMED",
    alarmMinutesBefore: 60,
  };
}
