// Contacts: every read and write is scoped to the viewer. A forged id behaves like a missing one.
import "server-only";
import { db } from "../db";
import { IN_PERSON_KM, type DistanceFilter } from "../domain/distance";
import { contactPriority } from "../domain/priority";
import { startOfViewerToday } from "../domain/today";
import type { Prisma } from "../generated/prisma/client";
import type { Stage } from "../generated/prisma/enums";
import { CONTACTS_PAGE_SIZE, TAGS_PER_CONTACT, type ContactFields, type ContactListParams, type ContactSort } from "../validation/contacts";
import { ConflictError, NotFoundError } from "./errors";
import { syncKeepInTouch } from "./keep-in-touch";
import { syncFollowUps } from "./outreach";
import { cancelContactReminders, restoreShelvedReminders } from "./reminders";
import { requireViewer, type Viewer } from "./viewer";

export const contactRow = {
  id: true,
  name: true,
  title: true,
  employer: true,
  distanceKm: true,
  stage: true,
  priority: true,
  tags: true,
  doNotContact: true,
  archivedAt: true,
  updatedAt: true,
} satisfies Prisma.ContactSelect;

export const contactDetail = {
  ...contactRow,
  industry: true,
  location: true,
  email: true,
  phone: true,
  linkedinUrl: true,
  howFound: true,
  connection: true,
  motivation: true,
  isAlumniOrAdvocate: true,
  openPostings: true,
  notes: true,
  stageChangedAt: true,
  keepInTouchMonths: true,
  lastTouchAt: true,
  version: true,
  createdAt: true,
  referredBy: { select: { id: true, name: true } },
} satisfies Prisma.ContactSelect;

export type ContactRow = Prisma.ContactGetPayload<{ select: typeof contactRow }>;
export type ContactDetail = Prisma.ContactGetPayload<{ select: typeof contactDetail }>;

export interface ContactFilter {
  stage?: Stage;
  archived?: boolean;
  query?: string;
}

export async function listContacts(filter: ContactFilter = {}): Promise<ContactRow[]> {
  const viewer = await requireViewer();
  const where: Prisma.ContactWhereInput = {
    ownerId: viewer.id,
    archivedAt: filter.archived ? { not: null } : null,
    ...(filter.stage ? { stage: filter.stage } : {}),
  };
  if (filter.query?.trim()) {
    const q = filter.query.trim();
    where.OR = [
      { name: { contains: q, mode: "insensitive" } },
      { employer: { contains: q, mode: "insensitive" } },
      { title: { contains: q, mode: "insensitive" } },
      { tags: { has: q.toLowerCase() } },
    ];
  }
  return db.contact.findMany({ where, select: contactRow, orderBy: [{ priority: "desc" }, { name: "asc" }] });
}

/** One row of the contacts list: the row fields and whether a reminder about it is overdue. */
export type ContactListItem = ContactRow & { overdue: boolean };

export interface ContactsPage {
  rows: ContactListItem[];
  /** Contacts matching the search and filters, on every page. */
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

/** Open (pending, not snoozed past `now`) reminders due before the start of the viewer's today. */
function overdueReminderWhere(ownerId: string, now: Date, timeZone: string): Prisma.ReminderWhereInput {
  return {
    ownerId,
    status: "PENDING",
    dueAt: { lt: startOfViewerToday(now, timeZone) },
    OR: [{ snoozedUntil: null }, { snoozedUntil: { lte: now } }],
  };
}

/** A list row: contactRow plus the count of its overdue reminders, counted in the same statement. */
function contactListRow(overdue: Prisma.ReminderWhereInput) {
  return { ...contactRow, _count: { select: { reminders: { where: overdue } } } } satisfies Prisma.ContactSelect;
}

const LIST_ORDER: Record<ContactSort, Prisma.ContactOrderByWithRelationInput[]> = {
  priority: [{ priority: "desc" }, { name: "asc" }, { id: "asc" }],
  name: [{ name: "asc" }, { id: "asc" }],
  employer: [{ employer: { sort: "asc", nulls: "last" } }, { name: "asc" }, { id: "asc" }],
  distance: [{ distanceKm: { sort: "asc", nulls: "last" } }, { name: "asc" }, { id: "asc" }],
  updated: [{ updatedAt: "desc" }, { id: "asc" }],
};

const DISTANCE_WHERE: Record<DistanceFilter, Prisma.IntNullableFilter | null> = {
  near: { lte: IN_PERSON_KM },
  far: { gt: IN_PERSON_KM },
  unknown: null,
};

/** Up to five words of a search; each must match the name, employer, title or a tag. */
function searchWhere(query: string): Prisma.ContactWhereInput[] {
  const terms = [...new Set(query.split(/\s+/).filter(Boolean))].slice(0, 5);
  return terms.map((term) => ({
    OR: [
      { name: { contains: term, mode: "insensitive" } },
      { employer: { contains: term, mode: "insensitive" } },
      { title: { contains: term, mode: "insensitive" } },
      { tags: { has: term.toLowerCase() } },
    ],
  }));
}

/**
 * One page of the viewer's contacts for the list at /contacts: search, filters, sort and page from
 * the URL (see contactListParamsSchema). Two queries whatever the number of contacts: the page's
 * rows (with an overdue flag counted in the same statement) and the total.
 */
export async function listContactsPage(params: ContactListParams, now: Date = new Date()): Promise<ContactsPage> {
  const viewer = await requireViewer();
  const overdue = overdueReminderWhere(viewer.id, now, viewer.timeZone);
  const and: Prisma.ContactWhereInput[] = [];
  if (params.q) and.push(...searchWhere(params.q));
  if (params.overdue) and.push({ reminders: { some: overdue } });
  const where: Prisma.ContactWhereInput = {
    ownerId: viewer.id,
    archivedAt: params.archived ? { not: null } : null,
    ...(params.stage ? { stage: params.stage } : {}),
    ...(params.tag ? { tags: { has: params.tag } } : {}),
    ...(params.howFound ? { howFound: params.howFound } : {}),
    ...(params.dnc ? { doNotContact: params.dnc === "only" } : {}),
    ...(params.minPriority ? { priority: { gte: params.minPriority } } : {}),
    ...(params.distance ? { distanceKm: DISTANCE_WHERE[params.distance] } : {}),
    ...(and.length ? { AND: and } : {}),
  };
  const pageSize = CONTACTS_PAGE_SIZE;
  const [rows, total] = await Promise.all([
    db.contact.findMany({
      where,
      select: contactListRow(overdue),
      orderBy: LIST_ORDER[params.sort],
      skip: (params.page - 1) * pageSize,
      take: pageSize,
    }),
    db.contact.count({ where }),
  ]);
  return {
    rows: rows.map(({ _count, ...row }) => ({ ...row, overdue: _count.reminders > 0 })),
    total,
    page: params.page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}

export async function getContact(contactId: string): Promise<ContactDetail> {
  const viewer = await requireViewer();
  const contact = await db.contact.findFirst({ where: { id: contactId, ownerId: viewer.id }, select: contactDetail });
  if (!contact) throw new NotFoundError("contact");
  return contact;
}

function withPriority(fields: ContactFields) {
  return { ...fields, priority: contactPriority(fields) };
}

/**
 * Creates a contact in Find. With an `idempotencyKey` (the new-contact form sends one per form), a
 * second submission of the same form returns the first one's contact instead of creating another:
 * the key's unique index decides, so even two submissions racing each other create one.
 */
export async function createContact(fields: ContactFields, idempotencyKey?: string): Promise<{ id: string }> {
  const viewer = await requireViewer();
  return db.$transaction(async (tx) => {
    if (idempotencyKey) {
      // Waits for a concurrent transaction holding the same key, then does nothing if it committed.
      const { count } = await tx.idempotencyKey.createMany({ data: [{ ownerId: viewer.id, key: idempotencyKey }], skipDuplicates: true });
      if (count === 0) {
        const earlier = await tx.idempotencyKey.findUnique({ where: { ownerId_key: { ownerId: viewer.id, key: idempotencyKey } }, select: { resultId: true } });
        if (earlier?.resultId) return { id: earlier.resultId };
      }
    }
    const contact = await tx.contact.create({
      data: { ...withPriority(fields), ownerId: viewer.id },
      select: { id: true },
    });
    await tx.stageChange.create({ data: { ownerId: viewer.id, contactId: contact.id, toStage: "FIND" } });
    if (idempotencyKey) {
      await tx.idempotencyKey.updateMany({ where: { ownerId: viewer.id, key: idempotencyKey }, data: { resultId: contact.id } });
    }
    return contact;
  });
}

/**
 * Saves `fields` only if the contact is still at `version`; otherwise throws ConflictError with the
 * stored contact, so the form can show what changed and nothing the other tab saved is lost.
 */
export async function updateContact(contactId: string, version: number, fields: ContactFields, now = new Date()): Promise<void> {
  const viewer = await requireViewer();
  const saved = await db.$transaction(async (tx) => {
    const before = await tx.contact.findFirst({ where: { id: contactId, ownerId: viewer.id, version }, select: { doNotContact: true } });
    if (!before) return false;
    const { count } = await tx.contact.updateMany({ where: { id: contactId, ownerId: viewer.id, version }, data: { ...withPriority(fields), version: { increment: 1 } } });
    if (count === 0) return false;
    if (before.doNotContact !== fields.doNotContact) await applyDoNotContact(tx, viewer, [contactId], fields.doNotContact, now);
    return true;
  });
  if (saved) return;
  const current = await db.contact.findFirst({ where: { id: contactId, ownerId: viewer.id }, select: contactDetail });
  if (!current) throw new NotFoundError("contact");
  throw new ConflictError("contact", current);
}

/**
 * "Do not contact" wins over every reminder (product.md): setting it cancels the contacts' pending
 * reminders; clearing it derives the follow-up and keep-in-touch reminders their history calls for
 * again. (A chapter's do-not-contact flags the members' copies in lib/data/chapters.ts.)
 */
async function applyDoNotContact(tx: Prisma.TransactionClient, viewer: Viewer, contactIds: string[], doNotContact: boolean, now: Date): Promise<void> {
  if (doNotContact) {
    // Stamped with the cancellation's instant: the timeline tells the reminders it cancelled by it.
    await tx.contact.updateMany({ where: { id: { in: contactIds }, ownerId: viewer.id }, data: { doNotContactAt: now } });
    await cancelContactReminders(tx, viewer.id, contactIds, now);
    return;
  }
  for (const contactId of contactIds) {
    await syncFollowUps(tx, viewer, contactId, now);
    await syncKeepInTouch(tx, viewer, contactId, now, "CANCELLED");
  }
}

export async function setContactArchived(contactId: string, archived: boolean): Promise<void> {
  const changed = await setContactsArchived([contactId], archived);
  if (changed === 0) {
    // Already as asked (archived twice from two tabs) is fine; a contact that isn't the viewer's is not.
    const viewer = await requireViewer();
    if ((await db.contact.count({ where: { id: contactId, ownerId: viewer.id } })) === 0) throw new NotFoundError("contact");
  }
}

export async function deleteContact(contactId: string): Promise<void> {
  const viewer = await requireViewer();
  const { count } = await db.contact.deleteMany({ where: { id: contactId, ownerId: viewer.id } });
  if (count === 0) throw new NotFoundError("contact");
}

/** Counts per stage for the viewer's active contacts, in one query. */
export async function countContactsByStage(): Promise<Record<Stage, number>> {
  const viewer = await requireViewer();
  const groups = await db.contact.groupBy({
    by: ["stage"],
    where: { ownerId: viewer.id, archivedAt: null },
    _count: { _all: true },
  });
  const counts: Record<Stage, number> = { FIND: 0, OUTREACH: 0, SCHEDULED: 0, INTERVIEWED: 0, THANKED: 0, FOLLOW_UP: 0 };
  for (const g of groups) counts[g.stage] = g._count._all;
  return counts;
}

/** Whether the viewer keeps any contact, archived ones included: Today offers a first step only to someone with none. */
export async function hasAnyContact(): Promise<boolean> {
  const viewer = await requireViewer();
  return (await db.contact.findFirst({ where: { ownerId: viewer.id }, select: { id: true } })) !== null;
}

/**
 * People a professional suggested talking to whom the student has not written to yet: referrals
 * still in Find, oldest first, with who referred them (an introduction's best opening). Derived from
 * the contacts' state, so writing to one (it moves to Outreach), archiving it or marking it do not
 * contact takes it off the list.
 */
export async function listReferralsToReachOut(shown = 20): Promise<{
  count: number;
  contacts: { id: string; name: string; employer: string | null; referredBy: { id: string; name: string } | null }[];
}> {
  const viewer = await requireViewer();
  const where = { ownerId: viewer.id, stage: "FIND", referredBy: { is: { ownerId: viewer.id } }, archivedAt: null, doNotContact: false } satisfies Prisma.ContactWhereInput;
  const [count, contacts] = await Promise.all([
    db.contact.count({ where }),
    db.contact.findMany({
      where,
      select: { id: true, name: true, employer: true, referredBy: { select: { id: true, name: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: shown,
    }),
  ]);
  return { count, contacts };
}

/** The viewer's contacts with the same email or LinkedIn URL, to warn before creating a duplicate. */
export async function findDuplicateContacts(email: string | null | undefined, linkedinUrl: string | null | undefined, excludeId?: string) {
  const viewer = await requireViewer();
  const or: Prisma.ContactWhereInput[] = [];
  if (email) or.push({ email: { equals: email, mode: "insensitive" } });
  if (linkedinUrl) or.push({ linkedinUrl: { equals: linkedinUrl.replace(/\/$/, ""), mode: "insensitive" } }, { linkedinUrl: { equals: `${linkedinUrl.replace(/\/$/, "")}/`, mode: "insensitive" } });
  if (!or.length) return [];
  return db.contact.findMany({
    where: { ownerId: viewer.id, OR: or, ...(excludeId ? { id: { not: excludeId } } : {}) },
    select: { id: true, name: true, employer: true, email: true, linkedinUrl: true },
    take: 5,
  });
}

/**
 * Adds or removes one tag on several of the viewer's contacts: how many changed, and how many
 * could not take another tag (they have TAGS_PER_CONTACT already).
 */
export async function tagContacts(contactIds: string[], tag: string, remove = false): Promise<{ changed: number; full: number }> {
  const viewer = await requireViewer();
  const normalised = tag.trim().toLowerCase();
  return db.$transaction(async (tx) => {
    const contacts = await tx.contact.findMany({ where: { id: { in: contactIds }, ownerId: viewer.id }, select: { id: true, tags: true } });
    let changed = 0;
    let full = 0;
    for (const contact of contacts) {
      const has = contact.tags.includes(normalised);
      if (has !== remove) continue;
      if (!remove && contact.tags.length >= TAGS_PER_CONTACT) {
        full++;
        continue;
      }
      const tags = remove ? contact.tags.filter((t) => t !== normalised) : [...contact.tags, normalised];
      await tx.contact.update({ where: { id: contact.id }, data: { tags, version: { increment: 1 } } });
      changed++;
    }
    return { changed, full };
  });
}

/** Archives or restores several of the viewer's contacts with their reminders; returns how many changed. */
export async function setContactsArchived(contactIds: string[], archived: boolean, now = new Date()): Promise<number> {
  const viewer = await requireViewer();
  return db.$transaction(async (tx) => {
    const ids = (
      await tx.contact.findMany({ where: { id: { in: contactIds }, ownerId: viewer.id, archivedAt: archived ? null : { not: null } }, select: { id: true } })
    ).map((c) => c.id);
    if (ids.length === 0) return 0;
    if (archived) {
      // Cancelled as of the archive's own time, which is how the restore recognises them.
      await cancelContactReminders(tx, viewer.id, ids, now);
    } else {
      await restoreShelvedReminders(tx, viewer.id, ids);
    }
    const { count } = await tx.contact.updateMany({
      where: { id: { in: ids }, ownerId: viewer.id },
      data: { archivedAt: archived ? now : null, version: { increment: 1 } },
    });
    return count;
  });
}
