// The composer writes four kinds of message, each with its own templates, checks and record:
// the first request (outreach), the one follow-up, the thank-you after a meeting, and the
// keep-in-touch note. The outreach checks (composer.ts) coach a cold request; most of them make
// no sense in a thank-you, so each purpose keeps only the checks that apply, plus its own.
import { differenceInMinutes } from "date-fns";
import type { Stage } from "../generated/prisma/enums";
import { composeHref, type ComposePurpose } from "./today";
import type { ComposerCheck, TemplateKindName } from "./composer";

export const PURPOSE_TEMPLATE_KINDS: Record<ComposePurpose, readonly TemplateKindName[]> = {
  outreach: ["OUTREACH_EMAIL", "LINKEDIN_NOTE", "VOICEMAIL"],
  "follow-up": ["FOLLOW_UP"],
  "thank-you": ["THANK_YOU"],
  touch: ["TOUCH"],
};

const PURPOSE_CHECKS: Record<ComposePurpose, readonly ComposerCheck["id"][] | "all"> = {
  outreach: "all",
  "follow-up": ["placeholders", "length", "askIsQuestion", "noJobAsk", "subject", "nameTwice", "numberTwice"],
  "thank-you": ["placeholders", "length", "subject"],
  touch: ["placeholders", "length", "subject"],
};

export const PURPOSE_TITLES: Record<ComposePurpose, string> = {
  outreach: "Write to",
  "follow-up": "Follow up with",
  "thank-you": "Thank",
  touch: "Keep in touch with",
};

export function isComposePurpose(value: unknown): value is ComposePurpose {
  return value === "outreach" || value === "follow-up" || value === "thank-you" || value === "touch";
}

/**
 * The checks that apply to this purpose. A thank-you also checks that it names one thing the
 * person said (the takeaway from the meeting's notes, when there is one).
 */
export function checksForPurpose(purpose: ComposePurpose, checks: ComposerCheck[], body: string, takeaway?: string | null): ComposerCheck[] {
  const keep = PURPOSE_CHECKS[purpose];
  // An empty draft's one check ("write your message first") stands for all of them, in every purpose.
  if (checks.some((c) => c.id === "written")) return checks.filter((c) => c.id === "written");
  const kept = keep === "all" ? checks : checks.filter((c) => keep.includes(c.id));
  if (purpose !== "thank-you") return kept;
  const quotes = takeaway ? body.toLowerCase().includes(takeaway.trim().toLowerCase().slice(0, 40)) : /["“”«»]/.test(body);
  return [
    ...kept,
    quotes
      ? { id: "takeaway", ok: true, blocking: false, message: "Names one thing they told you." }
      : { id: "takeaway", ok: false, blocking: false, message: "Quote one thing they said that stayed with you: it shows you listened." },
  ];
}

export const THANK_YOU_WITHIN_HOURS = 24;

/** How a thank-you's timing reads: on time within 24 hours of the meeting, else late (still worth sending). */
export function thankYouTiming(meetingDoneAt: Date | null, sentAt: Date): { late: boolean; hoursAfter: number | null } {
  if (!meetingDoneAt) return { late: false, hoursAfter: null };
  const hoursAfter = Math.max(0, Math.round(differenceInMinutes(sentAt, meetingDoneAt) / 60));
  return { late: differenceInMinutes(sentAt, meetingDoneAt) > THANK_YOU_WITHIN_HOURS * 60, hoursAfter };
}

/** What the contact page offers to write, by stage: the request, the thank-you, or a note. */
export function composeLinkForStage(contactId: string, stage: Stage): { label: string; href: string } {
  if (stage === "INTERVIEWED") return { label: "Write the thank-you", href: composeHref(contactId, "thank-you") };
  if (stage === "THANKED" || stage === "FOLLOW_UP") return { label: "Write a note", href: composeHref(contactId, "touch") };
  return { label: "Write to them", href: composeHref(contactId, "outreach") };
}
