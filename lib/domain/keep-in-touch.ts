// Keep-in-touch: a contact in `follow-up` gets a note every few months, for years. The next one is
// due one cadence after the latest of the last logged touch and the day the contact reached
// follow-up, so any logged touch resets the clock and deriving again always lands on the same day
// (the reminder's key is that local day, which keeps re-derivation from ever duplicating it).
import type { Stage } from "../generated/prisma/enums";
import { addLocalMonths, localDateKey } from "./business-days";

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
}

export type KeepInTouchState =
  | { kind: "none" }
  /** In follow-up without a cadence: the student is prompted to choose one. */
  | { kind: "needs-cadence" }
  | { kind: "due"; dueAt: Date; ruleKey: string; title: string };

export function keepInTouchState(contact: KeepInTouchContact, timeZone: string): KeepInTouchState {
  if (contact.stage !== "FOLLOW_UP" || contact.archivedAt || contact.doNotContact) return { kind: "none" };
  if (!contact.keepInTouchMonths) return { kind: "needs-cadence" };
  const since = contact.lastTouchAt && contact.lastTouchAt > contact.stageChangedAt ? contact.lastTouchAt : contact.stageChangedAt;
  const dueAt = addLocalMonths(since, contact.keepInTouchMonths, timeZone);
  return { kind: "due", dueAt, ruleKey: keepInTouchRuleKey(contact.id, dueAt, timeZone), title: `Keep in touch with ${contact.name}` };
}

/** One reminder per contact per local due day. */
export function keepInTouchRuleKey(contactId: string, dueAt: Date, timeZone: string): string {
  return `${contactId}:${localDateKey(dueAt, timeZone)}`;
}
