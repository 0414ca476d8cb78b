// Today's one-click action for each kind of reminder: the page that settles what the reminder asks.
// Pure, so the mapping is tested without a browser.
import type { ReminderRule } from "../generated/prisma/enums";

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
