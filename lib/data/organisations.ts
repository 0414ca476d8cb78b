// Career-centre staff's view of their cohorts.
// Access is decided inside every query by the viewer's own membership rows, never by the caller.
import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { ConsentLevel, Role, Stage } from "../generated/prisma/enums";
import { requireViewer } from "./viewer";

const STAFF_ROLES = ["STAFF", "ADMIN"] as const satisfies readonly Role[];

// ---------------------------------------------------------------------------
// Cohorts (career-centre staff)
// ---------------------------------------------------------------------------

export interface StudentProgress {
  byStage: Record<Stage, number>;
  total: number;
  /** The latest change to any of the student's contacts. */
  lastActivityAt: Date | null;
}

export interface CohortStudent {
  /** The cohort membership's id. */
  id: string;
  name: string;
  consent: ConsentLevel;
  /** Null when the student does not share progress (consent NONE). */
  progress: StudentProgress | null;
  /** Names and employers of the student's contacts; null unless consent is CONTACTS. */
  contacts: { name: string; employer: string | null }[] | null;
}

export interface CohortSummary {
  id: string;
  name: string;
  term: string | null;
  memberCount: number;
  sharingCount: number;
  students: CohortStudent[];
}

export interface StaffOrganisation {
  id: string;
  name: string;
  role: "STAFF" | "ADMIN";
  cohorts: CohortSummary[];
}

function emptyStageCounts(): Record<Stage, number> {
  return { FIND: 0, OUTREACH: 0, SCHEDULED: 0, INTERVIEWED: 0, THANKED: 0, FOLLOW_UP: 0 };
}

/**
 * The cohorts of every career centre where the viewer is STAFF or ADMIN, with each student's
 * consent and, for those who share (PROGRESS or CONTACTS), counts per stage and last activity;
 * contact names and employers only at CONTACTS. Never notes, agendas or messages. Null when the
 * viewer is staff nowhere. Consent is read on every call, so a change applies to the next request.
 * Four reads whatever the cohort size (organisations with cohorts, two groupBys, one list of
 * contacts), plus one audit write recording whose data the viewer saw.
 */
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
          members: {
            select: { id: true, consent: true, user: { select: { id: true, name: true } } },
            orderBy: { user: { name: "asc" } },
          },
        },
        orderBy: [{ createdAt: "desc" }, { name: "asc" }],
      },
    },
    orderBy: { name: "asc" },
  });
  if (organisations.length === 0) return null;

  const sharingIds = new Set<string>();
  const contactIds = new Set<string>();
  for (const organisation of organisations) {
    for (const cohort of organisation.cohorts) {
      for (const member of cohort.members) {
        if (member.consent !== "NONE") sharingIds.add(member.user.id);
        if (member.consent === "CONTACTS") contactIds.add(member.user.id);
      }
    }
  }

  const contactsByOwner = new Map<string, { name: string; employer: string | null }[]>();
  if (contactIds.size > 0) {
    const rows = await db.contact.findMany({
      where: { ownerId: { in: [...contactIds] }, archivedAt: null },
      select: { ownerId: true, name: true, employer: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    });
    for (const id of contactIds) contactsByOwner.set(id, []);
    for (const row of rows) contactsByOwner.get(row.ownerId)?.push({ name: row.name, employer: row.employer });
  }

  const progress = new Map<string, StudentProgress>();
  if (sharingIds.size > 0) {
    const ownerIds = [...sharingIds];
    const [byStage, lastActivity] = await Promise.all([
      db.contact.groupBy({
        by: ["ownerId", "stage"],
        where: { ownerId: { in: ownerIds }, archivedAt: null },
        _count: { _all: true },
      }),
      db.contact.groupBy({
        by: ["ownerId"],
        where: { ownerId: { in: ownerIds } },
        _max: { updatedAt: true },
      }),
    ]);
    for (const id of ownerIds) progress.set(id, { byStage: emptyStageCounts(), total: 0, lastActivityAt: null });
    for (const row of byStage) {
      const entry = progress.get(row.ownerId);
      if (!entry) continue;
      entry.byStage[row.stage] = row._count._all;
      entry.total += row._count._all;
    }
    for (const row of lastActivity) {
      const entry = progress.get(row.ownerId);
      if (entry) entry.lastActivityAt = row._max.updatedAt;
    }
  }

  const result: StaffOrganisation[] = organisations.map((organisation) => ({
    id: organisation.id,
    name: organisation.name,
    role: organisation.memberships.some((m) => m.role === "ADMIN") ? "ADMIN" : "STAFF",
    cohorts: organisation.cohorts.map((cohort) => {
      const students = cohort.members.map((member) => ({
        id: member.id,
        name: member.user.name,
        consent: member.consent,
        progress: member.consent === "NONE" ? null : (progress.get(member.user.id) ?? null),
        contacts: member.consent === "CONTACTS" ? (contactsByOwner.get(member.user.id) ?? []) : null,
      }));
      return {
        id: cohort.id,
        name: cohort.name,
        term: cohort.term,
        memberCount: students.length,
        sharingCount: students.filter((s) => s.consent !== "NONE").length,
        students,
      };
    }),
  }));

  // Every staff view of a student's data is recorded (schema: AuditLog).
  const audit: Prisma.AuditLogCreateManyInput[] = [];
  for (const organisation of organisations) {
    for (const cohort of organisation.cohorts) {
      for (const member of cohort.members) {
        if (member.consent === "NONE") continue;
        audit.push({
          actorId: viewer.id,
          organisationId: organisation.id,
          action: "cohort.progress.view",
          subjectType: "Cohort",
          subjectId: cohort.id,
          targetUserId: member.user.id,
        });
        if (member.consent === "CONTACTS") {
          audit.push({
            actorId: viewer.id,
            organisationId: organisation.id,
            action: "cohort.contacts.view",
            subjectType: "Cohort",
            subjectId: cohort.id,
            targetUserId: member.user.id,
          });
        }
      }
    }
  }
  if (audit.length > 0) await db.auditLog.createMany({ data: audit });

  return result;
}
