// Chapters and their shared professionals (members and officers). Access is decided inside every
// query by the viewer's own membership rows, never by the caller: someone outside a chapter gets
// NotFoundError for its entries, exactly as for an id that does not exist.
import "server-only";
import { randomInt } from "node:crypto";
import { subDays } from "date-fns";
import { now as clockNow } from "../clock";
import { db } from "../db";
import {
  alreadyListedMessage,
  canLoseOfficer,
  contactRouteHint,
  decideClaim,
  decideMemberClaimLimit,
  findListedDuplicate,
  hiddenFromMembers,
  isClaimable,
  matchesFilter,
  memberContactRoute,
  officerOnlyFields,
  redactShared,
  RESTRICTABLE_FIELDS,
  termOf,
  type DirectoryFilter,
  type RestrictableField,
} from "../domain/chapters";
import { formatDate } from "../domain/format";
import { generateCohortCode, nextFreeSlug, normaliseCode } from "../domain/invite-codes";
import { contactPriority } from "../domain/priority";
import type { Prisma } from "../generated/prisma/client";
import type { Channel, ClaimOutcome, SharedStatus } from "../generated/prisma/enums";
import { FieldError, NotFoundError } from "./errors";
import { throttledCodeLookup } from "./invite-code-attempts";
import { cancelContactReminders } from "./reminders";
import { requireViewer } from "./viewer";

type ChapterRole = "MEMBER" | "OFFICER";
const CHAPTER_ROLES = ["MEMBER", "OFFICER"] as const satisfies readonly ChapterRole[];

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}

// ---------------------------------------------------------------------------
// Access
// ---------------------------------------------------------------------------

/** The viewer's role in a chapter, read now from the database; null when not a member. */
async function chapterRole(organisationId: string, userId: string): Promise<ChapterRole | null> {
  const membership = await db.membership.findFirst({
    where: { organisationId, userId, role: { in: [...CHAPTER_ROLES] }, organisation: { kind: "CHAPTER" } },
    select: { role: true },
  });
  return membership ? (membership.role === "OFFICER" ? "OFFICER" : "MEMBER") : null;
}

const entryAccessSelect = {
  id: true,
  organisationId: true,
  status: true,
  name: true,
  capPerTerm: true,
  cooldownDays: true,
  organisation: {
    select: { name: true, claimDays: true },
  },
} satisfies Prisma.SharedContactSelect;

/**
 * A shared entry the viewer may act on, with their role. Members never see PROPOSED entries; a
 * non-member sees nothing. Both come out as NotFoundError, so existence is not revealed.
 */
async function entryForViewer(sharedContactId: string, userId: string) {
  const entry = await db.sharedContact.findFirst({
    where: {
      id: sharedContactId,
      organisation: { kind: "CHAPTER", memberships: { some: { userId, role: { in: [...CHAPTER_ROLES] } } } },
    },
    select: { ...entryAccessSelect, organisation: { select: { name: true, claimDays: true, memberships: { where: { userId }, select: { role: true } } } } },
  });
  if (!entry) throw new NotFoundError("shared contact");
  const role: ChapterRole = entry.organisation.memberships.some((m) => m.role === "OFFICER") ? "OFFICER" : "MEMBER";
  if (role === "MEMBER" && entry.status === "PROPOSED") throw new NotFoundError("shared contact");
  return { ...entry, role };
}

function officersOnly(what: string): FieldError {
  return new FieldError("form", `Only the chapter's officers can ${what}.`);
}

// ---------------------------------------------------------------------------
// Expired claims: released lazily, so no job has to run for them to stop holding anyone
// ---------------------------------------------------------------------------

/**
 * Frees the unique `activeFor` slot of every lapsed claim in these chapters. An expired claim keeps
 * `releasedAt` null: it ended at `expiresAt`, which is what the cool-down counts from.
 */
async function releaseExpiredClaims(client: Pick<typeof db, "claim">, where: Prisma.SharedContactWhereInput, now: Date): Promise<void> {
  await client.claim.updateMany({
    where: { activeFor: { not: null }, expiresAt: { lte: now }, sharedContact: where },
    data: { activeFor: null },
  });
}

// ---------------------------------------------------------------------------
// The directory
// ---------------------------------------------------------------------------

export interface ClaimHistoryItem {
  id: string;
  /** "You" for the viewer's own, the member's name for officers, null (a member) otherwise. */
  who: string | null;
  byViewer: boolean;
  claimedAt: Date;
  endedAt: Date | null;
  outcome: ClaimOutcome | null;
  outcomeAt: Date | null;
}

export interface SharedProfessional {
  id: string;
  name: string;
  title: string | null;
  employer: string | null;
  topics: string[];
  preferredChannel: Channel | null;
  chapterRelation: string | null;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  status: SharedStatus;
  capPerTerm: number;
  cooldownDays: number;
  /** Officers only (null for members): which fields are restricted, for the edit form. */
  officerOnly: RestrictableField[] | null;
  /** Officers only: who proposed it. */
  proposedBy: string | null;
  /**
   * Members only: set when they cannot reach the professional themselves (the chapter keeps every
   * email, phone and LinkedIn profile it has for officers, or has none), saying to ask an officer
   * for an introduction. Shown before they claim. Null for officers and when a way is shown.
   */
  contactHint: string | null;
  /** The active claim, if any: whether it is the viewer's and when it lapses. Officers also see who holds it. */
  claim: { byViewer: boolean; expiresAt: Date; holder: string | null } | null;
  /** Claims this term that count toward the cap. */
  contactsThisTerm: number;
  /** The viewer's own copy in their pipeline, if they made one. */
  myContactId: string | null;
  /** The viewer's latest claim, so they can report its outcome. */
  myLatestClaim: { id: string; outcome: ClaimOutcome | null; active: boolean } | null;
  history: ClaimHistoryItem[];
}

export interface ChapterDirectory {
  id: string;
  name: string;
  role: ChapterRole;
  claimDays: number;
  /** Officers only: the code and path to invite members. */
  inviteCode: string | null;
  professionals: SharedProfessional[];
  /** Before filtering, for the filter's choices. */
  topics: string[];
  employers: string[];
  total: number;
}

const directorySelect = {
  id: true,
  organisationId: true,
  name: true,
  title: true,
  employer: true,
  topics: true,
  preferredChannel: true,
  chapterRelation: true,
  email: true,
  phone: true,
  linkedinUrl: true,
  status: true,
  capPerTerm: true,
  cooldownDays: true,
  fieldVisibility: true,
  proposedBy: { select: { name: true } },
} satisfies Prisma.SharedContactSelect;

/**
 * The shared professionals of every chapter the viewer belongs to, filtered. Members see
 * everything but PROPOSED entries, with fields restricted to officers emptied here, on the server,
 * so they never reach a member's browser; filters run over what the viewer may see, so filtering
 * cannot reveal a hidden field either. Null when the viewer is in no chapter.
 */
export async function listChapterDirectories(now: Date, filter: DirectoryFilter = {}): Promise<ChapterDirectory[] | null> {
  const viewer = await requireViewer();
  const memberships = await db.membership.findMany({
    where: { userId: viewer.id, role: { in: [...CHAPTER_ROLES] }, organisation: { kind: "CHAPTER" } },
    select: { role: true, organisation: { select: { id: true, name: true, claimDays: true, inviteCode: true } } },
    orderBy: { organisation: { name: "asc" } },
  });
  if (memberships.length === 0) return null;

  const officerOf = memberships.filter((m) => m.role === "OFFICER").map((m) => m.organisation.id);
  const memberOf = memberships.filter((m) => m.role !== "OFFICER").map((m) => m.organisation.id);
  const visible: Prisma.SharedContactWhereInput = {
    OR: [
      ...(officerOf.length ? [{ organisationId: { in: officerOf } }] : []),
      ...(memberOf.length ? [{ organisationId: { in: memberOf }, status: { not: "PROPOSED" as const } }] : []),
    ],
  };
  await releaseExpiredClaims(db, visible, now);
  const term = termOf(now);
  const shared = await db.sharedContact.findMany({
    where: visible,
    select: {
      ...directorySelect,
      claims: {
        select: { id: true, userId: true, activeFor: true, claimedAt: true, expiresAt: true, releasedAt: true, outcome: true, outcomeAt: true, user: { select: { name: true } } },
        orderBy: { claimedAt: "desc" },
      },
      contacts: { where: { ownerId: viewer.id }, select: { id: true } },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });

  return memberships.map((membership) => {
    const isOfficer = membership.role === "OFFICER";
    const all = shared
      .filter((s) => s.organisationId === membership.organisation.id)
      .map((s): SharedProfessional => {
        const restricted = officerOnlyFields(s.fieldVisibility);
        const hidden = isOfficer ? new Set<RestrictableField>() : hiddenFromMembers(s.status, restricted);
        const fields = redactShared(
          {
            title: s.title,
            employer: s.employer,
            topics: s.topics,
            preferredChannel: s.preferredChannel,
            chapterRelation: s.chapterRelation,
            email: s.email,
            phone: s.phone,
            linkedinUrl: s.linkedinUrl,
          },
          hidden,
        );
        const active = s.claims.find((c) => c.activeFor !== null && c.expiresAt > now);
        const mine = s.claims.find((c) => c.userId === viewer.id);
        return {
          id: s.id,
          name: s.name,
          ...fields,
          status: s.status,
          capPerTerm: s.capPerTerm,
          cooldownDays: s.cooldownDays,
          officerOnly: isOfficer ? [...restricted] : null,
          proposedBy: isOfficer ? (s.proposedBy?.name ?? "a former member") : null,
          // Nobody is introduced to a professional marked do-not-contact.
          contactHint: isOfficer || s.status === "DO_NOT_CONTACT" ? null : contactRouteHint(memberContactRoute(s, hidden), s.name),
          claim: active ? { byViewer: active.userId === viewer.id, expiresAt: active.expiresAt, holder: isOfficer ? active.user.name : null } : null,
          contactsThisTerm: s.claims.filter(
            (c) => c.claimedAt >= term.start && c.claimedAt < term.end && !(c.releasedAt && c.releasedAt < c.expiresAt && c.outcome === null),
          ).length,
          myContactId: s.contacts[0]?.id ?? null,
          myLatestClaim: mine ? { id: mine.id, outcome: mine.outcome, active: mine.activeFor !== null && mine.expiresAt > now } : null,
          history: s.claims.map((c) => ({
            id: c.id,
            who: c.userId === viewer.id ? "You" : isOfficer ? c.user.name : null,
            byViewer: c.userId === viewer.id,
            claimedAt: c.claimedAt,
            endedAt: c.activeFor !== null && c.expiresAt > now ? null : c.releasedAt && c.releasedAt < c.expiresAt ? c.releasedAt : c.expiresAt,
            outcome: c.outcome,
            outcomeAt: c.outcomeAt,
          })),
        };
      });
    const sortedUnique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))].sort((a, b) => a.localeCompare(b));
    return {
      id: membership.organisation.id,
      name: membership.organisation.name,
      role: isOfficer ? "OFFICER" : "MEMBER",
      claimDays: membership.organisation.claimDays,
      inviteCode: isOfficer ? membership.organisation.inviteCode : null,
      professionals: all.filter((p) => matchesFilter(p, filter)),
      topics: sortedUnique(all.flatMap((p) => p.topics)),
      employers: sortedUnique(all.map((p) => p.employer)),
      total: all.length,
    };
  });
}

// ---------------------------------------------------------------------------
// Claims
// ---------------------------------------------------------------------------

export type ClaimResult = { ok: true; expiresAt: Date; alreadyYours: boolean } | { ok: false; message: string; availableAt: Date | null };

/**
 * Claims a shared professional for the viewer. The rules (status, cap per term, cool-down) are
 * read and checked inside the transaction; whether someone else holds the professional is decided
 * by the unique index on `Claim.activeFor`: of two members claiming at the same moment, the second
 * insert fails and is told so.
 */
export async function claimSharedContact(sharedContactId: string, now: Date): Promise<ClaimResult> {
  const viewer = await requireViewer();
  const entry = await entryForViewer(sharedContactId, viewer.id);
  try {
    return await db.$transaction(async (tx): Promise<ClaimResult> => {
      await releaseExpiredClaims(tx, { id: entry.id }, now);
      const current = await tx.sharedContact.findUniqueOrThrow({
        where: { id: entry.id },
        select: {
          name: true,
          status: true,
          capPerTerm: true,
          cooldownDays: true,
          organisation: { select: { claimDays: true } },
          claims: { select: { userId: true, activeFor: true, claimedAt: true, expiresAt: true, releasedAt: true, outcome: true } },
        },
      });
      const mine = current.claims.find((c) => c.activeFor !== null && c.userId === viewer.id);
      if (mine && isClaimable(current.status)) return { ok: true, expiresAt: mine.expiresAt, alreadyYours: true };
      const decision = decideClaim(
        { name: current.name, status: current.status, capPerTerm: current.capPerTerm, cooldownDays: current.cooldownDays },
        current.claims,
        current.organisation.claimDays,
        now,
        viewer.timeZone,
      );
      if (!decision.ok) return { ok: false, message: decision.message, availableAt: decision.availableAt };
      // The member's own limits (MEMBER_CLAIM_LIMITS). Their membership row is locked first, so two
      // claims by one member on different professionals at once are counted one after the other.
      await tx.$queryRaw`SELECT 1 FROM "Membership" WHERE "organisationId" = ${entry.organisationId} AND "userId" = ${viewer.id} FOR UPDATE`;
      const myClaims = await tx.claim.findMany({
        where: {
          userId: viewer.id,
          sharedContact: { organisationId: entry.organisationId },
          OR: [{ claimedAt: { gt: subDays(now, 1) } }, { releasedAt: null, expiresAt: { gt: now } }],
        },
        select: { claimedAt: true, expiresAt: true, releasedAt: true, outcome: true },
      });
      const limit = decideMemberClaimLimit(myClaims, now, viewer.timeZone);
      if (!limit.ok) return { ok: false, message: limit.message, availableAt: limit.availableAt };
      await tx.claim.create({
        data: { sharedContactId: entry.id, userId: viewer.id, activeFor: entry.id, claimedAt: now, expiresAt: decision.expiresAt },
      });
      return { ok: true, expiresAt: decision.expiresAt, alreadyYours: false };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const holder = await db.claim.findFirst({ where: { activeFor: entry.id }, select: { expiresAt: true, userId: true } });
    // A double submit: the viewer's own first request won.
    if (holder?.userId === viewer.id) return { ok: true, expiresAt: holder.expiresAt, alreadyYours: true };
    return {
      ok: false,
      message: holder
        ? `${entry.name} is claimed by another member until ${formatDate(holder.expiresAt, viewer.timeZone)}.`
        : `Another member claimed ${entry.name} a moment ago.`,
      availableAt: holder?.expiresAt ?? null,
    };
  }
}

/**
 * A request to a professional copied from a chapter's list (their own contact, linked to the entry)
 * needs the member's active claim: claimed before contacted (product.md), so two members never ask
 * the same person at once. The claim is then marked "contacted", so it counts toward the cap and
 * cool-down however it ends, even given back early. A member who has left the chapter is free of
 * its list; their copy is just their contact. Called inside the transaction that logs the request.
 */
export async function recordChapterRequest(tx: Prisma.TransactionClient, ownerId: string, contactId: string, now: Date): Promise<void> {
  const copy = await tx.contact.findFirst({
    where: { id: contactId, ownerId, sharedContact: { organisation: { kind: "CHAPTER", memberships: { some: { userId: ownerId, role: { in: [...CHAPTER_ROLES] } } } } } },
    select: { sharedContactId: true, sharedContact: { select: { name: true, organisation: { select: { name: true } } } } },
  });
  if (!copy?.sharedContactId || !copy.sharedContact) return;
  const claim = await tx.claim.findFirst({ where: { activeFor: copy.sharedContactId, userId: ownerId, expiresAt: { gt: now } }, select: { id: true, outcome: true } });
  if (!claim) {
    throw new FieldError(
      "form",
      `${copy.sharedContact.name} is on ${copy.sharedContact.organisation.name}'s shared list: claim them there first, so no two members ask at once.`,
    );
  }
  if (!claim.outcome) await tx.claim.update({ where: { id: claim.id }, data: { outcome: "CONTACTED", outcomeAt: now } });
}

/** Gives the viewer's active claim back early, so another member can claim the professional. */
export async function releaseClaim(sharedContactId: string, now: Date): Promise<void> {
  const viewer = await requireViewer();
  const entry = await entryForViewer(sharedContactId, viewer.id);
  const { count } = await db.claim.updateMany({
    where: { activeFor: entry.id, userId: viewer.id },
    data: { activeFor: null, releasedAt: now },
  });
  if (count === 0) throw new FieldError("form", `You do not hold a claim on ${entry.name}.`);
}

/**
 * What the viewer reports about their latest claim. "Contacted" keeps the claim while they wait for
 * a reply; "met" and "no reply" close it, so the professional is free again after the cool-down.
 * Only the outcome and its time are stored on the shared entry's history, never any note.
 */
export async function reportClaimOutcome(sharedContactId: string, outcome: ClaimOutcome, now: Date): Promise<void> {
  const viewer = await requireViewer();
  const entry = await entryForViewer(sharedContactId, viewer.id);
  const latest = await db.claim.findFirst({
    where: { sharedContactId: entry.id, userId: viewer.id },
    orderBy: { claimedAt: "desc" },
    select: { id: true, activeFor: true },
  });
  if (!latest) throw new FieldError("outcome", `Claim ${entry.name} before reporting how it went.`);
  const closes = outcome !== "CONTACTED" && latest.activeFor !== null;
  await db.claim.update({
    where: { id: latest.id, userId: viewer.id },
    data: { outcome, outcomeAt: now, ...(closes ? { activeFor: null, releasedAt: now } : {}) },
  });
}

/**
 * "Copy to my pipeline": the viewer's own private contact for the professional, at Find, linked to
 * the shared entry. Only while they hold an active claim, only the fields they may see, and once:
 * a second call (or a double submit, thanks to the unique (owner, shared entry) index) returns the
 * first copy.
 */
export async function copySharedToPipeline(sharedContactId: string, now: Date): Promise<{ contactId: string; created: boolean }> {
  const viewer = await requireViewer();
  const entry = await entryForViewer(sharedContactId, viewer.id);
  if (entry.status === "DO_NOT_CONTACT") throw new FieldError("form", `${entry.name} asked not to be contacted by students, so they cannot be copied to your pipeline.`);
  if (entry.status === "CLOSED") throw new FieldError("form", `${entry.name} is not taking requests from the chapter, so they cannot be copied to your pipeline.`);
  const existing = await db.contact.findFirst({ where: { ownerId: viewer.id, sharedContactId: entry.id }, select: { id: true } });
  if (existing) return { contactId: existing.id, created: false };
  const claim = await db.claim.findFirst({ where: { activeFor: entry.id, userId: viewer.id, expiresAt: { gt: now } }, select: { id: true } });
  if (!claim) throw new FieldError("form", `Claim ${entry.name} first: copying to your pipeline needs your active claim.`);

  const full = await db.sharedContact.findUniqueOrThrow({
    where: { id: entry.id },
    select: { name: true, title: true, employer: true, email: true, phone: true, linkedinUrl: true, topics: true, preferredChannel: true, chapterRelation: true, fieldVisibility: true },
  });
  const visible = redactShared(full, entry.role === "OFFICER" ? new Set() : officerOnlyFields(full.fieldVisibility));
  const fields = { motivation: 3, isAlumniOrAdvocate: false, openPostings: 0 };
  try {
    const contact = await db.$transaction(async (tx) => {
      const created = await tx.contact.create({
        data: {
          ownerId: viewer.id,
          sharedContactId: entry.id,
          name: visible.name,
          title: visible.title,
          employer: visible.employer,
          email: visible.email,
          phone: visible.phone,
          linkedinUrl: visible.linkedinUrl,
          howFound: "CHAPTER_LIST",
          connection: `${entry.organisation.name} chapter list`,
          tags: ["chapter"],
          ...fields,
          priority: contactPriority(fields),
          stage: "FIND",
          stageChangedAt: now,
        },
        select: { id: true },
      });
      await tx.stageChange.create({ data: { ownerId: viewer.id, contactId: created.id, toStage: "FIND", at: now } });
      return created;
    });
    return { contactId: contact.id, created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const first = await db.contact.findFirst({ where: { ownerId: viewer.id, sharedContactId: entry.id }, select: { id: true } });
    if (!first) throw error;
    return { contactId: first.id, created: false };
  }
}

// ---------------------------------------------------------------------------
// Proposing and curating entries
// ---------------------------------------------------------------------------

export interface SharedEntryInput {
  name: string;
  title: string | null;
  employer: string | null;
  topics: string[];
  preferredChannel: Channel | null;
  chapterRelation: string | null;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  officerOnly: RestrictableField[];
}

function visibilityJson(officerOnly: readonly RestrictableField[]): Record<string, string> {
  const json: Record<string, string> = {};
  for (const field of RESTRICTABLE_FIELDS) if (officerOnly.includes(field)) json[field] = "officers";
  return json;
}

/**
 * Any member proposes a professional; it waits as PROPOSED for an officer. An officer's own entry
 * is approved as they add it. A professional already on the list (any status: a second entry would
 * carry its own cap, cool-down and claim, and a do-not-contact one must not come back open) is
 * refused with a FieldError on the field that matched (lib/domain/chapters.ts findListedDuplicate).
 * The chapter's row is locked for the check and the insert, so two adds of one person at once
 * cannot both pass.
 */
export async function proposeSharedContact(organisationId: string, input: SharedEntryInput, now: Date): Promise<{ id: string; approved: boolean }> {
  const viewer = await requireViewer();
  const role = await chapterRole(organisationId, viewer.id);
  if (!role) throw new NotFoundError("chapter");
  const approved = role === "OFFICER";
  const { officerOnly, ...fields } = input;
  const created = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Organisation" WHERE "id" = ${organisationId} FOR UPDATE`;
    const listed = await tx.sharedContact.findMany({
      where: { organisationId },
      select: { name: true, employer: true, email: true, linkedinUrl: true, status: true, fieldVisibility: true },
      orderBy: { createdAt: "asc" },
    });
    const duplicate = findListedDuplicate(fields, listed);
    if (duplicate) {
      const { entry, field } = duplicate;
      const showEmployer = approved || !officerOnlyFields(entry.fieldVisibility).has("employer");
      throw new FieldError(field, alreadyListedMessage(entry, showEmployer));
    }
    return tx.sharedContact.create({
      data: {
        ...fields,
        organisationId,
        proposedById: viewer.id,
        fieldVisibility: visibilityJson(officerOnly),
        status: approved ? "OPEN" : "PROPOSED",
        approvedById: approved ? viewer.id : null,
        approvedAt: approved ? now : null,
      },
      select: { id: true },
    });
  });
  return { id: created.id, approved };
}

/** An officer approves a proposal (it opens to members) or rejects it (it is deleted). */
export async function reviewProposal(sharedContactId: string, decision: "approve" | "reject", now: Date): Promise<void> {
  const viewer = await requireViewer();
  const entry = await entryForViewer(sharedContactId, viewer.id);
  if (entry.role !== "OFFICER") throw officersOnly("approve or reject proposals");
  if (decision === "reject") {
    const { count } = await db.sharedContact.deleteMany({ where: { id: entry.id, status: "PROPOSED" } });
    if (count === 0) throw new FieldError("form", `${entry.name} is no longer waiting for approval.`);
    return;
  }
  const { count } = await db.sharedContact.updateMany({
    where: { id: entry.id, status: "PROPOSED" },
    data: { status: "OPEN", approvedById: viewer.id, approvedAt: now },
  });
  if (count === 0) throw new FieldError("form", `${entry.name} is no longer waiting for approval.`);
}

export interface SharedSettingsInput {
  status: Exclude<SharedStatus, "PROPOSED">;
  capPerTerm: number;
  cooldownDays: number;
  officerOnly: RestrictableField[];
}

/**
 * An officer sets an entry's status, cap, cool-down and field visibility. Closing it or marking it
 * do-not-contact ends any active claim at once: do-not-contact wins over everything.
 */
export async function updateSharedSettings(sharedContactId: string, input: SharedSettingsInput, now: Date): Promise<void> {
  const viewer = await requireViewer();
  const entry = await entryForViewer(sharedContactId, viewer.id);
  if (entry.role !== "OFFICER") throw officersOnly("change an entry's status, cap or cool-down");
  await db.$transaction(async (tx) => {
    await tx.sharedContact.update({
      where: { id: entry.id },
      data: {
        status: input.status,
        capPerTerm: input.capPerTerm,
        cooldownDays: input.cooldownDays,
        fieldVisibility: visibilityJson(input.officerOnly),
        ...(entry.status === "PROPOSED" ? { approvedById: viewer.id, approvedAt: now } : {}),
      },
    });
    if (!isClaimable(input.status)) {
      // Ended by the officer, not given back by the member, who may well have written: the claim
      // ends now as if it had expired, so it still counts toward the cap and cool-down.
      await tx.claim.updateMany({ where: { activeFor: entry.id, expiresAt: { gt: now } }, data: { activeFor: null, expiresAt: now } });
      await tx.claim.updateMany({ where: { activeFor: entry.id }, data: { activeFor: null } });
    }
    if (input.status === "DO_NOT_CONTACT" && entry.status !== "DO_NOT_CONTACT") {
      // Do-not-contact wins over everything, the members' own copies included: each is flagged and
      // its pending reminders cancelled, so nobody's Today keeps nudging them to write.
      const copies = (await tx.contact.findMany({ where: { sharedContactId: entry.id, doNotContact: false }, select: { id: true } })).map((c) => c.id);
      if (copies.length) {
        await tx.contact.updateMany({ where: { id: { in: copies } }, data: { doNotContact: true, doNotContactAt: now, version: { increment: 1 } } });
        await cancelContactReminders(tx, null, copies, now);
      }
    }
  });
}

// ---------------------------------------------------------------------------
// Chapters, members and roles
// ---------------------------------------------------------------------------

export interface MyChapter {
  id: string;
  name: string;
  role: ChapterRole;
  inviteCode: string | null;
  members: { userId: string; name: string; role: ChapterRole; isViewer: boolean }[];
}

/** Every chapter the viewer belongs to with its members; invite codes for officers only. */
export async function listMyChapters(): Promise<MyChapter[]> {
  const viewer = await requireViewer();
  const rows = await db.organisation.findMany({
    where: { kind: "CHAPTER", memberships: { some: { userId: viewer.id, role: { in: [...CHAPTER_ROLES] } } } },
    select: {
      id: true,
      name: true,
      inviteCode: true,
      memberships: {
        where: { role: { in: [...CHAPTER_ROLES] } },
        select: { role: true, user: { select: { id: true, name: true } } },
        orderBy: [{ role: "desc" }, { user: { name: "asc" } }],
      },
    },
    orderBy: { name: "asc" },
  });
  return rows.map((row) => {
    const mine = row.memberships.find((m) => m.user.id === viewer.id);
    const role: ChapterRole = mine?.role === "OFFICER" ? "OFFICER" : "MEMBER";
    return {
      id: row.id,
      name: row.name,
      role,
      inviteCode: role === "OFFICER" ? row.inviteCode : null,
      members: row.memberships.map((m) => ({
        userId: m.user.id,
        name: m.user.name,
        role: m.role === "OFFICER" ? "OFFICER" : "MEMBER",
        isViewer: m.user.id === viewer.id,
      })),
    };
  });
}

const CODE_ATTEMPTS = 5;

/** Creates a chapter with the viewer as its first officer. Slug and invite code are unique. */
export async function createChapter(name: string): Promise<{ id: string; inviteCode: string }> {
  const viewer = await requireViewer();
  const base = chapterSlug(name);
  for (let attempt = 1; ; attempt++) {
    try {
      const taken = await db.organisation.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
      const slug = nextFreeSlug(base, new Set(taken.map((row) => row.slug)));
      return await db.$transaction(async (tx) => {
        const chapter = await tx.organisation.create({
          data: { kind: "CHAPTER", name, slug, inviteCode: generateCohortCode(randomInt) },
          select: { id: true, inviteCode: true },
        });
        await tx.membership.create({ data: { organisationId: chapter.id, userId: viewer.id, role: "OFFICER" } });
        return chapter;
      });
    } catch (error) {
      // A chapter created in between took the slug or the code: read again and retry.
      if (!isUniqueViolation(error) || attempt >= CODE_ATTEMPTS) throw error;
    }
  }
}

function chapterSlug(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50)
    .replace(/-+$/g, "");
  return `chapter-${slug || "new"}`;
}

/** The chapter an invite code opens, for the join page; FieldError on an unknown code. */
export async function findChapterByCode(rawCode: string): Promise<{ id: string; name: string; memberCount: number; alreadyMember: boolean }> {
  const viewer = await requireViewer();
  const code = normaliseCode(rawCode);
  const chapter = await throttledCodeLookup(viewer, clockNow(), () =>
    db.organisation.findFirst({
      where: { kind: "CHAPTER", inviteCode: code },
      select: { id: true, name: true, _count: { select: { memberships: true } }, memberships: { where: { userId: viewer.id }, select: { id: true } } },
    }),
  );
  if (!chapter) throw new FieldError("code", "No chapter has that invite code. Check it with your chapter's officers.");
  return { id: chapter.id, name: chapter.name, memberCount: chapter._count.memberships, alreadyMember: chapter.memberships.length > 0 };
}

/** Joins the chapter as a member. Joining twice (a double submit) joins once. */
export async function joinChapter(rawCode: string): Promise<{ id: string; name: string; alreadyMember: boolean }> {
  const viewer = await requireViewer();
  const chapter = await findChapterByCode(rawCode);
  const { count } = await db.membership.createMany({
    data: [{ organisationId: chapter.id, userId: viewer.id, role: "MEMBER" }],
    skipDuplicates: true,
  });
  return { id: chapter.id, name: chapter.name, alreadyMember: count === 0 };
}

/** An officer promotes a member to officer or steps one down; the chapter keeps at least one officer. */
export async function setChapterRole(organisationId: string, userId: string, role: ChapterRole): Promise<void> {
  const viewer = await requireViewer();
  if ((await chapterRole(organisationId, viewer.id)) !== "OFFICER") {
    if (await chapterRole(organisationId, viewer.id)) throw officersOnly("change members' roles");
    throw new NotFoundError("chapter");
  }
  await db.$transaction(async (tx) => {
    const target = await tx.membership.findFirst({ where: { organisationId, userId, role: { in: [...CHAPTER_ROLES] } }, select: { id: true, role: true } });
    if (!target) throw new NotFoundError("member");
    if (target.role === role) return;
    if (role === "MEMBER") {
      const officers = await tx.membership.count({ where: { organisationId, role: "OFFICER" } });
      if (officers <= 1) throw new FieldError("form", "A chapter needs at least one officer. Make someone else an officer first.");
    }
    await tx.membership.update({ where: { id: target.id }, data: { role } });
    if (role === "MEMBER") await handOverGroupMeetings(tx, organisationId, userId, clockNow());
  });
}

/**
 * The chapter's upcoming group meetings an officer organised go to another officer when they stop
 * being one (stepping down or leaving): otherwise a former officer could still move a meeting, change
 * its link or its agenda, which every member sees. With no officer left (the last person left the
 * chapter) they are cancelled. Past meetings stay in the organiser's history.
 */
async function handOverGroupMeetings(tx: Prisma.TransactionClient, organisationId: string, fromUserId: string, now: Date): Promise<void> {
  const next = await tx.membership.findFirst({
    where: { organisationId, role: "OFFICER", userId: { not: fromUserId } },
    orderBy: { createdAt: "asc" },
    select: { userId: true },
  });
  const theirs = { organisationId, ownerId: fromUserId, status: "SCHEDULED" as const };
  if (next) {
    await tx.meeting.updateMany({ where: theirs, data: { ownerId: next.userId, version: { increment: 1 } } });
  } else {
    await tx.meeting.updateMany({ where: theirs, data: { status: "CANCELLED", cancelledAt: now, icsSequence: { increment: 1 } } });
  }
}

/**
 * Leaves a chapter: the viewer's own contacts stay theirs (copies keep their data; only the link
 * to the shared list stays, pointing at nothing they can open), their active claims are released,
 * they drop out of its upcoming group meetings, and the list is no longer theirs to read.
 */
export async function leaveChapter(organisationId: string, now: Date): Promise<void> {
  const viewer = await requireViewer();
  const role = await chapterRole(organisationId, viewer.id);
  if (!role) throw new NotFoundError("chapter");
  await db.$transaction(async (tx) => {
    if (role === "OFFICER") {
      const [officers, members] = await Promise.all([
        tx.membership.count({ where: { organisationId, role: "OFFICER" } }),
        tx.membership.count({ where: { organisationId } }),
      ]);
      if (!canLoseOfficer(officers, members)) throw new FieldError("form", "You are the chapter's only officer. Make another member an officer before you leave.");
    }
    await tx.claim.updateMany({
      where: { userId: viewer.id, activeFor: { not: null }, sharedContact: { organisationId } },
      data: { activeFor: null, releasedAt: now },
    });
    // Upcoming group meetings leave their calendar and Today; past ones stay in their history.
    await tx.reminder.updateMany({
      where: { ownerId: viewer.id, status: "PENDING", rule: "PREP_DAY_BEFORE", meeting: { organisationId, status: "SCHEDULED" } },
      data: { status: "CANCELLED", settledAt: now },
    });
    await tx.meetingAttendee.deleteMany({ where: { userId: viewer.id, meeting: { organisationId, status: "SCHEDULED" } } });
    if (role === "OFFICER") await handOverGroupMeetings(tx, organisationId, viewer.id, now);
    await tx.membership.deleteMany({ where: { organisationId, userId: viewer.id } });
  });
}
