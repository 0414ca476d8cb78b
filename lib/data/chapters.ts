// Chapters' shared professionals (members and officers). Access is decided inside every query by
// the viewer's own membership rows, never by the caller.
import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { Role, SharedStatus } from "../generated/prisma/enums";
import { requireViewer } from "./viewer";

const CHAPTER_ROLES = ["MEMBER", "OFFICER"] as const satisfies readonly Role[];

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
