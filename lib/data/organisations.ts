// Organisation views: career-centre cohorts for staff, and chapters' shared professionals for members.
// Access is decided inside every query by the viewer's own membership rows, never by the caller.
import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { ConsentLevel, Role, SharedStatus, Stage } from "../generated/prisma/enums";
import { requireViewer } from "./viewer";

const STAFF_ROLES = ["STAFF", "ADMIN"] as const satisfies readonly Role[];
const CHAPTER_ROLES = ["MEMBER", "OFFICER"] as const satisfies readonly Role[];

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

// ---------------------------------------------------------------------------
// Chapters' shared professionals (members and officers)
// ---------------------------------------------------------------------------

export interface SharedProfessional {
  id: string;
  name: string;
  title: string | null;
  employer: string | null;
  topics: string[];
  status: SharedStatus;
  /** The active claim, if any: whether it is the viewer's and when it lapses. */
  claim: { byViewer: boolean; expiresAt: Date } | null;
}

export interface ChapterDirectory {
  id: string;
  name: string;
  role: "MEMBER" | "OFFICER";
  professionals: SharedProfessional[];
}

const sharedContactRow = {
  id: true,
  organisationId: true,
  name: true,
  title: true,
  employer: true,
  topics: true,
  status: true,
  fieldVisibility: true,
} satisfies Prisma.SharedContactSelect;

/** Fields the chapter restricted to officers, from the `fieldVisibility` JSON. */
function officerOnlyFields(value: Prisma.JsonValue): Set<string> {
  const fields = new Set<string>();
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [field, visibility] of Object.entries(value)) if (visibility === "officers") fields.add(field);
  }
  return fields;
}

/**
 * The shared professionals of every chapter the viewer belongs to. Members see everything but
 * PROPOSED entries and fields restricted to officers; officers see all. Null when the viewer is in
 * no chapter. Two reads whatever the list size.
 */
export async function listChapterDirectories(now: Date): Promise<ChapterDirectory[] | null> {
  const viewer = await requireViewer();
  const memberships = await db.membership.findMany({
    where: { userId: viewer.id, role: { in: [...CHAPTER_ROLES] }, organisation: { kind: "CHAPTER" } },
    select: { role: true, organisation: { select: { id: true, name: true } } },
    orderBy: { organisation: { name: "asc" } },
  });
  if (memberships.length === 0) return null;

  const officerOf = memberships.filter((m) => m.role === "OFFICER").map((m) => m.organisation.id);
  const memberOf = memberships.filter((m) => m.role !== "OFFICER").map((m) => m.organisation.id);
  const shared = await db.sharedContact.findMany({
    where: {
      OR: [
        ...(officerOf.length ? [{ organisationId: { in: officerOf } }] : []),
        ...(memberOf.length ? [{ organisationId: { in: memberOf }, status: { not: "PROPOSED" as const } }] : []),
      ],
    },
    select: {
      ...sharedContactRow,
      claims: {
        where: { activeFor: { not: null }, expiresAt: { gt: now } },
        select: { userId: true, expiresAt: true },
        orderBy: { claimedAt: "desc" },
        take: 1,
      },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });

  return memberships.map((membership) => {
    const isOfficer = membership.role === "OFFICER";
    return {
      id: membership.organisation.id,
      name: membership.organisation.name,
      role: isOfficer ? "OFFICER" : "MEMBER",
      professionals: shared
        .filter((s) => s.organisationId === membership.organisation.id)
        .map((s) => {
          const hidden = isOfficer ? new Set<string>() : officerOnlyFields(s.fieldVisibility);
          const claim = s.claims[0];
          return {
            id: s.id,
            name: s.name,
            title: hidden.has("title") ? null : s.title,
            employer: hidden.has("employer") ? null : s.employer,
            topics: hidden.has("topics") ? [] : s.topics,
            status: s.status,
            claim: claim ? { byViewer: claim.userId === viewer.id, expiresAt: claim.expiresAt } : null,
          };
        }),
    };
  });
}
