// The optional email digest: which period a digest belongs to, whether it is due, and what it says.
// Pure: `now`, the time zone and the items are passed in. Sending lives in lib/jobs/digest.ts.
//
// Daily: one per local date, from 07:00 local. Weekly: one per ISO week, on Monday from 07:00
// local (a Monday missed entirely, say every instance was down, is not made up later in the week).
// Both cover what is overdue, due today, and due or scheduled in the 7 days from today.
import { TZDate } from "@date-fns/tz";
import { format, getISODay } from "date-fns";
import { formatDay, formatTime, startOfZonedDayOffset, zonedDayOffset } from "./format";
import type { ReminderRule } from "../generated/prisma/enums";
import { isOverdue, reminderTitle } from "./today";

export type DigestFrequency = "NONE" | "DAILY" | "WEEKLY";

export const DIGEST_FREQUENCIES = ["NONE", "DAILY", "WEEKLY"] as const satisfies readonly DigestFrequency[];

export const DIGEST_FREQUENCY_LABELS = {
  NONE: "Off",
  DAILY: "Daily",
  WEEKLY: "Weekly (Mondays)",
} as const satisfies Record<DigestFrequency, string>;

/** Local hour from which the day's (or Monday's) digest goes out. */
export const DIGEST_SEND_HOUR = 7;

/** Days from today (inclusive) that "this week" covers. */
export const DIGEST_HORIZON_DAYS = 7;

/** The period a digest sent at `now` belongs to: "2026-11-23" (daily) or "2026-W48" (weekly, ISO week). */
export function digestPeriodKey(frequency: DigestFrequency, now: Date, timeZone: string): string | null {
  if (frequency === "NONE") return null;
  const local = new TZDate(now, timeZone);
  // ISO week-numbering year (RRRR) with the ISO week (II): 2027-01-01 is in 2026-W53.
  return frequency === "DAILY" ? format(local, "yyyy-MM-dd") : format(local, "RRRR-'W'II");
}

/** Whether a digest of `frequency` should go out at `now` (the period's delivery is checked elsewhere). */
export function isDigestDue(frequency: DigestFrequency, now: Date, timeZone: string): boolean {
  if (frequency === "NONE") return false;
  const local = new TZDate(now, timeZone);
  if (local.getHours() < DIGEST_SEND_HOUR) return false;
  return frequency === "DAILY" || getISODay(local) === 1;
}

/** The end (exclusive) of what a digest at `now` covers: the start of the day after the horizon. */
export function digestHorizon(now: Date, timeZone: string): Date {
  return startOfZonedDayOffset(now, DIGEST_HORIZON_DAYS, timeZone);
}

export interface DigestReminder {
  rule: ReminderRule;
  title: string;
  dueAt: Date;
  /** A snooze to a later day lists the reminder on that day; one that ends today does not make it due today. */
  snoozedUntil?: Date | null;
  contactName?: string | null;
  /** When the user's own meeting this reminder is about starts (reminderTitle). */
  ownMeetingStartsAt?: Date | null;
}

export interface DigestMeeting {
  title: string;
  startsAt: Date;
  contactName?: string | null;
  location?: string | null;
}

export interface DigestInput {
  frequency: Exclude<DigestFrequency, "NONE">;
  now: Date;
  timeZone: string;
  userName: string;
  reminders: readonly DigestReminder[];
  meetings: readonly DigestMeeting[];
  /** The app's public address, for the link to Today; omitted when unknown. */
  appUrl?: string;
}

export interface DigestMessage {
  subject: string;
  text: string;
  html: string;
  /** How many reminders and meetings the digest lists. */
  count: number;
}

interface Line {
  when: string;
  what: string;
  who: string | null;
}

interface Group {
  heading: string;
  lines: Line[];
}

/** When the reminder is back on Today: when it is due, or when its snooze ends if that is later. */
function backOnToday(reminder: DigestReminder): Date {
  return reminder.snoozedUntil && reminder.snoozedUntil > reminder.dueAt ? reminder.snoozedUntil : reminder.dueAt;
}

/** Groups the user's items; null when there is nothing to say (an empty digest is not sent). */
export function buildDigest(input: DigestInput): DigestMessage | null {
  const { now, timeZone } = input;
  const horizon = digestHorizon(now, timeZone);
  const overdue: Line[] = [];
  const today: Line[] = [];
  const week: Line[] = [];
  const startOfTomorrow = startOfZonedDayOffset(now, 1, timeZone);
  // One back on Today by tonight is grouped, dated and ordered as Today shows it, by when it was
  // due: a snooze that ends this morning leaves last week's reminder overdue, not due today. One
  // snoozed to a later day is listed on the day it comes back.
  const reminders = input.reminders
    .map((r) => {
      const back = backOnToday(r);
      return { ...r, back, day: back < startOfTomorrow ? r.dueAt : back };
    })
    .filter((r) => r.back < horizon)
    .sort((a, b) => a.day.getTime() - b.day.getTime());
  for (const r of reminders) {
    const late = r.back < startOfTomorrow && isOverdue(r.dueAt, now, timeZone);
    const line: Line = { when: late ? `was due ${formatDay(r.day, timeZone, now)}` : formatDay(r.day, timeZone, now), what: reminderTitle(r, late, now), who: r.contactName ?? null };
    if (late) overdue.push(line);
    else if (r.back < startOfTomorrow) today.push(line);
    else week.push(line);
  }
  const meetings: Line[] = input.meetings
    .filter((m) => m.startsAt >= now && m.startsAt < horizon)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .map((m) => ({
      when: zonedDayOffset(now, m.startsAt, timeZone) === 0 ? `Today ${formatTime(m.startsAt, timeZone)}` : `${formatDay(m.startsAt, timeZone, now)}, ${formatTime(m.startsAt, timeZone)}`,
      what: m.location ? `${m.title} (${m.location})` : m.title,
      who: m.contactName ?? null,
    }));
  const count = overdue.length + today.length + week.length + meetings.length;
  if (count === 0) return null;

  const groups: Group[] = [
    { heading: "Overdue", lines: overdue },
    { heading: "Due today", lines: today },
    { heading: input.frequency === "WEEKLY" ? "Due this week" : "Due in the next 7 days", lines: week },
    { heading: "Meetings", lines: meetings },
  ].filter((g) => g.lines.length > 0);

  const dueNow = overdue.length + today.length;
  const summary = [
    dueNow ? `${dueNow} due${overdue.length ? ` (${overdue.length} overdue)` : ""}` : null,
    week.length ? `${week.length} coming up` : null,
    meetings.length ? `${meetings.length} ${meetings.length === 1 ? "meeting" : "meetings"}` : null,
  ]
    .filter(Boolean)
    .join(", ");
  const subject = `${input.frequency === "WEEKLY" ? "Your week in Rapport" : `Rapport for ${formatDay(now, timeZone)}`}: ${summary}`;

  const todayUrl = input.appUrl ? `${input.appUrl.replace(/\/+$/, "")}/today` : null;
  const intro = `Hi ${input.userName}, here is what you owe and what is coming up.`;
  const footer = "You get this because the email digest is on in your Rapport settings. Turn it off there.";

  const text = [
    intro,
    "",
    ...groups.flatMap((g) => [g.heading.toUpperCase(), ...g.lines.map((l) => `- ${l.when}: ${l.what}${l.who ? ` (${l.who})` : ""}`), ""]),
    ...(todayUrl ? [`Open Today: ${todayUrl}`, ""] : []),
    footer,
    "",
  ].join("\n");

  const html = [
    `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;line-height:1.5">`,
    `<p>${escapeHtml(intro)}</p>`,
    ...groups.map(
      (g) =>
        `<h2 style="font-size:16px;margin:16px 0 4px">${escapeHtml(g.heading)}</h2><ul style="margin:0;padding-left:20px">${g.lines
          .map((l) => `<li><strong>${escapeHtml(l.when)}</strong>: ${escapeHtml(l.what)}${l.who ? ` <span style="color:#475569">(${escapeHtml(l.who)})</span>` : ""}</li>`)
          .join("")}</ul>`,
    ),
    todayUrl ? `<p><a href="${escapeHtml(todayUrl)}">Open Today in Rapport</a></p>` : "",
    `<p style="color:#475569;font-size:12px">${escapeHtml(footer)}</p>`,
    `</body></html>`,
  ].join("");

  return { subject, text, html, count };
}

export function escapeHtml(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");
}
