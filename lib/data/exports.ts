// Taking everything out (#9): contacts as CSV and vCard, meetings as .ics, and a full archive
// (.zip: account.json of everything the viewer owns, plus those three files). Every read is scoped
// to the viewer's own rows; chapter and career-centre data (shared lists, claims, cohorts) belong
// to the organisation and are not in the archive.
//
// Restoring: account.json imported into an account that has no contacts yet recreates every row
// with new ids (so an archive can be restored while its old account still exists), relations
// re-linked through an old → new id map, in one transaction.
import "server-only";
import { randomUUID } from "node:crypto";
import { strToU8, unzipSync, zipSync, strFromU8 } from "fflate";
import { z } from "zod";
import { db } from "../db";
import { contactsCsv } from "../domain/contact-csv";
import { buildCalendar } from "../domain/ics";
import { buildVcards } from "../domain/vcard";
import type { Prisma } from "../generated/prisma/client";
import { FieldError } from "./errors";
import { meetingEvent, meetingEventRow } from "./meetings";
import { requireViewer } from "./viewer";

export const ARCHIVE_FORMAT = "rapport-account-archive";
export const ARCHIVE_VERSION = 1;

async function ownContacts(ownerId: string) {
  return db.contact.findMany({ where: { ownerId }, orderBy: [{ createdAt: "asc" }, { name: "asc" }, { id: "asc" }] });
}

export async function exportContactsCsv(): Promise<string> {
  const viewer = await requireViewer();
  return contactsCsv(await ownContacts(viewer.id), viewer.timeZone);
}

export async function exportContactsVcard(): Promise<string> {
  const viewer = await requireViewer();
  return buildVcards(await ownContacts(viewer.id));
}

/** The viewer's own meetings, published to their calendar with them as ORGANIZER (as the calendar feed does). */
async function meetingsIcs(viewer: { id: string; name: string; email: string; timeZone: string }, now: Date): Promise<string> {
  const meetings = await db.meeting.findMany({ where: { ownerId: viewer.id }, select: meetingEventRow, orderBy: { startsAt: "asc" } });
  const organizer = { name: viewer.name, email: viewer.email };
  return buildCalendar({ name: `${viewer.name}: meetings`, timeZone: viewer.timeZone, method: "PUBLISH", events: meetings.map((m) => ({ ...meetingEvent(m), organizer })), now });
}

export async function exportMeetingsIcs(now = new Date()): Promise<string> {
  return meetingsIcs(await requireViewer(), now);
}

/** Everything the viewer owns, as plain JSON (dates as ISO strings). */
export async function buildAccountArchive(now = new Date()) {
  const viewer = await requireViewer();
  const ownerId = viewer.id;
  const [user, contacts, stageChanges, outreach, meetings, notes, actionItems, resources, reminders, templates, pitches, holidays, questions, questionHides] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: ownerId }, select: { name: true, email: true, timeZone: true, weeklyOutreachGoal: true, digestFrequency: true, createdAt: true } }),
    ownContacts(ownerId),
    db.stageChange.findMany({ where: { ownerId }, orderBy: [{ at: "asc" }, { id: "asc" }] }),
    db.outreachAttempt.findMany({ where: { ownerId }, orderBy: [{ sentAt: "asc" }, { id: "asc" }] }),
    // Chapter group meetings belong to the chapter; the student's own meetings are theirs.
    db.meeting.findMany({ where: { ownerId, organisationId: null }, include: { agendaItems: { orderBy: { position: "asc" } } }, orderBy: [{ startsAt: "asc" }, { id: "asc" }] }),
    db.note.findMany({ where: { ownerId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db.actionItem.findMany({ where: { ownerId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db.resource.findMany({ where: { ownerId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db.reminder.findMany({ where: { ownerId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db.template.findMany({ where: { ownerId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db.pitch.findMany({ where: { ownerId }, orderBy: { version: "asc" } }),
    db.holiday.findMany({ where: { ownerId }, orderBy: { date: "asc" } }),
    db.question.findMany({ where: { ownerId }, orderBy: [{ position: "asc" }, { id: "asc" }] }),
    db.questionHide.findMany({ where: { userId: ownerId }, select: { questionId: true } }),
  ]);
  const archive = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    exportedAt: now.toISOString(),
    user,
    contacts,
    stageChanges,
    outreach,
    meetings,
    notes,
    actionItems,
    resources,
    reminders,
    templates,
    pitches,
    holidays,
    questions,
    questionHides,
  };
  return JSON.parse(JSON.stringify(archive)) as typeof archive;
}

/** account.json plus contacts.csv, contacts.vcf and meetings.ics, zipped. */
export async function exportAccountZip(now = new Date()): Promise<Uint8Array> {
  const viewer = await requireViewer();
  const archive = await buildAccountArchive(now);
  const contacts = await ownContacts(viewer.id);
  return zipSync({
    "account.json": strToU8(JSON.stringify(archive, null, 2)),
    "contacts.csv": strToU8(contactsCsv(contacts, viewer.timeZone)),
    "contacts.vcf": strToU8(buildVcards(contacts)),
    "meetings.ics": strToU8(await meetingsIcs(viewer, now)),
    "README.txt": strToU8(
      "Your Rapport data.\r\n\r\naccount.json: everything you own in Rapport; import it at Settings → Your data to restore an account.\r\ncontacts.csv: your contacts for a spreadsheet (times in your time zone).\r\ncontacts.vcf: your contacts for Apple, Google or Outlook contacts.\r\nmeetings.ics: your meetings for a calendar.\r\n",
    ),
  });
}

// --- Restore ------------------------------------------------------------------------------------

const row = z.record(z.string(), z.unknown());
const archiveSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.literal(ARCHIVE_VERSION),
  contacts: z.array(row),
  stageChanges: z.array(row),
  outreach: z.array(row),
  meetings: z.array(row.and(z.object({ agendaItems: z.array(row) }))),
  notes: z.array(row),
  actionItems: z.array(row),
  resources: z.array(row),
  reminders: z.array(row),
  templates: z.array(row),
  pitches: z.array(row),
  holidays: z.array(row),
  questions: z.array(row),
  questionHides: z.array(z.object({ questionId: z.string() })),
});

/**
 * The most account.json may hold once unzipped. A student's archive is a few MB; the cap keeps a
 * small crafted .zip (a 200 KB file can hold 200 MB of JSON) from blocking the server and filling
 * its memory. fflate sizes its output by the size the .zip declares and stops there, so checking
 * the declared size bounds what is inflated.
 */
export const ARCHIVE_JSON_LIMIT_BYTES = 64 * 1024 * 1024;

/** account.json from an archive: the .zip as downloaded, or the JSON file itself. */
export function readArchiveFile(bytes: Uint8Array): unknown {
  let text: string;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    let files: Record<string, Uint8Array>;
    let tooBig = false;
    try {
      files = unzipSync(bytes, {
        filter: (file) => {
          if (file.name !== "account.json") return false;
          tooBig = file.originalSize > ARCHIVE_JSON_LIMIT_BYTES;
          return !tooBig;
        },
      });
    } catch {
      throw new FieldError("file", "This .zip file is damaged. Download the archive again.");
    }
    if (tooBig) throw new FieldError("file", `This archive's account.json is over ${ARCHIVE_JSON_LIMIT_BYTES / 1024 / 1024} MB unzipped, more than any Rapport account holds.`);
    const json = files["account.json"];
    if (!json) throw new FieldError("file", "This .zip has no account.json: upload the archive Rapport made.");
    text = strFromU8(json);
  } else {
    text = new TextDecoder().decode(bytes);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new FieldError("file", "This is not a Rapport archive (account.json or the .zip).");
  }
}

const OMIT = new Set(["id", "ownerId", "userId", "agendaItems"]);

/**
 * A row's own columns, dates revived and foreign keys mapped; ids and owners set by the caller.
 * `retired` names columns an older archive may still carry that no longer exist: Prisma refuses a
 * row with a column it does not know, which would fail the whole restore.
 */
function revive(source: Record<string, unknown>, dateKeys: readonly string[], ids: Map<string, string>, refKeys: readonly string[], retired: readonly string[] = []) {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (OMIT.has(key) || retired.includes(key)) continue;
    if (refKeys.includes(key)) out[key] = typeof value === "string" ? (ids.get(value) ?? null) : null;
    else if (dateKeys.includes(key) && typeof value === "string") out[key] = new Date(value);
    else out[key] = value;
  }
  return out;
}

const CONTACT_DATES = ["stageChangedAt", "lastTouchAt", "archivedAt", "doNotContactAt", "createdAt", "updatedAt"] as const;
/** Stored until December 2026; dormancy is now derived when read, and the reply class was never shown. */
const RETIRED_CONTACT_COLUMNS = ["dormantAt", "replyClass"] as const;

export interface RestoreResult {
  contacts: number;
  meetings: number;
  notes: number;
}

/**
 * Recreates an archive's rows for the viewer. Refused unless the viewer has no contacts yet, so a
 * restore never mixes with (or duplicates) an account in use.
 */
export async function restoreAccountArchive(input: unknown): Promise<RestoreResult> {
  const viewer = await requireViewer();
  const parsed = archiveSchema.safeParse(input);
  if (!parsed.success) throw new FieldError("file", "This is not a Rapport archive, or it is from a newer version of Rapport.");
  const a = parsed.data;
  const ownerId = viewer.id;
  if (await db.contact.count({ where: { ownerId } })) {
    throw new FieldError("file", "Restore into an account with no contacts yet: sign up with a new account, then import the archive there.");
  }
  const ids = new Map<string, string>();
  const fresh = (old: unknown) => {
    const id = randomUUID();
    if (typeof old === "string") ids.set(old, id);
    return id;
  };
  // Every id is known before any row is written, so references resolve in any order.
  for (const list of [a.contacts, a.stageChanges, a.outreach, a.meetings, a.meetings.flatMap((m) => m.agendaItems), a.notes, a.actionItems, a.resources, a.reminders, a.templates, a.pitches, a.holidays, a.questions]) {
    for (const r of list) fresh(r.id);
  }
  const idOf = (r: Record<string, unknown>) => ids.get(String(r.id))!;

  await db.$transaction(
    async (tx) => {
      if (a.questions.length) {
        await tx.question.createMany({ data: a.questions.map((q) => ({ ...revive(q, ["createdAt"], ids, []), id: idOf(q), ownerId }) as Prisma.QuestionCreateManyInput) });
      }
      const builtIn = new Set((await tx.question.findMany({ where: { ownerId: null }, select: { id: true } })).map((q) => q.id));
      const hides = a.questionHides.map((h) => ids.get(h.questionId) ?? (builtIn.has(h.questionId) ? h.questionId : null)).filter((id): id is string => Boolean(id));
      if (hides.length) await tx.questionHide.createMany({ data: hides.map((questionId) => ({ userId: ownerId, questionId })), skipDuplicates: true });

      // Chapter copies lose their link to the chapter's shared entry (that belongs to the chapter).
      await tx.contact.createMany({
        data: a.contacts.map((c) => ({ ...revive(c, CONTACT_DATES, ids, ["referredById", "sharedContactId"], RETIRED_CONTACT_COLUMNS), id: idOf(c), ownerId }) as Prisma.ContactCreateManyInput),
      });
      await tx.stageChange.createMany({ data: a.stageChanges.map((s) => ({ ...revive(s, ["at"], ids, ["contactId"]), id: idOf(s), ownerId }) as Prisma.StageChangeCreateManyInput) });
      await tx.outreachAttempt.createMany({ data: a.outreach.map((o) => ({ ...revive(o, ["sentAt", "repliedAt", "createdAt"], ids, ["contactId"]), id: idOf(o), ownerId }) as Prisma.OutreachAttemptCreateManyInput) });
      const takenUids = new Set(
        (await tx.meeting.findMany({ where: { icsUid: { in: a.meetings.map((m) => String(m.icsUid)) } }, select: { icsUid: true } })).map((m) => m.icsUid),
      );
      await tx.meeting.createMany({
        data: a.meetings.map((m) => {
          const data = revive(m, ["startsAt", "doneAt", "cancelledAt", "createdAt", "updatedAt"], ids, ["contactId", "organisationId", "sharedContactId"]);
          // A calendar already holding the old account's events would otherwise clash on the UID.
          if (takenUids.has(String(m.icsUid))) data.icsUid = `${randomUUID()}@rapport`;
          return { ...data, id: idOf(m), ownerId } as Prisma.MeetingCreateManyInput;
        }),
      });
      const agenda = a.meetings.flatMap((m) => m.agendaItems);
      if (agenda.length) await tx.agendaItem.createMany({ data: agenda.map((i) => ({ ...revive(i, ["createdAt"], ids, ["meetingId"]), id: idOf(i), questionId: typeof i.questionId === "string" ? (ids.get(i.questionId) ?? (builtIn.has(i.questionId) ? i.questionId : null)) : null }) as Prisma.AgendaItemCreateManyInput) });
      await tx.note.createMany({ data: a.notes.map((n) => ({ ...revive(n, ["sharedAt", "createdAt", "updatedAt"], ids, ["contactId", "meetingId", "agendaItemId"]), id: idOf(n), ownerId, sharedAt: null }) as Prisma.NoteCreateManyInput) });
      await tx.actionItem.createMany({ data: a.actionItems.map((i) => ({ ...revive(i, ["dueAt", "doneAt", "createdAt"], ids, ["contactId", "meetingId"]), id: idOf(i), ownerId }) as Prisma.ActionItemCreateManyInput) });
      await tx.resource.createMany({ data: a.resources.map((r) => ({ ...revive(r, ["createdAt"], ids, ["contactId", "meetingId"]), id: idOf(r), ownerId }) as Prisma.ResourceCreateManyInput) });
      await tx.reminder.createMany({
        data: a.reminders.map((r) => ({
          ...revive(r, ["dueAt", "snoozedUntil", "settledAt", "createdAt"], ids, ["contactId", "meetingId"]),
          // The rule key names the row the rule was applied to (an outreach attempt, a meeting…).
          ruleKey: ids.get(String(r.ruleKey)) ?? r.ruleKey,
          id: idOf(r),
          ownerId,
        }) as Prisma.ReminderCreateManyInput),
      });
      await tx.template.createMany({ data: a.templates.map((t) => ({ ...revive(t, ["createdAt", "updatedAt"], ids, []), id: idOf(t), ownerId }) as Prisma.TemplateCreateManyInput) });
      await tx.pitch.createMany({ data: a.pitches.map((p) => ({ ...revive(p, ["createdAt"], ids, []), id: idOf(p), ownerId }) as Prisma.PitchCreateManyInput) });
      await tx.holiday.createMany({ data: a.holidays.map((h) => ({ ...revive(h, ["date"], ids, []), id: idOf(h), ownerId }) as Prisma.HolidayCreateManyInput), skipDuplicates: true });
    },
    { timeout: 5 * 60_000, maxWait: 60_000 },
  );
  return { contacts: a.contacts.length, meetings: a.meetings.length, notes: a.notes.length };
}
