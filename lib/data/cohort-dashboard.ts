// Career-centre staff's view of their cohorts. Access is decided inside every query by the viewer's
// own STAFF or ADMIN membership of the cohort's centre, never by the caller; a cohort or student the
// viewer may not see is "not found", never "forbidden", so ids leak nothing.
//
// What staff receive follows each student's consent, read on every request: NONE → enrolled, no
// data; PROGRESS → the progress metrics (lib/domain/metrics.ts, the definition the student's own
// dashboard uses) and notes the student shared one by one; CONTACTS → also the names, employers and
// stages of their contacts. Never note, agenda or message text the student did not share. Every
// view of a student's data writes an audit row.
import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { ConsentLevel, NoteKind, Role, Stage } from "../generated/prisma/enums";
import type { CohortStudentRow } from "../domain/cohort";
import type { CohortProgress, ProgressMetrics } from "../domain/metrics";
import { NotFoundError } from "./errors";
import { cohortProgressForUsers, progressForUsers } from "./metrics";
import { requireViewer, type Viewer } from "./viewer";

const STAFF_ROLES = ["STAFF", "ADMIN"] as const satisfies readonly Role[];

/** Cohorts of career centres where the viewer is staff or admin. */
function staffCohortsOf(viewer: Viewer): Prisma.CohortWhereInput {
  return { organisation: { kind: "CAREER_CENTRE", memberships: { some: { userId: viewer.id, role: { in: [...STAFF_ROLES] } } } } };
}

// ---------------------------------------------------------------------------
// The list of cohorts (no student data: no audit)
// ---------------------------------------------------------------------------

export interface StaffCohortCard {
  id: string;
  name: string;
  term: string | null;
  inviteCode: string;
  memberCount: number;
  sharingCount: number;
}

export interface StaffOrganisation {
  id: string;
  name: string;
  role: "STAFF" | "ADMIN";
  cohorts: StaffCohortCard[];
}

/** The career centres where the viewer is staff, with their cohorts' sizes. Null when staff nowhere. One read. */
export async function listStaffCohorts(): Promise<StaffOrganisation[] | null> {
  const viewer = await requireViewer();
  const organisations = await db.organisation.findMany({
    where: { kind: "CAREER_CENTRE", memberships: { some: { userId: viewer.id, role: { in: [...STAFF_ROLES] } } } },
    select: {
      id: true,
      name: true,
      memberships: { where: { userId: viewer.id }, select: { role: true } },
      cohorts: {
        select: {
          id: true,
          name: true,
          term: true,
          inviteCode: true,
          _count: { select: { members: true } },
          members: { where: { consent: { not: "NONE" } }, select: { id: true } },
        },
        orderBy: [{ createdAt: "desc" }, { name: "asc" }],
      },
    },
    orderBy: { name: "asc" },
  });
  if (organisations.length === 0) return null;
  return organisations.map((organisation) => ({
    id: organisation.id,
    name: organisation.name,
    role: organisation.memberships.some((m) => m.role === "ADMIN") ? "ADMIN" : "STAFF",
    cohorts: organisation.cohorts.map((cohort) => ({
      id: cohort.id,
      name: cohort.name,
      term: cohort.term,
      inviteCode: cohort.inviteCode,
      memberCount: cohort._count.members,
      sharingCount: cohort.members.length,
    })),
  }));
}

// ---------------------------------------------------------------------------
// One cohort's dashboard and its CSV export
// ---------------------------------------------------------------------------

export interface CohortHeader {
  id: string;
  name: string;
  term: string | null;
  organisation: { id: string; name: string };
}

export interface CohortDashboard {
  cohort: CohortHeader;
  /** Every enrolled student, in name order; `metrics` is null for those who share nothing. */
  students: CohortStudentRow[];
}

interface CohortMemberRow {
  id: string;
  name: string;
  term: string | null;
  organisationId: string;
  organisationName: string;
  memberId: string | null;
  consent: ConsentLevel | null;
  joinedAt: Date | string | null;
  userId: string | null;
  userName: string | null;
}

const cohortHeader = { id: true, name: true, term: true, organisation: { select: { id: true, name: true } } } satisfies Prisma.CohortSelect;

/**
 * The cohort's students with the progress metrics of those who share. Six SQL statements whatever
 * the cohort's size: the cohort with its members (the access check), four for the metrics, one audit
 * insert. `auditAction` names what the staff member did ("cohort.progress.view" or "cohort.export").
 */
async function readCohort(cohortId: string, now: Date, auditAction: string): Promise<CohortDashboard> {
  const viewer = await requireViewer();
  // One statement for the access check, the cohort and its members (Prisma's nested read would be four).
  const rows = await db.$queryRaw<CohortMemberRow[]>`
    SELECT c.id, c.name, c.term, o.id AS "organisationId", o.name AS "organisationName",
           m.id AS "memberId", m.consent::text AS consent, m."joinedAt", u.id AS "userId", u.name AS "userName"
    FROM "Cohort" c
    JOIN "Organisation" o ON o.id = c."organisationId" AND o.kind = 'CAREER_CENTRE'
    LEFT JOIN "CohortMember" m ON m."cohortId" = c.id
    LEFT JOIN "User" u ON u.id = m."userId"
    WHERE c.id = ${cohortId}
      AND EXISTS (SELECT 1 FROM "Membership" s
                  WHERE s."organisationId" = o.id AND s."userId" = ${viewer.id} AND s.role IN ('STAFF', 'ADMIN'))
    ORDER BY u.name, m.id`;
  const head = rows[0];
  if (!head) throw new NotFoundError("Cohort");
  const cohort = {
    id: head.id,
    name: head.name,
    term: head.term,
    organisation: { id: head.organisationId, name: head.organisationName },
    members: rows.flatMap((row) =>
      row.memberId && row.userId && row.consent
        ? [{ id: row.memberId, consent: row.consent, joinedAt: new Date(row.joinedAt ?? 0), user: { id: row.userId, name: row.userName ?? "" } }]
        : [],
    ),
  };

  const sharing = cohort.members.filter((m) => m.consent !== "NONE");
  const targets = sharing.map((m) => m.user.id);
  // The audit rows are written alongside the read rather than after it: they need only the list of
  // sharing students, and a read that then fails still leaves its attempt on record.
  const [metrics] = await Promise.all([
    // Only what the dashboard shows; the export also shows the median time to reply.
    targets.length > 0 ? cohortProgressForUsers(targets, now, { median: auditAction === "cohort.export" }) : new Map<string, CohortProgress>(),
    // One row per sharing student, in one INSERT from arrays: Prisma's createMany spent ~150 ms of
    // CPU compiling and expanding a 1,000-row insert. Ids are random UUIDs made by
    // PostgreSQL (as the digest's claims are); nothing reads meaning into an audit row's id.
    targets.length > 0
      ? db.$executeRaw`
          INSERT INTO "AuditLog" ("id", "actorId", "organisationId", "action", "subjectType", "subjectId", "targetUserId", "at")
          SELECT gen_random_uuid()::text, ${viewer.id}::text, ${cohort.organisation.id}::text, ${auditAction}::text, 'Cohort', ${cohort.id}::text, t.target,
                 ${new Date().toISOString()}::timestamp
          FROM unnest(${targets}::text[]) AS t(target)`
      : 0,
  ]);
  return {
    cohort: { id: cohort.id, name: cohort.name, term: cohort.term, organisation: cohort.organisation },
    students: cohort.members.map((member) => ({
      memberId: member.id,
      name: member.user.name,
      consent: member.consent,
      joinedAt: member.joinedAt,
      metrics: member.consent === "NONE" ? null : (metrics.get(member.user.id) ?? null),
    })),
  };
}

/** The cohort dashboard for a staff member of its centre; NotFoundError for anyone else. */
export function getCohortDashboard(cohortId: string, now: Date): Promise<CohortDashboard> {
  return readCohort(cohortId, now, "cohort.progress.view");
}

/** The same data for a CSV download, recorded as an export. */
export function getCohortForExport(cohortId: string, now: Date): Promise<CohortDashboard> {
  return readCohort(cohortId, now, "cohort.export");
}

// ---------------------------------------------------------------------------
// One student, drilled into
// ---------------------------------------------------------------------------

export interface SharedNote {
  id: string;
  kind: NoteKind;
  body: string;
  sharedAt: Date;
  /** Who it is about, only at consent CONTACTS (and only a contact staff see in the list): names are not shared below it. */
  contact: { name: string; employer: string | null } | null;
  /** When the meeting it came from began (a date alone names nobody, so at any level); null when not from a meeting. */
  meetingAt: Date | null;
}

export interface CohortStudentDetail {
  cohort: CohortHeader;
  student: { memberId: string; name: string; consent: ConsentLevel; joinedAt: Date; consentAt: Date | null };
  /** Null at consent NONE. */
  metrics: ProgressMetrics | null;
  /** Names, employers and stages; null unless consent is CONTACTS. */
  contacts: { name: string; employer: string | null; stage: Stage }[] | null;
  /** Notes the student shared one at a time; empty at consent NONE (withdrawing hides them too). */
  sharedNotes: SharedNote[];
}

/** One student of one of the viewer's cohorts, by cohort membership id; NotFoundError otherwise. */
export async function getCohortStudent(cohortId: string, memberId: string, now: Date): Promise<CohortStudentDetail> {
  const viewer = await requireViewer();
  const member = await db.cohortMember.findFirst({
    where: { id: memberId, cohortId, cohort: staffCohortsOf(viewer) },
    select: {
      id: true,
      consent: true,
      consentAt: true,
      joinedAt: true,
      user: { select: { id: true, name: true } },
      cohort: { select: cohortHeader },
    },
  });
  if (!member) throw new NotFoundError("Student");
  const base = {
    cohort: member.cohort,
    student: { memberId: member.id, name: member.user.name, consent: member.consent, joinedAt: member.joinedAt, consentAt: member.consentAt },
  };
  if (member.consent === "NONE") return { ...base, metrics: null, contacts: null, sharedNotes: [] };

  const studentId = member.user.id;
  const [metrics, contacts, sharedNotes] = await Promise.all([
    progressForUsers([studentId], now),
    member.consent === "CONTACTS"
      ? db.contact.findMany({
          where: { ownerId: studentId, archivedAt: null },
          select: { name: true, employer: true, stage: true },
          orderBy: [{ name: "asc" }, { id: "asc" }],
        })
      : Promise.resolve(null),
    db.note.findMany({
      where: { ownerId: studentId, sharedAt: { not: null } },
      select: {
        id: true,
        kind: true,
        body: true,
        sharedAt: true,
        // Never the meeting's title: it often names the contact ("Coffee with Priya").
        contact: { select: { name: true, employer: true, archivedAt: true } },
        meeting: { select: { startsAt: true } },
      },
      orderBy: { sharedAt: "desc" },
    }),
  ]);
  const audit = (action: string): Prisma.AuditLogCreateManyInput => ({
    actorId: viewer.id,
    organisationId: member.cohort.organisation.id,
    action,
    subjectType: "CohortMember",
    subjectId: member.id,
    targetUserId: studentId,
  });
  await db.auditLog.createMany({
    data: [audit("cohort.student.view"), ...(contacts ? [audit("cohort.contacts.view")] : [])],
  });
  return {
    ...base,
    metrics: metrics.get(studentId) ?? null,
    contacts,
    sharedNotes: sharedNotes.flatMap((n) =>
      n.sharedAt
        ? [
            {
              id: n.id,
              kind: n.kind,
              body: n.body,
              sharedAt: n.sharedAt,
              // The same contacts the Contacts section lists: shared at CONTACTS, archived ones left out.
              contact: contacts && n.contact && n.contact.archivedAt === null ? { name: n.contact.name, employer: n.contact.employer } : null,
              meetingAt: n.meeting?.startsAt ?? null,
            },
          ]
        : [],
    ),
  };
}
