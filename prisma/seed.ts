// The demo data: one student's full pipeline (Maya Chen), her career centre's cohort and her PRSSA
// chapter's shared list. Seeded on an empty database only, in one transaction, with dates relative
// to `now` so the demo always looks current. Everything is deterministic: ids and invite codes come
// from a seeded generator, not Math.random.
import bcrypt from "bcryptjs";
import type { Prisma, PrismaClient } from "../lib/generated/prisma/client";
import {
  Channel,
  ClaimOutcome,
  ConsentLevel,
  HowFound,
  MeetingMode,
  MeetingStatus,
  NoteKind,
  OrganisationKind,
  OutreachKind,
  ReminderRule,
  ReminderStatus,
  ReplyStatus,
  ResourceKind,
  Role,
  Rsvp,
  SharedStatus,
  Stage,
} from "../lib/generated/prisma/enums";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../lib/demo";
import { BUILT_IN_QUESTIONS, BUILT_IN_TEMPLATES, type QuestionKey } from "./built-ins";
import { keepInTouchState } from "../lib/domain/keep-in-touch";
import { contactPriority } from "../lib/domain/priority";
import { CHANNEL_LABELS } from "../lib/domain/format";
import { stageIndex } from "../lib/domain/stages";

/** Seeds the demo on an empty database; returns false (and writes nothing) when any user exists. */
export async function seedDemoIfEmpty(prisma: PrismaClient, now: Date = new Date()): Promise<boolean> {
  // Cheap early exit, so an app start on a seeded database never pays for the password hash.
  if (await prisma.user.findFirst({ select: { id: true } })) return false;
  const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 10);
  const demo = buildDemo(now, passwordHash);
  return prisma.$transaction(
    async (tx) => {
      // Two app instances starting together on an empty database: the second waits here, then sees
      // the first one's users and writes nothing.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
      if (await tx.user.findFirst({ select: { id: true } })) return false;
      // A database started once without the demo has the built-ins (prisma/built-ins.ts) but no
      // user, so nothing refers to them: the demo's own copies, which its agendas pick, replace them.
      await tx.question.deleteMany({ where: { ownerId: null } });
      await tx.template.deleteMany({ where: { ownerId: null } });
      await insertDemo(tx, demo);
      return true;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

const SEED_LOCK_KEY = 72707370;

// ---------------------------------------------------------------------------
// Deterministic ids and codes
// ---------------------------------------------------------------------------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Ids {
  private readonly random: () => number;
  private readonly seen = new Set<string>();
  constructor(seed: number) {
    this.random = mulberry32(seed);
  }
  private chars(alphabet: string, length: number): string {
    let out = "";
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.random() * alphabet.length)] ?? "x";
    return out;
  }
  /** A cuid-shaped id: "c" and 24 base-36 characters. */
  id(): string {
    const value = `c${this.chars("0123456789abcdefghijklmnopqrstuvwxyz", 24)}`;
    if (this.seen.has(value)) throw new Error(`Seed produced a duplicate id ${value}`);
    this.seen.add(value);
    return value;
  }
  /** An invitation code without look-alike characters, e.g. "K7QM-2XPA". */
  code(): string {
    return this.groups(2);
  }
  staffCode(): string {
    return this.groups(7);
  }
  private groups(count: number): string {
    const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    return Array.from({ length: count }, () => this.chars(alphabet, 4)).join("-");
  }
  hex(length: number): string {
    return this.chars("0123456789abcdef", length);
  }
  letters(length: number): string {
    return this.chars("abcdefghijklmnopqrstuvwxyz", length);
  }
  digits(length: number): string {
    return this.chars("0123456789", length);
  }
}

// ---------------------------------------------------------------------------
// Time: the demo users live in New York; business days skip weekends and their holidays
// ---------------------------------------------------------------------------

const ZONE = "America/New_York";
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

const zoneFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
});

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(date: Date): WallClock {
  const parts = zoneFormat.formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? "0");
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

/** Days since 1970-01-01 of the New York calendar date of `date`. */
function civilDay(date: Date): number {
  const w = wallClock(date);
  return Date.UTC(w.year, w.month - 1, w.day) / DAY_MS;
}

function zoneOffset(date: Date): number {
  const w = wallClock(date);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

/** The instant at which New York's clocks show `hour:minute` on civil day `day`. */
function zonedTime(day: number, hour: number, minute = 0): Date {
  const wall = day * DAY_MS + (hour * 60 + minute) * MINUTE_MS;
  let utc = wall - zoneOffset(new Date(wall));
  utc = wall - zoneOffset(new Date(utc));
  return new Date(utc);
}

function thanksgivingDay(year: number): number {
  const first = Date.UTC(year, 10, 1) / DAY_MS;
  const weekday = new Date(first * DAY_MS).getUTCDay();
  return first + ((4 - weekday + 7) % 7) + 21;
}

class Calendar {
  readonly today: number;
  constructor(
    readonly now: Date,
    private readonly holidays: ReadonlySet<number>,
  ) {
    this.today = civilDay(now);
  }
  isBusinessDay(day: number): boolean {
    const weekday = new Date(day * DAY_MS).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !this.holidays.has(day);
  }
  shift(day: number, businessDays: number): number {
    let d = day;
    let left = Math.abs(businessDays);
    const step = Math.sign(businessDays);
    while (left > 0) {
      d += step;
      if (this.isBusinessDay(d)) left--;
    }
    return d;
  }
  /** `n` business days ago, at `hour:minute` New York time. */
  ago(n: number, hour: number, minute = 0): Date {
    return zonedTime(this.shift(this.today, -n), hour, minute);
  }
  /** `n` business days from today, at `hour:minute` New York time. */
  ahead(n: number, hour: number, minute = 0): Date {
    return zonedTime(this.shift(this.today, n), hour, minute);
  }
  daysAgo(n: number, hour: number, minute = 0): Date {
    return zonedTime(this.today - n, hour, minute);
  }
  addBusinessDays(date: Date, n: number): Date {
    const w = wallClock(date);
    return zonedTime(this.shift(civilDay(date), n), w.hour, w.minute);
  }
  addMonths(date: Date, months: number): Date {
    const w = wallClock(date);
    const target = new Date(Date.UTC(w.year, w.month - 1 + months, 1));
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    const day = Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(w.day, lastDay)) / DAY_MS;
    return zonedTime(day, w.hour, w.minute);
  }
  /** A time later today (New York) that has not passed yet: 5 pm, or within the hour when it is later. */
  dueToday(): Date {
    const fivePm = zonedTime(this.today, 17);
    if (fivePm.getTime() - this.now.getTime() >= HOUR_MS) return fivePm;
    const endOfDay = zonedTime(this.today + 1, 0).getTime() - MINUTE_MS;
    const at = Math.min(this.now.getTime() + HOUR_MS, endOfDay);
    return new Date(at > this.now.getTime() ? at : this.now.getTime() + 30_000);
  }
}

// ---------------------------------------------------------------------------
// Rows, in insertion order
// ---------------------------------------------------------------------------

interface DemoRows {
  users: Prisma.UserCreateManyInput[];
  organisations: Prisma.OrganisationCreateManyInput[];
  memberships: Prisma.MembershipCreateManyInput[];
  cohorts: Prisma.CohortCreateManyInput[];
  cohortMembers: Prisma.CohortMemberCreateManyInput[];
  questions: Prisma.QuestionCreateManyInput[];
  templates: Prisma.TemplateCreateManyInput[];
  sharedContacts: Prisma.SharedContactCreateManyInput[];
  claims: Prisma.ClaimCreateManyInput[];
  contacts: Prisma.ContactCreateManyInput[];
  /** Contacts referred by another contact, inserted after their referrers. */
  referredContacts: Prisma.ContactCreateManyInput[];
  stageChanges: Prisma.StageChangeCreateManyInput[];
  outreach: Prisma.OutreachAttemptCreateManyInput[];
  meetings: Prisma.MeetingCreateManyInput[];
  attendees: Prisma.MeetingAttendeeCreateManyInput[];
  agendaItems: Prisma.AgendaItemCreateManyInput[];
  notes: Prisma.NoteCreateManyInput[];
  actionItems: Prisma.ActionItemCreateManyInput[];
  resources: Prisma.ResourceCreateManyInput[];
  pitches: Prisma.PitchCreateManyInput[];
  holidays: Prisma.HolidayCreateManyInput[];
  reminders: Prisma.ReminderCreateManyInput[];
}

async function insertDemo(tx: Prisma.TransactionClient, rows: DemoRows): Promise<void> {
  const many = async <T>(data: T[], insert: (data: T[]) => Promise<unknown>) => {
    if (data.length) await insert(data);
  };
  await many(rows.users, (data) => tx.user.createMany({ data }));
  await many(rows.organisations, (data) => tx.organisation.createMany({ data }));
  await many(rows.memberships, (data) => tx.membership.createMany({ data }));
  await many(rows.cohorts, (data) => tx.cohort.createMany({ data }));
  await many(rows.cohortMembers, (data) => tx.cohortMember.createMany({ data }));
  await many(rows.questions, (data) => tx.question.createMany({ data }));
  await many(rows.templates, (data) => tx.template.createMany({ data }));
  await many(rows.sharedContacts, (data) => tx.sharedContact.createMany({ data }));
  await many(rows.claims, (data) => tx.claim.createMany({ data }));
  await many(rows.contacts, (data) => tx.contact.createMany({ data }));
  await many(rows.referredContacts, (data) => tx.contact.createMany({ data }));
  await many(rows.stageChanges, (data) => tx.stageChange.createMany({ data }));
  await many(rows.outreach, (data) => tx.outreachAttempt.createMany({ data }));
  await many(rows.meetings, (data) => tx.meeting.createMany({ data }));
  await many(rows.attendees, (data) => tx.meetingAttendee.createMany({ data }));
  await many(rows.agendaItems, (data) => tx.agendaItem.createMany({ data }));
  await many(rows.notes, (data) => tx.note.createMany({ data }));
  await many(rows.actionItems, (data) => tx.actionItem.createMany({ data }));
  await many(rows.resources, (data) => tx.resource.createMany({ data }));
  await many(rows.pitches, (data) => tx.pitch.createMany({ data }));
  await many(rows.holidays, (data) => tx.holiday.createMany({ data }));
  await many(rows.reminders, (data) => tx.reminder.createMany({ data }));
}

// ---------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------

const MAYA_PHONE = "(614) 555-0186";

const OTHER_STUDENTS = [
  { key: "sam", email: "sam@demo.rapport.app", name: "Sam Okafor" },
  { key: "lena", email: "lena@demo.rapport.app", name: "Lena Novak" },
  { key: "diego", email: "diego@demo.rapport.app", name: "Diego Ramírez" },
  { key: "hannah", email: "hannah@demo.rapport.app", name: "Hannah Kim" },
] as const;

type OtherStudentKey = (typeof OTHER_STUDENTS)[number]["key"];

function demoAccount(role: (typeof DEMO_ACCOUNTS)[number]["role"]): { email: string; name: string } {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!account) throw new Error(`lib/demo.ts has no ${role} account`);
  return account;
}

function firstName(name: string): string {
  return name.split(" ")[0] ?? name;
}

function ascii(value: string): string {
  return value.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

function slug(value: string): string {
  return ascii(value)
    .replace(/&/g, " ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .replace(/^the-/, "");
}

/** A plausible address on a reserved domain (RFC 2606), so the demo can never email a real person. */
function demoEmail(name: string, employer: string, domainLabel?: string): string {
  const parts = ascii(name).replace(/[^a-z ]/g, "").split(" ").filter(Boolean);
  const domain = domainLabel ?? slug(employer).split("-").slice(0, 2).join("");
  return `${parts[0] ?? "contact"}.${parts[parts.length - 1] ?? "demo"}@${domain}.example`;
}

// ---------------------------------------------------------------------------
// Maya's pipeline
// ---------------------------------------------------------------------------

interface MeetingSpec {
  startsAt: Date;
  minutes: 20 | 30;
  mode: MeetingMode;
  location: string;
  cancelledAt?: Date;
  cancelReason?: string;
  research?: string;
  businessCard?: boolean;
  sendResume?: boolean;
}

interface TouchSpec {
  at: Date;
  channel: Channel;
  subject?: string;
  body: string;
}

interface MayaContactSpec {
  key: string;
  name: string;
  title: string;
  employer: string;
  industry: string;
  location: string;
  distanceKm: number;
  howFound: HowFound;
  connection: string;
  motivation: number;
  alumni?: boolean;
  postings?: number;
  tags: string[];
  email?: boolean;
  /** The part of the email domain before ".example", when the employer's name makes a clumsy one. */
  domain?: string;
  linkedin?: boolean;
  phone?: string;
  stage: Stage;
  referredBy?: string;
  sharedContact?: SharedKey;
  notes?: string;
  doNotContact?: boolean;
  archivedAt?: Date;
  keepInTouchMonths?: number;
  /** What the outreach says she wants to learn about. */
  topic?: string;
  /** The message's first sentence: the shared connection and how she found the name. */
  opener?: string;
  subject?: string;
  found: Date;
  sent?: { at: Date; channel: Channel };
  followUp?: { at: Date; channel: Channel; body?: string };
  reply?: { at: Date; status?: "REPLIED" | "DECLINED" };
  meeting?: MeetingSpec;
  thank?: { at: Date; channel?: Channel; repliedAfterHours?: number };
  followUpStageAt?: Date;
  touches?: TouchSpec[];
  takeaway?: string;
  generalNote?: string;
}

type SharedKey =
  | "rachel"
  | "tanya"
  | "hector"
  | "elena"
  | "greg"
  | "priscilla"
  | "carla"
  | "wei"
  | "natalie"
  | "ibrahim";

function mayaContacts(cal: Calendar): MayaContactSpec[] {
  const ago = (n: number, hour: number, minute = 0) => cal.ago(n, hour, minute);
  const ahead = (n: number, hour: number, minute = 0) => cal.ahead(n, hour, minute);
  // David's meeting was yesterday evening, so his thank-you falls due later today.
  const davidDone = new Date(cal.dueToday().getTime() - 24 * HOUR_MS);
  const davidStart = new Date(davidDone.getTime() - 30 * MINUTE_MS);

  return [
    // ----- find -----
    {
      key: "zoe", name: "Zoë Müller", title: "Senior Account Executive", employer: "Weber Shandwick", industry: "Public relations",
      location: "Chicago, IL", distanceKm: 570, howFound: HowFound.LINKEDIN, connection: "2nd-degree connection through Prof. Hartman",
      motivation: 4, postings: 2, tags: ["pr", "agency", "chicago"], linkedin: true, stage: Stage.FIND, found: ago(7, 21, 10),
    },
    {
      key: "marcus", domain: "wosu", name: "Marcus Bell", title: "Digital Producer", employer: "WOSU Public Media", industry: "Journalism",
      location: "Columbus, OH", distanceKm: 4, howFound: HowFound.ALUMNI, connection: "Fellow OSU grad (class of 2019)",
      motivation: 3, alumni: true, tags: ["journalism", "public-media", "columbus"], email: true, linkedin: true, stage: Stage.FIND, found: ago(15, 19, 30),
    },
    {
      key: "aiko", name: "Aiko Tanaka", title: "Social Media Manager", employer: "Spotify", industry: "Marketing",
      location: "New York, NY", distanceKm: 860, howFound: HowFound.ARTICLE_AUTHOR, connection: "Wrote the PRWeek piece on creator-led campaigns",
      motivation: 5, postings: 3, tags: ["marketing", "social", "nyc", "dream-employer"], linkedin: true, stage: Stage.FIND, found: ago(3, 22, 5),
    },
    {
      key: "fernando", domain: "nationwidechildrens", name: "Fernando Ríos", title: "Communications Specialist", employer: "Nationwide Children's Hospital", industry: "Healthcare communications",
      location: "Columbus, OH", distanceKm: 6, howFound: HowFound.EVENT, connection: "Met at the Fall Career Fair; he offered to talk",
      motivation: 3, alumni: true, postings: 1, tags: ["healthcare", "columbus"], email: true, phone: "(614) 555-0119", stage: Stage.FIND, found: ago(22, 16, 40),
      notes: "Advocate: said to mention the career fair when I write.",
    },
    {
      key: "grace", name: "Grace O'Connor", title: "Brand Strategist", employer: "Ogilvy", industry: "Advertising",
      location: "New York, NY", distanceKm: 860, howFound: HowFound.LINKEDIN, connection: "Both PRSSA members in college",
      motivation: 4, postings: 1, tags: ["advertising", "brand", "nyc"], linkedin: true, stage: Stage.FIND, found: ago(12, 20, 15),
    },
    {
      key: "rebecca", name: "Rebecca Lindqvist", title: "Director of Corporate Communications", employer: "Cardinal Health", industry: "Corporate communications",
      location: "Dublin, OH", distanceKm: 22, howFound: HowFound.ALUMNI, connection: "Fellow OSU grad (School of Communication alumni directory)",
      motivation: 3, alumni: true, postings: 2, tags: ["corporate", "columbus"], email: true, stage: Stage.FIND, found: ago(19, 18, 0),
    },
    {
      key: "kwame", name: "Kwame Mensah", title: "Account Supervisor", employer: "Ologie", industry: "Public relations",
      location: "Columbus, OH", distanceKm: 3, howFound: HowFound.EVENT, connection: "Spoke at the PRSSA October meeting",
      motivation: 4, alumni: true, postings: 1, tags: ["pr", "agency", "columbus"], email: true, linkedin: true, stage: Stage.FIND, found: ago(6, 20, 45),
    },
    {
      key: "sofia", name: "Sofia Petrov", title: "Content Strategist", employer: "Patagonia", industry: "Marketing",
      location: "Ventura, CA", distanceKm: 3200, howFound: HowFound.LINKEDIN, connection: "Same outdoor-storytelling LinkedIn group",
      motivation: 5, tags: ["marketing", "purpose-driven", "dream-employer"], linkedin: true, stage: Stage.FIND, found: ago(2, 21, 30),
    },
    {
      key: "harper", name: "Harper Nguyen", title: "Producer, Morning Edition", employer: "NPR", industry: "Journalism",
      location: "Washington, DC", distanceKm: 530, howFound: HowFound.REFERRAL, connection: "Referred by Michelle Okoro",
      motivation: 5, tags: ["journalism", "audio", "referral"], email: true, stage: Stage.FIND, referredBy: "michelle", found: ago(2, 19, 0),
      notes: "Michelle's former colleague at WBNS. Michelle said to mention her by name.",
    },
    {
      key: "ethan", name: "Ethan Brooks", title: "Group Account Director", employer: "Edelman", industry: "Public relations",
      location: "Chicago, IL", distanceKm: 570, howFound: HowFound.LINKEDIN, connection: "Works on Priya Shah's team at Edelman",
      motivation: 3, postings: 3, tags: ["pr", "agency", "chicago"], linkedin: true, stage: Stage.FIND, found: ago(5, 13, 20),
      notes: "Second person at Edelman, in case Priya doesn't reply.",
    },
    {
      key: "chloe", domain: "wexarts", name: "Chloé Dubois", title: "Communications Manager", employer: "Wexner Center for the Arts", industry: "Arts communications",
      location: "Columbus, OH", distanceKm: 2, howFound: HowFound.OTHER, connection: "Friend of my roommate's sister",
      motivation: 2, tags: ["arts", "columbus"], email: true, stage: Stage.FIND, found: ago(40, 18, 0), archivedAt: ago(20, 9, 15),
      notes: "Moved to Montréal and left the Wexner Center. Archived.",
    },
    {
      key: "derek", name: "Derek Olsen", title: "VP, Marketing", employer: "Big Lots", industry: "Retail marketing",
      location: "Columbus, OH", distanceKm: 15, howFound: HowFound.LINKEDIN, connection: "Alumni panel speaker (2024)",
      motivation: 2, postings: 1, tags: ["retail", "columbus"], linkedin: true, stage: Stage.FIND, found: ago(25, 17, 0), doNotContact: true,
      notes: "The career center says he asked not to be contacted by students this year.",
    },
    {
      key: "carla", name: "Carla Jensen", title: "VP, Corporate Communications", employer: "Huntington Bank", industry: "Corporate communications",
      location: "Columbus, OH", distanceKm: 3, howFound: HowFound.CHAPTER_LIST, connection: "PRSSA chapter list",
      motivation: 3, tags: ["finance", "columbus"], stage: Stage.FIND, found: ago(13, 20, 0), doNotContact: true,
      notes: "Marked do-not-contact on the chapter list. Don't reach out.",
    },

    // ----- outreach -----
    {
      key: "priya", name: "Priya Shah", title: "Account Executive", employer: "Edelman", industry: "Public relations",
      location: "Chicago, IL", distanceKm: 570, howFound: HowFound.ALUMNI, connection: "Fellow OSU grad (class of 2022)",
      motivation: 5, alumni: true, postings: 3, tags: ["pr", "agency", "chicago", "dream-employer"], email: true, linkedin: true, stage: Stage.OUTREACH,
      topic: "agency PR", opener: "As a fellow Buckeye, I found your name in the Ohio State alumni directory.", subject: "A fellow Buckeye with a question about agency PR",
      found: ago(10, 19, 30), sent: { at: ago(8, 9, 40), channel: Channel.EMAIL },
    },
    {
      key: "daniel", name: "Daniel Kim", title: "Media Relations Manager", employer: "OhioHealth", industry: "Healthcare communications",
      location: "Columbus, OH", distanceKm: 9, howFound: HowFound.ARTICLE_AUTHOR, connection: "Quoted in the Dispatch story on hospital media policy",
      motivation: 3, postings: 1, tags: ["healthcare", "media-relations", "columbus"], email: true, stage: Stage.OUTREACH,
      topic: "healthcare media relations", opener: "I read your comments in the Dispatch's story on hospital media policy, which is how I found your name.",
      subject: "Your comments in the Dispatch", found: ago(6, 20, 0), sent: { at: ago(4, 10, 15), channel: Channel.EMAIL },
    },
    {
      key: "jose", name: "José Álvarez", title: "Multicultural Marketing Lead", employer: "Procter & Gamble", industry: "Marketing",
      location: "Cincinnati, OH", distanceKm: 170, howFound: HowFound.EVENT, connection: "Keynote at the Ohio Latino Marketing Summit",
      motivation: 4, postings: 2, tags: ["marketing", "multicultural", "cpg"], email: true, linkedin: true, stage: Stage.OUTREACH,
      topic: "multicultural marketing", opener: "I heard your keynote at the Ohio Latino Marketing Summit and found your name in the program.",
      subject: "Your keynote at the Ohio Latino Marketing Summit",
      found: ago(14, 18, 30), sent: { at: ago(12, 9, 0), channel: Channel.EMAIL }, followUp: { at: ago(4, 9, 30), channel: Channel.EMAIL },
    },
    {
      key: "emily", domain: "penguinrandomhouse", name: "Emily Carter", title: "Senior Publicist", employer: "Penguin Random House", industry: "Publishing",
      location: "New York, NY", distanceKm: 860, howFound: HowFound.LINKEDIN, connection: "Former editor of The Lantern, like me",
      motivation: 4, tags: ["publishing", "nyc"], email: true, linkedin: true, stage: Stage.OUTREACH,
      topic: "book publicity", opener: "We both edited The Lantern at Ohio State, which is how your LinkedIn profile came up.",
      subject: "From one Lantern editor to another", found: ago(8, 21, 0), sent: { at: ago(6, 10, 0), channel: Channel.EMAIL },
      reply: { at: ago(4, 15, 20), status: "DECLINED" },
      notes: "Kindly declined: swamped with the spring catalog until January. Suggested I try again in the new year.",
    },
    {
      key: "nathan", name: "Nathan Brooks", title: "Editor", employer: "Columbus Underground", industry: "Journalism",
      location: "Columbus, OH", distanceKm: 3, howFound: HowFound.ARTICLE_AUTHOR, connection: "Wrote the series on Columbus's music venues",
      motivation: 3, tags: ["journalism", "local", "columbus"], linkedin: true, stage: Stage.OUTREACH,
      topic: "local digital news", opener: "Your series on Columbus's music venues is how I found your name.",
      found: ago(30, 20, 0), sent: { at: ago(28, 11, 0), channel: Channel.LINKEDIN }, followUp: { at: ago(21, 11, 30), channel: Channel.LINKEDIN },
      notes: "No reply after one follow-up. Dormant; maybe try again next term.",
    },
    {
      key: "olivia", name: "Olivia Martínez", title: "Communications Associate", employer: "The Nature Conservancy", industry: "Nonprofit communications",
      location: "Dublin, OH", distanceKm: 24, howFound: HowFound.ALUMNI, connection: "Fellow OSU grad (environmental science and communication)",
      motivation: 4, alumni: true, tags: ["nonprofit", "environment"], email: true, stage: Stage.OUTREACH,
      topic: "nonprofit communications", opener: "As a fellow Buckeye, I found your name through the School of Communication's alumni network.",
      subject: "A fellow Buckeye curious about nonprofit communications",
      found: ago(18, 19, 0), sent: { at: ago(16, 9, 15), channel: Channel.EMAIL }, reply: { at: ago(14, 13, 0) },
      meeting: {
        startsAt: ago(3, 14, 0), minutes: 30, mode: MeetingMode.VIDEO, location: "", cancelledAt: ago(5, 8, 45),
        cancelReason: "Meeting cancelled: Olivia had a board meeting. Asked her for new times.",
      },
      followUp: {
        at: ago(2, 10, 0), channel: Channel.EMAIL,
        body: "Hi Olivia,\n\nNo worries at all about last week. Would any 30 minutes next Tuesday or Thursday afternoon work for a video call instead? Happy to fit your schedule.\n\nThank you,\nMaya",
      },
    },
    {
      key: "rachel", name: "Rachel Goldberg", title: "Senior Vice President", employer: "Fahlgren Mortine", industry: "Public relations",
      location: "Columbus, OH", distanceKm: 8, howFound: HowFound.CHAPTER_LIST, connection: "PRSSA chapter mentor (OSU '08)",
      motivation: 5, alumni: true, postings: 2, tags: ["pr", "agency", "columbus", "chapter"], email: true, linkedin: true, stage: Stage.OUTREACH, sharedContact: "rachel",
      topic: "agency PR in Columbus", opener: "Our PRSSA chapter lists you as a mentor happy to talk with students, which is how I found your name.",
      subject: "PRSSA Ohio State: a question about agency PR", found: ago(3, 11, 0), sent: { at: ago(2, 9, 30), channel: Channel.EMAIL },
    },
    {
      key: "ben", name: "Ben Adeyemi", title: "Media Strategist", employer: "Ketchum", industry: "Public relations",
      location: "New York, NY", distanceKm: 860, howFound: HowFound.REFERRAL, connection: "Referred by Dana Whitfield",
      motivation: 4, postings: 1, tags: ["pr", "media", "nyc", "referral"], email: true, stage: Stage.OUTREACH, referredBy: "dana",
      topic: "earned media strategy", opener: "Dana Whitfield suggested I reach out to you; she thought you'd be the right person to ask about media strategy.",
      subject: "Dana Whitfield suggested I write", found: ago(28, 17, 0), sent: { at: ago(3, 10, 30), channel: Channel.EMAIL },
    },
    {
      key: "isabella", name: "Isabella Rossi", title: "Marketing Coordinator", employer: "Columbus Museum of Art", industry: "Arts marketing",
      location: "Columbus, OH", distanceKm: 3, howFound: HowFound.EVENT, connection: "Met at the museum's student night",
      motivation: 3, tags: ["arts", "marketing", "columbus"], email: true, stage: Stage.OUTREACH,
      topic: "arts marketing", opener: "We met briefly at the museum's student night, where you gave me your card.",
      subject: "Following up from student night", found: ago(4, 20, 30), sent: { at: ago(1, 9, 0), channel: Channel.EMAIL },
    },
    {
      key: "meilin", name: "Mei Lin Zhao", title: "Associate Editor", employer: "Columbus Monthly", industry: "Journalism",
      location: "Columbus, OH", distanceKm: 5, howFound: HowFound.LINKEDIN, connection: "Fellow Asian American Journalists Association member",
      motivation: 4, tags: ["journalism", "magazines", "columbus"], linkedin: true, stage: Stage.OUTREACH,
      topic: "magazine journalism", opener: "We're both AAJA members, which is how I came across your profile.",
      found: ago(9, 21, 0), sent: { at: ago(5, 11, 0), channel: Channel.LINKEDIN }, reply: { at: ago(1, 16, 45) },
      notes: "Replied yes! Finding a time in early December.",
    },
    {
      key: "jamal", name: "Jamal Washington", title: "Assistant Director, Athletics Communications", employer: "Ohio State Athletics", industry: "Sports communications",
      location: "Columbus, OH", distanceKm: 1, howFound: HowFound.ALUMNI, connection: "Fellow OSU grad; worked with The Lantern sports desk",
      motivation: 4, alumni: true, postings: 1, tags: ["sports", "columbus"], phone: "(614) 555-0127", stage: Stage.OUTREACH,
      topic: "sports communications", opener: "I'm also an Ohio State communications student, and I found your name on the athletics staff directory.",
      found: ago(5, 18, 0), sent: { at: ago(2, 15, 30), channel: Channel.VOICEMAIL },
    },

    // ----- scheduled -----
    {
      key: "lauren", domain: "abercrombie", name: "Lauren Mitchell", title: "Senior Manager, Public Relations", employer: "Abercrombie & Fitch", industry: "Retail communications",
      location: "New Albany, OH", distanceKm: 25, howFound: HowFound.ALUMNI, connection: "Fellow OSU grad (class of 2016)",
      motivation: 5, alumni: true, postings: 2, tags: ["pr", "fashion", "in-house"], email: true, linkedin: true, stage: Stage.SCHEDULED,
      topic: "in-house fashion PR", opener: "As a fellow Buckeye, I found your name in the Ohio State alumni directory.", subject: "A fellow Buckeye curious about in-house PR",
      found: ago(12, 18, 0), sent: { at: ago(10, 9, 30), channel: Channel.EMAIL }, reply: { at: ago(8, 12, 10) },
      meeting: {
        startsAt: ahead(1, 10, 0), minutes: 30, mode: MeetingMode.COFFEE, location: "Fox in the Snow Café, 210 Market St, New Albany, OH",
        research: "Led the brand's relaunch press tour last spring. A&F's comms team is about 20 people; she manages product and influencer PR. Ask about in-house vs agency.",
      },
    },
    {
      key: "ayesha", domain: "odnr", name: "Ayesha Rahman", title: "Public Information Officer", employer: "Ohio Department of Natural Resources", industry: "Government communications",
      location: "Columbus, OH", distanceKm: 10, howFound: HowFound.REFERRAL, connection: "Referred by Caroline Park",
      motivation: 4, tags: ["government", "columbus", "referral"], email: true, stage: Stage.SCHEDULED, referredBy: "caroline",
      topic: "public information work", opener: "Caroline Park at the Ohio Arts Council suggested I reach out to you.",
      subject: "Caroline Park suggested I write", found: ago(17, 19, 0), sent: { at: ago(15, 10, 0), channel: Channel.EMAIL }, reply: { at: ago(12, 14, 30) },
      meeting: {
        startsAt: ahead(3, 13, 30), minutes: 20, mode: MeetingMode.VIDEO, location: "",
        research: "Handles press for state parks; ran the comms for the Hocking Hills trail closure. Caroline said she loves questions about crisis comms.",
      },
    },
    {
      key: "nina", name: "Nina Kowalski", title: "Communications Manager", employer: "Columbus Zoo and Aquarium", industry: "Nonprofit communications",
      location: "Powell, OH", distanceKm: 27, howFound: HowFound.LINKEDIN, connection: "Posted about the zoo's student storytelling program",
      motivation: 4, postings: 1, tags: ["nonprofit", "social", "columbus"], email: true, linkedin: true, stage: Stage.SCHEDULED,
      topic: "storytelling for a nonprofit", opener: "Your LinkedIn post about the zoo's student storytelling program is how I found your name.",
      subject: "Your post about student storytelling", found: ago(9, 20, 0), sent: { at: ago(7, 9, 45), channel: Channel.EMAIL }, reply: { at: ago(5, 11, 20) },
      meeting: { startsAt: ahead(5, 11, 0), minutes: 20, mode: MeetingMode.PHONE, location: `Nina will call me at ${MAYA_PHONE}` },
    },
    {
      key: "kenji", name: "Kenji Watanabe", title: "Director of Communications", employer: "COSI", industry: "Nonprofit communications",
      location: "Columbus, OH", distanceKm: 2, howFound: HowFound.LINKEDIN, connection: "Ohio State Science Communication Club alum",
      motivation: 3, alumni: true, tags: ["science", "museums", "columbus"], linkedin: true, stage: Stage.SCHEDULED,
      topic: "science communication", opener: "We were both in Ohio State's Science Communication Club, which is how I found your profile.",
      found: ago(11, 21, 0), sent: { at: ago(9, 12, 0), channel: Channel.LINKEDIN }, reply: { at: ago(6, 17, 15) },
      meeting: { startsAt: ahead(7, 15, 0), minutes: 30, mode: MeetingMode.IN_PERSON, location: "COSI, 333 W Broad St, Columbus, OH (ask at the front desk)" },
    },

    // ----- interviewed -----
    {
      key: "michelle", domain: "10tv", name: "Michelle Okoro", title: "Senior Producer", employer: "WBNS-10TV", industry: "Broadcast journalism",
      location: "Columbus, OH", distanceKm: 7, howFound: HowFound.ALUMNI, connection: "Fellow OSU grad (journalism, 2012)",
      motivation: 5, alumni: true, postings: 1, tags: ["journalism", "broadcast", "columbus"], email: true, linkedin: true, stage: Stage.INTERVIEWED,
      topic: "broadcast news", opener: "As a fellow Ohio State journalism grad-to-be, I found your name in the alumni directory.",
      subject: "An Ohio State student curious about TV news", found: ago(20, 18, 0), sent: { at: ago(19, 9, 0), channel: Channel.EMAIL }, reply: { at: ago(17, 8, 30) },
      meeting: { startsAt: ago(3, 15, 0), minutes: 30, mode: MeetingMode.IN_PERSON, location: "WBNS-10TV, 770 Twin Rivers Dr, Columbus, OH", businessCard: true },
      takeaway: "Write for the ear, not the eye: if you can't say it in one breath, rewrite it.",
      generalNote: "Showed me the control room during the 4 pm show. Offered to introduce me to Harper at NPR.",
    },
    {
      key: "david", domain: "bluejackets", name: "David Cohen", title: "Social Media Director", employer: "Columbus Blue Jackets", industry: "Sports marketing",
      location: "Columbus, OH", distanceKm: 2, howFound: HowFound.LINKEDIN, connection: "Commented on my Lantern sports-video post",
      motivation: 4, postings: 2, tags: ["sports", "social", "columbus"], email: true, linkedin: true, stage: Stage.INTERVIEWED,
      topic: "sports social media", opener: "You kindly commented on my Lantern sports-video post, which is how I found your profile.",
      found: ago(15, 20, 0), sent: { at: ago(14, 10, 0), channel: Channel.LINKEDIN }, followUp: { at: ago(7, 10, 30), channel: Channel.LINKEDIN },
      reply: { at: ago(6, 13, 0) },
      meeting: { startsAt: davidStart, minutes: 30, mode: MeetingMode.VIDEO, location: "", sendResume: true },
      takeaway: "Post every day for a month on one platform and study what worked; that portfolio beats any class.",
      generalNote: "Asked me to send my résumé with the thank-you so he can pass it to their intern coordinator.",
    },

    // ----- thanked -----
    {
      key: "dana", name: "Dana Whitfield", title: "Managing Director, Consumer Brands", employer: "Ketchum", industry: "Public relations",
      location: "New York, NY", distanceKm: 860, howFound: HowFound.ALUMNI, connection: "Fellow OSU grad (class of 2005)",
      motivation: 5, alumni: true, postings: 3, tags: ["pr", "agency", "nyc"], email: true, linkedin: true, stage: Stage.THANKED,
      topic: "consumer PR", opener: "As a fellow Buckeye, I found your name through the Ohio State alumni directory.", subject: "A fellow Buckeye with a question about consumer PR",
      found: ago(34, 19, 0), sent: { at: ago(33, 9, 0), channel: Channel.EMAIL }, reply: { at: ago(32, 12, 0) },
      meeting: { startsAt: ago(30, 12, 0), minutes: 30, mode: MeetingMode.VIDEO, location: "" },
      thank: { at: ago(29, 8, 30), repliedAfterHours: 5 },
      takeaway: "Read the trades every morning; the best pitches come from knowing what a reporter wrote yesterday.",
      generalNote: "Offered two introductions: Ben Adeyemi (Ketchum) and Gabriel Santos (Spotify).",
    },
    {
      key: "gabriel", name: "Gabriel Santos", title: "Senior Publicist", employer: "Spotify", industry: "Entertainment PR",
      location: "New York, NY", distanceKm: 860, howFound: HowFound.REFERRAL, connection: "Referred by Dana Whitfield",
      motivation: 5, postings: 2, tags: ["entertainment", "pr", "nyc", "referral"], email: true, stage: Stage.THANKED, referredBy: "dana",
      topic: "music and podcast publicity", opener: "Dana Whitfield at Ketchum suggested I reach out to you.",
      subject: "Dana Whitfield suggested I write", found: ago(29, 16, 0), sent: { at: ago(27, 9, 0), channel: Channel.EMAIL }, reply: { at: ago(25, 18, 0) },
      meeting: { startsAt: ago(2, 14, 0), minutes: 30, mode: MeetingMode.VIDEO, location: "" },
      thank: { at: ago(1, 9, 15) },
      takeaway: "Podcast PR is relationship PR: know the host's last ten episodes before you pitch.",
      generalNote: "Was travelling for three weeks, so the meeting waited. Very generous with time.",
    },
    {
      key: "caroline", name: "Caroline Park", title: "Communications Director", employer: "Ohio Arts Council", industry: "Government communications",
      location: "Columbus, OH", distanceKm: 2, howFound: HowFound.EVENT, connection: "Panelist at the Arts & Media careers night",
      motivation: 4, alumni: true, tags: ["arts", "government", "columbus"], email: true, stage: Stage.THANKED,
      topic: "communications in the public sector", opener: "I heard you speak at the Arts & Media careers night, and your name was on the panel list.",
      subject: "Thank you for the Arts & Media panel", found: ago(24, 20, 0), sent: { at: ago(22, 9, 30), channel: Channel.EMAIL }, reply: { at: ago(21, 10, 0) },
      meeting: { startsAt: ago(18, 11, 0), minutes: 30, mode: MeetingMode.IN_PERSON, location: "Riffe Center, 77 S High St, Columbus, OH (33rd floor)", businessCard: true },
      thank: { at: ago(17, 8, 0), channel: Channel.LETTER },
      takeaway: "Lead your résumé with the writing you're proudest of, not the titles you held.",
      generalNote: "Referred me to Ayesha Rahman at ODNR.",
    },
    {
      key: "noah", domain: "columbus", name: "Noah Schwartz", title: "Public Information Officer", employer: "City of Columbus", industry: "Government communications",
      location: "Columbus, OH", distanceKm: 1, howFound: HowFound.OTHER, connection: "Quoted in my public affairs reporting class reading",
      motivation: 3, tags: ["government", "columbus"], email: true, phone: "(614) 555-0142", stage: Stage.THANKED,
      topic: "public information work", found: ago(16, 18, 0), sent: { at: ago(14, 11, 0), channel: Channel.PHONE }, reply: { at: ago(14, 11, 10) },
      meeting: { startsAt: ago(9, 16, 0), minutes: 20, mode: MeetingMode.PHONE, location: "Call Noah at (614) 555-0142" },
      thank: { at: ago(9, 18, 0) },
      takeaway: "In a crisis, the first statement only needs to say what you know, what you don't, and when you'll say more.",
    },

    // ----- follow-up -----
    {
      key: "karen", name: "Karen Liu", title: "Chief Communications Officer", employer: "Nationwide", industry: "Corporate communications",
      location: "Columbus, OH", distanceKm: 1, howFound: HowFound.ALUMNI, connection: "Fellow OSU grad; School of Communication advisory board",
      motivation: 5, alumni: true, postings: 3, tags: ["corporate", "leadership", "columbus"], email: true, linkedin: true, stage: Stage.FOLLOW_UP, keepInTouchMonths: 2,
      topic: "corporate communications", opener: "As a fellow Buckeye, I found your name on the School of Communication's advisory board page.",
      subject: "A question from an Ohio State communications student",
      found: ago(85, 19, 0), sent: { at: ago(83, 9, 0), channel: Channel.EMAIL }, reply: { at: ago(81, 16, 0) },
      meeting: { startsAt: ago(76, 10, 0), minutes: 30, mode: MeetingMode.IN_PERSON, location: "One Nationwide Plaza, Columbus, OH (lobby café)", businessCard: true },
      thank: { at: ago(75, 8, 0), repliedAfterHours: 3 }, followUpStageAt: ago(70, 9, 0),
      touches: [
        {
          at: ago(30, 10, 0), channel: Channel.EMAIL, subject: "A quick update, and thank you again",
          body: "Hi Karen,\n\nYou suggested I practise writing internal announcements, so I volunteered to write the School of Communication's weekly staff note. Three issues in, it's the most useful thing I've done this term.\n\nThank you again,\nMaya",
        },
      ],
      takeaway: "Internal communications is where you learn how a company really works. Don't skip it.",
      generalNote: "Suggested PRSA Central Ohio and offered to review my pitch later in the year.",
    },
    {
      key: "omar", name: "Omar Haddad", title: "Senior Reporter", employer: "Axios Columbus", industry: "Journalism",
      location: "Columbus, OH", distanceKm: 2, howFound: HowFound.ARTICLE_AUTHOR, connection: "Wrote the Axios piece on student journalists",
      motivation: 4, postings: 1, tags: ["journalism", "newsletters", "columbus"], email: true, linkedin: true, stage: Stage.FOLLOW_UP, keepInTouchMonths: 2,
      topic: "newsletter journalism", opener: "Your Axios piece on student journalists is how I found your name.",
      found: ago(60, 19, 0), sent: { at: ago(58, 10, 0), channel: Channel.LINKEDIN }, reply: { at: ago(53, 12, 0) },
      meeting: { startsAt: ago(50, 9, 0), minutes: 20, mode: MeetingMode.VIDEO, location: "" },
      thank: { at: ago(49, 8, 0) }, followUpStageAt: ago(46, 11, 5),
      touches: [
        {
          at: ago(46, 11, 0), channel: Channel.EMAIL, subject: "Thought you'd like this",
          body: "Hi Omar,\n\nAfter our talk I started reading Nieman Lab every morning, and this piece on local newsletter economics made me think of you.\n\nBest,\nMaya",
        },
      ],
      takeaway: "Smart brevity is a skill: write the story in 150 words, then cut it to 100.",
    },
    {
      key: "sarah", name: "Sarah Jennings", title: "Brand Communications Manager", employer: "Wendy's", industry: "Corporate communications",
      location: "Dublin, OH", distanceKm: 20, howFound: HowFound.LINKEDIN, connection: "2nd-degree connection through Tom Reyes",
      motivation: 3, postings: 2, tags: ["brand", "social", "columbus"], email: true, linkedin: true, stage: Stage.FOLLOW_UP, keepInTouchMonths: 6,
      topic: "brand voice on social media", opener: "Tom Reyes, my supervisor at WOSU last summer, is a connection of yours on LinkedIn, which is how I found your profile.",
      subject: "Tom Reyes's connection, with a question about brand voice",
      found: ago(70, 18, 0), sent: { at: ago(68, 9, 0), channel: Channel.EMAIL }, followUp: { at: ago(61, 9, 0), channel: Channel.EMAIL }, reply: { at: ago(60, 15, 0) },
      meeting: { startsAt: ago(55, 8, 30), minutes: 30, mode: MeetingMode.COFFEE, location: "Stauf's Coffee Roasters, 1277 Grandview Ave, Columbus, OH", businessCard: true },
      thank: { at: ago(54, 7, 0) }, followUpStageAt: ago(50, 10, 0),
      touches: [
        {
          at: ago(15, 14, 0), channel: Channel.EMAIL, subject: "Progress update",
          body: "Hi Sarah,\n\nA quick update: I pitched a brand-voice guide to the Lantern's social team, using the tone exercise you showed me, and they adopted it.\n\nThank you again for the coffee and the advice.\nMaya",
        },
      ],
      takeaway: "A brand voice is a set of choices you can explain, not a vibe.",
    },
    {
      key: "lucia", name: "Lucía Fernández", title: "Senior Account Executive", employer: "Golin", industry: "Public relations",
      location: "Chicago, IL", distanceKm: 570, howFound: HowFound.EVENT, connection: "Met at the PRSSA National Conference",
      motivation: 4, postings: 1, tags: ["pr", "agency", "chicago"], email: true, linkedin: true, stage: Stage.FOLLOW_UP, keepInTouchMonths: 3,
      topic: "agency PR", opener: "We met at the PRSSA National Conference, where you spoke on the agency-life panel.",
      subject: "Great to meet you at PRSSA Nationals",
      found: ago(50, 19, 0), sent: { at: ago(49, 9, 30), channel: Channel.EMAIL }, reply: { at: ago(48, 11, 0) },
      meeting: { startsAt: ago(42, 13, 0), minutes: 30, mode: MeetingMode.VIDEO, location: "" },
      thank: { at: ago(42, 18, 0) }, followUpStageAt: ago(38, 12, 5),
      touches: [
        {
          at: ago(38, 12, 0), channel: Channel.LINKEDIN,
          body: "Hi Lucía! Saw Golin's campaign for the Chicago Public Library win at the PRSA awards. Congratulations to the whole team!",
        },
      ],
      takeaway: "Say yes to the unglamorous accounts early; that's where you get real client time.",
    },
    {
      key: "robert", name: "Robert Chang", title: "Director of Communications", employer: "Ohio State Wexner Medical Center", industry: "Healthcare communications",
      location: "Columbus, OH", distanceKm: 1, howFound: HowFound.OTHER, connection: "My academic advisor's former colleague",
      motivation: 3, postings: 3, tags: ["healthcare", "columbus"], phone: "(614) 555-0163", stage: Stage.FOLLOW_UP,
      topic: "healthcare communications", opener: "My academic advisor, Dr. Lewis, worked with you for years and suggested I write.",
      found: ago(95, 19, 0), sent: { at: ago(93, 9, 0), channel: Channel.LETTER }, reply: { at: ago(87, 10, 0) },
      meeting: { startsAt: ago(80, 14, 0), minutes: 30, mode: MeetingMode.IN_PERSON, location: "Wexner Medical Center, 410 W 10th Ave, Columbus, OH", businessCard: true },
      thank: { at: ago(79, 9, 0), channel: Channel.LETTER }, followUpStageAt: ago(72, 9, 0),
      takeaway: "Healthcare PR is half translation: explain the science so a patient's family can act on it.",
    },
    {
      key: "amara", name: "Amara Nwosu", title: "Copywriter", employer: "Wieden+Kennedy", industry: "Advertising",
      location: "Portland, OR", distanceKm: 3700, howFound: HowFound.LINKEDIN, connection: "Fellow member of the One Club student community",
      motivation: 5, postings: 1, tags: ["advertising", "copywriting", "dream-employer"], linkedin: true, stage: Stage.FOLLOW_UP, keepInTouchMonths: 3,
      topic: "copywriting", opener: "We're both in the One Club's student community, which is how I found your profile.",
      found: ago(45, 20, 0), sent: { at: ago(44, 10, 0), channel: Channel.LINKEDIN }, reply: { at: ago(42, 19, 0) },
      meeting: { startsAt: ago(36, 16, 0), minutes: 30, mode: MeetingMode.VIDEO, location: "" },
      thank: { at: ago(36, 19, 0), channel: Channel.LINKEDIN }, followUpStageAt: ago(30, 13, 5),
      touches: [
        {
          at: ago(30, 13, 0), channel: Channel.LINKEDIN,
          body: "Hi Amara, I finished the spec campaign you suggested (three headlines a day for a month). Ten of them made it into my portfolio. Thank you for the push!",
        },
      ],
      takeaway: "Write thirty bad headlines to find one good one, and keep the bad ones.",
    },
  ];
}

// The outreach messages Maya sent, written from each contact's opener.
function initialMessage(c: MayaContactSpec, channel: Channel): { subject: string | null; body: string } {
  const first = firstName(c.name);
  const opener = c.opener ?? "";
  const topic = c.topic ?? "communications";
  switch (channel) {
    case Channel.LINKEDIN:
      return {
        subject: null,
        body: `Hi ${first}, ${opener} I'm Maya, an Ohio State student exploring ${topic}. Would you have 20 minutes for a call or video chat in the next few weeks? I'll follow up here next week. Thanks!`,
      };
    case Channel.VOICEMAIL:
      return {
        subject: null,
        body: `Hi ${first}, this is Maya Chen, a communications student at Ohio State. ${opener} I'd love 20 minutes by phone or in person to hear how you got started. My number is ${MAYA_PHONE}. Again, this is Maya Chen, at ${MAYA_PHONE}. I'll also send a short email. Thank you!`,
      };
    case Channel.PHONE:
      return {
        subject: null,
        body: `Called the ${c.employer} communications line. ${first} picked up, was happy to talk, and asked me to email two times for a 20-minute call.`,
      };
    default:
      return {
        subject: channel === Channel.LETTER ? null : (c.subject ?? "A question from an Ohio State communications student"),
        body: `Dear ${first},

${opener} I'm Maya Chen, a communications junior at Ohio State exploring ${topic}.

Would you have 20–30 minutes in the next few weeks to tell me how you got started at ${c.employer}? I'd be glad to meet in person, by phone or by video, whichever suits you best.

I'll follow up next week in case this gets buried. Thank you for considering it!

Best,
Maya Chen
${MAYA_PHONE}`,
      };
  }
}

function followUpMessage(c: MayaContactSpec): string {
  return `Hi ${firstName(c.name)},

I'm following up on my note from last week. I'd still be grateful for 20 minutes by phone or video at any time that suits you in the next few weeks.

If now is a busy stretch, I'd welcome the name of a colleague I could talk to instead.

Thank you,
Maya`;
}

function thankYouMessage(c: MayaContactSpec): string {
  return `Dear ${firstName(c.name)},

Thank you for taking the time to talk with me about your work at ${c.employer}. I keep coming back to what you said: "${c.takeaway ?? ""}"

I'm already acting on your advice, and I'll let you know how it goes.

With gratitude,
Maya`;
}

// ---------------------------------------------------------------------------
// Turning a story into rows
// ---------------------------------------------------------------------------

interface Move {
  to: Stage;
  at: Date;
  reason?: string;
}

interface PlannedAttempt {
  id: string;
  kind: OutreachKind;
  channel: Channel;
  sentAt: Date;
  subject?: string | null;
  body?: string | null;
  reply?: { status: "REPLIED" | "DECLINED"; at: Date };
}

interface EmittedContact {
  id: string;
  ownerId: string;
  name: string;
  attempts: PlannedAttempt[];
  meetingId?: string;
  meetingDoneAt?: Date;
  stage: Stage;
  stageChangedAt: Date;
  lastTouchAt: Date | null;
}

const MEETING_NOUN: Record<MeetingMode, string> = {
  IN_PERSON: "Meeting",
  COFFEE: "Coffee",
  PHONE: "Phone call",
  VIDEO: "Video call",
};

class DemoBuilder {
  readonly rows: DemoRows = {
    users: [], organisations: [], memberships: [], cohorts: [], cohortMembers: [], questions: [], templates: [],
    sharedContacts: [], claims: [], contacts: [], referredContacts: [], stageChanges: [], outreach: [], meetings: [],
    attendees: [], agendaItems: [], notes: [], actionItems: [], resources: [], pitches: [], holidays: [], reminders: [],
  };
  readonly ids = new Ids(20261122);
  private readonly codes = new Ids(1870);
  // Staff invitation codes have their own generator, so the cohort and chapter codes (which the
  // consent e2e test derives) do not depend on them.
  private readonly staffCodes = new Ids(1871);

  constructor(readonly cal: Calendar) {}

  get now(): Date {
    return this.cal.now;
  }

  code(): string {
    return this.codes.code();
  }

  /** A career centre's staff invitation code: 7 groups of 4 (140 bits), like lib/domain/invite-codes.ts makes. */
  staffCode(): string {
    return this.staffCodes.staffCode();
  }

  videoLink(): string {
    return `https://meet.google.com/${this.ids.letters(3)}-${this.ids.letters(4)}-${this.ids.letters(3)}`;
  }

  /** Checks that a story is coherent: moves strictly in time order, nothing in the future. */
  private check(name: string, moves: Move[], attempts: PlannedAttempt[]): void {
    const now = this.now.getTime();
    moves.forEach((move, i) => {
      const previous = moves[i - 1];
      if (previous && previous.at.getTime() >= move.at.getTime()) throw new Error(`Seed story for ${name}: moves out of order at ${move.to}`);
      if (move.at.getTime() > now) throw new Error(`Seed story for ${name}: move to ${move.to} is in the future`);
    });
    for (const attempt of attempts) {
      if (attempt.sentAt.getTime() > now) throw new Error(`Seed story for ${name}: outreach in the future`);
      if (attempt.reply && (attempt.reply.at < attempt.sentAt || attempt.reply.at.getTime() > now)) {
        throw new Error(`Seed story for ${name}: reply out of order`);
      }
    }
  }

  /** Writes a contact, its stage history, its outreach and its meeting. */
  emit(input: {
    ownerId: string;
    base: Omit<Prisma.ContactCreateManyInput, "id" | "ownerId" | "stage" | "stageChangedAt" | "priority" | "createdAt" | "updatedAt" | "lastTouchAt">;
    stage: Stage;
    moves: Move[];
    attempts: PlannedAttempt[];
    meeting?: { spec: MeetingSpec; scheduledAt: Date; sharedContactId?: string };
    referred?: boolean;
  }): EmittedContact {
    const { ownerId, base, stage, moves, attempts } = input;
    this.check(base.name, moves, attempts);
    const last = moves[moves.length - 1];
    if (!last || last.to !== stage) throw new Error(`Seed story for ${base.name} does not end in ${stage}`);
    const id = this.ids.id();

    let meetingId: string | undefined;
    let meetingDoneAt: Date | undefined;
    if (input.meeting) {
      const { spec } = input.meeting;
      meetingId = this.ids.id();
      const done = stageIndex(stage) >= stageIndex(Stage.INTERVIEWED);
      const status = spec.cancelledAt ? MeetingStatus.CANCELLED : done ? MeetingStatus.DONE : MeetingStatus.SCHEDULED;
      meetingDoneAt = status === MeetingStatus.DONE ? new Date(spec.startsAt.getTime() + spec.minutes * MINUTE_MS) : undefined;
      if (status === MeetingStatus.SCHEDULED && spec.startsAt <= this.now) throw new Error(`Seed story for ${base.name}: upcoming meeting in the past`);
      if (meetingDoneAt && meetingDoneAt > this.now) throw new Error(`Seed story for ${base.name}: done meeting in the future`);
      const location = spec.mode === MeetingMode.VIDEO && !spec.location ? this.videoLink() : spec.location;
      const changedAt = spec.cancelledAt ?? meetingDoneAt ?? input.meeting.scheduledAt;
      this.rows.meetings.push({
        id: meetingId,
        ownerId,
        contactId: id,
        sharedContactId: input.meeting.sharedContactId ?? null,
        title: `${MEETING_NOUN[spec.mode]} with ${base.name}`,
        startsAt: spec.startsAt,
        durationMinutes: spec.minutes,
        timeZone: ZONE,
        mode: spec.mode,
        location,
        status,
        doneAt: meetingDoneAt ?? null,
        cancelledAt: spec.cancelledAt ?? null,
        icsUid: `${meetingId}@rapport.app`,
        icsSequence: spec.cancelledAt ? 1 : 0,
        researchNotes: spec.research ?? null,
        businessCardReceived: spec.businessCard ?? false,
        sendResumeWithThanks: spec.sendResume ?? false,
        version: spec.cancelledAt ? 2 : 1,
        createdAt: input.meeting.scheduledAt,
        updatedAt: changedAt,
      });
      this.rows.attendees.push({ id: this.ids.id(), meetingId, userId: ownerId, contactId: id, rsvp: Rsvp.GOING });
    }

    for (const move of moves) {
      this.rows.stageChanges.push({
        id: this.ids.id(),
        ownerId,
        contactId: id,
        fromStage: null,
        toStage: move.to,
        at: move.at,
        reason: move.reason ?? null,
      });
    }
    // fromStage: each row's previous toStage; the first row is "created in FIND".
    const written = this.rows.stageChanges.slice(-moves.length);
    written.forEach((row, i) => {
      row.fromStage = i === 0 ? null : (written[i - 1]?.toStage ?? null);
    });

    for (const attempt of attempts) {
      this.rows.outreach.push({
        id: attempt.id,
        ownerId,
        contactId: id,
        kind: attempt.kind,
        channel: attempt.channel,
        subject: attempt.subject ?? null,
        body: attempt.body ?? null,
        sentAt: attempt.sentAt,
        replyStatus: attempt.reply ? (attempt.reply.status === "DECLINED" ? ReplyStatus.DECLINED : ReplyStatus.REPLIED) : ReplyStatus.NO_REPLY,
        repliedAt: attempt.reply?.at ?? null,
        createdAt: attempt.sentAt,
      });
    }

    const touches = [...attempts.map((a) => a.sentAt), ...(meetingDoneAt ? [meetingDoneAt] : [])];
    const lastTouchAt = touches.length ? new Date(Math.max(...touches.map((t) => t.getTime()))) : null;
    const events = [...moves.map((m) => m.at), ...touches, ...(base.archivedAt instanceof Date ? [base.archivedAt] : [])];
    const updatedAt = new Date(Math.max(...events.map((t) => t.getTime())));
    const row: Prisma.ContactCreateManyInput = {
      ...base,
      id,
      ownerId,
      stage,
      stageChangedAt: last.at,
      priority: contactPriority({
        motivation: base.motivation ?? 3,
        isAlumniOrAdvocate: base.isAlumniOrAdvocate ?? false,
        openPostings: base.openPostings ?? 0,
      }),
      lastTouchAt,
      createdAt: moves[0]?.at ?? this.now,
      updatedAt,
    };
    (input.referred ? this.rows.referredContacts : this.rows.contacts).push(row);
    return { id, ownerId, name: base.name, attempts, meetingId, meetingDoneAt, stage, stageChangedAt: last.at, lastTouchAt };
  }

  reminder(row: Omit<Prisma.ReminderCreateManyInput, "id">): void {
    this.rows.reminders.push({ id: this.ids.id(), ...row });
  }
}

// ---------------------------------------------------------------------------
// Maya
// ---------------------------------------------------------------------------

function buildMaya(
  b: DemoBuilder,
  mayaId: string,
  questionIds: ReadonlyMap<QuestionKey, string>,
  sharedIds: ReadonlyMap<SharedKey, string>,
): void {
  const { cal } = b;
  const specs = mayaContacts(cal);
  const emitted = new Map<string, EmittedContact>();
  const specByKey = new Map(specs.map((s) => [s.key, s]));
  // Referrers first, so their ids exist when a referral points at them.
  const ordered = [...specs.filter((s) => !s.referredBy), ...specs.filter((s) => s.referredBy)];

  for (const c of ordered) {
    const moves: Move[] = [{ to: Stage.FIND, at: c.found, reason: "Added to the pipeline" }];
    const attempts: PlannedAttempt[] = [];
    if (c.sent) {
      const message = initialMessage(c, c.sent.channel);
      attempts.push({ id: b.ids.id(), kind: OutreachKind.INITIAL, channel: c.sent.channel, sentAt: c.sent.at, ...message });
      moves.push({ to: Stage.OUTREACH, at: c.sent.at, reason: `First message sent (${CHANNEL_LABELS[c.sent.channel]})` });
    }
    if (c.followUp) {
      const initial = attempts[0];
      attempts.push({
        id: b.ids.id(),
        kind: OutreachKind.FOLLOW_UP,
        channel: c.followUp.channel,
        sentAt: c.followUp.at,
        subject: c.followUp.channel === Channel.EMAIL && initial?.subject ? `Re: ${initial.subject}` : null,
        body: c.followUp.body ?? followUpMessage(c),
      });
    }
    if (c.reply) {
      // The reply answers the latest message sent before it.
      const answered = [...attempts].reverse().find((a) => a.sentAt < (c.reply?.at ?? c.found));
      if (!answered) throw new Error(`Seed story for ${c.name}: reply before any message`);
      answered.reply = { status: c.reply.status ?? "REPLIED", at: c.reply.at };
    }
    const reachedScheduled = stageIndex(c.stage) >= stageIndex(Stage.SCHEDULED) || Boolean(c.meeting?.cancelledAt);
    if (reachedScheduled) {
      if (!c.reply) throw new Error(`Seed story for ${c.name}: scheduled without a reply`);
      moves.push({ to: Stage.SCHEDULED, at: new Date(c.reply.at.getTime() + 20 * MINUTE_MS), reason: "Agreed a time" });
    }
    if (c.meeting?.cancelledAt) {
      moves.push({ to: Stage.OUTREACH, at: c.meeting.cancelledAt, reason: c.meeting.cancelReason ?? "Meeting cancelled" });
      // Olivia's follow-up asks for new times: keep it after the cancellation.
      attempts.sort((x, y) => x.sentAt.getTime() - y.sentAt.getTime());
    }
    const meetingDone = c.meeting && stageIndex(c.stage) >= stageIndex(Stage.INTERVIEWED)
      ? new Date(c.meeting.startsAt.getTime() + c.meeting.minutes * MINUTE_MS)
      : undefined;
    if (meetingDone) moves.push({ to: Stage.INTERVIEWED, at: meetingDone, reason: "Meeting held" });
    if (c.thank) {
      const channel = c.thank.channel ?? (c.email ? Channel.EMAIL : Channel.LINKEDIN);
      attempts.push({
        id: b.ids.id(),
        kind: OutreachKind.THANK_YOU,
        channel,
        sentAt: c.thank.at,
        subject: channel === Channel.EMAIL ? `Thank you, ${firstName(c.name)}` : null,
        body: thankYouMessage(c),
        reply: c.thank.repliedAfterHours ? { status: "REPLIED", at: new Date(c.thank.at.getTime() + c.thank.repliedAfterHours * HOUR_MS) } : undefined,
      });
      moves.push({ to: Stage.THANKED, at: c.thank.at, reason: "Thank-you sent" });
    }
    for (const touch of c.touches ?? []) {
      attempts.push({ id: b.ids.id(), kind: OutreachKind.TOUCH, channel: touch.channel, sentAt: touch.at, subject: touch.subject ?? null, body: touch.body });
    }
    if (c.followUpStageAt) moves.push({ to: Stage.FOLLOW_UP, at: c.followUpStageAt, reason: "Keeping in touch" });

    const referrer = c.referredBy ? emitted.get(c.referredBy) : undefined;
    if (c.referredBy && !referrer) throw new Error(`Seed: ${c.name}'s referrer ${c.referredBy} is missing`);
    const sharedContactId = c.sharedContact ? sharedIds.get(c.sharedContact) : undefined;

    const contact = b.emit({
      ownerId: mayaId,
      stage: c.stage,
      moves,
      attempts,
      referred: Boolean(referrer),
      meeting: c.meeting && c.reply ? { spec: c.meeting, scheduledAt: new Date(c.reply.at.getTime() + 20 * MINUTE_MS) } : undefined,
      base: {
        name: c.name,
        title: c.title,
        employer: c.employer,
        industry: c.industry,
        location: c.location,
        email: c.email ? demoEmail(c.name, c.employer, c.domain) : null,
        phone: c.phone ?? null,
        linkedinUrl: c.linkedin ? `https://www.linkedin.com/in/${slug(c.name)}-${b.ids.hex(6)}` : null,
        howFound: c.howFound,
        connection: c.connection,
        motivation: c.motivation,
        isAlumniOrAdvocate: c.alumni ?? false,
        openPostings: c.postings ?? 0,
        distanceKm: c.distanceKm,
        tags: c.tags,
        doNotContact: c.doNotContact ?? false,
        notes: c.notes ?? null,
        keepInTouchMonths: c.keepInTouchMonths ?? null,
        archivedAt: c.archivedAt ?? null,
        referredById: referrer?.id ?? null,
        sharedContactId: sharedContactId ?? null,
      },
    });
    emitted.set(c.key, contact);
  }

  const get = (key: string): { spec: MayaContactSpec; contact: EmittedContact } => {
    const spec = specByKey.get(key);
    const contact = emitted.get(key);
    if (!spec || !contact) throw new Error(`Seed: no contact ${key}`);
    return { spec, contact };
  };
  const meetingOf = (key: string): { id: string; doneAt?: Date } => {
    const { contact } = get(key);
    if (!contact.meetingId) throw new Error(`Seed: ${key} has no meeting`);
    return { id: contact.meetingId, doneAt: contact.meetingDoneAt };
  };

  // ----- notes for held meetings -----
  for (const [key, contact] of emitted) {
    const spec = specByKey.get(key);
    if (!spec || !contact.meetingId || !contact.meetingDoneAt) continue;
    const at = new Date(contact.meetingDoneAt.getTime() + 15 * MINUTE_MS);
    if (spec.takeaway) {
      b.rows.notes.push({
        id: b.ids.id(), ownerId: mayaId, contactId: contact.id, meetingId: contact.meetingId, kind: NoteKind.TAKEAWAY, body: spec.takeaway,
        // One takeaway shared with the career centre, to show a single shared item.
        sharedAt: key === "karen" ? new Date(at.getTime() + 2 * DAY_MS) : null, createdAt: at, updatedAt: at,
      });
    }
    if (spec.generalNote) {
      b.rows.notes.push({
        id: b.ids.id(), ownerId: mayaId, contactId: contact.id, meetingId: contact.meetingId, kind: NoteKind.GENERAL, body: spec.generalNote,
        createdAt: new Date(at.getTime() + MINUTE_MS), updatedAt: new Date(at.getTime() + MINUTE_MS),
      });
    }
  }

  // ----- agendas: one upcoming (Lauren), one held with answers (Caroline) -----
  const question = (key: QuestionKey): { id: string; text: string } => {
    const id = questionIds.get(key);
    const found = BUILT_IN_QUESTIONS.find((q) => q.key === key);
    if (!id || !found) throw new Error(`Seed: no question ${key}`);
    return { id, text: found.text };
  };
  const agenda = (meetingId: string, items: [QuestionKey, number][], createdAt: Date): string[] =>
    items.map(([key, minutes], position) => {
      const q = question(key);
      const id = b.ids.id();
      b.rows.agendaItems.push({ id, meetingId, questionId: q.id, text: q.text, position, minutes, createdAt });
      return id;
    });

  const lauren = get("lauren");
  agenda(meetingOf("lauren").id, [["start", 5], ["typicalDay", 5], ["bestLeast", 4], ["trends", 5], ["whoElse", 3]], cal.ago(2, 20, 0));
  b.rows.notes.push({
    id: b.ids.id(), ownerId: mayaId, contactId: lauren.contact.id, meetingId: meetingOf("lauren").id, kind: NoteKind.RESEARCH,
    body: "A&F moved from catalog to creator-led launches; Lauren was quoted in Glossy about the 2025 relaunch. Bring the Lantern fashion-week clip.",
    createdAt: cal.ago(2, 20, 30), updatedAt: cal.ago(2, 20, 30),
  });

  const caroline = get("caroline");
  const carolineMeeting = meetingOf("caroline");
  const carolineItems = agenda(
    carolineMeeting.id,
    [["start", 5], ["bestLeast", 4], ["challenges", 5], ["resume", 6], ["organizations", 3], ["whoElse", 3]],
    cal.ago(19, 19, 0),
  );
  const carolineAnswers = [
    "Started as a reporter at the Athens Messenger, moved to a state agency press office after eight years.",
    "Most: telling artists' stories to legislators. Least: the budget-season press cycle.",
    "Explaining arts funding in a year of cuts, and doing it with a team of three.",
    "Move the Lantern features to the top; cut the coursework list; add links to clips.",
    "PRSA Central Ohio, and the Ohio Arts Council's Creative Aging events, which always need volunteers.",
    "Ayesha Rahman at ODNR, who handles press for state parks.",
  ];
  carolineItems.forEach((agendaItemId, i) => {
    const at = new Date((carolineMeeting.doneAt ?? cal.now).getTime() - (6 - i) * 4 * MINUTE_MS);
    b.rows.notes.push({
      id: b.ids.id(), ownerId: mayaId, contactId: caroline.contact.id, meetingId: carolineMeeting.id, agendaItemId, kind: NoteKind.ANSWER,
      body: carolineAnswers[i] ?? "", createdAt: at, updatedAt: at,
    });
  });

  // ----- action items from advice -----
  const actions: { key: string; text: string; due?: Date; done?: Date; createdAt: Date }[] = [
    { key: "caroline", text: "Rewrite my résumé summary to lead with the Lantern features", due: cal.ago(15, 17), done: cal.ago(16, 21), createdAt: cal.ago(18, 12) },
    { key: "dana", text: "Read the Edelman Trust Barometer summary before the next agency chat", done: cal.ago(26, 20), createdAt: cal.ago(30, 13) },
    { key: "karen", text: "Join PRSA Central Ohio as a student member", due: cal.ago(60, 17), done: cal.ago(62, 12), createdAt: cal.ago(76, 11) },
    { key: "michelle", text: "Start an online clip portfolio with my three best Lantern stories", due: cal.ahead(4, 17), createdAt: cal.ago(3, 16) },
    { key: "michelle", text: "Email Harper Nguyen at NPR and mention Michelle", due: cal.ahead(2, 12), createdAt: cal.ago(3, 16, 5) },
    { key: "david", text: "Send my résumé to David with the thank-you note", due: cal.dueToday(), createdAt: davidCreated(get("david").contact, cal) },
    { key: "karen", text: "Practise my 30-second pitch out loud three times", due: cal.ago(2, 17), createdAt: cal.ago(30, 10, 30) },
    { key: "omar", text: "Pitch a story idea to The Lantern's business desk", due: cal.ago(4, 17), createdAt: cal.ago(49, 9) },
    { key: "gabriel", text: "Draft a sample launch plan for a student podcast", due: cal.ahead(7, 17), createdAt: cal.ago(1, 9, 30) },
  ];
  for (const action of actions) {
    const { contact } = get(action.key);
    const id = b.ids.id();
    b.rows.actionItems.push({
      id, ownerId: mayaId, contactId: contact.id, meetingId: contact.meetingId ?? null, text: action.text,
      dueAt: action.due ?? null, doneAt: action.done ?? null, createdAt: action.createdAt,
    });
    if (action.due) {
      b.reminder({
        ownerId: mayaId, contactId: contact.id, meetingId: contact.meetingId ?? null, rule: ReminderRule.ACTION_ITEM, ruleKey: id,
        title: action.text, dueAt: action.due, status: action.done ? ReminderStatus.DONE : ReminderStatus.PENDING,
        settledAt: action.done ?? null, createdAt: action.createdAt,
      });
    }
  }

  // ----- resources -----
  const resources: { key: string; kind: ResourceKind; title: string; url: string | null; done?: boolean }[] = [
    { key: "karen", kind: ResourceKind.ORGANISATION, title: "PRSA Central Ohio", url: "https://www.prsacentralohio.org", done: true },
    { key: "caroline", kind: ResourceKind.EVENT, title: "PRSA Central Ohio student mixer", url: null },
    { key: "dana", kind: ResourceKind.PUBLICATION, title: "PRWeek", url: "https://www.prweek.com", done: true },
    { key: "dana", kind: ResourceKind.PUBLICATION, title: "Edelman Trust Barometer", url: "https://www.edelman.com/trust/trust-barometer", done: true },
    { key: "michelle", kind: ResourceKind.PUBLICATION, title: "Nieman Lab", url: "https://www.niemanlab.org" },
    { key: "michelle", kind: ResourceKind.OTHER, title: "Poynter News University: writing for broadcast", url: "https://www.poynter.org/newsu/" },
    { key: "omar", kind: ResourceKind.PUBLICATION, title: "Axios Media Trends newsletter", url: "https://www.axios.com/newsletters" },
    { key: "amara", kind: ResourceKind.OTHER, title: "The One Club: student portfolio reviews", url: "https://www.oneclub.org" },
  ];
  for (const r of resources) {
    const { contact } = get(r.key);
    b.rows.resources.push({
      id: b.ids.id(), ownerId: mayaId, contactId: contact.id, meetingId: contact.meetingId ?? null, kind: r.kind, title: r.title, url: r.url,
      done: r.done ?? false, createdAt: contact.meetingDoneAt ?? cal.now,
    });
  }

  // ----- reminders derived from the history -----
  // 3B7 for unanswered first messages; already settled ones where a follow-up went out.
  for (const [key, contact] of emitted) {
    const spec = specByKey.get(key);
    const initial = contact.attempts.find((a) => a.kind === OutreachKind.INITIAL);
    if (!spec || !initial || spec.doNotContact) continue;
    const followUp = contact.attempts.find((a) => a.kind === OutreachKind.FOLLOW_UP && a.sentAt > initial.sentAt);
    const unanswered = !initial.reply && spec.stage === Stage.OUTREACH && !followUp;
    if (!unanswered && !(followUp && !initial.reply && !spec.meeting)) continue;
    const due3 = cal.addBusinessDays(initial.sentAt, 3);
    const due7 = cal.addBusinessDays(initial.sentAt, 7);
    const sevenOverdue = due7 <= cal.now;
    // Where the 7-day reminder is already overdue, Maya already acted on the 3-day one (she added
    // another person at the same employer).
    const settled3 = followUp ? new Date(due3.getTime() + 2 * HOUR_MS) : sevenOverdue ? spec.key === "priya" ? get("ethan").spec.found : new Date(due3.getTime() + HOUR_MS) : undefined;
    b.reminder({
      ownerId: mayaId, contactId: contact.id, rule: ReminderRule.SUGGEST_ANOTHER_3B, ruleKey: initial.id,
      title: `Try someone else at ${spec.employer} (${spec.name}: 3 business days, no reply)`,
      dueAt: due3, status: settled3 ? ReminderStatus.DONE : ReminderStatus.PENDING, settledAt: settled3 ?? null, createdAt: initial.sentAt,
    });
    b.reminder({
      ownerId: mayaId, contactId: contact.id, rule: ReminderRule.FOLLOW_UP_7B, ruleKey: initial.id,
      title: `Follow up with ${spec.name} (7 business days, no reply)`,
      dueAt: due7, status: followUp ? ReminderStatus.DONE : ReminderStatus.PENDING, settledAt: followUp?.sentAt ?? null, createdAt: initial.sentAt,
    });
  }

  for (const [key, contact] of emitted) {
    const spec = specByKey.get(key);
    if (!spec?.meeting || !contact.meetingId) continue;
    const meeting = spec.meeting;
    // Prep the day before each upcoming meeting.
    if (spec.stage === Stage.SCHEDULED && !meeting.cancelledAt) {
      b.reminder({
        ownerId: mayaId, contactId: contact.id, meetingId: contact.meetingId, rule: ReminderRule.PREP_DAY_BEFORE, ruleKey: contact.meetingId,
        title: `Prepare for your ${MEETING_NOUN[meeting.mode].toLowerCase()} with ${spec.name}`,
        dueAt: new Date(meeting.startsAt.getTime() - DAY_MS), createdAt: spec.reply?.at ?? spec.found,
      });
    }
    // A thank-you within 24 hours of every held meeting, titled as the app titles it: done where it was sent.
    if (contact.meetingDoneAt) {
      const thankYou = contact.attempts.find((a) => a.kind === OutreachKind.THANK_YOU);
      b.reminder({
        ownerId: mayaId, contactId: contact.id, meetingId: contact.meetingId, rule: ReminderRule.THANK_YOU_24H, ruleKey: contact.meetingId,
        title: `Thank ${spec.name} within 24 hours`, dueAt: new Date(contact.meetingDoneAt.getTime() + DAY_MS),
        status: thankYou ? ReminderStatus.DONE : ReminderStatus.PENDING, settledAt: thankYou?.sentAt ?? null, createdAt: contact.meetingDoneAt,
      });
    }
  }

  // Keep in touch: each touch (the thank-you, then every logged touch) restarts the cadence.
  for (const [key, contact] of emitted) {
    const spec = specByKey.get(key);
    if (!spec?.keepInTouchMonths) continue;
    const points = contact.attempts
      .filter((a) => a.kind === OutreachKind.THANK_YOU || a.kind === OutreachKind.TOUCH)
      .sort((x, y) => x.sentAt.getTime() - y.sentAt.getTime());
    points.forEach((point, i) => {
      const next = points[i + 1];
      if (!next) {
        // The pending one exactly as the app derives it (lib/domain/keep-in-touch.ts), so logging a
        // touch or changing the cadence in the demo replaces it rather than adding a second.
        const state = keepInTouchState(
          { ...contact, keepInTouchMonths: spec.keepInTouchMonths ?? null, archivedAt: null, doNotContact: false },
          ZONE,
        );
        if (state.kind !== "due") return;
        b.reminder({
          ownerId: mayaId, contactId: contact.id, rule: ReminderRule.KEEP_IN_TOUCH, ruleKey: state.ruleKey,
          title: state.title, dueAt: state.dueAt, status: ReminderStatus.PENDING, settledAt: null, createdAt: point.sentAt,
        });
        return;
      }
      const dueAt = cal.addMonths(point.sentAt, spec.keepInTouchMonths ?? 12);
      b.reminder({
        ownerId: mayaId, contactId: contact.id, rule: ReminderRule.KEEP_IN_TOUCH, ruleKey: `${contact.id}:${point.id}`,
        title: `Keep in touch with ${spec.name}`,
        dueAt, status: next.sentAt >= dueAt ? ReminderStatus.DONE : ReminderStatus.CANCELLED, settledAt: next.sentAt, createdAt: point.sentAt,
      });
    });
  }

  // Thank the referrer once a referral's meeting has happened.
  for (const [key, contact] of emitted) {
    const spec = specByKey.get(key);
    if (!spec?.referredBy || !contact.meetingId || !contact.meetingDoneAt) continue;
    const referrer = get(spec.referredBy);
    b.reminder({
      ownerId: mayaId, contactId: referrer.contact.id, meetingId: contact.meetingId, rule: ReminderRule.THANK_REFERRER, ruleKey: contact.meetingId,
      title: `Thank ${referrer.spec.name} for introducing you to ${spec.name}`,
      dueAt: cal.addBusinessDays(contact.meetingDoneAt, 3), createdAt: contact.meetingDoneAt,
    });
  }

  // ----- pitch, holidays -----
  b.rows.pitches.push(
    {
      id: b.ids.id(), ownerId: mayaId, version: 1, createdAt: cal.ago(80, 21),
      body: "Hi, I'm Maya Chen, a communications major at Ohio State. I've written for The Lantern for two years, mostly features and some sports, and I ran social media for our PRSSA chapter. I'm interested in public relations and maybe journalism, and I'm trying to learn more about both. I'd love to hear about your experience and any advice you have for someone like me who is still figuring things out.",
    },
    {
      id: b.ids.id(), ownerId: mayaId, version: 2, createdAt: cal.ago(16, 21),
      body: "I'm Maya Chen, a communications junior at Ohio State. For two years I've written features for The Lantern, and last spring our PRSSA chapter's campaign for a local food pantry doubled its volunteer sign-ups. I've learned I love turning complicated stories into ones people act on. I'm exploring agency and in-house PR, and I'd value your advice on which skills to build next.",
    },
  );
}

function davidCreated(contact: EmittedContact, cal: Calendar): Date {
  return contact.meetingDoneAt ? new Date(contact.meetingDoneAt.getTime() + 20 * MINUTE_MS) : cal.ago(1, 9);
}

// ---------------------------------------------------------------------------
// The cohort's other students: smaller pipelines with a plain history
// ---------------------------------------------------------------------------

interface SimpleContactSpec {
  name: string;
  title: string;
  employer: string;
  industry: string;
  location: string;
  stage: Stage;
  /**
   * Business days since the last move. For a contact in Thanked, the business day of its meeting:
   * the thank-you (and the move to Thanked) follows the meeting by thankAfterHours.
   */
  lastBd: number;
  howFound?: HowFound;
  connection?: string;
  motivation?: number;
  alumni?: boolean;
  sharedContact?: SharedKey;
  /**
   * Business days ago of each move, FIND first; overrides the default spacing. The Thanked entry is
   * the meeting's day, as for lastBd: the thank-you's time comes from thankAfterHours.
   */
  movesBd?: number[];
  /**
   * Hours from the meeting's end to the thank-you, for contacts that reached Thanked. Within
   * THANK_YOU_WITHIN_HOURS (24) is on time, as the progress metrics count it; a demo cohort where
   * most go out the same day and a few a day or two late reads like a real one. Default 4.
   */
  thankAfterHours?: number;
  /** Still in outreach with no reply: one polite follow-up went out 7 business days after the first message. */
  followedUp?: boolean;
}

// Business days between FIND→OUTREACH→SCHEDULED→INTERVIEWED→THANKED→FOLLOW_UP. Interviewed and
// Thanked share a day: the thank-you's time is set in hours from the meeting (thankAfterHours).
const SIMPLE_GAPS = [2, 3, 6, 0, 5];
const DEFAULT_THANK_AFTER_HOURS = 4;

const OTHER_PIPELINES: Record<OtherStudentKey, SimpleContactSpec[]> = {
  sam: [
    {
      name: "Héctor Domínguez", title: "Account Director", employer: "Lesic & Camper", industry: "Public relations", location: "Columbus, OH",
      stage: Stage.THANKED, lastBd: 19, howFound: HowFound.CHAPTER_LIST, connection: "PRSSA chapter list", sharedContact: "hector", movesBd: [25, 24, 22, 19, 19], thankAfterHours: 3,
    },
    { name: "Brianna Scott", title: "Publicist", employer: "Live Nation", industry: "Entertainment PR", location: "Chicago, IL", stage: Stage.OUTREACH, lastBd: 3 },
    { name: "Marco Bianchi", title: "Social Media Coordinator", employer: "Columbus Blue Jackets", industry: "Sports marketing", location: "Columbus, OH", stage: Stage.FIND, lastBd: 2 },
    { name: "Kelly Tran", title: "Account Executive", employer: "Fahlgren Mortine", industry: "Public relations", location: "Columbus, OH", stage: Stage.SCHEDULED, lastBd: 2, alumni: true },
    { name: "Andre Jackson", title: "Communications Director", employer: "Columbus Urban League", industry: "Nonprofit communications", location: "Columbus, OH", stage: Stage.INTERVIEWED, lastBd: 4 },
    { name: "Sophie Laurent", title: "Brand Manager", employer: "Bath & Body Works", industry: "Marketing", location: "Columbus, OH", stage: Stage.FIND, lastBd: 6 },
    { name: "Raj Malhotra", title: "Digital PR Specialist", employer: "Cleveland Clinic", industry: "Healthcare communications", location: "Cleveland, OH", stage: Stage.OUTREACH, lastBd: 5 },
    // Sam thanked Erin two days after their call: late.
    { name: "Erin Walsh", title: "Reporter", employer: "The Cincinnati Enquirer", industry: "Journalism", location: "Cincinnati, OH", stage: Stage.FOLLOW_UP, lastBd: 8, alumni: true, thankAfterHours: 50 },
    { name: "Tyler Grant", title: "Media Planner", employer: "Resource/Ammirati", industry: "Advertising", location: "Columbus, OH", stage: Stage.OUTREACH, lastBd: 1 },
    { name: "Yuki Sato", title: "Content Producer", employer: "Crunchyroll", industry: "Entertainment marketing", location: "Los Angeles, CA", stage: Stage.FIND, lastBd: 9 },
  ],
  lena: [
    { name: "Claire Donovan", title: "Senior Editor", employer: "Ohio Magazine", industry: "Journalism", location: "Cleveland, OH", stage: Stage.INTERVIEWED, lastBd: 2, alumni: true },
    { name: "Mateo Herrera", title: "Community Manager", employer: "Duolingo", industry: "Marketing", location: "Pittsburgh, PA", stage: Stage.OUTREACH, lastBd: 4 },
    { name: "Priyanka Desai", title: "PR Manager", employer: "Mount Carmel Health", industry: "Healthcare communications", location: "Columbus, OH", stage: Stage.SCHEDULED, lastBd: 1 },
    { name: "Owen Murphy", title: "Producer", employer: "NBC4 Columbus", industry: "Broadcast journalism", location: "Columbus, OH", stage: Stage.FIND, lastBd: 3 },
    { name: "Fatima Al-Sayed", title: "Communications Officer", employer: "Columbus Foundation", industry: "Nonprofit communications", location: "Columbus, OH", stage: Stage.THANKED, lastBd: 5, thankAfterHours: 19 },
    { name: "Greta Lindström", title: "Account Manager", employer: "Inkhouse", industry: "Public relations", location: "Boston, MA", stage: Stage.OUTREACH, lastBd: 8, followedUp: true },
    { name: "Chris Adebayo", title: "Brand Storyteller", employer: "Nike", industry: "Marketing", location: "Beaverton, OR", stage: Stage.FIND, lastBd: 1 },
    { name: "Beatriz Costa", title: "Editor", employer: "Columbus Alive", industry: "Journalism", location: "Columbus, OH", stage: Stage.FOLLOW_UP, lastBd: 6, alumni: true, thankAfterHours: 5 },
  ],
  // Stalled: nothing has happened for more than 20 days.
  diego: [
    { name: "Alan Park", title: "Marketing Manager", employer: "Scotts Miracle-Gro", industry: "Marketing", location: "Marysville, OH", stage: Stage.FIND, lastBd: 24 },
    { name: "Renée Lambert", title: "PR Specialist", employer: "Honda North America", industry: "Corporate communications", location: "Marysville, OH", stage: Stage.OUTREACH, lastBd: 19 },
    { name: "Victor Huang", title: "Reporter", employer: "WCMH-TV", industry: "Broadcast journalism", location: "Columbus, OH", stage: Stage.OUTREACH, lastBd: 17 },
    { name: "Ana Beltrán", title: "Communications Coordinator", employer: "Franklin Park Conservatory", industry: "Nonprofit communications", location: "Columbus, OH", stage: Stage.INTERVIEWED, lastBd: 16 },
    { name: "Sean Doyle", title: "Social Media Specialist", employer: "Crew SC", industry: "Sports marketing", location: "Columbus, OH", stage: Stage.FIND, lastBd: 21 },
  ],
  hannah: [
    { name: "Jenna Brooks", title: "Account Coordinator", employer: "Paul Werth Associates", industry: "Public relations", location: "Columbus, OH", stage: Stage.OUTREACH, lastBd: 2 },
    { name: "Malik Thompson", title: "Producer", employer: "iHeartMedia Columbus", industry: "Broadcast media", location: "Columbus, OH", stage: Stage.SCHEDULED, lastBd: 3 },
    { name: "Siobhan Kelly", title: "Marketing Specialist", employer: "Battelle", industry: "Corporate communications", location: "Columbus, OH", stage: Stage.FIND, lastBd: 1 },
    { name: "Noor Hassan", title: "Digital Editor", employer: "The Columbus Dispatch", industry: "Journalism", location: "Columbus, OH", stage: Stage.THANKED, lastBd: 4, alumni: true, thankAfterHours: 2 },
    { name: "Ellie Novak", title: "Communications Associate", employer: "Ohio History Connection", industry: "Nonprofit communications", location: "Columbus, OH", stage: Stage.FIND, lastBd: 5 },
    { name: "Ravi Iyer", title: "Growth Marketer", employer: "Root Insurance", industry: "Marketing", location: "Columbus, OH", stage: Stage.OUTREACH, lastBd: 9, followedUp: true },
  ],
};

const SIMPLE_HOW_FOUND: HowFound[] = [HowFound.LINKEDIN, HowFound.ALUMNI, HowFound.EVENT, HowFound.ARTICLE_AUTHOR, HowFound.OTHER];
const SIMPLE_CONNECTION: Partial<Record<HowFound, string>> = {
  LINKEDIN: "Found on LinkedIn",
  ALUMNI: "Fellow OSU grad",
  EVENT: "Met at the Fall Career Fair",
  ARTICLE_AUTHOR: "Read their recent article",
  OTHER: "Suggested by my advisor",
};

function buildOtherPipeline(
  b: DemoBuilder,
  ownerId: string,
  studentName: string,
  specs: SimpleContactSpec[],
  sharedIds: ReadonlyMap<SharedKey, string>,
): Map<SharedKey, EmittedContact> {
  const { cal } = b;
  const linked = new Map<SharedKey, EmittedContact>();
  specs.forEach((c, index) => {
    const n = stageIndex(c.stage);
    let bdAgo = c.movesBd;
    if (!bdAgo) {
      bdAgo = [c.lastBd];
      for (let i = n - 1; i >= 0; i--) bdAgo.unshift((bdAgo[0] ?? 0) + (SIMPLE_GAPS[i] ?? 2));
    }
    const stages = [Stage.FIND, Stage.OUTREACH, Stage.SCHEDULED, Stage.INTERVIEWED, Stage.THANKED, Stage.FOLLOW_UP];
    const hour = 9 + (index % 7);
    const moves: Move[] = bdAgo.map((ago, i) => ({ to: stages[i] ?? Stage.FIND, at: cal.ago(ago, hour, 10 * i) }));
    // The meeting ends at the move to Interviewed; the thank-you, and the move to Thanked, follow it
    // by thankAfterHours (over 24 is late).
    const thankedMove = moves.find((m) => m.to === Stage.THANKED);
    const interviewedMove = moves.find((m) => m.to === Stage.INTERVIEWED);
    if (thankedMove && interviewedMove) {
      thankedMove.at = new Date(interviewedMove.at.getTime() + (c.thankAfterHours ?? DEFAULT_THANK_AFTER_HOURS) * HOUR_MS);
      const next = moves[moves.indexOf(thankedMove) + 1];
      if (thankedMove.at > cal.now || (next && next.at <= thankedMove.at)) throw new Error(`Seed story for ${c.name}: the thank-you must come before the next move and now`);
    }
    const atStage = (stage: Stage) => moves.find((m) => m.to === stage)?.at;
    const first = firstName(c.name);
    const howFound = c.howFound ?? SIMPLE_HOW_FOUND[index % SIMPLE_HOW_FOUND.length] ?? HowFound.OTHER;
    const attempts: PlannedAttempt[] = [];
    const sent = atStage(Stage.OUTREACH);
    const scheduled = atStage(Stage.SCHEDULED);
    const interviewed = atStage(Stage.INTERVIEWED);
    const thanked = atStage(Stage.THANKED);
    const channel = index % 3 === 2 ? Channel.LINKEDIN : Channel.EMAIL;
    if (sent) {
      attempts.push({
        id: b.ids.id(), kind: OutreachKind.INITIAL, channel, sentAt: sent,
        subject: channel === Channel.EMAIL ? "A question from an Ohio State student" : null,
        body: `Hi ${first}, I'm ${studentName}, a communications student at Ohio State. Would you have 20 minutes in the next few weeks, by phone, video or in person, to tell me how you got started at ${c.employer}? I'll follow up next week. Thank you!`,
        reply: scheduled ? { status: "REPLIED", at: new Date(scheduled.getTime() - 30 * MINUTE_MS) } : undefined,
      });
      if (c.followedUp) {
        if (c.stage !== Stage.OUTREACH || c.lastBd < 8) throw new Error(`Seed story for ${c.name}: a follow-up needs 8 business days in outreach`);
        attempts.push({
          id: b.ids.id(), kind: OutreachKind.FOLLOW_UP, channel, sentAt: cal.addBusinessDays(sent, 7),
          body: `Hi ${first}, just following up on my note from last week. Twenty minutes at any time that suits you would mean a lot. Thank you, ${firstName(studentName)}`,
        });
      }
    }
    if (thanked) {
      attempts.push({
        id: b.ids.id(), kind: OutreachKind.THANK_YOU, channel, sentAt: thanked, subject: channel === Channel.EMAIL ? `Thank you, ${first}` : null,
        body: `Dear ${first}, thank you for taking the time to talk with me. Your advice gave me a clear next step. ${firstName(studentName)}`,
      });
    }
    const meetingSpec: MeetingSpec | undefined = interviewed
      ? { startsAt: new Date(interviewed.getTime() - 30 * MINUTE_MS), minutes: 30, mode: index % 2 ? MeetingMode.VIDEO : MeetingMode.COFFEE, location: index % 2 ? "" : "Stauf's Coffee Roasters, 1277 Grandview Ave, Columbus, OH" }
      : c.stage === Stage.SCHEDULED
        ? { startsAt: cal.ahead(2 + (index % 6), 10 + (index % 5)), minutes: 20, mode: MeetingMode.VIDEO, location: "" }
        : undefined;
    const sharedContactId = c.sharedContact ? sharedIds.get(c.sharedContact) : undefined;
    const contact = b.emit({
      ownerId,
      stage: c.stage,
      moves,
      attempts,
      meeting: meetingSpec && scheduled ? { spec: meetingSpec, scheduledAt: scheduled, sharedContactId } : undefined,
      base: {
        name: c.name,
        title: c.title,
        employer: c.employer,
        industry: c.industry,
        location: c.location,
        email: channel === Channel.LINKEDIN ? null : demoEmail(c.name, c.employer),
        linkedinUrl: channel === Channel.LINKEDIN || index % 2 === 0 ? `https://www.linkedin.com/in/${slug(c.name)}-${b.ids.hex(6)}` : null,
        howFound,
        connection: c.connection ?? (c.alumni ? "Fellow OSU grad" : SIMPLE_CONNECTION[howFound] ?? null),
        motivation: c.motivation ?? 2 + (index % 4),
        isAlumniOrAdvocate: c.alumni ?? false,
        openPostings: index % 3,
        tags: [slug(c.industry).split("-")[0] ?? "communications"],
        sharedContactId: sharedContactId ?? null,
      },
    });
    if (c.sharedContact) linked.set(c.sharedContact, contact);
  });
  return linked;
}

// ---------------------------------------------------------------------------
// The whole demo
// ---------------------------------------------------------------------------

function buildDemo(now: Date, passwordHash: string): DemoRows {
  // Maya's holidays: Thanksgiving, the day after (the university is closed) and Christmas Day of
  // the current year, or next year's once this year's Christmas has passed.
  const nowYear = wallClock(now).year;
  const year = civilDay(now) > Date.UTC(nowYear, 11, 25) / DAY_MS ? nowYear + 1 : nowYear;
  const holidays = [
    { day: thanksgivingDay(year), name: "Thanksgiving Day" },
    { day: thanksgivingDay(year) + 1, name: "Day after Thanksgiving" },
    { day: Date.UTC(year, 11, 25) / DAY_MS, name: "Christmas Day" },
  ];
  const cal = new Calendar(now, new Set(holidays.map((h) => h.day)));
  const b = new DemoBuilder(cal);
  const { rows } = b;

  // ----- users -----
  const student = demoAccount("Student");
  const staff = demoAccount("Career-centre staff");
  const officer = demoAccount("Chapter officer");
  const user = (email: string, name: string, createdDaysAgo: number, weeklyOutreachGoal = 5): string => {
    const id = b.ids.id();
    const createdAt = cal.daysAgo(createdDaysAgo, 12);
    rows.users.push({ id, email, name, passwordHash, timeZone: ZONE, weeklyOutreachGoal, createdAt, updatedAt: createdAt });
    return id;
  };
  const mayaId = user(student.email, student.name, 150, 6);
  const staffId = user(staff.email, staff.name, 400);
  const officerId = user(officer.email, officer.name, 300);
  const otherIds = new Map<OtherStudentKey, string>();
  OTHER_STUDENTS.forEach((s, i) => otherIds.set(s.key, user(s.email, s.name, 100 - i * 3)));
  const other = (key: OtherStudentKey): string => {
    const id = otherIds.get(key);
    if (!id) throw new Error(`Seed: no student ${key}`);
    return id;
  };

  // ----- organisations -----
  const careerCentreId = b.ids.id();
  const chapterId = b.ids.id();
  rows.organisations.push(
    { id: careerCentreId, kind: OrganisationKind.CAREER_CENTRE, name: "Ohio State Career Center", slug: "ohio-state-career-center", inviteCode: b.staffCode(), createdAt: cal.daysAgo(400, 9) },
    { id: chapterId, kind: OrganisationKind.CHAPTER, name: "PRSSA — Ohio State", slug: "prssa-ohio-state", inviteCode: b.code(), claimDays: 14, createdAt: cal.daysAgo(300, 9) },
  );
  const member = (organisationId: string, userId: string, role: Role, daysAgo: number) =>
    rows.memberships.push({ id: b.ids.id(), organisationId, userId, role, createdAt: cal.daysAgo(daysAgo, 12) });
  member(careerCentreId, staffId, Role.ADMIN, 400);
  member(careerCentreId, mayaId, Role.STUDENT, 140);
  for (const s of OTHER_STUDENTS) member(careerCentreId, other(s.key), Role.STUDENT, 95);
  member(chapterId, officerId, Role.OFFICER, 300);
  member(chapterId, mayaId, Role.MEMBER, 130);
  member(chapterId, other("sam"), Role.MEMBER, 90);
  member(chapterId, other("lena"), Role.MEMBER, 88);

  // ----- cohort -----
  const cohortId = b.ids.id();
  rows.cohorts.push({ id: cohortId, organisationId: careerCentreId, name: "Communications Fall 2026", term: "Fall 2026", inviteCode: b.code(), createdAt: cal.daysAgo(145, 10) });
  const cohortMember = (userId: string, consent: ConsentLevel, joinedDaysAgo: number) =>
    rows.cohortMembers.push({
      id: b.ids.id(), cohortId, userId, consent, consentAt: consent === ConsentLevel.NONE ? null : cal.daysAgo(joinedDaysAgo, 12, 5), joinedAt: cal.daysAgo(joinedDaysAgo, 12),
    });
  cohortMember(mayaId, ConsentLevel.CONTACTS, 140);
  cohortMember(other("sam"), ConsentLevel.PROGRESS, 95);
  cohortMember(other("lena"), ConsentLevel.PROGRESS, 95);
  cohortMember(other("diego"), ConsentLevel.PROGRESS, 94);
  cohortMember(other("hannah"), ConsentLevel.NONE, 93);

  // ----- built-in question bank and templates -----
  const questionIds = new Map<QuestionKey, string>();
  BUILT_IN_QUESTIONS.forEach((q, position) => {
    const id = b.ids.id();
    questionIds.set(q.key, id);
    rows.questions.push({ id, ownerId: null, category: q.category, tier: q.tier, text: q.text, tags: q.tags ?? [], position, createdAt: cal.daysAgo(400, 9) });
  });
  for (const t of BUILT_IN_TEMPLATES) {
    rows.templates.push({ id: b.ids.id(), ownerId: null, kind: t.kind, name: t.name, subject: t.subject ?? null, body: t.body, createdAt: cal.daysAgo(400, 9), updatedAt: cal.daysAgo(400, 9) });
  }

  // ----- the chapter's shared list -----
  const sharedIds = new Map<SharedKey, string>();
  const officersOnly = { email: "officers", phone: "officers" };
  const shared: {
    key: SharedKey; name: string; title: string; employer: string; topics: string[]; status: SharedStatus; channel: Channel;
    relation: string; proposedBy: string; cap?: number; cooldown?: number; visibility?: Record<string, string>; phone?: boolean;
  }[] = [
    { key: "rachel", name: "Rachel Goldberg", title: "Senior Vice President", employer: "Fahlgren Mortine", topics: ["agency life", "crisis communications", "client service"], status: SharedStatus.OPEN, channel: Channel.EMAIL, relation: "Chapter mentor; PRSSA Ohio State alum (2008)", proposedBy: officerId, visibility: officersOnly, phone: true },
    { key: "tanya", name: "Tanya Brooks", title: "PR Manager", employer: "Columbus Crew", topics: ["sports PR", "media days", "community relations"], status: SharedStatus.OPEN, channel: Channel.LINKEDIN, relation: "Spoke at our spring networking night", proposedBy: officerId },
    { key: "hector", name: "Héctor Domínguez", title: "Account Director", employer: "Lesic & Camper", topics: ["public affairs", "bilingual media relations"], status: SharedStatus.OPEN, channel: Channel.EMAIL, relation: "Hosts our agency tour every fall", proposedBy: officerId, cap: 4, cooldown: 10 },
    { key: "elena", name: "Elena Vasquez", title: "Communications Lead", employer: "Battelle", topics: ["science communication", "internal comms"], status: SharedStatus.OPEN, channel: Channel.EMAIL, relation: "Former chapter president (2014)", proposedBy: mayaId, visibility: officersOnly },
    { key: "greg", name: "Greg Thompson", title: "Evening Anchor", employer: "NBC4 Columbus", topics: ["broadcast news", "on-air presence"], status: SharedStatus.LIMITED, channel: Channel.EMAIL, relation: "Judged our 2025 Bateman pitch", proposedBy: officerId, cap: 1, cooldown: 30 },
    { key: "priscilla", name: "Priscilla Owens", title: "Founder", employer: "Owens Strategic Communications", topics: ["starting an agency", "nonprofit clients"], status: SharedStatus.CLOSED, channel: Channel.EMAIL, relation: "Chapter mentor until this term (on sabbatical)", proposedBy: officerId },
    { key: "carla", name: "Carla Jensen", title: "VP, Corporate Communications", employer: "Huntington Bank", topics: ["financial communications"], status: SharedStatus.DO_NOT_CONTACT, channel: Channel.EMAIL, relation: "Asked to be removed from student outreach", proposedBy: officerId },
    { key: "wei", name: "Wei Zhang", title: "Digital Strategist", employer: "Ologie", topics: ["higher-ed marketing", "brand strategy", "analytics"], status: SharedStatus.OPEN, channel: Channel.LINKEDIN, relation: "Alum; speaks at our portfolio workshop", proposedBy: other("sam") },
    { key: "natalie", name: "Natalie Fox", title: "Senior Editor", employer: "Columbus Business First", topics: ["business journalism", "pitching reporters"], status: SharedStatus.OPEN, channel: Channel.EMAIL, relation: "Met the chapter at the media relations workshop", proposedBy: officerId, cooldown: 21 },
    { key: "ibrahim", name: "Ibrahim Diallo", title: "Communications Manager", employer: "Mid-Ohio Food Collective", topics: ["nonprofit storytelling", "volunteer campaigns"], status: SharedStatus.PROPOSED, channel: Channel.EMAIL, relation: "Worked with us on the food-drive campaign", proposedBy: other("lena") },
  ];
  shared.forEach((s, i) => {
    const id = b.ids.id();
    sharedIds.set(s.key, id);
    const proposed = s.status === SharedStatus.PROPOSED;
    const createdAt = proposed ? cal.ago(2, 19) : cal.daysAgo(200 - i * 12, 14);
    rows.sharedContacts.push({
      id, organisationId: chapterId, proposedById: s.proposedBy, approvedById: proposed ? null : officerId,
      approvedAt: proposed ? null : new Date(createdAt.getTime() + DAY_MS), status: s.status, name: s.name, title: s.title, employer: s.employer,
      topics: s.topics, preferredChannel: s.channel, chapterRelation: s.relation, email: demoEmail(s.name, s.employer),
      phone: s.phone ? `(614) 555-01${String(50 + i)}` : null, linkedinUrl: s.channel === Channel.LINKEDIN ? `https://www.linkedin.com/in/${slug(s.name)}-${b.ids.hex(6)}` : null,
      fieldVisibility: s.visibility ?? {}, capPerTerm: s.cap ?? 3, cooldownDays: s.cooldown ?? 14, createdAt,
      updatedAt: proposed ? createdAt : new Date(createdAt.getTime() + DAY_MS),
    });
  });
  const sharedId = (key: SharedKey): string => {
    const id = sharedIds.get(key);
    if (!id) throw new Error(`Seed: no shared contact ${key}`);
    return id;
  };

  // ----- pipelines -----
  buildMaya(b, mayaId, questionIds, sharedIds);
  const samLinks = buildOtherPipeline(b, other("sam"), "Sam Okafor", OTHER_PIPELINES.sam, sharedIds);
  buildOtherPipeline(b, other("lena"), "Lena Novak", OTHER_PIPELINES.lena, sharedIds);
  buildOtherPipeline(b, other("diego"), "Diego Ramírez", OTHER_PIPELINES.diego, sharedIds);
  buildOtherPipeline(b, other("hannah"), "Hannah Kim", OTHER_PIPELINES.hannah, sharedIds);

  // ----- claims: Maya holds Rachel now; Sam met Héctor earlier this term -----
  const rachelClaimedAt = cal.ago(3, 11);
  rows.claims.push({
    id: b.ids.id(), sharedContactId: sharedId("rachel"), userId: mayaId, activeFor: sharedId("rachel"),
    claimedAt: rachelClaimedAt, expiresAt: new Date(rachelClaimedAt.getTime() + 14 * DAY_MS),
  });
  const hector = samLinks.get("hector");
  if (!hector?.meetingDoneAt) throw new Error("Seed: Sam's meeting with Héctor is missing");
  const hectorClaimedAt = cal.ago(25, 9);
  rows.claims.push({
    id: b.ids.id(), sharedContactId: sharedId("hector"), userId: other("sam"), activeFor: null,
    claimedAt: new Date(hectorClaimedAt.getTime() - 30 * MINUTE_MS), expiresAt: new Date(hectorClaimedAt.getTime() + 14 * DAY_MS),
    releasedAt: new Date(hector.meetingDoneAt.getTime() + HOUR_MS), outcome: ClaimOutcome.MET, outcomeAt: hector.meetingDoneAt,
  });

  for (const h of holidays) rows.holidays.push({ id: b.ids.id(), ownerId: mayaId, date: new Date(h.day * DAY_MS), name: h.name });
  return rows;
}
