// Keep-in-touch: a contact in `follow-up` gets a note every few months, for years. The next one is
// due one cadence after the latest of the last logged touch, the day the contact reached follow-up
// and the last time the student settled one of these reminders on Today (done: they wrote, outside
// the app; dismissed: they skipped this one). So any logged touch resets the clock, settling a
// reminder never stops the reminders, and deriving again always lands on the same day (the
// reminder's key is that local day, which keeps re-derivation from ever duplicating it).
//
// The cadence is one nullable column with three meanings: null, not chosen yet (a Thanked or
// Follow-up contact is prompted for one); KEEP_IN_TOUCH_DECLINED (0), the student chose not to keep
// in touch (no prompt, no reminders, and a cadence can still be chosen later); 1–12, every so many
// months. One column, so "declined" and "every 3 months" can never both be true.
//
// Also here, because it is the other half of "is this relationship alive": dormancy, derived from
// the outreach history whenever it is read (a stored timestamp would go stale the day after it is
// written, since nothing happens on the day the wait runs out).
import type { Stage } from "../generated/prisma/enums";
import { addLocalMonths, localDateKey, type BusinessCalendar } from "./business-days";
import { followUpState, type OutreachEvent } from "./follow-ups";

/** Monthly to yearly; never longer than a year. */
export const CADENCE_CHOICES = [
  { months: 1, label: "Every month" },
  { months: 2, label: "Every 2 months" },
  { months: 3, label: "Every 3 months" },
  { months: 4, label: "Every 4 months" },
  { months: 6, label: "Every 6 months" },
  { months: 12, label: "Once a year" },
] as const;

export const DEFAULT_CADENCE_MONTHS = 3;

/** Stored as the cadence when the student chose not to keep in touch: "every 0 months", never. */
export const KEEP_IN_TOUCH_DECLINED = 0;

/** Stages in which the student is asked how often to keep in touch: the thank-you has gone out. */
export const CADENCE_PROMPT_STAGES: readonly Stage[] = ["THANKED", "FOLLOW_UP"];

/** What the student decided about keeping in touch: nothing yet, not to, or every so many months. */
export function keepInTouchChoice(contact: Pick<KeepInTouchContact, "keepInTouchMonths">): "undecided" | "declined" | number {
  if (contact.keepInTouchMonths === null) return "undecided";
  if (contact.keepInTouchMonths === KEEP_IN_TOUCH_DECLINED) return "declined";
  return contact.keepInTouchMonths;
}

/** Thanked or in follow-up, no cadence chosen and not declined: ask for one. */
export function needsCadencePrompt(contact: Pick<KeepInTouchContact, "stage" | "keepInTouchMonths" | "archivedAt" | "doNotContact">): boolean {
  return CADENCE_PROMPT_STAGES.includes(contact.stage) && keepInTouchChoice(contact) === "undecided" && !contact.archivedAt && !contact.doNotContact;
}

/** What a keep-in-touch note can be; each has a template. */
export const TOUCH_KINDS = ["UPDATE", "ARTICLE", "HOLIDAY", "EVENT", "CONGRATULATIONS"] as const;
export type TouchKind = (typeof TOUCH_KINDS)[number];

export const TOUCH_KIND_LABELS: Record<TouchKind, string> = {
  UPDATE: "An update on your progress",
  ARTICLE: "An article they would like",
  HOLIDAY: "A holiday note",
  EVENT: "An invitation to an event",
  CONGRATULATIONS: "Congratulations on their news",
};

/**
 * The cadences offered, in words, for hints and messages: "every month, every 2, 3, 4 or 6 months,
 * or once a year". Not "every 1 to 12 months": 5 or 9 is not on offer.
 */
export function cadenceChoicesText(): string {
  const between = CADENCE_CHOICES.map((c) => c.months).filter((months) => months > 1 && months < 12);
  const listed = between.length > 1 ? `${between.slice(0, -1).join(", ")} or ${between.at(-1)}` : String(between[0]);
  return `every month, every ${listed} months, or once a year`;
}

/** Whether `months` is one of the cadences offered: the board and the contact page accept only these. */
export function isCadenceChoice(months: number): boolean {
  return CADENCE_CHOICES.some((c) => c.months === months);
}

/** Refusing a cadence: what is offered, not "1 to 12 months", which 5 or 9 is not. */
export const CADENCE_MESSAGE = `Choose how often: ${cadenceChoicesText()}.`;

export function cadenceLabel(months: number): string {
  return CADENCE_CHOICES.find((c) => c.months === months)?.label ?? `Every ${months} months`;
}

export interface KeepInTouchContact {
  id: string;
  name: string;
  stage: Stage;
  stageChangedAt: Date;
  keepInTouchMonths: number | null;
  lastTouchAt: Date | null;
  archivedAt: Date | null;
  doNotContact: boolean;
  /**
   * When the student last marked one of the contact's keep-in-touch reminders done or dismissed.
   * Not a logged touch (no channel, no message), so it leaves lastTouchAt alone, and undoing it
   * only has to bring the reminder back.
   */
  lastReminderSettledAt?: Date | null;
}

export type KeepInTouchState =
  | { kind: "none" }
  /** In follow-up without a cadence: the student is prompted to choose one. */
  | { kind: "needs-cadence" }
  | { kind: "due"; dueAt: Date; ruleKey: string; title: string };

export function keepInTouchState(contact: KeepInTouchContact, timeZone: string): KeepInTouchState {
  if (contact.stage !== "FOLLOW_UP" || contact.archivedAt || contact.doNotContact) return { kind: "none" };
  const choice = keepInTouchChoice(contact);
  if (choice === "declined") return { kind: "none" };
  if (choice === "undecided") return { kind: "needs-cadence" };
  const since = latest(contact.stageChangedAt, contact.lastTouchAt, contact.lastReminderSettledAt);
  const dueAt = addLocalMonths(since, choice, timeZone);
  return { kind: "due", dueAt, ruleKey: keepInTouchRuleKey(contact.id, dueAt, timeZone), title: `Keep in touch with ${contact.name}` };
}

function latest(first: Date, ...others: (Date | null | undefined)[]): Date {
  return others.reduce<Date>((max, date) => (date && date > max ? date : max), first);
}

/** One reminder per contact per local due day. */
export function keepInTouchRuleKey(contactId: string, dueAt: Date, timeZone: string): string {
  return `${contactId}:${localDateKey(dueAt, timeZone)}`;
}

/**
 * When the contact went dormant (product.md, 3B7: no reply, the one follow-up sent, and its wait
 * over), or null. Only a contact still waiting in Outreach can be dormant: a reply, or a move on to
 * Scheduled, ends it, and a contact moved back to Find is being reconsidered. Derived from the
 * history and `now` on every read, so it turns dormant on the right day without anything being
 * logged, and a reply logged later takes it back.
 */
export function contactDormantSince(stage: Stage, history: readonly OutreachEvent[], now: Date, calendar: BusinessCalendar): Date | null {
  if (stage !== "OUTREACH") return null;
  return followUpState(history, now, calendar).dormantSince;
}
