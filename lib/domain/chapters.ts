// A chapter's etiquette for its shared professionals: academic terms, the cap on contacts per term,
// the cool-down between contacts, which statuses may be claimed, and what a member may see.
// Pure: `now` and the time zone are passed in.
import { addDays } from "date-fns";
import { formatDate, formatDateTime } from "./format";
import { DuplicateIndex, type MatchedBy } from "./import/duplicates";
import { rateLimitState } from "./throttle";

// ---------------------------------------------------------------------------
// Terms
// ---------------------------------------------------------------------------

export type TermSeason = "SPRING" | "SUMMER" | "FALL";

export interface Term {
  /** "2026-fall": stable, sortable within a year. */
  key: string;
  label: string;
  season: TermSeason;
  /** First instant of the term (inclusive). */
  start: Date;
  /** First instant of the next term (exclusive). */
  end: Date;
}

/**
 * A chapter's cap counts contacts per academic term. Terms are fixed calendar ranges, the same for
 * every member whatever their time zone, so they are taken on UTC dates:
 * Spring is Jan 1 – May 31, Summer Jun 1 – Aug 14, Fall Aug 15 – Dec 31.
 */
const SEASONS: readonly { season: TermSeason; label: string; month: number; day: number }[] = [
  { season: "SPRING", label: "Spring", month: 0, day: 1 },
  { season: "SUMMER", label: "Summer", month: 5, day: 1 },
  { season: "FALL", label: "Fall", month: 7, day: 15 },
];

function seasonStart(year: number, index: number): Date {
  const s = SEASONS[index % SEASONS.length];
  if (!s) throw new Error("unreachable: season index");
  return new Date(Date.UTC(year + Math.floor(index / SEASONS.length), s.month, s.day));
}

export function termOf(at: Date): Term {
  const year = at.getUTCFullYear();
  let index = 0;
  for (let i = SEASONS.length - 1; i >= 0; i--) {
    if (at.getTime() >= seasonStart(year, i).getTime()) {
      index = i;
      break;
    }
  }
  const s = SEASONS[index];
  if (!s) throw new Error("unreachable: season");
  return {
    key: `${year}-${s.season.toLowerCase()}`,
    label: `${s.label} ${year}`,
    season: s.season,
    start: seasonStart(year, index),
    end: seasonStart(year, index + 1),
  };
}

// ---------------------------------------------------------------------------
// Claims
// ---------------------------------------------------------------------------

export const CLAIM_OUTCOME_LABELS = { CONTACTED: "Contacted, waiting for a reply", MET: "We met", NO_REPLY: "No reply" } as const;

export type SharedStatusValue = "PROPOSED" | "OPEN" | "LIMITED" | "CLOSED" | "DO_NOT_CONTACT";

export const CLAIMABLE_STATUSES = ["OPEN", "LIMITED"] as const satisfies readonly SharedStatusValue[];

export function isClaimable(status: SharedStatusValue): boolean {
  return (CLAIMABLE_STATUSES as readonly string[]).includes(status);
}

/** A past or present claim on one professional, by any member. */
export interface ClaimRecord {
  claimedAt: Date;
  expiresAt: Date;
  releasedAt: Date | null;
  outcome: "CONTACTED" | "MET" | "NO_REPLY" | null;
}

/** When a claim stopped (or will stop) holding the professional. */
export function claimEnd(claim: ClaimRecord): Date {
  return claim.releasedAt && claim.releasedAt < claim.expiresAt ? claim.releasedAt : claim.expiresAt;
}

export function isActiveClaim(claim: ClaimRecord, now: Date): boolean {
  return claim.releasedAt === null && claim.expiresAt > now;
}

/**
 * Whether a claim used up the professional's goodwill. A claim its holder gave back early without
 * reporting any outcome is taken as "never reached out" (a mistaken claim, a change of plan): it
 * neither counts toward the cap nor starts a cool-down. Every other claim does, including one that
 * simply expired, because the member may well have written.
 */
export function countsAsContact(claim: ClaimRecord): boolean {
  return !(claim.releasedAt !== null && claim.releasedAt < claim.expiresAt && claim.outcome === null);
}

export interface ClaimRules {
  name: string;
  status: SharedStatusValue;
  capPerTerm: number;
  cooldownDays: number;
}

export type ClaimDecision =
  | { ok: true; expiresAt: Date }
  | { ok: false; reason: "status" | "cap" | "cooldown"; message: string; availableAt: Date | null };

/**
 * How much of a chapter's list one member may hold. A claim keeps every other member away from a
 * professional for two weeks, and a student reaches out to a few people at a time (guides suggest
 * two or three requests a week), so five held at once is generous for one member and still leaves a
 * chapter's list of a few dozen open to the others. Ten new claims a day stops a burst (or a
 * script) that claims and releases its way through the list; a member who claims by mistake and
 * gives it back still has room.
 */
export const MEMBER_CLAIM_LIMITS = { active: 5, perDay: 10 } as const;

export type MemberClaimDecision = { ok: true } | { ok: false; reason: "member-active" | "member-day"; message: string; availableAt: Date };

/** Whether the member may take one more claim in this chapter, given their own claims there (any professional). */
export function decideMemberClaimLimit(myClaims: readonly ClaimRecord[], now: Date, timeZone: string): MemberClaimDecision {
  const active = myClaims.filter((c) => isActiveClaim(c, now));
  if (active.length >= MEMBER_CLAIM_LIMITS.active) {
    const firstLapse = active.map((c) => c.expiresAt).reduce((a, b) => (b < a ? b : a));
    return {
      ok: false,
      reason: "member-active",
      message: `You already hold ${active.length} claims in this chapter, the most one member may hold at once, so the list stays open to everyone. Release one you will not use, or wait until ${formatDate(firstLapse, timeZone)}, when your first one lapses.`,
      availableAt: firstLapse,
    };
  }
  const day = rateLimitState(
    myClaims.map((c) => c.claimedAt),
    now,
    [{ max: MEMBER_CLAIM_LIMITS.perDay, windowMinutes: 24 * 60 }],
  );
  if (day.locked) {
    return {
      ok: false,
      reason: "member-day",
      message: `You have made ${MEMBER_CLAIM_LIMITS.perDay} claims in this chapter in the last 24 hours, the most one member may in a day. You can claim again from ${formatDateTime(day.retryAt, timeZone)}.`,
      availableAt: day.retryAt,
    };
  }
  return { ok: true };
}

/**
 * Whether a member may claim the professional now, given every earlier claim on them (any member).
 * Refusals say why and, where it will pass, from when. Whether someone else holds the professional
 * right now is left to the database's unique index on the active claim.
 */
export function decideClaim(
  rules: ClaimRules,
  claims: readonly ClaimRecord[],
  claimDays: number,
  now: Date,
  timeZone: string,
): ClaimDecision {
  if (rules.status === "DO_NOT_CONTACT") {
    return { ok: false, reason: "status", message: `${rules.name} asked not to be contacted by students. Please do not reach out.`, availableAt: null };
  }
  if (rules.status === "CLOSED") {
    return { ok: false, reason: "status", message: `${rules.name} is not taking requests from the chapter at the moment.`, availableAt: null };
  }
  if (!isClaimable(rules.status)) {
    return { ok: false, reason: "status", message: `${rules.name} is waiting for an officer's approval and cannot be claimed yet.`, availableAt: null };
  }

  // A claim someone holds right now is not judged here: the unique index on the active claim
  // refuses the insert, so two members racing cannot both pass a check made before either wrote.
  const past = claims.filter((c) => !isActiveClaim(c, now));

  const term = termOf(now);
  const counted = past.filter(countsAsContact);
  const thisTerm = counted.filter((c) => c.claimedAt >= term.start && c.claimedAt < term.end).length;
  if (thisTerm >= rules.capPerTerm) {
    const times = rules.capPerTerm === 1 ? "once" : `${rules.capPerTerm} times`;
    return {
      ok: false,
      reason: "cap",
      message: `The chapter contacts ${rules.name} at most ${times} a term, and that is used up for ${term.label}. You can claim them from ${formatDate(term.end, timeZone)}.`,
      availableAt: term.end,
    };
  }

  const lastEnd = counted.map(claimEnd).reduce<Date | null>((latest, end) => (!latest || end > latest ? end : latest), null);
  if (lastEnd && rules.cooldownDays > 0) {
    const availableAt = addDays(lastEnd, rules.cooldownDays);
    if (availableAt > now) {
      return {
        ok: false,
        reason: "cooldown",
        message: `${rules.name} was last contacted through the chapter on ${formatDate(lastEnd, timeZone)}, and the chapter leaves ${rules.cooldownDays} days between contacts. You can claim them from ${formatDate(availableAt, timeZone)}.`,
        availableAt,
      };
    }
  }

  return { ok: true, expiresAt: addDays(now, claimDays) };
}

// ---------------------------------------------------------------------------
// Per-field visibility
// ---------------------------------------------------------------------------

/** The fields of a shared entry a chapter may restrict to officers. The name is always shown. */
export const RESTRICTABLE_FIELDS = ["title", "employer", "topics", "preferredChannel", "chapterRelation", "email", "phone", "linkedinUrl"] as const;
export type RestrictableField = (typeof RESTRICTABLE_FIELDS)[number];

export const RESTRICTABLE_FIELD_LABELS: Record<RestrictableField, string> = {
  title: "Title",
  employer: "Employer",
  topics: "Topics",
  preferredChannel: "Preferred channel",
  chapterRelation: "How they know the chapter",
  email: "Email",
  phone: "Phone",
  linkedinUrl: "LinkedIn",
};

/** Fields marked "officers" in a stored `fieldVisibility` value; anything malformed counts as "everyone". */
export function officerOnlyFields(value: unknown): Set<RestrictableField> {
  const fields = new Set<RestrictableField>();
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [field, visibility] of Object.entries(value)) {
      if (visibility === "officers" && (RESTRICTABLE_FIELDS as readonly string[]).includes(field)) fields.add(field as RestrictableField);
    }
  }
  return fields;
}

export interface SharedFields {
  title: string | null;
  employer: string | null;
  topics: string[];
  preferredChannel: string | null;
  chapterRelation: string | null;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
}

/** The entry as the viewer may see it: fields restricted to officers are emptied for members. */
/**
 * What a member may not see of an entry: the fields the chapter keeps for officers, and every way of
 * reaching a professional marked do-not-contact (listed so nobody proposes them again, not to be
 * written to).
 */
export function hiddenFromMembers(status: SharedStatusValue, officerOnly: ReadonlySet<RestrictableField>): Set<RestrictableField> {
  const hidden = new Set(officerOnly);
  if (status === "DO_NOT_CONTACT") for (const field of ["email", "phone", "linkedinUrl"] as const) hidden.add(field);
  return hidden;
}

export function redactShared<T extends SharedFields>(entry: T, hidden: ReadonlySet<RestrictableField>): T {
  if (hidden.size === 0) return entry;
  const copy: T = { ...entry };
  for (const field of hidden) {
    if (field === "topics") copy.topics = [];
    else copy[field] = null;
  }
  return copy;
}

/** The fields a member reaches a professional by. */
export const CONTACT_FIELDS = ["email", "phone", "linkedinUrl"] as const satisfies readonly RestrictableField[];

/**
 * How a member can reach a professional: "direct" when an email, phone or LinkedIn profile is shown
 * to them; "officer" when the chapter keeps every one it has for its officers; "none" when the
 * chapter has none. Claiming stays open either way (the claim keeps other members from asking
 * meanwhile, and an officer can introduce them), but the member is told before claiming. Only this
 * answer reaches the member; the hidden values never leave the server.
 */
export type ContactRoute = "direct" | "officer" | "none";

export function memberContactRoute(entry: Pick<SharedFields, (typeof CONTACT_FIELDS)[number]>, hidden: ReadonlySet<RestrictableField>): ContactRoute {
  const present = CONTACT_FIELDS.filter((field) => !!entry[field]?.trim());
  if (present.some((field) => !hidden.has(field))) return "direct";
  return present.length > 0 ? "officer" : "none";
}

/** What a member is told, on the card and when claiming, when they cannot reach a professional themselves. */
export function contactRouteHint(route: ContactRoute, name: string): string | null {
  if (route === "officer") return `The chapter's officers keep ${name}'s contact details. Ask an officer for an introduction.`;
  if (route === "none") return `The chapter has no contact details for ${name}. Ask an officer for an introduction.`;
  return null;
}

// ---------------------------------------------------------------------------
// Search and filters (over what the viewer may see, so a filter cannot reveal a hidden field)
// ---------------------------------------------------------------------------

export interface DirectoryFilter {
  q?: string;
  topic?: string;
  employer?: string;
  status?: SharedStatusValue;
}

export function matchesFilter(entry: { name: string; title: string | null; employer: string | null; topics: string[]; status: SharedStatusValue }, filter: DirectoryFilter): boolean {
  const norm = (s: string) => s.trim().toLocaleLowerCase();
  if (filter.status && entry.status !== filter.status) return false;
  if (filter.topic && !entry.topics.some((t) => norm(t) === norm(filter.topic ?? ""))) return false;
  if (filter.employer && norm(entry.employer ?? "") !== norm(filter.employer)) return false;
  if (filter.q) {
    const q = norm(filter.q);
    const haystack = [entry.name, entry.title ?? "", entry.employer ?? "", ...entry.topics].map(norm);
    if (!haystack.some((h) => h.includes(q))) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// One professional, one entry
// ---------------------------------------------------------------------------

/** What tells one professional on a chapter's list from another. */
export interface ListedPerson {
  name: string;
  employer: string | null;
  email: string | null;
  linkedinUrl: string | null;
}

/** The form field a duplicate was recognised by, where its message goes. */
export type ListedMatchField = "email" | "linkedinUrl" | "name";

const FIELD_MATCHED: Record<MatchedBy, ListedMatchField> = { email: "email", "LinkedIn URL": "linkedinUrl", "name and employer": "name" };

/**
 * The entry already on a chapter's list that is the same professional as `candidate`, whatever its
 * status (proposed, closed and do-not-contact included), and the field that shows it: by the rule
 * imports use (lib/domain/import/duplicates.ts), the same email, else the same LinkedIn profile,
 * else the same name at the same employer unless an email or profile both have tells them apart.
 * Null when nobody on the list is them.
 */
export function findListedDuplicate<T extends ListedPerson>(candidate: ListedPerson, list: readonly T[]): { entry: T; field: ListedMatchField } | null {
  const match = new DuplicateIndex(list.map((entry, i) => ({ ...entry, id: String(i) }))).match(candidate);
  const entry = match?.contactId != null ? list[Number(match.contactId)] : undefined;
  return match && entry ? { entry, field: FIELD_MATCHED[match.by] } : null;
}

/**
 * What the person adding or proposing a duplicate is told: who is already listed (their employer
 * only when `showEmployer`, so a member does not learn a field the chapter keeps for officers) and
 * what that entry's status means for them.
 */
export function alreadyListedMessage(entry: { name: string; employer: string | null; status: SharedStatusValue }, showEmployer: boolean): string {
  const employer = showEmployer && entry.employer?.trim() ? ` (${entry.employer.trim()})` : "";
  const first = `${entry.name}${employer} is already on the chapter's list.`;
  switch (entry.status) {
    case "PROPOSED":
      return `${first} They are waiting for an officer's approval.`;
    case "DO_NOT_CONTACT":
      return `${first} They asked not to be contacted by students, so they cannot be added again.`;
    case "CLOSED":
      return `${first} They are not taking requests from the chapter at the moment.`;
    default:
      return `${first} Use that entry rather than adding them again.`;
  }
}

// ---------------------------------------------------------------------------
// Roles
// ---------------------------------------------------------------------------

/** A chapter keeps at least one officer: the last one cannot step down or leave while others remain. */
export function canLoseOfficer(officerCount: number, memberCount: number): boolean {
  return officerCount > 1 || memberCount <= 1;
}
