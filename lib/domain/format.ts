// How values are shown: dates in the viewer's time zone and the product's enums in words.
// Pure functions; `now` and the time zone are always passed in. Dates are stored in UTC and only
// turned into local days and times here, at the edge.
import { TZDate } from "@date-fns/tz";
import { addDays, startOfDay } from "date-fns";

// Showing a date in a zone needs only the zone's UTC offset at that instant. Offsets are read from
// Intl once per zone and quarter hour and kept: every offset in use is a whole number of quarter
// hours and changes on a quarter-hour boundary, so one reading holds for its quarter hour. A board
// formats hundreds of dates per request; @date-fns/tz's TZDate asked Intl again for every getter,
// which was most of the page's server time.
const QUARTER_HOUR = 15 * 60_000;
const DAY = 86_400_000;
const zoneFormatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();

function offsetAt(instant: number, timeZone: string): number {
  const quarter = Math.floor(instant / QUARTER_HOUR);
  const key = `${timeZone} ${quarter}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  let formatter = zoneFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric" });
    zoneFormatters.set(timeZone, formatter);
  }
  const start = quarter * QUARTER_HOUR;
  const field: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(start))) if (part.type !== "literal") field[part.type] = Number(part.value);
  const offset = Date.UTC(field.year!, field.month! - 1, field.day!, field.hour!, field.minute!) - start;
  if (offsets.size > 50_000) offsets.clear(); // bounded: a long-running server sees many quarters
  offsets.set(key, offset);
  return offset;
}

/** A Date whose UTC fields are `date`'s wall-clock fields in `timeZone`. */
function wallClock(date: Date, timeZone: string): Date {
  return new Date(date.getTime() + offsetAt(date.getTime(), timeZone));
}

const localDayNumber = (date: Date, timeZone: string) => Math.floor(wallClock(date, timeZone).getTime() / DAY);

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const shortWeekday = (local: Date) => WEEKDAYS[local.getUTCDay()]!.slice(0, 3);
const shortMonth = (local: Date) => MONTHS[local.getUTCMonth()]!.slice(0, 3);

/** The instant the local day `days` after `now`'s local day begins (0: today, 1: tomorrow). DST-safe. */
export function startOfZonedDayOffset(now: Date, days: number, timeZone: string): Date {
  // Once per request at most; TZDate handles a midnight that a DST change skips.
  return new Date(startOfDay(addDays(new TZDate(now, timeZone), days)).getTime());
}

/** Whole calendar days from `now`'s local day to `date`'s local day: -1 yesterday, 0 today, 1 tomorrow. */
export function zonedDayOffset(now: Date, date: Date, timeZone: string): number {
  return localDayNumber(date, timeZone) - localDayNumber(now, timeZone);
}

/** "Mon, Nov 24", with the year when it is not `now`'s year. */
export function formatDay(date: Date, timeZone: string, now?: Date): string {
  const local = wallClock(date, timeZone);
  const day = `${shortWeekday(local)}, ${shortMonth(local)} ${local.getUTCDate()}`;
  const sameYear = now ? wallClock(now, timeZone).getUTCFullYear() === local.getUTCFullYear() : true;
  return sameYear ? day : `${day}, ${local.getUTCFullYear()}`;
}

/** "Monday, November 24". */
export function formatLongDay(date: Date, timeZone: string): string {
  const local = wallClock(date, timeZone);
  return `${WEEKDAYS[local.getUTCDay()]}, ${MONTHS[local.getUTCMonth()]} ${local.getUTCDate()}`;
}

/** "Nov 24, 2026". */
export function formatDate(date: Date, timeZone: string): string {
  const local = wallClock(date, timeZone);
  return `${shortMonth(local)} ${local.getUTCDate()}, ${local.getUTCFullYear()}`;
}

/** "3:30 PM". */
export function formatTime(date: Date, timeZone: string): string {
  const local = wallClock(date, timeZone);
  const hours = local.getUTCHours();
  return `${hours % 12 === 0 ? 12 : hours % 12}:${String(local.getUTCMinutes()).padStart(2, "0")} ${hours < 12 ? "AM" : "PM"}`;
}

/** "Nov 24, 2026, 3:30 PM". */
export function formatDateTime(date: Date, timeZone: string): string {
  return `${formatDate(date, timeZone)}, ${formatTime(date, timeZone)}`;
}

/** "today", "tomorrow", "yesterday", "in 3 days", "5 days ago". */
export function formatRelativeDay(now: Date, date: Date, timeZone: string): string {
  const offset = zonedDayOffset(now, date, timeZone);
  if (offset === 0) return "today";
  if (offset === 1) return "tomorrow";
  if (offset === -1) return "yesterday";
  return offset > 0 ? `in ${offset} days` : `${-offset} days ago`;
}

/** A time zone as shown to a person: "America/New York", not the IANA id's "America/New_York". */
export function formatTimeZone(timeZone: string): string {
  return timeZone.replaceAll("_", " ");
}

/** Days ahead within which a reminder's due label on Today gives the hour too: 1 (tomorrow) and 2. */
const DUE_TIME_WITHIN_DAYS = 2;

/**
 * When a reminder on Today is due. Due today: "Due today, 3:30 PM". Another day: "Mon, Dec 7 ·
 * tomorrow", with the hour too ("tomorrow, 4:30 PM") for a thank-you, due 24 hours after its meeting
 * ended (a day alone hides whether it is due at breakfast or at 4:30), and for anything due in the
 * next two days, where the hour still decides what to do first.
 */
export function formatReminderDue(
  reminder: { rule: keyof typeof REMINDER_RULE_LABELS; dueAt: Date },
  group: "overdue" | "today" | "upcoming",
  now: Date,
  timeZone: string,
): string {
  const { rule, dueAt } = reminder;
  if (group === "today") return `Due today, ${formatTime(dueAt, timeZone)}`;
  const ahead = zonedDayOffset(now, dueAt, timeZone);
  const withTime = rule === "THANK_YOU_24H" || (ahead >= 1 && ahead <= DUE_TIME_WITHIN_DAYS);
  const day = `${formatDay(dueAt, timeZone, now)} · ${formatRelativeDay(now, dueAt, timeZone)}`;
  return withTime ? `${day}, ${formatTime(dueAt, timeZone)}` : day;
}

// ---------------------------------------------------------------------------
// Enums in words
// ---------------------------------------------------------------------------

export const REMINDER_RULE_LABELS = {
  SUGGEST_ANOTHER_3B: "Try someone else",
  FOLLOW_UP_7B: "Follow up",
  PREP_DAY_BEFORE: "Prepare",
  THANK_YOU_24H: "Send thanks",
  KEEP_IN_TOUCH: "Keep in touch",
  THANK_REFERRER: "Thank referrer",
  ACTION_ITEM: "Action item",
} as const;

export const REMINDER_STATUS_LABELS = {
  PENDING: "Pending",
  DONE: "Done",
  DISMISSED: "Dismissed",
  CANCELLED: "Cancelled",
} as const;

/** TIARA order, as the enum declares it. */
export const QUESTION_CATEGORIES = [
  "CAREER_PATH",
  "THE_JOB",
  "SKILLS",
  "TRENDS",
  "ADVICE",
  "RESOURCES",
  "REFERRALS",
] as const;

export const QUESTION_CATEGORY_LABELS = {
  CAREER_PATH: "Career path",
  THE_JOB: "The job day to day",
  SKILLS: "Skills",
  TRENDS: "Industry trends and current events",
  ADVICE: "Advice and feedback",
  RESOURCES: "Resources",
  REFERRALS: "Referrals",
} as const;

export const TEMPLATE_KINDS = ["OUTREACH_EMAIL", "LINKEDIN_NOTE", "FOLLOW_UP", "THANK_YOU", "VOICEMAIL", "TOUCH"] as const;

export const TEMPLATE_KIND_LABELS = {
  OUTREACH_EMAIL: "Outreach email",
  LINKEDIN_NOTE: "LinkedIn note",
  FOLLOW_UP: "Follow-up",
  THANK_YOU: "Thank-you",
  VOICEMAIL: "Voicemail script",
  TOUCH: "Keep-in-touch note",
} as const;

export const CHANNEL_LABELS = {
  EMAIL: "Email",
  LINKEDIN: "LinkedIn",
  PHONE: "Phone",
  VOICEMAIL: "Voicemail",
  LETTER: "Letter",
  IN_PERSON: "In person",
  OTHER: "Other",
} as const;

export const OUTREACH_KIND_LABELS = {
  INITIAL: "Outreach",
  FOLLOW_UP: "Follow-up",
  THANK_YOU: "Thank-you",
  TOUCH: "Keep-in-touch",
} as const;

export const REPLY_STATUS_LABELS = {
  NO_REPLY: "No reply yet",
  REPLIED: "Replied",
  DECLINED: "Declined",
} as const;

export const MEETING_MODE_LABELS = {
  IN_PERSON: "In person",
  COFFEE: "Coffee",
  PHONE: "Phone",
  VIDEO: "Video",
} as const;

export const MEETING_STATUS_LABELS = {
  SCHEDULED: "Scheduled",
  DONE: "Done",
  CANCELLED: "Cancelled",
} as const;

export const NOTE_KIND_LABELS = {
  GENERAL: "Note",
  ANSWER: "Answer",
  TAKEAWAY: "Takeaway",
  RESEARCH: "Research",
} as const;

export const HOW_FOUND_LABELS = {
  ALUMNI: "Alumni network",
  LINKEDIN: "LinkedIn",
  ARTICLE_AUTHOR: "Article author",
  REFERRAL: "Referral",
  EVENT: "Event",
  CHAPTER_LIST: "Chapter list",
  OTHER: "Other",
} as const;

export const CONSENT_LABELS = {
  NONE: "Not sharing",
  PROGRESS: "Shares progress",
  CONTACTS: "Shares progress and contacts",
} as const;

export const SHARED_STATUS_LABELS = {
  PROPOSED: "Proposed",
  OPEN: "Open",
  LIMITED: "Limited",
  CLOSED: "Closed",
  DO_NOT_CONTACT: "Do not contact",
} as const;

export const ROLE_LABELS = {
  STUDENT: "Student",
  STAFF: "Staff",
  ADMIN: "Admin",
  MEMBER: "Member",
  OFFICER: "Officer",
} as const;

/** A membership role in words; unknown roles are shown as stored. */
export function roleLabel(role: string): string {
  const labels: Record<string, string | undefined> = ROLE_LABELS;
  return labels[role] ?? role;
}

/** Words in a message body, as a reader counts them. */
export function wordCount(text: string): number {
  const words = text.trim().match(/\S+/g);
  return words ? words.length : 0;
}

export type TemplateSegment = { text: string; placeholder: boolean };

/**
 * Splits a template body into plain text and placeholders, so the page can highlight what the
 * student still has to fill in. Placeholders are `{{name}}` or `[Name]` / `[their company]`.
 */
export function splitPlaceholders(body: string): TemplateSegment[] {
  const segments: TemplateSegment[] = [];
  const pattern = /\{\{\s*[^{}\n]{1,60}?\s*\}\}|\[[^\[\]\n]{1,60}\]/g;
  let last = 0;
  for (const match of body.matchAll(pattern)) {
    const index = match.index;
    if (index > last) segments.push({ text: body.slice(last, index), placeholder: false });
    segments.push({ text: match[0], placeholder: true });
    last = index + match[0].length;
  }
  if (last < body.length) segments.push({ text: body.slice(last), placeholder: false });
  return segments;
}
