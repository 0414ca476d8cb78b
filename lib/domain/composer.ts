// The outreach composer's checks (product.md, "outreach"): a short, personal request that puts the
// connection first, says how the name was found, asks for 20–30 minutes as a question, offers ways
// to meet, promises a follow-up, and never asks for a job. Each check explains itself in one line.
// Unfilled placeholders block logging or sending; the other checks advise.

import { formatDistance, IN_PERSON_KM } from "./distance";

export type CheckId =
  | "placeholders"
  | "length"
  | "connectionFirst"
  | "howFound"
  | "timeAsk"
  | "askIsQuestion"
  | "meetingModes"
  | "followUp"
  | "noJobAsk"
  | "subject"
  /** Voicemail scripts only: the student's name, and the number to call back, each said twice. */
  | "nameTwice"
  | "numberTwice"
  /** An empty draft: nothing is checked until there is text to check. */
  | "written"
  /** Thank-yous only (compose-purpose.ts): names one thing the person said. */
  | "takeaway";

export interface ComposerCheck {
  id: CheckId;
  ok: boolean;
  /** Blocking checks stop the message from being logged or sent. */
  blocking: boolean;
  message: string;
}

export interface Draft {
  subject?: string | null;
  body: string;
  /** LinkedIn notes and voicemail scripts have no subject. */
  channel: "EMAIL" | "LINKEDIN" | "VOICEMAIL" | "LETTER" | "OTHER";
  /** The contact's shared connection or referrer, to look for in the opening. */
  connection?: string | null;
  /** How far away the contact is, in km: a far one should be offered a call, not coffee. */
  distanceKm?: number | null;
  /** The student's name, for a voicemail to say twice. Unknown: that check is left out. */
  myName?: string | null;
}

export const WORD_LIMIT = 100;
export const WORD_TARGET = 75;
export const LINKEDIN_NOTE_LIMIT = 300;
const SUBJECT_LIMIT = 60;

const PLACEHOLDER = /\{\{\s*[\w.]+\s*\}\}|\[(?:name|company|employer|your name|topic)\]/gi;

export function countWords(text: string): number {
  return text.trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function unfilledPlaceholders(text: string): string[] {
  return [...new Set(text.match(PLACEHOLDER) ?? [])];
}

/** The part after the greeting: the first sentence or two a reader actually sees. */
function opening(body: string): string {
  const lines = body.split(/\n+/).map((l) => l.trim()).filter(Boolean);
  const withoutGreeting = /^(hi|hello|dear|hey|good (morning|afternoon))\b/i.test(lines[0] ?? "") && (lines[0]?.length ?? 0) < 40 ? lines.slice(1) : lines;
  return withoutGreeting.join(" ").split(/(?<=[.!?])\s+/).slice(0, 2).join(" ");
}

const CONNECTION_WORDS = /\b(fellow|alum(na|nus|ni)?|graduate|grad|classmate|referred|suggested|recommended|mutual|introduc|met you|we met|heard you (speak|talk)|your (talk|article|post|panel|presentation)|member of|chapter|prssa|through)\b/i;
const HOW_FOUND_WORDS = /\b(found (you|your)|came across|read your|saw your|your (article|post|profile|talk|panel)|alumni (directory|database|network)|linkedin|referred|suggested (i|that i)|gave me your|passed along|introduced)\b/i;
const TIME_ASK = /\b(20|30|twenty|thirty|15|fifteen)(\s*(-|–|to|or)\s*(20|30|twenty|thirty))?\s*(minutes?|mins?)\b/i;
// "Coffee in person" is one way to meet and "a video call" another: the words count by the way they name.
const MODES = /\b(in person|coffee|phone call|phone|video call|video|zoom call|zoom|teams|google meet|call)\b/gi;
type MeetingWay = "inPerson" | "phone" | "video";
function meetingWay(word: string): MeetingWay {
  if (word === "in person" || word === "coffee") return "inPerson";
  return /phone|^call$/.test(word) ? "phone" : "video";
}
const FOLLOW_UP = /\b(follow(ing)? up|i('|’)ll (reach out|check back|be in touch|write again|try you again|(also )?(send|drop) you an? (short |quick )?(email|note|line))|get back in touch|check back)\b/i;
// Letter-aware boundaries (\b is ASCII-only and misses “résumé”).
const JOB_WORDS = /(?<!\p{L})(jobs?|openings?|positions?|vacanc(y|ies)|hiring|hire me|roles? (at|on|with)|employment|r[ée]sum[ée]s?|cv|apply|application|internships?)(?!\p{L})/iu;

/**
 * What an empty draft shows instead of the checks: with nothing written, "every placeholder is
 * filled in" and "0 words: short enough" would be true but meaningless. It blocks, as the server
 * refuses an empty message too.
 */
export const WRITE_FIRST: ComposerCheck = { id: "written", ok: false, blocking: true, message: "Write your message first: the checks run as you type." };

export function checkDraft(draft: Draft): ComposerCheck[] {
  const body = draft.body ?? "";
  if (!body.trim()) return [WRITE_FIRST];
  const words = countWords(body);
  const placeholders = unfilledPlaceholders(`${draft.subject ?? ""}\n${body}`);
  const first = opening(body);
  const sentences = body.split(/(?<=[.!?])\s+/);
  const askSentence = sentences.find((s) => TIME_ASK.test(s));
  const ways = new Set((body.match(MODES) ?? []).map((m) => meetingWay(m.toLowerCase())));
  const connection = draft.connection?.trim();
  const mentionsConnection = (connection && first.toLowerCase().includes(connection.toLowerCase().replace(/^(referred by|fellow)\s+/i, ""))) || CONNECTION_WORDS.test(first);
  const job = body.match(JOB_WORDS)?.[0];

  const checks: ComposerCheck[] = [
    placeholders.length
      ? { id: "placeholders", ok: false, blocking: true, message: `Fill in ${placeholders.join(", ")} before sending.` }
      : { id: "placeholders", ok: true, blocking: true, message: "Every placeholder is filled in." },
    draft.channel === "LINKEDIN"
      ? body.length > LINKEDIN_NOTE_LIMIT
        ? { id: "length", ok: false, blocking: true, message: `LinkedIn notes stop at ${LINKEDIN_NOTE_LIMIT} characters: this one has ${body.length}.` }
        : { id: "length", ok: true, blocking: true, message: `${body.length} of ${LINKEDIN_NOTE_LIMIT} characters.` }
      : words > WORD_LIMIT
        ? { id: "length", ok: false, blocking: false, message: `${words.toLocaleString("en-US")} words: busy people skim. Aim for about ${WORD_TARGET}, at most ${WORD_LIMIT}.` }
        : { id: "length", ok: true, blocking: false, message: `${words} ${words === 1 ? "word" : "words"}: short enough to read on a phone.` },
    mentionsConnection
      ? { id: "connectionFirst", ok: true, blocking: false, message: "Opens with what you have in common." }
      : { id: "connectionFirst", ok: false, blocking: false, message: "Open with your connection (shared school, referrer, their article): it is why they will read on." },
    HOW_FOUND_WORDS.test(body)
      ? { id: "howFound", ok: true, blocking: false, message: "Says how you found them." }
      : { id: "howFound", ok: false, blocking: false, message: "Say how you found their name (alumni directory, a referral, their article)." },
    askSentence
      ? { id: "timeAsk", ok: true, blocking: false, message: "Asks for a short, specific amount of time." }
      : { id: "timeAsk", ok: false, blocking: false, message: "Ask for 20–30 minutes: a small, specific request is easy to say yes to." },
    askSentence && /\?\s*$/.test(askSentence.trim())
      ? { id: "askIsQuestion", ok: true, blocking: false, message: "The ask is a question, so they can simply answer it." }
      : { id: "askIsQuestion", ok: false, blocking: false, message: "Phrase the ask as a question (“Would you have 20 minutes…?”)." },
    meetingModesCheck(ways, draft.distanceKm),
    FOLLOW_UP.test(body)
      ? { id: "followUp", ok: true, blocking: false, message: "Says you will follow up." }
      : { id: "followUp", ok: false, blocking: false, message: "Say you will follow up in a week or so: it takes the burden off them." },
    job
      ? { id: "noJobAsk", ok: false, blocking: false, message: `Mentions “${job}”: an informational interview is about learning, and a job ask breaks trust.` }
      : { id: "noJobAsk", ok: true, blocking: false, message: "No mention of jobs, openings or your résumé." },
  ];
  if (draft.channel === "EMAIL" || draft.channel === "LETTER") {
    const subject = draft.subject?.trim() ?? "";
    checks.push(
      !subject
        ? { id: "subject", ok: false, blocking: false, message: "Add a subject line, e.g. “Fellow OSU grad: 20 minutes on agency life?”" }
        : subject.length > SUBJECT_LIMIT
          ? { id: "subject", ok: false, blocking: false, message: `Shorten the subject to under ${SUBJECT_LIMIT} characters so it shows in full.` }
          : { id: "subject", ok: true, blocking: false, message: "Short subject line." },
    );
  }
  if (draft.channel === "VOICEMAIL") checks.push(...voicemailChecks(body, draft.myName));
  return checks;
}

// A phone number as said in a script: 7 to 15 digits with spaces, dots, dashes or brackets between;
// or the {{myPhone}} placeholder a template says it with, before the student fills it in.
const PHONE_NUMBER = /\{\{\s*myPhone\s*\}\}|\+?\(?\d[\d\s().-]{5,}\d/g;

/**
 * A voicemail is heard once, at speed, often while driving (product.md's voicemail script): the
 * caller's name and number each said twice, so the number can be written down the second time.
 */
function voicemailChecks(body: string, myName: string | null | undefined): ComposerCheck[] {
  const numbers = (body.match(PHONE_NUMBER) ?? [])
    .map((n) => (n.includes("{") ? "myPhone" : n.replace(/\D/g, "")))
    .filter((n) => n === "myPhone" || (n.length >= 7 && n.length <= 15));
  const timesSaid = Math.max(0, ...[...new Set(numbers)].map((n) => numbers.filter((m) => m === n).length));
  const checks: ComposerCheck[] = [
    timesSaid >= 2
      ? { id: "numberTwice", ok: true, blocking: false, message: "Says your number twice, so they can write it down." }
      : timesSaid === 1
        ? { id: "numberTwice", ok: false, blocking: false, message: "Say your number again at the end: the first time, they are reaching for a pen." }
        : { id: "numberTwice", ok: false, blocking: false, message: "Say your phone number, slowly, twice: once early and once at the end." },
  ];
  const firstName = myName?.trim().split(/\s+/)[0];
  if (firstName) {
    const said = body.match(new RegExp(`(?<!\\p{L})(${escapeRegExp(firstName)}|\\{\\{\\s*my(First)?Name\\s*\\}\\})(?!\\p{L})`, "giu"))?.length ?? 0;
    checks.unshift(
      said >= 2
        ? { id: "nameTwice", ok: true, blocking: false, message: "Says your name at the start and again at the end." }
        : { id: "nameTwice", ok: false, blocking: false, message: `Say your name, ${firstName}, at the start and again at the end: they may not catch it the first time.` },
    );
  }
  return checks;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Whether the request offers ways to meet that suit the contact. Two or more in general; for one
 * too far away for coffee (distance.ts), a call or video is what matters, and coffee alone misses.
 */
function meetingModesCheck(ways: Set<MeetingWay>, distanceKm: number | null | undefined): ComposerCheck {
  if (distanceKm != null && distanceKm > IN_PERSON_KM) {
    const away = `${formatDistance(distanceKm)} away`;
    return ways.has("phone") || ways.has("video")
      ? { id: "meetingModes", ok: true, blocking: false, message: `Offers a call or video: right for someone ${away}.` }
      : { id: "meetingModes", ok: false, blocking: false, message: `They are ${away}: offer a phone or video call rather than meeting in person.` };
  }
  return ways.size >= 2
    ? { id: "meetingModes", ok: true, blocking: false, message: "Offers more than one way to meet." }
    : { id: "meetingModes", ok: false, blocking: false, message: "Offer in person, phone or video, so meeting is easy for them." };
}

/** Whether a draft may be logged or sent: only blocking checks decide. */
export function canSend(checks: ComposerCheck[]): boolean {
  return checks.every((c) => c.ok || !c.blocking);
}

export interface PlaceholderValues {
  [name: string]: string | null | undefined;
}

/** Fills {{name}} placeholders with known values; unknown or empty ones stay, so checks catch them. */
export function fillTemplate(text: string, values: PlaceholderValues): string {
  return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => {
    const value = values[name]?.trim();
    return value ? value : whole;
  });
}

/**
 * A template filled in for a contact. An appendix (a thank-you's résumé line) goes in as its own
 * paragraph before the last one, the sign-off; a one-paragraph text gets it at the end.
 */
export function draftFromTemplate(
  template: { subject: string | null; body: string },
  values: PlaceholderValues,
  appendix?: string | null,
): { subject: string; body: string } {
  let body = fillTemplate(template.body, values);
  if (appendix) {
    const paragraphs = body.split(/\n\s*\n/);
    body = paragraphs.length > 1 ? [...paragraphs.slice(0, -1), appendix, paragraphs.at(-1)].join("\n\n") : `${body}\n\n${appendix}`;
  }
  return { subject: template.subject ? fillTemplate(template.subject, values) : "", body };
}

// ---------------------------------------------------------------------------
// Templates: which placeholders exist, and what a template of each kind is checked as
// ---------------------------------------------------------------------------

export type TemplateKindName = "OUTREACH_EMAIL" | "LINKEDIN_NOTE" | "FOLLOW_UP" | "THANK_YOU" | "VOICEMAIL" | "TOUCH";

export interface KnownPlaceholder {
  name: string;
  meaning: string;
  /** contact / profile: the composer fills it in; you: the student types it before sending. */
  filledFrom: "contact" | "profile" | "you";
}

/** Every `{{name}}` a template may use: the composer fills the first ones, the student the rest. */
export const KNOWN_PLACEHOLDERS: readonly KnownPlaceholder[] = [
  { name: "firstName", meaning: "The contact's first name.", filledFrom: "contact" },
  { name: "lastName", meaning: "The contact's last name.", filledFrom: "contact" },
  { name: "name", meaning: "The contact's full name.", filledFrom: "contact" },
  { name: "employer", meaning: "Where the contact works.", filledFrom: "contact" },
  { name: "title", meaning: "The contact's job title.", filledFrom: "contact" },
  { name: "connection", meaning: "What you share: a school, a referrer, their article.", filledFrom: "contact" },
  { name: "referrer", meaning: "Who referred you to the contact (filled in when they came as a referral).", filledFrom: "contact" },
  { name: "myName", meaning: "Your full name.", filledFrom: "profile" },
  { name: "myFirstName", meaning: "Your first name.", filledFrom: "profile" },
  { name: "topic", meaning: "The field or subject you want to learn about.", filledFrom: "you" },
  { name: "myPhone", meaning: "Your phone number (say it twice in a voicemail).", filledFrom: "you" },
  { name: "takeaway", meaning: "One thing they said that stayed with you (a thank-you fills it from your notes).", filledFrom: "you" },
  { name: "link", meaning: "A link you share: the article, the event page.", filledFrom: "you" },
  { name: "event", meaning: "The event you invite them to, with its date.", filledFrom: "you" },
  { name: "news", meaning: "Their news you congratulate them on.", filledFrom: "you" },
];

const KNOWN_NAMES = new Set(KNOWN_PLACEHOLDERS.map((p) => p.name));

/** `{{…}}` placeholders whose name is not one the composer knows, as written (`{{ compnay }}`). */
export function unknownPlaceholders(text: string): string[] {
  const unknown: string[] = [];
  for (const match of text.matchAll(/\{\{([^{}\n]*)\}\}/g)) {
    const name = (match[1] ?? "").trim();
    if (!KNOWN_NAMES.has(name) && !unknown.includes(match[0])) unknown.push(match[0]);
  }
  return unknown;
}

/** Email-like kinds carry a subject line; LinkedIn notes and voicemail scripts do not. */
export function templateHasSubject(kind: TemplateKindName): boolean {
  return kind !== "LINKEDIN_NOTE" && kind !== "VOICEMAIL";
}

/** The channel a template of this kind is checked as, the same one the composer picks for it. */
export function templateChannel(kind: TemplateKindName): Draft["channel"] {
  return kind === "LINKEDIN_NOTE" ? "LINKEDIN" : kind === "VOICEMAIL" ? "VOICEMAIL" : "EMAIL";
}

// ---------------------------------------------------------------------------
// The channel a new draft starts on, and drafts kept while the student writes
// ---------------------------------------------------------------------------

export type ComposeChannel = "EMAIL" | "LINKEDIN" | "PHONE" | "VOICEMAIL" | "LETTER" | "IN_PERSON" | "OTHER";

/** How a contact can be reached: what is on their record. */
export interface ContactReach {
  email?: string | null;
  linkedinUrl?: string | null;
  phone?: string | null;
}

const has = (value: string | null | undefined) => Boolean(value?.trim());

/**
 * The channel the composer starts on. With a template, the template's own channel (a LinkedIn
 * note, a voicemail script, an email): an email-length template on the LinkedIn channel would be
 * blocked by the 300-character note limit. Without one, a channel the contact can actually be
 * reached on: email when there is an address, then LinkedIn, then the phone, and "Other" for a
 * contact with none of them (the student says how).
 */
export function defaultChannel(reach: ContactReach, templateKind?: TemplateKindName | null): ComposeChannel {
  if (templateKind) return templateChannel(templateKind) as ComposeChannel;
  if (has(reach.email)) return "EMAIL";
  if (has(reach.linkedinUrl)) return "LINKEDIN";
  if (has(reach.phone)) return "PHONE";
  return "OTHER";
}

/** A draft in the composer: the template it started from, its channel, subject and text. */
export interface ComposerDraft {
  templateId: string;
  channel: ComposeChannel;
  subject: string;
  body: string;
}

/** Whether a draft holds anything the student would mind losing (a subject or text). */
export function draftHasText(draft: Pick<ComposerDraft, "subject" | "body">): boolean {
  return draft.subject.trim() !== "" || draft.body.trim() !== "";
}

/** Same words in the same places: the channel and template chosen don't count as typing. */
export function sameDraftText(a: Pick<ComposerDraft, "subject" | "body">, b: Pick<ComposerDraft, "subject" | "body">): boolean {
  return a.subject === b.subject && a.body === b.body;
}

/**
 * Applying a template over `previous`: it can be undone when it replaced text (the student's own or
 * an edited earlier template) with something different. Nothing to undo over an empty box.
 */
export function templateReplacesText(previous: ComposerDraft, next: ComposerDraft): boolean {
  return draftHasText(previous) && !sameDraftText(previous, next);
}

const CHANNEL_NAMES: readonly ComposeChannel[] = ["EMAIL", "LINKEDIN", "PHONE", "VOICEMAIL", "LETTER", "IN_PERSON", "OTHER"];

/** A draft read back from storage, or null when it is not one (an old shape, tampering, junk). */
export function parseStoredDraft(raw: string | null): ComposerDraft | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== "object" || value === null) return null;
    const { templateId, channel, subject, body } = value as Record<string, unknown>;
    if (typeof templateId !== "string" || typeof subject !== "string" || typeof body !== "string") return null;
    if (!CHANNEL_NAMES.includes(channel as ComposeChannel)) return null;
    return { templateId, channel: channel as ComposeChannel, subject, body };
  } catch {
    return null;
  }
}
