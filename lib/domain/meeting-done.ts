// When a meeting can be recorded as done: the time it ended; and when its thank-you can have been
// sent: not before that end. Pure; `now` and the viewer's time zone are passed in. Every path that
// marks a meeting done (interview mode, the board's move to Interviewed, a chapter's group meeting)
// asks meetingEndError; every path that logs a thank-you asks thankYouSentError; correcting a done
// meeting's end asks changedMeetingEndError.
//
// The rule: the end lies between the meeting's scheduled start and now, each with five minutes of
// slack for clocks (the phone the time was typed on, the server, the calendar it was read from).
// It is the end that is checked, not the start, so a meeting that began ten minutes early is fine:
// it still ended after its scheduled start. A meeting over before its scheduled start happened at
// another time altogether; recorded as it is, it would count the 24-hour thank-you window (which
// runs from the end) from before the meeting began. The student can say so explicitly ("it happened
// earlier than planned", heldEarlierError): the meeting then moves to the time it really started.
import type { ReminderStatus } from "../generated/prisma/enums";
import { THANK_YOU_WITHIN_HOURS } from "./compose-purpose";
import { formatDay, formatTime } from "./format";
import { CLOCK_SLACK_MS } from "./local-time";
import { thankYouState } from "./metrics";

export interface MeetingEndCheck {
  /** The end being recorded. */
  doneAt: Date;
  /** The meeting's scheduled start. */
  startsAt: Date;
  now: Date;
  /** The viewer's zone: the start is shown to them in it. */
  timeZone: string;
  /** How the message names the meeting: "This meeting" unless told. */
  subject?: string;
  /** What to do when the meeting really did happen before its scheduled time, where there is a way. */
  ifEarlier?: string;
}

/** Why `doneAt` can't be this meeting's end, in words for the doneAt field; null when it can. */
export function meetingEndError({ doneAt, startsAt, now, timeZone, subject = "This meeting", ifEarlier }: MeetingEndCheck): string | null {
  if (Number.isNaN(doneAt.getTime())) return "Enter the time the meeting ended.";
  if (doneAt.getTime() < startsAt.getTime() - CLOCK_SLACK_MS) {
    const when = `${formatTime(startsAt, timeZone)} on ${formatDay(startsAt, timeZone, now)}`;
    const ahead = startsAt.getTime() > now.getTime();
    const fact = ahead ? `${subject} is scheduled to start at ${when}` : `${subject} was scheduled to start at ${when}`;
    const next = ahead ? "Mark it done once it's over." : "Check the date and time it ended.";
    return [`${fact}, so it can't have ended before then.`, next, ifEarlier].filter(Boolean).join(" ");
  }
  if (doneAt.getTime() > now.getTime() + CLOCK_SLACK_MS) return "A meeting can't be done in the future.";
  return null;
}

/**
 * How long before its end a meeting recorded as held earlier may have started: six hours, twice the
 * longest meeting Rapport schedules (MEETING_MINUTES.max, three hours). A longer span is not an
 * informational interview that ran over but a slip in a typed time: a start on the wrong day (24
 * hours off) or the wrong half of it (12), or a mistyped hour (10 and up). The bound refuses those
 * on the start field, where the slip is, before they move the meeting in the student's calendar.
 */
export const HELD_EARLIER_MAX_MS = 6 * 60 * 60_000;

export interface HeldEarlierCheck {
  /** When the meeting really started, as the student recorded it. */
  startedAt: Date;
  /** When it ended. */
  doneAt: Date;
  /** The meeting's scheduled start. */
  startsAt: Date;
  now: Date;
  /** The viewer's zone: times are shown to them in it. */
  timeZone: string;
}

/**
 * Why a meeting can't be recorded as held earlier than planned, from `startedAt` to `doneAt`, with
 * the field to show it on; null when it can. This replaces meetingEndError's first bound (the end
 * after the scheduled start) when the student says, explicitly, that the meeting was moved forward:
 * the scheduled start is then no evidence of anything, the recorded start is. The other bounds hold:
 *
 * - the end is not in the future (with the clock slack), as for any meeting marked done;
 * - the start is before the end, and at most HELD_EARLIER_MAX_MS before it;
 * - the start is before the scheduled start: otherwise the meeting did not happen earlier, and
 *   marking it done as scheduled records it (its end after the scheduled start is accepted).
 *
 * No slack on the start's bounds: both times come from the same form, so no clocks disagree.
 */
export function heldEarlierError({ startedAt, doneAt, startsAt, now, timeZone }: HeldEarlierCheck): { field: "doneAt" | "startedAt"; message: string } | null {
  if (Number.isNaN(doneAt.getTime())) return { field: "doneAt", message: "Enter the time the meeting ended." };
  if (Number.isNaN(startedAt.getTime())) return { field: "startedAt", message: "Enter the time the meeting started." };
  if (doneAt.getTime() > now.getTime() + CLOCK_SLACK_MS) return { field: "doneAt", message: "A meeting can't be done in the future." };
  const at = (date: Date) => `${formatTime(date, timeZone)} on ${formatDay(date, timeZone, now)}`;
  if (startedAt.getTime() >= doneAt.getTime()) {
    return { field: "startedAt", message: `The meeting ended at ${at(doneAt)}, so it started before then. Check the date and time it started.` };
  }
  if (doneAt.getTime() - startedAt.getTime() > HELD_EARLIER_MAX_MS) {
    return { field: "startedAt", message: `That is more than ${HELD_EARLIER_MAX_MS / 3_600_000} hours before it ended at ${at(doneAt)}. Check the date and time it started.` };
  }
  if (startedAt.getTime() >= startsAt.getTime()) {
    return {
      field: "startedAt",
      message: `It was scheduled to start at ${at(startsAt)}, so that isn't earlier than planned. Check the time it started, or untick "It happened earlier than planned" to mark it done as scheduled.`,
    };
  }
  return null;
}

/**
 * The start a "held earlier" form offers for an end: the end minus the meeting's planned length, as
 * typed in a datetime-local field ("2026-11-24T15:30"). Wall-clock arithmetic: off by the DST shift
 * only for a meeting that straddles one, and the student sees and can correct it. "" for no time.
 */
export function suggestedEarlierStart(doneAtLocal: string, durationMinutes: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(doneAtLocal.trim());
  if (!match) return "";
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const start = new Date(Date.UTC(y, mo - 1, d, h, mi) - durationMinutes * 60_000);
  return Number.isNaN(start.getTime()) ? "" : start.toISOString().slice(0, 16);
}

/**
 * The end time a mark-done form offers: the scheduled end, or now if that is earlier (a meeting
 * still running, or one that ended early). Marked done the next day, the meeting still ends at its
 * scheduled time rather than at the moment it was recorded, so the thank-you window is right.
 * Before the meeting has started no end is valid; this is then now, which the check refuses with
 * the scheduled start in the message.
 */
export function suggestedMeetingEnd(startsAt: Date, durationMinutes: number, now: Date): Date {
  const end = startsAt.getTime() + durationMinutes * 60_000;
  return new Date(Math.min(end, now.getTime()));
}

export interface ThankYouSentCheck {
  /** When the thank-you was sent, as typed. */
  sentAt: Date;
  /** When the contact's latest done meeting ended; null when none is done. */
  meetingDoneAt: Date | null;
  now: Date;
  /** The viewer's zone: the meeting's end is shown to them in it. */
  timeZone: string;
  /** How the message names the meeting: "The meeting" unless told. */
  subject?: string;
}

/**
 * Why `sentAt` can't be this thank-you's time, in words for the sentAt field; null when it can.
 *
 * The rule: a thank-you is sent at or after the end of the contact's latest done meeting. The
 * progress metrics give each thank-you to the latest meeting done at or before it (thankYouStates),
 * so one dated earlier thanks an older meeting or none, and the meeting just held shows as owing one.
 * No clock slack here, unlike the checks against now: a thank-you a minute before the end would
 * already miss it. An end stored with seconds (not typed) is named by the next whole minute, the
 * first a datetime-local field can hold that is accepted.
 *
 * The other way round is not refused: marking a meeting done with an end after a thank-you already
 * logged since it started. A logged thank-you can't be edited or deleted, so when its date is the
 * wrong one, refusing the true end would leave only a false one to enter; accepted, the meeting
 * owes a thank-you until one dated after its end is logged, which this rule then lets through.
 * Changing the end of a meeting already done is another matter (changedMeetingEndError).
 */
export function thankYouSentError({ sentAt, meetingDoneAt, now, timeZone, subject = "The meeting" }: ThankYouSentCheck): string | null {
  if (!meetingDoneAt || Number.isNaN(sentAt.getTime()) || sentAt.getTime() >= meetingDoneAt.getTime()) return null;
  const end = new Date(Math.ceil(meetingDoneAt.getTime() / 60_000) * 60_000);
  const when = `${formatTime(end, timeZone)} on ${formatDay(end, timeZone, now)}`;
  return `${subject} ended at ${when}, so the thank-you can't have been sent before then. Check the date and time you sent it. If the meeting ended earlier, change when it ended in the contact's timeline.`;
}

export interface ChangedMeetingEndCheck extends MeetingEndCheck {
  /** When the thank-you this meeting is credited with was sent (Meeting.thankYouSentAt); null when none. */
  thankYouSentAt: Date | null;
  /** Whose thank-you the message names: "Your" unless told (a group meeting's officer: "A member's"). */
  thankYouOf?: string;
}

/**
 * Why a done meeting's end can't be changed to `doneAt`, in words for the doneAt field; null when
 * it can. The bounds of marking it done (meetingEndError), and one more: not after the thank-you the
 * meeting is credited with.
 *
 * Unlike marking a meeting done (see thankYouSentError), this refuses an end after a logged
 * thank-you. The thank-you goes to the latest meeting done at or before it (thankYouStates), so an
 * end moved past it would take the thank-you away from this meeting: it would show as owing one that
 * was sent, and the on-time rate would drop. The student is correcting a time here, and a thank-you
 * they logged for this meeting is evidence it was over by then; the message names that time, the
 * latest end accepted. No slack, as for the thank-you's own check. A thank-you time stored with
 * seconds is named by its whole minute, the last a datetime-local field can hold that is accepted.
 */
export function changedMeetingEndError(check: ChangedMeetingEndCheck): string | null {
  const error = meetingEndError(check);
  if (error) return error;
  const { doneAt, thankYouSentAt, now, timeZone, thankYouOf = "Your" } = check;
  if (!thankYouSentAt || doneAt.getTime() <= thankYouSentAt.getTime()) return null;
  const sent = new Date(Math.floor(thankYouSentAt.getTime() / 60_000) * 60_000);
  const when = `${formatTime(sent, timeZone)} on ${formatDay(sent, timeZone, now)}`;
  return `${thankYouOf} thank-you for this meeting was sent at ${when}, so the meeting had ended by then. Enter that time or an earlier one.`;
}

/**
 * What a done meeting's page says of its thank-you. Once it has gone out, when ("Your thank-you
 * went out at 4:10 PM on Tue, Nov 17."). While it is owed, the time it is due, 24 hours after the
 * meeting ended as the reminder on Today; past that, that it is late: a page opened days later
 * asked for it "within 24 hours" as if the day had not gone by.
 */
export function thankYouNote({ sentAt, doneAt, timeZone, now }: { sentAt: Date | null; doneAt: Date; timeZone: string; now: Date }): string {
  const at = (date: Date) => `${formatTime(date, timeZone)} on ${formatDay(date, timeZone, now)}`;
  if (sentAt) return `Your thank-you went out at ${at(sentAt)}.`;
  const due = new Date(doneAt.getTime() + THANK_YOU_WITHIN_HOURS * 3_600_000);
  if (thankYouState(doneAt, null, now) === "not-yet-due") return `Send your thank-you within ${THANK_YOU_WITHIN_HOURS} hours, by ${at(due)}.`;
  return `Your thank-you was due by ${at(due)}. It is late, and still worth sending.`;
}

/**
 * Where a done meeting's page says the thank-you's reminder is: on Today while it is open, the day
 * it comes back while snoozed, and nothing once the student has dismissed it (or it was settled), so
 * the page does not send them to look for a reminder that is gone.
 */
export function thankYouReminderNote(reminder: { snoozedUntil: Date | null } | null, timeZone: string, now: Date): string | null {
  if (!reminder) return null;
  if (reminder.snoozedUntil && reminder.snoozedUntil > now) return `The reminder is snoozed until ${formatDay(reminder.snoozedUntil, timeZone, now)}.`;
  return "The reminder is on Today.";
}

/**
 * What a chapter's group meeting page tells a member who went of their own thank-you: while its
 * reminder is open, by when it is due (or that it is late) and where the reminder is; once they have
 * done it, that it is done; nothing once they dismissed it. It said "within 24 hours: the reminder is
 * on Today" to a member opening the page a week later, thank-you sent or not.
 */
export function memberThankYouNote({
  reminder,
  doneAt,
  timeZone,
  now,
}: {
  reminder: { status: ReminderStatus; snoozedUntil: Date | null } | null;
  doneAt: Date;
  timeZone: string;
  now: Date;
}): string | null {
  if (reminder?.status === "DONE") return "Your thank-you is done.";
  if (reminder?.status !== "PENDING") return null;
  return `${thankYouNote({ sentAt: null, doneAt, timeZone, now })} ${thankYouReminderNote(reminder, timeZone, now)}`;
}
