// Today's rules: when a reminder is overdue, and the one-click action for each kind of reminder (the
// page that settles what it asks). Pure, so both are tested without a database or a browser.
import type { ReminderRule } from "../generated/prisma/enums";
import { REMINDER_RULE_LABELS, startOfZonedDayOffset } from "./format";

// Overdue is one rule wherever it is shown or counted (Today's groups, the board, the contacts list,
// action items): due before the viewer's today began, in the viewer's own zone. Due earlier today,
// even an hour ago, is due today, not overdue. SQL compares "dueAt" with startOfViewerToday and
// code calls isOverdue, so a query and a page cannot draw the line in different places.

let lastStart: { now: number; timeZone: string; start: number } | null = null;

/** The instant the viewer's today began in `timeZone` (DST-safe): a reminder due before it is overdue. */
export function startOfViewerToday(now: Date, timeZone: string): Date {
  // Kept for the last (now, zone): the board asks once per card with the same request time, and
  // finding a zone's midnight costs about 50 µs a time.
  if (lastStart?.now !== now.getTime() || lastStart.timeZone !== timeZone) {
    lastStart = { now: now.getTime(), timeZone, start: startOfZonedDayOffset(now, 0, timeZone).getTime() };
  }
  return new Date(lastStart.start);
}

/** Whether something due at `dueAt` is overdue at `now` for a viewer in `timeZone`. */
export function isOverdue(dueAt: Date, now: Date, timeZone: string): boolean {
  return dueAt.getTime() < startOfViewerToday(now, timeZone).getTime();
}

const THANK_YOU_PROMISE = " within 24 hours";

/** What a reminder's shown title is made from: its stored title, and what can have gone by since. */
export interface ShownReminder {
  rule: ReminderRule;
  title: string;
  contactName?: string | null;
  /** When the viewer's own meeting this reminder is about starts; null for another's (a chapter's group meeting). */
  ownMeetingStartsAt?: Date | null;
}

/**
 * The title a reminder shows. Titles are written when a reminder is made and kept as written, but
 * two of them make a promise time can break, so the change is made where one is shown (Today and its
 * done/dismiss notice, the board, the digest, an open reminder on the contact's timeline):
 * - a thank-you ("Thank Ana Ruiz within 24 hours"), once overdue, says it is late and still worth
 *   sending rather than asking for what can no longer be done;
 * - a prep reminder left open past the start of the viewer's own meeting (prepared, never ticked)
 *   asks for what is owed now, recording how it went, as its action on Today does.
 */
export function reminderTitle(reminder: ShownReminder, overdue: boolean, now: Date): string {
  if (prepTurnedRecord(reminder, now)) return `Record how your meeting with ${reminder.contactName} went`;
  if (!overdue || reminder.rule !== "THANK_YOU_24H") return reminder.title;
  // From the contact's name where it is known: a title written some other way ("Send a thank-you
  // to Ana Ruiz", an older seed's) would otherwise keep asking as if nothing were late.
  if (reminder.contactName) return `Thank ${reminder.contactName} — late, and still worth sending`;
  if (!reminder.title.endsWith(THANK_YOU_PROMISE)) return reminder.title;
  return `${reminder.title.slice(0, -THANK_YOU_PROMISE.length)} — late, and still worth sending`;
}

/**
 * A reminder's kind in a word or two, for its badge: its rule's, except that a prep reminder whose
 * title now asks to record how the meeting went says so ("Prepare" above "Record how your meeting
 * with Ana went" contradicts it).
 */
export function reminderLabel(reminder: ShownReminder, now: Date): string {
  return prepTurnedRecord(reminder, now) ? "Record notes" : REMINDER_RULE_LABELS[reminder.rule];
}

function prepTurnedRecord(reminder: ShownReminder, now: Date): reminder is ShownReminder & { contactName: string } {
  return (
    reminder.rule === "PREP_DAY_BEFORE" &&
    Boolean(reminder.contactName) &&
    reminder.ownMeetingStartsAt != null &&
    reminder.ownMeetingStartsAt.getTime() <= now.getTime()
  );
}

/**
 * What reminderTitle reads, from a reminder read with its contact and meeting (Today, its done/dismiss
 * notice, the digest): the meeting's start only when the meeting is the viewer's own.
 */
export function shownReminder(
  reminder: { rule: ReminderRule; title: string; contact: { name: string } | null; meeting: { ownerId: string; startsAt: Date } | null },
  viewerId: string,
): ShownReminder {
  const { rule, title, contact, meeting } = reminder;
  return { rule, title, contactName: contact?.name ?? null, ownMeetingStartsAt: meeting && meeting.ownerId === viewerId ? meeting.startsAt : null };
}

export interface ReminderTarget {
  rule: ReminderRule;
  contact: { id: string; employer: string | null } | null;
  /** ownerId: who arranged it. A chapter's group meeting is its officer's; its attendees prepare on its page. */
  meeting: { id: string; ownerId: string; startsAt: Date } | null;
}

const RECORD_HOW_IT_WENT = "Record how it went";

export interface ReminderLink {
  label: string;
  href: string;
}

/**
 * The name a screen reader hears for a reminder's link: what it does, then which reminder, since a
 * list of "Write the thank-you" links cannot be told apart. Said once where the title already is the
 * action: "Record how it went: Record how your meeting with Ana went" says it twice.
 */
export function reminderLinkName(link: ReminderLink, title: string): string {
  return link.label === RECORD_HOW_IT_WENT && title.startsWith("Record how ") ? title : `${link.label}: ${title}`;
}

/** What to write in the composer, by purpose (the composer picks the matching templates). */
export type ComposePurpose = "outreach" | "follow-up" | "thank-you" | "touch";

export function composeHref(contactId: string, purpose: ComposePurpose): string {
  return purpose === "outreach" ? `/contacts/${contactId}/compose` : `/contacts/${contactId}/compose?purpose=${purpose}`;
}

/**
 * Where the viewer prepares for and takes notes on a meeting. The agenda and interview pages are the
 * arranging student's; an attendee of a chapter's group meeting reads its agenda and keeps their own
 * notes on the group meeting's page.
 */
export function meetingLinks(meeting: { id: string; ownerId: string }, viewerId: string): { agenda: string; notes: string } {
  if (meeting.ownerId !== viewerId) return { agenda: `/chapter/meetings/${meeting.id}`, notes: `/chapter/meetings/${meeting.id}` };
  return { agenda: `/meetings/${meeting.id}/agenda`, notes: `/meetings/${meeting.id}/interview` };
}

export function primaryAction(reminder: ReminderTarget, viewerId: string, now: Date): ReminderLink | null {
  const { contact, meeting } = reminder;
  switch (reminder.rule) {
    case "THANK_YOU_24H":
      return contact ? { label: "Write the thank-you", href: composeHref(contact.id, "thank-you") } : null;
    case "FOLLOW_UP_7B":
      return contact ? { label: "Write the follow-up", href: composeHref(contact.id, "follow-up") } : null;
    case "SUGGEST_ANOTHER_3B":
      // The 3B suggestion: a second person at the same employer, while the first one is quiet.
      return contact?.employer
        ? { label: `Add someone else at ${contact.employer}`, href: `/contacts/new?employer=${encodeURIComponent(contact.employer)}` }
        : { label: "Add someone else", href: "/contacts/new" };
    case "KEEP_IN_TOUCH":
      return contact ? { label: "Write a note", href: composeHref(contact.id, "touch") } : null;
    case "THANK_REFERRER":
      return contact ? { label: "Write to them", href: composeHref(contact.id, "touch") } : null;
    case "PREP_DAY_BEFORE":
      if (!meeting) return null;
      // Left open past the meeting's start (prepared, never ticked), preparing is moot: what is owed
      // is recording how it went, where it is marked done. A group meeting is its officers' to mark.
      if (meeting.ownerId === viewerId && meeting.startsAt.getTime() <= now.getTime()) {
        return { label: RECORD_HOW_IT_WENT, href: meetingLinks(meeting, viewerId).notes };
      }
      return { label: "Prepare the agenda", href: meetingLinks(meeting, viewerId).agenda };
    case "ACTION_ITEM":
      return meeting ? { label: "Open the meeting notes", href: meetingLinks(meeting, viewerId).notes } : null;
  }
}
