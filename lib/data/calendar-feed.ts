// The private calendar subscription: a long random token in a URL that Google Calendar, Outlook and
// Apple Calendar poll. Only the token's SHA-256 is stored, so a database leak does not leak feeds,
// and revoking a feed makes its URL answer 404 on the next request.
//
// `calendarFeedForToken` is the one data function not scoped by requireViewer(): calendar apps
// cannot sign in, so the token itself is the credential, and it selects the owner's rows only.
//
// Also here: the one-meeting .ics download, so the feed and the file describe a meeting the same way.
// Both are METHOD:PUBLISH (RFC 5546 §3.2.1): they add the meeting to the reader's own calendar, they
// do not invite anyone, so they carry an ORGANIZER and no ATTENDEE (a REQUEST would need the
// professional as ATTENDEE, and the student's calendar app would then offer to email them). The
// ORGANIZER is the meeting's owner, written only in the owner's own files: a chapter member who
// attends a group meeting does not get the officer's email address this way. A cancelled meeting
// keeps its UID, with SEQUENCE bumped and STATUS:CANCELLED, so the calendar cancels the same event.
// A done meeting stays in the feed for PAST_DAYS like any other: a calendar drops an event that leaves
// its subscription, and one held earlier than planned (SEQUENCE bumped) must move to when it was.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { addDays, format } from "date-fns";
import { TZDate } from "@date-fns/tz";
import { db } from "../db";
import { buildCalendar, calendarMethod, type IcsCalendar, type IcsEvent, type IcsMethod } from "../domain/ics";
import type { Prisma } from "../generated/prisma/client";
import { NotFoundError } from "./errors";
import { meetingEvent, meetingEventRow } from "./meetings";
import { requireViewer } from "./viewer";

/** A meeting as a calendar event, with its owner for the ORGANIZER. */
const meetingCalendarRow = { ...meetingEventRow, ownerId: true, owner: { select: { name: true, email: true } } } satisfies Prisma.MeetingSelect;

/** The event for `readerId`'s calendar: the owner is the ORGANIZER only when the reader is the owner. */
function meetingCalendarEvent(meeting: Prisma.MeetingGetPayload<{ select: typeof meetingCalendarRow }>, readerId: string): IcsEvent {
  return { ...meetingEvent(meeting), organizer: meeting.ownerId === readerId ? meeting.owner : null };
}

/** How far back the feed keeps past meetings, so a calendar does not drop this week's at once. */
const PAST_DAYS = 30;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** 32 random bytes: 256 bits, in a URL-safe alphabet. */
function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export interface CalendarFeedStatus {
  active: boolean;
  createdAt: Date | null;
}

export async function getCalendarFeedStatus(): Promise<CalendarFeedStatus> {
  const viewer = await requireViewer();
  const feed = await db.calendarFeedToken.findFirst({
    where: { userId: viewer.id, revokedAt: null },
    select: { createdAt: true },
    orderBy: { createdAt: "desc" },
  });
  return { active: Boolean(feed), createdAt: feed?.createdAt ?? null };
}

/**
 * Starts a new feed and returns its token, the only time it is ever readable. Any earlier feed of
 * the viewer is revoked in the same transaction: one live URL per user.
 */
export async function createCalendarFeed(now = new Date()): Promise<string> {
  const viewer = await requireViewer();
  const token = newToken();
  await db.$transaction([
    db.calendarFeedToken.updateMany({ where: { userId: viewer.id, revokedAt: null }, data: { revokedAt: now } }),
    db.calendarFeedToken.create({ data: { userId: viewer.id, tokenHash: hashToken(token), createdAt: now } }),
  ]);
  return token;
}

export async function revokeCalendarFeed(now = new Date()): Promise<void> {
  const viewer = await requireViewer();
  await db.calendarFeedToken.updateMany({ where: { userId: viewer.id, revokedAt: null }, data: { revokedAt: now } });
}

/** The feed's iCalendar text: upcoming (and last month's) meetings and the open reminders. */
export async function calendarFeedForToken(token: string, now: Date): Promise<string> {
  if (!/^[\w-]{40,60}$/.test(token)) throw new NotFoundError("calendar feed");
  const feed = await db.calendarFeedToken.findFirst({
    where: { tokenHash: hashToken(token), revokedAt: null },
    select: { user: { select: { id: true, name: true, email: true, timeZone: true } } },
  });
  if (!feed) throw new NotFoundError("calendar feed");
  const { user } = feed;
  const [meetings, reminders] = await Promise.all([
    db.meeting.findMany({
      where: {
        OR: [{ ownerId: user.id }, { attendees: { some: { userId: user.id, rsvp: { not: "NOT_GOING" } } } }],
        status: { in: ["SCHEDULED", "DONE", "CANCELLED"] },
        startsAt: { gte: addDays(now, -PAST_DAYS) },
      },
      select: meetingCalendarRow,
      orderBy: { startsAt: "asc" },
      take: 500,
    }),
    db.reminder.findMany({
      where: { ownerId: user.id, status: "PENDING" },
      select: { id: true, title: true, dueAt: true, snoozedUntil: true },
      orderBy: { dueAt: "asc" },
      take: 500,
    }),
  ]);

  const events: IcsEvent[] = meetings.map((meeting) => meetingCalendarEvent(meeting, user.id));
  for (const reminder of reminders) {
    // A reminder is a thing to do that day, not an appointment: an all-day event on its local date.
    const due = reminder.snoozedUntil && reminder.snoozedUntil > reminder.dueAt ? reminder.snoozedUntil : reminder.dueAt;
    events.push({
      uid: `reminder-${reminder.id}@rapport.app`,
      sequence: 0,
      start: due,
      durationMinutes: 0,
      allDayDate: format(new TZDate(due, user.timeZone), "yyyy-MM-dd"),
      summary: reminder.title,
      organizer: { name: user.name, email: user.email },
    });
  }
  return buildCalendar({ name: `Rapport: ${user.name}`, timeZone: user.timeZone, method: "PUBLISH", now, events });
}

export interface MeetingCalendarFile {
  filename: string;
  ics: string;
  /** The file's METHOD, which the response's Content-Type must repeat (RFC 5545 §3.7.2). */
  method: IcsMethod;
}

/** One meeting as an .ics file for the owner's or an attendee's calendar (NotFoundError for anyone else). */
export async function meetingCalendarFile(meetingId: string, now = new Date()): Promise<MeetingCalendarFile> {
  const viewer = await requireViewer();
  const meeting = await db.meeting.findFirst({
    where: { id: meetingId, OR: [{ ownerId: viewer.id }, { attendees: { some: { userId: viewer.id } } }] },
    select: { ...meetingCalendarRow, timeZone: true },
  });
  if (!meeting) throw new NotFoundError("meeting");
  const calendar: IcsCalendar = { method: "PUBLISH", timeZone: meeting.timeZone, now, events: [meetingCalendarEvent(meeting, viewer.id)] };
  const slug = (meeting.contact?.name ?? "meeting").toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").replace(/[^\w]+/g, "-").replace(/^-|-$/g, "");
  return { filename: `rapport-${slug || "meeting"}.ics`, ics: buildCalendar(calendar), method: calendarMethod(calendar) };
}
