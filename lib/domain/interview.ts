// Interview mode's pure rules: the order questions are asked in, the timer against the agreed
// length, the meeting's flags and what its action items say. The keys a browser keeps unsaved notes under are in
// device-drafts.ts, with every other key Rapport keeps there. No I/O.
import { localDateKey } from "./business-days";
import { formatDate, formatDay } from "./format";
import { toLocalInputValue } from "./local-time";
import { isOverdue } from "./today";

/** The three things noted about a meeting, each one column of Meeting. */
export const INTERVIEW_FLAGS = ["businessCardReceived", "sendResumeWithThanks", "recordingAllowed"] as const;
export type InterviewFlag = (typeof INTERVIEW_FLAGS)[number];

export const INTERVIEW_FLAG_LABELS: Record<InterviewFlag, string> = {
  businessCardReceived: "Business card received",
  sendResumeWithThanks: "Send résumé with the thank-you",
  recordingAllowed: "Recording allowed",
};

/**
 * Agenda items in the order they are asked: by position, except that referral questions ("Who
 * else should I talk to?") always come last, however the agenda was reordered.
 */
export function interviewOrder<T extends { position: number; category: string | null }>(items: readonly T[]): T[] {
  const isReferral = (item: T) => item.category === "REFERRALS";
  return [...items].sort((a, b) => Number(isReferral(a)) - Number(isReferral(b)) || a.position - b.position);
}

export type TimerTone = "normal" | "warning" | "over";

export interface TimerReading {
  elapsedSeconds: number;
  /** Seconds left of the agreed length; negative once over. */
  remainingSeconds: number;
  tone: TimerTone;
}

/** The last minutes of a meeting, when the timer turns amber: a quarter of it, 2 to 5 minutes. */
export function warningSeconds(durationMinutes: number): number {
  return Math.min(5 * 60, Math.max(2 * 60, Math.round(durationMinutes * 60 * 0.25)));
}

export function readTimer(elapsedMs: number, durationMinutes: number): TimerReading {
  const elapsedSeconds = Math.max(0, Math.floor(elapsedMs / 1000));
  const remainingSeconds = durationMinutes * 60 - elapsedSeconds;
  const tone: TimerTone = remainingSeconds <= 0 ? "over" : remainingSeconds <= warningSeconds(durationMinutes) ? "warning" : "normal";
  return { elapsedSeconds, remainingSeconds, tone };
}

/** 75 → "1:15", 3725 → "1:02:05"; negative values are shown without a sign. */
export function formatClock(seconds: number): string {
  const s = Math.abs(Math.trunc(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${sec}` : `${m}:${sec}`;
}

/** A running or paused timer as stored on the device: accumulated time plus the current run. */
export interface TimerState {
  accumulatedMs: number;
  runningSince: number | null;
}

export function timerElapsed(state: TimerState, nowMs: number): number {
  return state.accumulatedMs + (state.runningSince === null ? 0 : Math.max(0, nowMs - state.runningSince));
}

export function startTimer(state: TimerState, nowMs: number): TimerState {
  return state.runningSince === null ? { ...state, runningSince: nowMs } : state;
}

export function pauseTimer(state: TimerState, nowMs: number): TimerState {
  return state.runningSince === null ? state : { accumulatedMs: timerElapsed(state, nowMs), runningSince: null };
}

/** How far ahead an action item may fall due: further is a slip of the year, not a plan. */
export const ACTION_ITEM_MAX_YEARS_AHEAD = 5;

/** How long before the meeting (or today, if earlier) an action item may have been due: older is a slip. */
export const ACTION_ITEM_GRACE_DAYS = 30;

/**
 * Why an action item can't be due on `dueOn` (a yyyy-MM-dd day in the viewer's zone); null when it
 * can. One recorded late is already overdue (the answer says so), so a day in the past is taken,
 * up to a month before the meeting or today, whichever is earlier (notes written up late, a prep
 * task left undone). Older than that is a slip (a year typed wrong: 2020 for 2026), as is a day more
 * than five years ahead; each would sit on Today as thousands of days overdue, or never come.
 */
export function actionItemDueError({ dueOn, meetingStartsAt, now, timeZone }: { dueOn: string; meetingStartsAt: Date; now: Date; timeZone: string }): string | null {
  const today = localDateKey(now, timeZone);
  const meetingDay = localDateKey(meetingStartsAt, timeZone);
  // yyyy-MM-dd keys compare as strings; calendar arithmetic on them is done at UTC midnight.
  const earliest = meetingDay < today ? meetingDay : today;
  const oldest = new Date(Date.parse(`${earliest}T00:00:00Z`) - ACTION_ITEM_GRACE_DAYS * 86_400_000).toISOString().slice(0, 10);
  if (dueOn < oldest) {
    return `That is over a month before ${earliest === today ? "today" : `the meeting (${formatDate(meetingStartsAt, timeZone)})`}. Check the date, the year especially.`;
  }
  const latest = `${Number(today.slice(0, 4)) + ACTION_ITEM_MAX_YEARS_AHEAD}${today.slice(4)}`;
  if (dueOn > latest) return `That is more than ${ACTION_ITEM_MAX_YEARS_AHEAD} years away. Check the date, the year especially.`;
  return null;
}

/** An action item as interview mode lists it. */
export interface ActionItemView {
  id: string;
  text: string;
  /** yyyy-mm-dd in the viewer's zone, for the date input and undo. */
  dueOn: string | null;
  dueLabel: string | null;
  /** Open and under Overdue on Today: due before today in the viewer's zone, and not snoozed. */
  overdue: boolean;
  /** While its reminder is snoozed: the day it is back on Today. */
  snoozedLabel: string | null;
  done: boolean;
}

/**
 * What interview mode says of an action item, by Today's rule (lib/domain/today.ts): a reminder
 * snoozed past `now` is off Today, so its item is not called overdue until the snooze ends (then it
 * is overdue by when it was due, as Today lists it). `snoozedUntil` is its pending reminder's.
 */
export function actionItemView(
  item: { id: string; text: string; dueAt: Date | null; doneAt: Date | null; snoozedUntil: Date | null },
  now: Date,
  timeZone: string,
): ActionItemView {
  const { dueAt, snoozedUntil } = item;
  const open = item.doneAt === null && dueAt !== null;
  const snoozed = open && snoozedUntil !== null && snoozedUntil.getTime() > now.getTime();
  return {
    id: item.id,
    text: item.text,
    dueOn: dueAt ? toLocalInputValue(dueAt, timeZone).slice(0, 10) : null,
    dueLabel: dueAt ? formatDay(dueAt, timeZone, now) : null,
    overdue: open && !snoozed && isOverdue(dueAt, now, timeZone),
    snoozedLabel: snoozed ? formatDay(snoozedUntil, timeZone, now) : null,
    done: item.doneAt !== null,
  };
}
