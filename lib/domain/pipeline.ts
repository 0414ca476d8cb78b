// Stage moves: what a move from one stage to another requires, what it records, and which reminders
// it derives or retires. Pure: the data layer applies the plan in one transaction.
//
// Forward moves need the record of the stage they enter (product.md): outreach needs the message's
// channel and date; scheduled needs the meeting; interviewed needs the meeting done; thanked needs
// the thank-you's date; follow-up needs a keep-in-touch cadence. Backward moves need nothing and
// retire what belonged to the later stages (a cancelled meeting returns the contact to outreach).
import { addHours } from "date-fns";
import type { Channel, MeetingMode, ReminderRule, Stage } from "../generated/prisma/enums";
import { addBusinessDays, addLocalDays, addLocalMonths, type BusinessCalendar } from "./business-days";
import { CLOCK_SLACK_MS, parseLocalDateTime } from "./local-time";
import { CADENCE_MESSAGE, isCadenceChoice } from "./keep-in-touch";
import { heldEarlierError, meetingEndError, thankYouSentError } from "./meeting-done";
import { STAGES, STAGE_LABELS, stageIndex } from "./stages";

export type StageRecordKind = "outreach" | "meeting" | "meetingDone" | "thankYou" | "cadence";

export type StageRecord =
  | { kind: "outreach"; channel: Channel; sentAt: Date; subject?: string | null; body?: string | null }
  /** `timeZone`: the zone the time was given in (the professional's, say); the student's own when absent. */
  | { kind: "meeting"; startsAt: Date; durationMinutes: number; mode: MeetingMode; location?: string | null; timeZone?: string }
  /** `startedAt`: the student said the meeting happened earlier than planned, and when it started (interview mode). */
  | { kind: "meetingDone"; doneAt: Date; startedAt?: Date }
  | { kind: "thankYou"; channel: Channel; sentAt: Date; subject?: string | null; body?: string | null }
  | { kind: "cadence"; keepInTouchMonths: number };

export interface MovableContact {
  id: string;
  name: string;
  stage: Stage;
  doNotContact: boolean;
  archivedAt: Date | null;
  /** When the contact entered its current stage: a move logged late is never put before it. */
  stageChangedAt: Date;
  /** Who referred the student to this contact: thanked once the meeting is done. */
  referredBy?: { id: string; name: string } | null;
  /**
   * The meeting a move to Interviewed completes: the contact's latest scheduled one. It can't have
   * ended before it started. None: the move records a meeting that was never scheduled in Rapport.
   */
  meetingToComplete?: { startsAt: Date } | null;
  /** When the contact's latest done meeting ended: a move to Thanked can't be sent before it. */
  lastMeetingDoneAt?: Date | null;
}

/** A reminder to derive; `ruleKeyFrom` names the record whose id becomes its rule key. */
export interface DerivedReminder {
  rule: ReminderRule;
  ruleKeyFrom: "outreach" | "meeting" | "contactCycle";
  dueAt: Date;
  title: string;
  /** The contact the reminder is about, when not the moved one (the referrer to thank). */
  contactId?: string;
}

export interface MovePlan {
  from: Stage;
  to: Stage;
  direction: "forward" | "back";
  /** Now: what the move does to reminders, meetings and replies is stamped with it. */
  at: Date;
  /**
   * When the contact entered the new stage, kept in its history: the time on the stage's record
   * where it has one (the message or thank-you sent, the meeting's end), so a move logged days later
   * keeps its real time; never before the previous move, so the history stays in order.
   */
  enteredAt: Date;
  record: StageRecord | null;
  /** Scheduled meetings of this contact to cancel (moving back before `scheduled`). */
  cancelScheduledMeetings: boolean;
  /** Mark the latest unanswered outreach as replied (a meeting was agreed). */
  markOutreachReplied: boolean;
  /** Complete the contact's latest scheduled meeting (moving to interviewed). */
  completeMeeting: boolean;
  derive: DerivedReminder[];
  /** Pending reminders with these rules are cancelled: they no longer apply. */
  cancelRules: ReminderRule[];
  /** Pending reminders with these rules are settled: the move did what they asked. */
  settleRules: ReminderRule[];
}

export type MoveError = { field: string; message: string };
export type MoveResult = { ok: true; plan: MovePlan } | { ok: false; error: MoveError };

const RECORD_FOR_STAGE: Record<Stage, StageRecordKind | null> = {
  FIND: null,
  OUTREACH: "outreach",
  SCHEDULED: "meeting",
  INTERVIEWED: "meetingDone",
  THANKED: "thankYou",
  FOLLOW_UP: "cadence",
};

/** Which stage a reminder rule belongs to: moving back before it retires the reminder. */
const RULE_STAGE: Partial<Record<ReminderRule, Stage>> = {
  SUGGEST_ANOTHER_3B: "OUTREACH",
  FOLLOW_UP_7B: "OUTREACH",
  PREP_DAY_BEFORE: "SCHEDULED",
  THANK_YOU_24H: "INTERVIEWED",
  THANK_REFERRER: "INTERVIEWED",
  KEEP_IN_TOUCH: "FOLLOW_UP",
};

/** The record a move requires, or null (backward moves and moves to `find`). */
export function requiredRecord(from: Stage, to: Stage): StageRecordKind | null {
  return stageIndex(to) > stageIndex(from) ? RECORD_FOR_STAGE[to] : null;
}

/** A meeting's prep reminder: the day before, at the same local time (a calendar day, not 24 hours, across DST). */
export function prepReminderDue(startsAt: Date, timeZone: string): Date {
  return addLocalDays(startsAt, -1, timeZone);
}

export const MEETING_MINUTES = { min: 10, max: 180 } as const;

/**
 * Whether the meeting starting at `startsAt` has yet to start at `now`, with the clocks' slack: until
 * then no end can be recorded for it (meetingEndError refuses every one), so a move to Interviewed
 * that would complete it is not offered as a form.
 */
export function meetingNotStarted(startsAt: Date, now: Date): boolean {
  return now.getTime() < startsAt.getTime() - CLOCK_SLACK_MS;
}

/**
 * The errors in a stage record's date fields that need only the clock, by field: a date that is not
 * a real one, a message or thank-you sent in the future, a meeting scheduled in the past (the same
 * words checkRecord uses). For a record refused on its other fields (a meeting's length, say), so the
 * form reports every bad field at once instead of one per submit. Checks that need the contact's
 * meetings stay with planStageMove.
 */
export function recordClockErrors(kind: StageRecordKind, fields: Record<string, unknown>, timeZone: string, now: Date): Record<string, string> {
  const errors: Record<string, string> = {};
  const field = RECORD_DATE_FIELD[kind];
  const value = field ? fields[field] : undefined;
  if (!field || typeof value !== "string" || !value.trim()) return errors;
  const at = parseLocalDateTime(value.trim(), timeZone);
  const message = at ? dateError(kind, at, now) : "Enter a real date and time.";
  if (message) errors[field] = message;
  return errors;
}

const RECORD_DATE_FIELD: Record<StageRecordKind, string | null> = {
  outreach: "sentAt",
  meeting: "startsAt",
  // Its bounds depend on the meeting it completes: planStageMove checks them.
  meetingDone: null,
  thankYou: "sentAt",
  cadence: null,
};

/** The clock-only check of a record's date (see recordClockErrors); null when the date can be right. */
function dateError(kind: StageRecordKind, at: Date, now: Date): string | null {
  if (Number.isNaN(at.getTime())) return kind === "meeting" ? "Enter the meeting's date and time." : "Enter the date the message was sent.";
  const future = at.getTime() > now.getTime() + CLOCK_SLACK_MS;
  switch (kind) {
    case "outreach":
      return future ? "The message can't have been sent in the future." : null;
    case "meeting":
      return at.getTime() < now.getTime() - CLOCK_SLACK_MS ? "That time has passed. If the meeting happened, move the contact to Interviewed." : null;
    case "thankYou":
      return future ? "The thank-you can't have been sent in the future." : null;
    default:
      return null;
  }
}

export function planStageMove(
  contact: MovableContact,
  to: Stage,
  record: StageRecord | null,
  now: Date,
  calendar: BusinessCalendar,
): MoveResult {
  const from = contact.stage;
  const fail = (field: string, message: string): MoveResult => ({ ok: false, error: { field, message } });
  if (!STAGES.includes(to)) return fail("stage", "Choose one of the six stages.");
  if (from === to) return fail("stage", `${contact.name} is already in ${STAGE_LABELS[to]}.`);
  if (contact.archivedAt) return fail("stage", "Restore this contact before moving it.");
  const direction = stageIndex(to) > stageIndex(from) ? "forward" : "back";
  if (direction === "forward" && contact.doNotContact && (to === "OUTREACH" || to === "SCHEDULED")) {
    return fail("stage", `${contact.name} is marked do-not-contact. Clear that first if it no longer applies.`);
  }

  const needed = requiredRecord(from, to);
  if (needed && record?.kind !== needed) return fail("record", `Moving to ${STAGE_LABELS[to]} needs ${RECORD_LABEL[needed]}.`);
  const recordError = needed && record ? checkRecord(record, now, contact, calendar.timeZone) : null;
  if (recordError) return { ok: false, error: recordError };

  const plan: MovePlan = {
    from,
    to,
    direction,
    at: now,
    enteredAt: enteredAt(needed ? record : null, contact.stageChangedAt, now),
    record: needed ? record : null,
    cancelScheduledMeetings: direction === "back" && stageIndex(to) < stageIndex("SCHEDULED") && stageIndex(from) >= stageIndex("SCHEDULED"),
    markOutreachReplied: direction === "forward" && stageIndex(from) <= stageIndex("OUTREACH") && stageIndex(to) >= stageIndex("SCHEDULED"),
    completeMeeting: to === "INTERVIEWED" && direction === "forward",
    derive: [],
    cancelRules: [],
    settleRules: [],
  };

  if (direction === "back") {
    plan.cancelRules = (Object.keys(RULE_STAGE) as ReminderRule[]).filter((rule) => stageIndex(RULE_STAGE[rule]!) > stageIndex(to));
    return { ok: true, plan };
  }

  // Forward: the stages passed through are done with. Thanking the referrer is its own errand,
  // not settled by anything that happens with this contact.
  plan.settleRules = (Object.keys(RULE_STAGE) as ReminderRule[]).filter((rule) => {
    if (rule === "THANK_REFERRER") return false;
    const stage = stageIndex(RULE_STAGE[rule]!);
    return stage >= stageIndex(from) && stage < stageIndex(to);
  });
  if (plan.markOutreachReplied) plan.cancelRules.push("SUGGEST_ANOTHER_3B", "FOLLOW_UP_7B");
  plan.settleRules = plan.settleRules.filter((rule) => !plan.cancelRules.includes(rule));

  const r = plan.record;
  if (r?.kind === "outreach") {
    plan.derive.push(
      { rule: "SUGGEST_ANOTHER_3B", ruleKeyFrom: "outreach", dueAt: addBusinessDays(r.sentAt, 3, calendar), title: `No reply from ${contact.name} yet: ask someone else at the same employer` },
      { rule: "FOLLOW_UP_7B", ruleKeyFrom: "outreach", dueAt: addBusinessDays(r.sentAt, 7, calendar), title: `Follow up once with ${contact.name}` },
    );
  } else if (r?.kind === "meeting") {
    plan.derive.push({ rule: "PREP_DAY_BEFORE", ruleKeyFrom: "meeting", dueAt: prepReminderDue(r.startsAt, calendar.timeZone), title: `Prepare for your meeting with ${contact.name}` });
  } else if (r?.kind === "meetingDone") {
    plan.derive.push({ rule: "THANK_YOU_24H", ruleKeyFrom: "meeting", dueAt: addHours(r.doneAt, 24), title: `Thank ${contact.name} within 24 hours` });
    if (contact.referredBy) {
      // The referrer lent their name: tell them it paid off, soon after the thank-you itself.
      plan.derive.push({
        rule: "THANK_REFERRER",
        ruleKeyFrom: "meeting",
        dueAt: addHours(r.doneAt, 48),
        title: `Thank ${contact.referredBy.name} for the introduction to ${contact.name} and say how it went`,
        contactId: contact.referredBy.id,
      });
    }
  } else if (r?.kind === "cadence" && !contact.doNotContact) {
    plan.derive.push({ rule: "KEEP_IN_TOUCH", ruleKeyFrom: "contactCycle", dueAt: addLocalMonths(now, r.keepInTouchMonths, calendar.timeZone), title: `Keep in touch with ${contact.name}` });
  }
  return { ok: true, plan };
}

/** When the event a forward move records happened, held between the previous move and now. */
function enteredAt(record: StageRecord | null, previousMove: Date, now: Date): Date {
  const happened = record?.kind === "outreach" || record?.kind === "thankYou" ? record.sentAt : record?.kind === "meetingDone" ? record.doneAt : null;
  if (!happened) return now;
  return new Date(Math.min(now.getTime(), Math.max(happened.getTime(), previousMove.getTime())));
}

const RECORD_LABEL: Record<StageRecordKind, string> = {
  outreach: "the message's channel and date",
  meeting: "the meeting's date, time, length and mode",
  meetingDone: "the meeting marked done",
  thankYou: "the date the thank-you was sent",
  cadence: "a keep-in-touch cadence",
};

function checkRecord(record: StageRecord, now: Date, contact: MovableContact, timeZone: string): MoveError | null {
  const future = (date: Date) => date.getTime() > now.getTime() + CLOCK_SLACK_MS;
  switch (record.kind) {
    case "outreach": {
      const message = dateError("outreach", record.sentAt, now);
      return message ? { field: "sentAt", message } : null;
    }
    case "meeting": {
      const message = dateError("meeting", record.startsAt, now);
      if (message) return { field: "startsAt", message };
      if (record.durationMinutes < MEETING_MINUTES.min || record.durationMinutes > MEETING_MINUTES.max) {
        return { field: "durationMinutes", message: `Choose ${MEETING_MINUTES.min} to ${MEETING_MINUTES.max} minutes (20–30 is the usual ask).` };
      }
      return null;
    }
    case "meetingDone": {
      const meeting = contact.meetingToComplete;
      if (record.startedAt) {
        // Only a scheduled meeting is moved to the time it really started.
        if (!meeting) return { field: "startedAt", message: "This meeting is no longer scheduled. Reload the page to see it." };
        return heldEarlierError({ startedAt: record.startedAt, doneAt: record.doneAt, startsAt: meeting.startsAt, now, timeZone });
      }
      if (!meeting) return future(record.doneAt) ? { field: "doneAt", message: "A meeting can't be done in the future." } : null;
      const message = meetingEndError({
        doneAt: record.doneAt,
        startsAt: meeting.startsAt,
        now,
        timeZone,
        subject: `The meeting with ${contact.name}`,
        // The board has no field for when it started; interview mode has (heldEarlierError).
        ifEarlier: `If it happened earlier than planned, open Interview mode from ${contact.name}'s page and mark it done there with "It happened earlier than planned" ticked.`,
      });
      return message ? { field: "doneAt", message } : null;
    }
    case "thankYou": {
      const sent = dateError("thankYou", record.sentAt, now);
      if (sent) return { field: "sentAt", message: sent };
      const message = thankYouSentError({ sentAt: record.sentAt, meetingDoneAt: contact.lastMeetingDoneAt ?? null, now, timeZone, subject: `Your meeting with ${contact.name}` });
      return message ? { field: "sentAt", message } : null;
    }
    case "cadence":
      if (!isCadenceChoice(record.keepInTouchMonths)) {
        return { field: "keepInTouchMonths", message: CADENCE_MESSAGE };
      }
      return null;
  }
}
