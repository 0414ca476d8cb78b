// Today's rules: when a reminder is overdue, and the one-click action for each kind of reminder (the
// page that settles what it asks). Pure, so both are tested without a database or a browser.
import type { ReminderRule } from "../generated/prisma/enums";
import { startOfZonedDayOffset } from "./format";

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

export interface ReminderTarget {
  rule: ReminderRule;
  contact: { id: string; employer: string | null } | null;
  meeting: { id: string } | null;
}

export interface ReminderLink {
  label: string;
  href: string;
}

/** What to write in the composer, by purpose (the composer picks the matching templates). */
export type ComposePurpose = "outreach" | "follow-up" | "thank-you" | "touch";

export function composeHref(contactId: string, purpose: ComposePurpose): string {
  return purpose === "outreach" ? `/contacts/${contactId}/compose` : `/contacts/${contactId}/compose?purpose=${purpose}`;
}

export function primaryAction(reminder: ReminderTarget): ReminderLink | null {
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
      return meeting ? { label: "Prepare the agenda", href: `/meetings/${meeting.id}/agenda` } : null;
    case "ACTION_ITEM":
      return meeting ? { label: "Open the meeting notes", href: `/meetings/${meeting.id}/interview` } : null;
  }
}
