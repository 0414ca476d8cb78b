// The import itself (#9): one queued ContactImport read, classified and written. Kept apart from
// lib/data/imports.ts (the viewer-scoped functions the pages and actions call) so that a script
// (scripts/bench-import.ts) can run the very same code outside a Next.js request.
//
// Atomic: every contact of one import is written inside ONE transaction (in batches of
// BATCH_SIZE rows inside it), together with the row's DONE status and report, so a failure at row
// 40,000 leaves no contact behind. Memory: the file is parsed a chunk at a time and written a batch
// at a time; what grows with the file is the duplicate index (keys, not contacts) and the report of
// skipped rows.
import { ImportFileError, openImport, type OpenedImport } from "../domain/import";
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from "../domain/import/fields";
import { DuplicateIndex, FileRepeats, personKeys, type DuplicateMatch, type MatchedBy } from "../domain/import/duplicates";
import type { ContactDraft } from "../domain/import/draft";
import { describeMatch } from "../domain/import/outcome";
import { contactPriority } from "../domain/priority";
import type { Prisma, PrismaClient } from "../generated/prisma/client";

export const BATCH_SIZE = 500;

export type DuplicateChoice = "SKIP" | "UPDATE_EMPTY" | "IMPORT_ANYWAY";

export type ClassifiedRow =
  | { row: number; status: "new"; draft: ContactDraft }
  | {
      row: number;
      status: "duplicate";
      draft: ContactDraft;
      match: DuplicateMatch;
      /** The earlier row of this file with the same email or LinkedIn profile: never imported twice. */
      repeats: { row: number; by: MatchedBy } | null;
    }
  | { row: number; status: "invalid"; name: string; reason: string };

export interface SkippedRow {
  row: number;
  name: string;
  reason: string;
}

const existingKeys = { id: true, name: true, employer: true, email: true, linkedinUrl: true } satisfies Prisma.ContactSelect;

export function parseMapping(value: Prisma.JsonValue): ColumnMapping {
  if (!Array.isArray(value)) return [];
  return value.map((field) => (typeof field === "string" && (IMPORT_FIELDS as readonly string[]).includes(field) ? (field as ImportField) : null));
}

/** Every row of an opened file, classified against the index (which learns each new row as it goes). */
export async function* classify(opened: OpenedImport, index: DuplicateIndex): AsyncGenerator<ClassifiedRow> {
  const repeats = new FileRepeats();
  for await (const row of opened.rows) {
    if (!row.ok) {
      yield { row: row.row, status: "invalid", name: row.name, reason: row.reason };
      continue;
    }
    const keys = personKeys(row.draft);
    const repeat = repeats.check(keys, row.row);
    // A row repeating an earlier row that was itself a duplicate (of a contact found by another key)
    // is still the same person as that row.
    const match = index.match(keys) ?? (repeat ? { contactId: null, row: repeat.row, by: repeat.by } : null);
    if (match) {
      yield { row: row.row, status: "duplicate", draft: row.draft, match, repeats: repeat };
      continue;
    }
    index.add(keys, { contactId: null, row: row.row });
    yield { row: row.row, status: "new", draft: row.draft };
  }
}

export async function loadIndex(client: Pick<PrismaClient, "contact">, ownerId: string): Promise<DuplicateIndex> {
  return new DuplicateIndex(await client.contact.findMany({ where: { ownerId }, select: existingKeys }));
}

/** Fields an "update empty fields" import may fill on an existing contact. */
const FILLABLE = ["title", "employer", "industry", "location", "email", "phone", "linkedinUrl", "notes"] as const;

/**
 * Imports one queued ContactImport of `ownerId`. A system job: it takes the Prisma client from its
 * caller (the app's, or a benchmark's) and is only ever handed an import whose owner the caller
 * checked (lib/data/imports.ts startImport). `onProgress` hears the rows processed after each batch.
 */
export async function processContactImport(db: PrismaClient, ownerId: string, importId: string, onProgress: (processed: number) => Promise<unknown> | void = () => undefined): Promise<void> {
  // Claim the queued row: a second call (a retried after(), another instance) finds nothing to do.
  const claimed = await db.contactImport.updateMany({ where: { id: importId, ownerId, status: "QUEUED" }, data: { status: "RUNNING", processed: 0 } });
  if (claimed.count === 0) return;
  try {
    const job = await db.contactImport.findFirstOrThrow({ where: { id: importId, ownerId } });
    if (!job.source) throw new Error("import has no file");
    const source = job.source;
    const choice = job.duplicates as DuplicateChoice;
    const opened = await openImport(source, job.fileName, parseMapping(job.mapping));
    await db.$transaction(
      async (tx) => {
        const index = await loadIndex(tx, ownerId);
        const report: SkippedRow[] = [];
        let created = 0;
        let updated = 0;
        let processed = 0;
        let batch: ClassifiedRow[] = [];

        const flush = async () => {
          const toCreate: ContactDraft[] = [];
          const toFill = new Map<string, Extract<ClassifiedRow, { status: "duplicate" }>>();
          for (const row of batch) {
            if (row.status === "invalid") report.push({ row: row.row, name: row.name, reason: row.reason });
            else if (row.status === "new") toCreate.push(row.draft);
            // "Import anyway" makes a second contact of someone already in the student's contacts
            // (their choice), but a file listing one person twice still imports them once.
            else if (choice === "IMPORT_ANYWAY" && row.repeats) report.push({ row: row.row, name: row.draft.name, reason: `same person as row ${row.repeats.row} (same ${row.repeats.by})` });
            else if (choice === "IMPORT_ANYWAY") toCreate.push(row.draft);
            else if (choice === "UPDATE_EMPTY" && row.match.contactId && !toFill.has(row.match.contactId)) toFill.set(row.match.contactId, row);
            else if (choice === "UPDATE_EMPTY" && row.match.contactId) report.push({ row: row.row, name: row.draft.name, reason: `${describeMatch(row.match)}, like an earlier row of this file` });
            else report.push({ row: row.row, name: row.draft.name, reason: describeMatch(row.match) });
          }
          if (toCreate.length) {
            const rows = await tx.contact.createManyAndReturn({
              data: toCreate.map((draft) => ({ ...draft, ownerId, priority: contactPriority({ motivation: 3, isAlumniOrAdvocate: false, openPostings: 0 }) })),
              select: { id: true },
            });
            // Each imported contact starts in Find, with the StageChange row createContact writes too.
            await tx.stageChange.createMany({ data: rows.map((c) => ({ ownerId, contactId: c.id, toStage: "FIND" as const, reason: "Imported" })) });
            created += rows.length;
          }
          if (toFill.size) {
            const current = await tx.contact.findMany({ where: { ownerId, id: { in: [...toFill.keys()] } }, select: { id: true, title: true, employer: true, industry: true, location: true, distanceKm: true, email: true, phone: true, linkedinUrl: true, notes: true, tags: true } });
            for (const contact of current) {
              const { draft, row, match } = toFill.get(contact.id)!;
              const data: Prisma.ContactUpdateInput = {};
              for (const field of FILLABLE) if (!contact[field] && draft[field]) data[field] = draft[field];
              // A number, where 0 km is a value: only "not known" is empty.
              if (contact.distanceKm === null && draft.distanceKm !== null) data.distanceKm = draft.distanceKm;
              const tags = [...new Set([...contact.tags, ...draft.tags])];
              if (tags.length !== contact.tags.length) data.tags = tags;
              if (Object.keys(data).length === 0) {
                // Every row is accounted for: one with nothing to add is skipped, and says so.
                report.push({ row, name: draft.name, reason: `${describeMatch(match)}, with no empty field this row could fill` });
                continue;
              }
              await tx.contact.update({ where: { id: contact.id }, data: { ...data, version: { increment: 1 } } });
              updated++;
            }
          }
          processed += batch.length;
          batch = [];
          await onProgress(processed);
          // Let the server answer other requests (and timers run) between batches.
          await new Promise((resolve) => setImmediate(resolve));
        };

        for await (const row of classify(opened, index)) {
          batch.push(row);
          if (batch.length >= BATCH_SIZE) await flush();
        }
        await flush();
        await tx.contactImport.update({
          where: { id: importId },
          data: { status: "DONE", processed, created, updated, skipped: report.length, report: report.sort((a, b) => a.row - b.row) as unknown as Prisma.InputJsonValue, source: null, finishedAt: new Date() },
        });
      },
      { timeout: 30 * 60_000, maxWait: 60_000 },
    );
  } catch (error) {
    console.error(`Import ${importId} failed`, error);
    await db.contactImport.updateMany({
      where: { id: importId, ownerId },
      data: {
        status: "FAILED",
        finishedAt: new Date(),
        error: error instanceof ImportFileError ? error.userMessage : "The import stopped before the end, so nothing was imported. Try again; if it fails again, split the file.",
      },
    });
  }
}

