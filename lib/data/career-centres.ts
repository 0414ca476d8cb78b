// Running a career centre: create one, its cohorts and their invite codes, and its staff (the staff
// invitation, removing someone). Every read and write decides access from the viewer's own
// membership of the centre inside the query or its transaction; a centre the viewer does not staff
// behaves as if it did not exist, and a STAFF member asking for an ADMIN's action gets a refusal
// that says so.
import "server-only";
import { randomInt } from "node:crypto";
import { cache } from "react";
import { now as clockNow } from "../clock";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { Role } from "../generated/prisma/enums";
import { generateCohortCode, generateStaffInviteCode, isStaffInviteCode, nextFreeSlug, slugFromName } from "../domain/invite-codes";
import { FieldError, NotFoundError } from "./errors";
import { throttledCodeLookup } from "./invite-code-attempts";
import { requireViewer } from "./viewer";

const STAFF_ROLES = ["STAFF", "ADMIN"] as const satisfies readonly Role[];
type StaffRole = (typeof STAFF_ROLES)[number];

/** Codes are random; a collision with an existing one is retried with a fresh draw this many times. */
const CODE_ATTEMPTS = 5;

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** Runs `write` with fresh codes until the unique index accepts one. */
async function withFreshCode<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= CODE_ATTEMPTS) throw error;
    }
  }
}

function adminOnly(what: string): FieldError {
  return new FieldError("form", `Only an admin of this centre can ${what}. Ask one of its admins.`);
}

/** The viewer's role in a career centre they staff, read now; null when they do not staff it. */
async function staffRoleIn(centreId: string, userId: string): Promise<StaffRole | null> {
  const membership = await db.membership.findFirst({
    where: { organisationId: centreId, userId, role: { in: [...STAFF_ROLES] }, organisation: { kind: "CAREER_CENTRE" } },
    select: { role: true },
  });
  return membership?.role === "ADMIN" ? "ADMIN" : membership?.role === "STAFF" ? "STAFF" : null;
}

// ---------------------------------------------------------------------------
// Centres
// ---------------------------------------------------------------------------

export interface CentreSummary {
  id: string;
  name: string;
  role: StaffRole;
  cohortCount: number;
}

/** The career centres the viewer staffs or runs, by name. */
export async function listMyCentres(): Promise<CentreSummary[]> {
  const viewer = await requireViewer();
  const rows = await db.membership.findMany({
    where: { userId: viewer.id, role: { in: [...STAFF_ROLES] }, organisation: { kind: "CAREER_CENTRE" } },
    select: { role: true, organisation: { select: { id: true, name: true, _count: { select: { cohorts: true } } } } },
    orderBy: { organisation: { name: "asc" } },
  });
  return rows.map((row) => ({
    id: row.organisation.id,
    name: row.organisation.name,
    role: row.role === "ADMIN" ? "ADMIN" : "STAFF",
    cohortCount: row.organisation._count.cohorts,
  }));
}

/**
 * Whether the viewer staffs this centre, from the memberships already loaded with the viewer, so a
 * layout can answer 404 before the page streams. getCentre checks again in its own query.
 */
export async function canOpenCentre(centreId: string): Promise<boolean> {
  const viewer = await requireViewer();
  return viewer.roles.some((r) => r.organisationId === centreId && r.kind === "CAREER_CENTRE" && (r.role === "STAFF" || r.role === "ADMIN"));
}

/** Creates a career centre with the viewer as its ADMIN. The slug comes from the name, made unique. */
export async function createCareerCentre(name: string): Promise<{ id: string; name: string; slug: string }> {
  const viewer = await requireViewer();
  const base = slugFromName(name);
  // Both the slug and the invite code are unique: a centre created in between takes a slug we
  // chose, so the next attempt reads the taken slugs again.
  return withFreshCode(async () => {
    const taken = await db.organisation.findMany({ where: { OR: [{ slug: base }, { slug: { startsWith: `${base}-` } }] }, select: { slug: true } });
    const slug = nextFreeSlug(base, new Set(taken.map((row) => row.slug)));
    return db.$transaction(async (tx) => {
      const centre = await tx.organisation.create({
        data: { kind: "CAREER_CENTRE", name, slug, inviteCode: generateStaffInviteCode(randomInt) },
        select: { id: true, name: true, slug: true },
      });
      await tx.membership.create({ data: { organisationId: centre.id, userId: viewer.id, role: "ADMIN" } });
      await tx.auditLog.create({
        data: { actorId: viewer.id, organisationId: centre.id, action: "centre.create", subjectType: "Organisation", subjectId: centre.id, targetUserId: viewer.id },
      });
      return centre;
    });
  });
}

export interface CentreCohort {
  id: string;
  name: string;
  term: string | null;
  inviteCode: string;
  memberCount: number;
  createdAt: Date;
}

export interface CentreStaffMember {
  membershipId: string;
  name: string;
  email: string;
  role: StaffRole;
  since: Date;
  isViewer: boolean;
}

export interface CentreView {
  id: string;
  name: string;
  slug: string;
  viewerRole: StaffRole;
  /**
   * ADMIN only. Null for STAFF, and for a centre whose stored code is too short to be accepted
   * (one made before staff codes were lengthened): the admin makes a new one.
   */
  staffInviteCode: string | null;
  cohorts: CentreCohort[];
  staff: CentreStaffMember[];
  adminCount: number;
}

/**
 * A centre's page: cohorts with their codes and sizes, and its staff. Only for its STAFF and
 * ADMINs; anyone else (students of the centre included) gets NotFoundError. One query, shared by
 * the page and its title within a request.
 */
export const getCentre = cache(async (centreId: string): Promise<CentreView> => {
  const viewer = await requireViewer();
  const centre = await db.organisation.findFirst({
    where: { id: centreId, kind: "CAREER_CENTRE", memberships: { some: { userId: viewer.id, role: { in: [...STAFF_ROLES] } } } },
    select: {
      id: true,
      name: true,
      slug: true,
      inviteCode: true,
      cohorts: {
        select: { id: true, name: true, term: true, inviteCode: true, createdAt: true, _count: { select: { members: true } } },
        orderBy: [{ createdAt: "desc" }, { name: "asc" }],
      },
      memberships: {
        where: { role: { in: [...STAFF_ROLES] } },
        select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
        orderBy: [{ role: "desc" }, { user: { name: "asc" } }, { id: "asc" }],
      },
    },
  });
  if (!centre) throw new NotFoundError("centre");
  const staff: CentreStaffMember[] = centre.memberships.map((m) => ({
    membershipId: m.id,
    name: m.user.name,
    email: m.user.email,
    role: m.role === "ADMIN" ? "ADMIN" : "STAFF",
    since: m.createdAt,
    isViewer: m.user.id === viewer.id,
  }));
  const viewerRole = staff.find((s) => s.isViewer)?.role ?? "STAFF";
  return {
    id: centre.id,
    name: centre.name,
    slug: centre.slug,
    viewerRole,
    staffInviteCode: viewerRole === "ADMIN" && isStaffInviteCode(centre.inviteCode) ? centre.inviteCode : null,
    cohorts: centre.cohorts.map((c) => ({ id: c.id, name: c.name, term: c.term, inviteCode: c.inviteCode, memberCount: c._count.members, createdAt: c.createdAt })),
    staff,
    adminCount: staff.filter((s) => s.role === "ADMIN").length,
  };
});

// ---------------------------------------------------------------------------
// Cohorts
// ---------------------------------------------------------------------------

/** ADMIN only: a new cohort with a fresh invite code. A second cohort of the same name and term is refused on the name. */
export async function createCohort(centreId: string, input: { name: string; term: string | null }): Promise<{ id: string; name: string; inviteCode: string }> {
  const viewer = await requireViewer();
  return withFreshCode(() =>
    db.$transaction(async (tx) => {
      const membership = await tx.membership.findFirst({
        where: { organisationId: centreId, userId: viewer.id, role: { in: [...STAFF_ROLES] }, organisation: { kind: "CAREER_CENTRE" } },
        select: { role: true },
      });
      if (!membership) throw new NotFoundError("centre");
      if (membership.role !== "ADMIN") throw adminOnly("create cohorts");
      const twin = await tx.cohort.findFirst({
        where: {
          organisationId: centreId,
          name: { equals: input.name, mode: "insensitive" },
          term: input.term === null ? null : { equals: input.term, mode: "insensitive" },
        },
        select: { id: true },
      });
      if (twin) throw new FieldError("name", input.term ? `This centre already has ${input.name} for ${input.term}.` : `This centre already has a cohort called ${input.name}.`);
      const cohort = await tx.cohort.create({
        data: { organisationId: centreId, name: input.name, term: input.term, inviteCode: generateCohortCode(randomInt) },
        select: { id: true, name: true, inviteCode: true },
      });
      await tx.auditLog.create({
        data: { actorId: viewer.id, organisationId: centreId, action: "cohort.create", subjectType: "Cohort", subjectId: cohort.id },
      });
      return cohort;
    }),
  );
}

/**
 * ADMIN only: a new invite code for a cohort. The old code finds nothing from now on; students
 * already in the cohort stay.
 */
export async function regenerateCohortCode(centreId: string, cohortId: string): Promise<{ name: string; inviteCode: string }> {
  const viewer = await requireViewer();
  return withFreshCode(async () => {
    const inviteCode = generateCohortCode(randomInt);
    // The write itself carries the permission: only a cohort of a centre the viewer is ADMIN of matches.
    const updated = await db.cohort.updateManyAndReturn({
      where: { id: cohortId, organisationId: centreId, organisation: { kind: "CAREER_CENTRE", memberships: { some: { userId: viewer.id, role: "ADMIN" } } } },
      data: { inviteCode },
      select: { id: true, name: true, inviteCode: true },
    });
    const cohort = updated[0];
    if (!cohort) {
      const role = await staffRoleIn(centreId, viewer.id);
      if (role === "STAFF" && (await db.cohort.count({ where: { id: cohortId, organisationId: centreId } })) > 0) throw adminOnly("change invite codes");
      throw new NotFoundError("cohort");
    }
    await db.auditLog.create({
      data: { actorId: viewer.id, organisationId: centreId, action: "cohort.code.regenerate", subjectType: "Cohort", subjectId: cohort.id },
    });
    return { name: cohort.name, inviteCode: cohort.inviteCode };
  });
}

// ---------------------------------------------------------------------------
// Staff
// ---------------------------------------------------------------------------

/** ADMIN only: a new staff invitation code; the old link stops working at once. */
export async function regenerateStaffInvite(centreId: string): Promise<string> {
  const viewer = await requireViewer();
  return withFreshCode(async () => {
    const inviteCode = generateStaffInviteCode(randomInt);
    const updated = await db.organisation.updateMany({
      where: { id: centreId, kind: "CAREER_CENTRE", memberships: { some: { userId: viewer.id, role: "ADMIN" } } },
      data: { inviteCode },
    });
    if (updated.count === 0) {
      if ((await staffRoleIn(centreId, viewer.id)) === "STAFF") throw adminOnly("change the staff invitation");
      throw new NotFoundError("centre");
    }
    await db.auditLog.create({
      data: { actorId: viewer.id, organisationId: centreId, action: "centre.invite.regenerate", subjectType: "Organisation", subjectId: centreId },
    });
    return inviteCode;
  });
}

/**
 * The start of every change to a centre's staff, inside its transaction: locks the centre's row, so
 * admins counted after it cannot be changed by a concurrent transaction (two admins removing or
 * demoting each other at once cannot both succeed), then reads the viewer's role (NotFoundError
 * when they do not staff it) and the staff membership being changed (null when there is none).
 */
async function lockStaffChange(tx: Prisma.TransactionClient, centreId: string, viewerId: string, membershipId: string) {
  await tx.$queryRaw`SELECT "id" FROM "Organisation" WHERE "id" = ${centreId} FOR UPDATE`;
  const mine = await tx.membership.findFirst({
    where: { organisationId: centreId, userId: viewerId, role: { in: [...STAFF_ROLES] }, organisation: { kind: "CAREER_CENTRE" } },
    select: { role: true },
  });
  if (!mine) throw new NotFoundError("centre");
  const target = await tx.membership.findFirst({
    where: { id: membershipId, organisationId: centreId, role: { in: [...STAFF_ROLES] } },
    select: { id: true, role: true, userId: true, user: { select: { name: true } } },
  });
  return { mine: mine.role, target };
}

async function isOnlyAdmin(tx: Prisma.TransactionClient, centreId: string): Promise<boolean> {
  return (await tx.membership.count({ where: { organisationId: centreId, role: "ADMIN" } })) <= 1;
}

/**
 * Takes someone off the centre's staff: an ADMIN removes anyone, and anyone on the staff may
 * leave (an admin only when another admin remains), under lockStaffChange. Someone who is also
 * enrolled in one of its cohorts stays a STUDENT there.
 */
export async function removeStaffMember(centreId: string, membershipId: string): Promise<{ name: string; removedSelf: boolean }> {
  const viewer = await requireViewer();
  return db.$transaction(async (tx) => {
    const { mine, target } = await lockStaffChange(tx, centreId, viewer.id, membershipId);
    // Anyone on the staff may leave; only an admin removes someone else.
    if (mine !== "ADMIN" && target?.userId !== viewer.id) throw adminOnly("remove staff");
    if (!target) throw new NotFoundError("staff member");
    const removedSelf = target.userId === viewer.id;
    if (target.role === "ADMIN" && (await isOnlyAdmin(tx, centreId))) {
      throw new FieldError(
        "form",
        removedSelf
          ? "You are this centre's only admin, so you cannot leave it. Make a colleague an admin first (invite them as staff if they are not)."
          : `${target.user.name} is this centre's only admin and cannot be removed.`,
      );
    }
    const enrolled = await tx.cohortMember.count({ where: { userId: target.userId, cohort: { organisationId: centreId } } });
    if (enrolled > 0) await tx.membership.update({ where: { id: target.id }, data: { role: "STUDENT" } });
    else await tx.membership.delete({ where: { id: target.id } });
    await tx.auditLog.create({
      data: { actorId: viewer.id, organisationId: centreId, action: "centre.staff.remove", subjectType: "Membership", subjectId: target.id, targetUserId: target.userId, meta: { role: target.role } },
    });
    return { name: target.user.name, removedSelf };
  });
}

/**
 * ADMIN only: makes a staff member an admin, or an admin staff again (the viewer included, when
 * another admin remains). lockStaffChange, as for removeStaffMember, keeps the centre from ever being
 * left without an admin. How a centre changes hands: the only admin makes a colleague admin, then
 * leaves.
 */
export async function changeStaffRole(centreId: string, membershipId: string, role: StaffRole): Promise<{ name: string; role: StaffRole; changedSelf: boolean }> {
  const viewer = await requireViewer();
  return db.$transaction(async (tx) => {
    const { mine, target } = await lockStaffChange(tx, centreId, viewer.id, membershipId);
    if (mine !== "ADMIN") throw adminOnly("change who is an admin");
    if (!target) throw new NotFoundError("staff member");
    const changedSelf = target.userId === viewer.id;
    if (target.role === role) return { name: target.user.name, role, changedSelf };
    if (target.role === "ADMIN" && (await isOnlyAdmin(tx, centreId))) {
      throw new FieldError("form", changedSelf ? "You are this centre's only admin. Make a colleague an admin first." : `${target.user.name} is this centre's only admin.`);
    }
    await tx.membership.update({ where: { id: target.id }, data: { role } });
    await tx.auditLog.create({
      data: {
        actorId: viewer.id,
        organisationId: centreId,
        action: "centre.staff.role",
        subjectType: "Membership",
        subjectId: target.id,
        targetUserId: target.userId,
        meta: { from: target.role, to: role },
      },
    });
    return { name: target.user.name, role, changedSelf };
  });
}

export interface StaffInvite {
  centreId: string;
  centreName: string;
  /** The viewer's role in the centre today, if any. */
  viewerRole: Role | null;
}

const UNKNOWN_INVITE = "staff invitation";

/**
 * The centre behind a staff invitation code, or NotFoundError. A code that matches no career centre
 * counts against the viewer's invite-code throttle (shared with cohort and chapter codes), and once
 * it is spent a FieldError on `code` refuses even a right one for a while. A malformed code is
 * refused before any lookup and not counted: it cannot match anything, so it tells a guesser nothing
 * and is not worth a row.
 */
export async function findStaffInvite(code: string): Promise<StaffInvite> {
  const viewer = await requireViewer();
  if (!isStaffInviteCode(code)) throw new NotFoundError(UNKNOWN_INVITE);
  const centre = await throttledCodeLookup(viewer, clockNow(), async () => {
    const found = await db.organisation.findUnique({
      where: { inviteCode: code },
      select: { id: true, name: true, kind: true, memberships: { where: { userId: viewer.id }, select: { role: true } } },
    });
    return found && found.kind === "CAREER_CENTRE" ? found : null;
  });
  if (!centre) throw new NotFoundError(UNKNOWN_INVITE);
  return { centreId: centre.id, centreName: centre.name, viewerRole: centre.memberships[0]?.role ?? null };
}

function studentRefusal(centreName: string): FieldError {
  return new FieldError(
    "code",
    `You are a student of ${centreName}, so you cannot join its staff with this link. If you work there, ask an admin to add the account you use for work.`,
  );
}

/**
 * Accepts a staff invitation: the viewer becomes STAFF of the centre. Idempotent: a second accept
 * (or two racing) leaves one membership; an ADMIN stays ADMIN. A STUDENT of the centre is refused,
 * so nobody promotes themselves from a cohort to reading their classmates' data. Throttled as
 * findStaffInvite is.
 */
export async function acceptStaffInvite(code: string): Promise<{ centreId: string; centreName: string; joined: boolean }> {
  const viewer = await requireViewer();
  if (!isStaffInviteCode(code)) throw new NotFoundError(UNKNOWN_INVITE);
  // The transaction is the throttled lookup: a code that matches no career centre (null) stays
  // recorded as a miss; a found one, the student refusal included, takes its attempt row back. The
  // attempt row is written before this transaction and outside it.
  const accepted = await throttledCodeLookup(viewer, clockNow(), () =>
    db.$transaction(async (tx) => {
      const centre = await tx.organisation.findUnique({ where: { inviteCode: code }, select: { id: true, name: true, kind: true } });
      if (!centre || centre.kind !== "CAREER_CENTRE") return null;
      // ON CONFLICT DO NOTHING: an existing membership, whatever its role, is never changed here, and
      // a racing accept that inserted first makes this one a no-op instead of a unique-key failure.
      const created = await tx.membership.createMany({ data: [{ organisationId: centre.id, userId: viewer.id, role: "STAFF" }], skipDuplicates: true });
      if (created.count === 0) {
        const existing = await tx.membership.findUnique({
          where: { organisationId_userId: { organisationId: centre.id, userId: viewer.id } },
          select: { role: true },
        });
        if (existing?.role === "STUDENT") throw studentRefusal(centre.name);
        return { centreId: centre.id, centreName: centre.name, joined: false };
      }
      await tx.auditLog.create({
        data: { actorId: viewer.id, organisationId: centre.id, action: "centre.staff.join", subjectType: "Organisation", subjectId: centre.id, targetUserId: viewer.id },
      });
      return { centreId: centre.id, centreName: centre.name, joined: true };
    }),
  );
  if (!accepted) throw new NotFoundError(UNKNOWN_INVITE);
  return accepted;
}
