// iCalendar (RFC 5545) for meeting invitations and the calendar feed. Times are written in UTC
// ("…Z"), which every calendar (Google, Outlook, Apple) places correctly in its own zone, so no
// VTIMEZONE rules need shipping; the organiser's zone travels as X-WR-TIMEZONE for display.
//
// The METHOD follows iTIP (RFC 5546). PUBLISH (§3.2.1) posts events to the reader's own calendar:
// ORGANIZER, no ATTENDEE. REQUEST (§3.2.2) invites people, so it needs an ORGANIZER and at least
// one ATTENDEE; asked for without them, the file is written as the PUBLISH it really is (a REQUEST
// with nobody to invite is refused by some clients). A REQUEST whose events are all cancelled is a
// CANCEL (§3.2.5): same UID, SEQUENCE already bumped by the caller, STATUS:CANCELLED.
import { addMinutes } from "date-fns";

/** Someone on an event: a calendar address (mailto:) and the name shown for it. */
export interface IcsPerson {
  email: string;
  name?: string | null;
}

export interface IcsEvent {
  /** Stable across reschedules, so the calendar updates the same event. */
  uid: string;
  /** Bumped on every change (reschedule, cancel). */
  sequence: number;
  start: Date;
  durationMinutes: number;
  /** An all-day event on this calendar date ("2026-12-02"); `start` and `durationMinutes` are then ignored. */
  allDayDate?: string;
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  status?: "CONFIRMED" | "CANCELLED" | "TENTATIVE";
  /** A reminder before the start, in minutes. */
  alarmMinutesBefore?: number;
  /** Whose event it is; left out where no address may be shown. */
  organizer?: IcsPerson | null;
  /** Who is invited: written only in a REQUEST or CANCEL, never in a PUBLISH. */
  attendees?: readonly IcsPerson[];
}

export interface IcsCalendar {
  name?: string;
  timeZone?: string;
  /** PUBLISH to add to one's own calendar (a download, a feed); REQUEST to invite the attendees. */
  method?: "PUBLISH" | "REQUEST";
  events: IcsEvent[];
  /** DTSTAMP: when this file was made. */
  now: Date;
}

const CRLF = "\r\n";

export function icsDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** The calendar date after `date` ("2026-12-31" → "20270101"), for an all-day event's DTEND. */
function nextDate(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10).replace(/-/g, "");
}

/** Control characters no content line may hold (RFC 5545 §3.1: CONTROL except HTAB); CR and LF are handled apart. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/** A line break in any convention: CRLF, a lone LF, or a lone CR (old Mac files, some pasted text). */
const LINE_BREAK = /\r\n|\r|\n/g;

/** A value that is not TEXT (a UID, a URI, a time zone name): line breaks and controls removed, so it stays one line. */
export function singleLine(value: string): string {
  return value.replace(LINE_BREAK, "").replace(CONTROL, "");
}

/**
 * Line breaks as the two characters \n, other control characters dropped: shared by iCalendar and
 * vCard TEXT (RFC 5545 §3.3.11, RFC 6350 §3.4), so no value can end its content line early.
 */
export function escapeLineBreaks(value: string): string {
  return value.replace(CONTROL, "").replace(LINE_BREAK, "\\n");
}

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return escapeLineBreaks(value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,"));
}

/** Lines longer than 75 octets fold onto continuation lines that start with a space (§3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let currentBytes = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines spend one octet on the space
    if (currentBytes + bytes > limit) {
      parts.push(current);
      current = "";
      currentBytes = 0;
    }
    current += char;
    currentBytes += bytes;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

export type IcsMethod = "PUBLISH" | "REQUEST" | "CANCEL";

/** The METHOD a calendar is written with (see the top of this file); the HTTP Content-Type's method= must match it. */
export function calendarMethod({ method = "PUBLISH", events }: Pick<IcsCalendar, "method" | "events">): IcsMethod {
  if (method === "PUBLISH") return "PUBLISH";
  const invites = events.length > 0 && events.every((e) => e.organizer && e.attendees && e.attendees.length > 0);
  if (!invites) return "PUBLISH";
  const cancelled = events.filter((e) => e.status === "CANCELLED").length;
  if (cancelled === 0) return "REQUEST";
  if (cancelled === events.length) return "CANCEL";
  throw new Error("An iTIP message has one method: send the cancelled events apart from the others.");
}

/** A parameter value, always quoted; RFC 6868 caret escapes for quotes, carets and line breaks. */
function paramValue(value: string): string {
  return `"${value.replace(CONTROL, "").replace(/\^/g, "^^").replace(/"/g, "^'").replace(LINE_BREAK, "^n")}"`;
}

function calAddress(person: IcsPerson): string {
  return `mailto:${singleLine(person.email).replace(/\s/g, "")}`;
}

function personLine(property: "ORGANIZER" | "ATTENDEE", person: IcsPerson, extra = ""): string {
  const cn = person.name?.trim() ? `;CN=${paramValue(person.name.trim())}` : "";
  return `${property}${cn}${extra}:${calAddress(person)}`;
}

export function buildCalendar(calendar: IcsCalendar): string {
  const { name, timeZone, events, now } = calendar;
  const method = calendarMethod(calendar);
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Rapport//Informational interviews//EN", "CALSCALE:GREGORIAN", `METHOD:${method}`];
  if (name) lines.push(`X-WR-CALNAME:${escapeText(name)}`);
  if (timeZone) lines.push(`X-WR-TIMEZONE:${singleLine(timeZone)}`);
  for (const event of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${singleLine(event.uid)}`,
      `SEQUENCE:${event.sequence}`,
      `DTSTAMP:${icsDate(now)}`,
      ...(event.allDayDate
        ? [`DTSTART;VALUE=DATE:${event.allDayDate.replace(/-/g, "")}`, `DTEND;VALUE=DATE:${nextDate(event.allDayDate)}`]
        : [`DTSTART:${icsDate(event.start)}`, `DTEND:${icsDate(addMinutes(event.start, event.durationMinutes))}`]),
      `SUMMARY:${escapeText(event.summary)}`,
      `STATUS:${event.status ?? "CONFIRMED"}`,
    );
    if (event.organizer) lines.push(personLine("ORGANIZER", event.organizer));
    if (method !== "PUBLISH") {
      const extra = method === "REQUEST" ? ";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE" : ";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT";
      for (const attendee of event.attendees ?? []) lines.push(personLine("ATTENDEE", attendee, extra));
    }
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.url) lines.push(`URL:${singleLine(event.url)}`);
    if (event.alarmMinutesBefore && event.status !== "CANCELLED") {
      lines.push("BEGIN:VALARM", "ACTION:DISPLAY", `DESCRIPTION:${escapeText(event.summary)}`, `TRIGGER:-PT${event.alarmMinutesBefore}M`, "END:VALARM");
    }
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}
