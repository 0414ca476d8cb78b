// Meetings: rescheduling, cancelling, overlap warnings and the .ics invitation, scoped to the
// viewer (the student who arranged the meeting, or an attendee of a group meeting for reading).
import "server-only";
import { addMinutes, subDays } from "date-fns";
import { db } from "../db";
import { buildCalendar } from "../domain/ics";
import type { MeetingMode } from "../generated/prisma/enums";
import { NotFoundError } from "./errors";
import { moveContact } from "./pipeline";
import { requireViewer } from "./viewer";

export interface MeetingTime {
  startsAt: Date;
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

export async function rescheduleMeeting(meetingId: string, time: MeetingTime): Promise<void> {
  const viewer = await requireViewer();
  await db.$transaction(async (tx) => {
    const { count } = await tx.meeting.updateMany({
      where: { id: meetingId, ownerId: viewer.id, status: "SCHEDULED" },
      data: { startsAt: time.startsAt, durationMinutes: time.durationMinutes, mode: time.mode, location: time.location ?? null, icsSequence: { increment: 1 }, version: { increment: 1 } },
    });
    if (count === 0) throw new NotFoundError("meeting");
    // The prep reminder follows the meeting.
    await tx.reminder.updateMany({
      where: { ownerId: viewer.id, meetingId, rule: "PREP_DAY_BEFORE", status: "PENDING" },
      data: { dueAt: subDays(time.startsAt, 1), snoozedUntil: null },
    });
  });
}

/** Cancels a scheduled meeting; its contact goes back to outreach (kept in the history). */
export async function cancelMeeting(meetingId: string, now = new Date()): Promise<void> {
  const viewer = await requireViewer();
  const meeting = await db.meeting.findFirst({
    where: { id: meetingId, ownerId: viewer.id, status: "SCHEDULED" },
    select: { contactId: true, contact: { select: { stage: true } } },
  });
  if (!meeting) throw new NotFoundError("meeting");
  if (meeting.contactId && meeting.contact?.stage === "SCHEDULED") {
    await moveContact(meeting.contactId, "OUTREACH", null, undefined, now);
    return;
  }
  await db.$transaction([
    db.meeting.updateMany({ where: { id: meetingId, ownerId: viewer.id }, data: { status: "CANCELLED", cancelledAt: now, icsSequence: { increment: 1 } } }),
    db.reminder.updateMany({ where: { ownerId: viewer.id, meetingId, status: "PENDING", rule: "PREP_DAY_BEFORE" }, data: { status: "CANCELLED", settledAt: now } }),
  ]);
}

/** The meeting as an iCalendar invitation, for the owner or an attendee. */
export async function meetingInvitation(meetingId: string, now = new Date()): Promise<{ filename: string; ics: string }> {
  const viewer = await requireViewer();
  const meeting = await db.meeting.findFirst({
    where: { id: meetingId, OR: [{ ownerId: viewer.id }, { attendees: { some: { userId: viewer.id } } }] },
    select: {
      icsUid: true,
      icsSequence: true,
      title: true,
      startsAt: true,
      durationMinutes: true,
      mode: true,
      location: true,
      status: true,
      timeZone: true,
      contact: { select: { name: true, employer: true } },
    },
  });
  if (!meeting) throw new NotFoundError("meeting");
  const who = meeting.contact ? `${meeting.contact.name}${meeting.contact.employer ? ` (${meeting.contact.employer})` : ""}` : null;
  const ics = buildCalendar({
    method: "REQUEST",
    timeZone: meeting.timeZone,
    now,
    events: [
      {
        uid: meeting.icsUid,
        sequence: meeting.icsSequence,
        start: meeting.startsAt,
        durationMinutes: meeting.durationMinutes,
        summary: meeting.title,
        description: [who && `Informational interview with ${who}.`, `Mode: ${meeting.mode.toLowerCase().replace("_", " ")}.`].filter(Boolean).join("\n"),
        location: meeting.location,
        status: meeting.status === "CANCELLED" ? "CANCELLED" : "CONFIRMED",
        alarmMinutesBefore: 60,
      },
    ],
  });
  const slug = (meeting.contact?.name ?? "meeting").toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").replace(/[^\w]+/g, "-").replace(/^-|-$/g, "");
  return { filename: `rapport-${slug || "meeting"}.ics`, ics };
}
