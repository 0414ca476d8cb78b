// A student's side of a career-centre cohort: find one by its invite code, join it with a chosen
// sharing level, change that level, or leave. Every query is scoped by the viewer's own id; staff
// views (lib/data/organisations.ts) read the consent stored here on every request.
import "server-only";
import { now as clockNow } from "../clock";
import { db } from "../db";
import type { ConsentLevel, Stage } from "../generated/prisma/enums";
import { FieldError, NotFoundError } from "./errors";
import { throttledCodeLookup } from "./invite-code-attempts";
import { requireViewer } from "./viewer";

export interface CohortInvite {
  id: string;
  name: string;
  term: string | null;
  organisationName: string;
  code: string;
  /** The viewer's membership, when they already joined. */
  joined: { consent: ConsentLevel; joinedAt: Date } | null;
}

const UNKNOWN_CODE = "No cohort has that invite code. Check it with your career centre.";

/** The cohort behind an invite code, or a FieldError on `code`. */
export async function findCohortByCode(code: string): Promise<CohortInvite> {
  const viewer = await requireViewer();
  const cohort = await throttledCodeLookup(viewer, clockNow(), async () => {
    const found = await db.cohort.findUnique({
      where: { inviteCode: code },
      select: {
        id: true,
        name: true,
        term: true,
        inviteCode: true,
        organisation: { select: { name: true, kind: true } },
        members: { where: { userId: viewer.id }, select: { consent: true, joinedAt: true } },
      },
    });
    return found && found.organisation.kind === "CAREER_CENTRE" ? found : null;
  });
  if (!cohort) throw new FieldError("code", UNKNOWN_CODE);
  return {
    id: cohort.id,
    name: cohort.name,
    term: cohort.term,
    organisationName: cohort.organisation.name,
    code: cohort.inviteCode,
    joined: cohort.members[0] ?? null,
  };
}

/**
 * Joins the cohort behind `code` with the chosen sharing level, and makes the viewer a STUDENT of
 * its career centre if they are not a member yet (an existing staff role is kept). Joining again
 * changes nothing and says so.
 */
export async function joinCohort(code: string, consent: ConsentLevel, now: Date): Promise<{ cohortId: string; name: string; alreadyJoined: boolean }> {
  const viewer = await requireViewer();
  // Checked (and a miss counted) before the transaction: the attempts table is written outside it.
  const known = await throttledCodeLookup(viewer, now, () => db.cohort.findFirst({ where: { inviteCode: code, organisation: { kind: "CAREER_CENTRE" } }, select: { id: true } }));
  if (!known) throw new FieldError("code", UNKNOWN_CODE);
  return db.$transaction(async (tx) => {
    const cohort = await tx.cohort.findUnique({
      where: { inviteCode: code },
      select: { id: true, name: true, organisationId: true, organisation: { select: { kind: true } } },
    });
    if (!cohort || cohort.organisation.kind !== "CAREER_CENTRE") throw new FieldError("code", UNKNOWN_CODE);
    const existing = await tx.cohortMember.findUnique({ where: { cohortId_userId: { cohortId: cohort.id, userId: viewer.id } }, select: { id: true } });
    if (existing) return { cohortId: cohort.id, name: cohort.name, alreadyJoined: true };
    // ON CONFLICT DO NOTHING, not upsert: two joins racing would both try the insert, and an
    // existing membership (a staff role) is kept as it is.
    await tx.membership.createMany({
      data: [{ organisationId: cohort.organisationId, userId: viewer.id, role: "STUDENT" }],
      skipDuplicates: true,
    });
    // A double submit racing this one finds the row taken: skipDuplicates makes it "already joined".
    const created = await tx.cohortMember.createMany({
      data: [{ cohortId: cohort.id, userId: viewer.id, consent, consentAt: consent === "NONE" ? null : now, joinedAt: now }],
      skipDuplicates: true,
    });
    if (created.count === 0) return { cohortId: cohort.id, name: cohort.name, alreadyJoined: true };
    await tx.auditLog.create({
      data: { actorId: viewer.id, organisationId: cohort.organisationId, action: "cohort.join", subjectType: "Cohort", subjectId: cohort.id, targetUserId: viewer.id, meta: { consent } },
    });
    return { cohortId: cohort.id, name: cohort.name, alreadyJoined: false };
  });
}

export interface MyCohort {
  cohortId: string;
  name: string;
  term: string | null;
  organisationName: string;
  consent: ConsentLevel;
  consentAt: Date | null;
  joinedAt: Date;
}

/** The cohorts the viewer is in, with what each one's staff may see. */
export async function listMyCohorts(): Promise<MyCohort[]> {
  const viewer = await requireViewer();
  const rows = await db.cohortMember.findMany({
    where: { userId: viewer.id },
    select: {
      consent: true,
      consentAt: true,
      joinedAt: true,
      cohort: { select: { id: true, name: true, term: true, organisation: { select: { name: true } } } },
    },
    orderBy: [{ joinedAt: "desc" }, { id: "asc" }],
  });
  return rows.map((row) => ({
    cohortId: row.cohort.id,
    name: row.cohort.name,
    term: row.cohort.term,
    organisationName: row.cohort.organisation.name,
    consent: row.consent,
    consentAt: row.consentAt,
    joinedAt: row.joinedAt,
  }));
}

/** Changes what the staff of one of the viewer's cohorts may see, from their next request on. */
export async function setCohortConsent(cohortId: string, consent: ConsentLevel, now: Date): Promise<void> {
  const viewer = await requireViewer();
  const member = await db.cohortMember.findFirst({
    where: { cohortId, userId: viewer.id },
    select: { id: true, consent: true, cohort: { select: { organisationId: true } } },
  });
  if (!member) throw new NotFoundError("cohort");
  if (member.consent === consent) return;
  await db.$transaction([
    db.cohortMember.update({ where: { id: member.id }, data: { consent, consentAt: consent === "NONE" ? null : now } }),
    db.auditLog.create({
      data: { actorId: viewer.id, organisationId: member.cohort.organisationId, action: "cohort.consent.change", subjectType: "Cohort", subjectId: cohortId, targetUserId: viewer.id, meta: { from: member.consent, to: consent } },
    }),
  ]);
}

/**
 * Leaves one of the viewer's cohorts: staff stop seeing the viewer there at once. The STUDENT
 * membership of the career centre goes too when no other cohort of that centre remains.
 */
export async function leaveCohort(cohortId: string): Promise<void> {
  const viewer = await requireViewer();
  const member = await db.cohortMember.findFirst({
    where: { cohortId, userId: viewer.id },
    select: { id: true, cohort: { select: { organisationId: true } } },
  });
  if (!member) throw new NotFoundError("cohort");
  const organisationId = member.cohort.organisationId;
  await db.$transaction(async (tx) => {
    await tx.cohortMember.deleteMany({ where: { id: member.id, userId: viewer.id } });
    const others = await tx.cohortMember.count({ where: { userId: viewer.id, cohort: { organisationId } } });
    if (others === 0) await tx.membership.deleteMany({ where: { organisationId, userId: viewer.id, role: "STUDENT" } });
    await tx.auditLog.create({
      data: { actorId: viewer.id, organisationId, action: "cohort.leave", subjectType: "Cohort", subjectId: cohortId, targetUserId: viewer.id },
    });
  });
}

/**
 * Shares one of the viewer's notes with the staff of their cohorts, or stops sharing it. Staff see
 * a shared note only while the student's consent is PROGRESS or CONTACTS (lib/data/cohort-dashboard.ts).
 * NotFoundError for a note that is not the viewer's.
 */
export async function setNoteShared(noteId: string, shared: boolean, now: Date): Promise<void> {
  const viewer = await requireViewer();
  const note = await db.note.findFirst({ where: { id: noteId, ownerId: viewer.id }, select: { id: true, sharedAt: true } });
  if (!note) throw new NotFoundError("note");
  if ((note.sharedAt !== null) === shared) return;
  await db.$transaction([
    db.note.updateMany({ where: { id: note.id, ownerId: viewer.id }, data: { sharedAt: shared ? now : null } }),
    db.auditLog.create({
      data: { actorId: viewer.id, action: shared ? "note.share" : "note.unshare", subjectType: "Note", subjectId: note.id, targetUserId: viewer.id },
    }),
  ]);
}

export interface SharingPreview {
  byStage: Record<Stage, number>;
  total: number;
  lastActivityAt: Date | null;
  /** What CONTACTS adds: names and employers, nothing else. */
  contacts: { name: string; employer: string | null }[];
}

/** The viewer's own numbers, read the same way staff read them, so joining shows what they would see. */
export async function getSharingPreview(): Promise<SharingPreview> {
  const viewer = await requireViewer();
  const [byStage, last, contacts] = await Promise.all([
    db.contact.groupBy({ by: ["stage"], where: { ownerId: viewer.id, archivedAt: null }, _count: { _all: true } }),
    db.contact.aggregate({ where: { ownerId: viewer.id }, _max: { updatedAt: true } }),
    db.contact.findMany({ where: { ownerId: viewer.id, archivedAt: null }, select: { name: true, employer: true }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
  ]);
  const counts: Record<Stage, number> = { FIND: 0, OUTREACH: 0, SCHEDULED: 0, INTERVIEWED: 0, THANKED: 0, FOLLOW_UP: 0 };
  let total = 0;
  for (const row of byStage) {
    counts[row.stage] = row._count._all;
    total += row._count._all;
  }
  return { byStage: counts, total, lastActivityAt: last._max.updatedAt, contacts };
}
