// Contact imports (#9): upload → preview (mapping, counts, first rows) → import in the background
// → report. The uploaded file is kept on its ContactImport row until it is processed, so preview,
// re-mapping and the import itself read the same bytes, and any app instance can process it.
//
// Background work: the import action queues the row and hands `run` to Next's `after()`, so the
// request returns at once and the same server process imports the file right after the response.
// That works the same on embedded PGlite (one process) and PostgreSQL, needs no queue (pg-boss
// only exists for PostgreSQL), and a restart mid-import loses nothing: the transaction never
// committed, the row stays RUNNING and the student imports again.
//
// Atomic: every contact of one import is written inside ONE transaction (in batches of
// BATCH_SIZE rows inside it), together with the row's DONE status and report, so a failure at row
// 40,000 leaves no contact behind. Memory: the file is parsed a chunk at a time and written a batch
// at a time; what grows with the file is the duplicate index (keys, not contacts) and the report of
// skipped rows.
//
// Progress: PGlite serialises every query behind an open transaction, so a progress write from
// outside the import's transaction would wait for its end. Progress is therefore kept in this
// process's memory while the import runs (with PGlite there is only ever one process), and on
// PostgreSQL also written to the row through another pooled connection, so a poll answered by any
// instance sees it. Both are only progress: status, counts and report come from the committed row.
import "server-only";
import { createHash } from "node:crypto";
import { db, getDatabase } from "../db";
import { toCsv } from "../domain/csv";
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from "../domain/import/csv";
import { DuplicateIndex, type DuplicateMatch } from "../domain/import/duplicates";
import type { ContactDraft } from "../domain/import/draft";
import { FORMAT_LABELS, ImportFileError, openImport, type ImportFormat, type OpenedImport } from "../domain/import";
import { contactPriority } from "../domain/priority";
import type { Prisma } from "../generated/prisma/client";
import type { ImportStatus } from "../generated/prisma/enums";
import { FieldError, NotFoundError } from "./errors";
import { requireViewer } from "./viewer";

export const BATCH_SIZE = 500;
const SAMPLE_SIZE = 10;

export type DuplicateChoice = "SKIP" | "UPDATE_EMPTY" | "IMPORT_ANYWAY";

export type ClassifiedRow =
  | { row: number; status: "new"; draft: ContactDraft }
  | { row: number; status: "duplicate"; draft: ContactDraft; match: DuplicateMatch }
  | { row: number; status: "invalid"; name: string; reason: string };

export interface SkippedRow {
  row: number;
  name: string;
  reason: string;
}

export interface ImportPreview {
  id: string;
  fileName: string;
  format: ImportFormat;
  formatLabel: string;
  status: ImportStatus;
  columns: string[];
  mapping: ColumnMapping;
  counts: { total: number; new: number; duplicate: number; invalid: number };
  sample: ClassifiedRow[];
  /** When this same file was imported before (its rows are then all duplicates). */
  alreadyImportedAt: Date | null;
}

export interface ImportProgress {
  id: string;
  fileName: string;
  status: ImportStatus;
  totalRows: number;
  processed: number;
  created: number;
  updated: number;
  skipped: number;
  report: SkippedRow[];
  error: string | null;
  finishedAt: Date | null;
}

const progressInProcess = new Map<string, number>();

const existingKeys = { id: true, name: true, employer: true, email: true, linkedinUrl: true } satisfies Prisma.ContactSelect;

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function parseMapping(value: Prisma.JsonValue): ColumnMapping {
  if (!Array.isArray(value)) return [];
  return value.map((field) => (typeof field === "string" && (IMPORT_FIELDS as readonly string[]).includes(field) ? (field as ImportField) : null));
}

function parseReport(value: Prisma.JsonValue): SkippedRow[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    if (!entry || typeof entry !== "object" || Array.isArray(entry)) return [];
    const { row, name, reason } = entry as Record<string, unknown>;
    return typeof row === "number" && typeof reason === "string" ? [{ row, name: typeof name === "string" ? name : "", reason }] : [];
  });
}

function describeMatch(match: DuplicateMatch): string {
  return match.contactId ? `already in your contacts (same ${match.by})` : `same person as row ${match.row} (same ${match.by})`;
}

/** Every row of an opened file, classified against the index (which learns each new row as it goes). */
async function* classify(opened: OpenedImport, index: DuplicateIndex): AsyncGenerator<ClassifiedRow> {
  for await (const row of opened.rows) {
    if (!row.ok) {
      yield { row: row.row, status: "invalid", name: row.name, reason: row.reason };
      continue;
    }
    const match = index.match(row.draft);
    if (match) {
      yield { row: row.row, status: "duplicate", draft: row.draft, match };
      continue;
    }
    index.add(row.draft, { contactId: null, row: row.row });
    yield { row: row.row, status: "new", draft: row.draft };
  }
}

async function loadIndex(ownerId: string, client: Pick<typeof db, "contact"> = db): Promise<DuplicateIndex> {
  return new DuplicateIndex(await client.contact.findMany({ where: { ownerId }, select: existingKeys }));
}

/** Reads a whole file once: counts and the first rows. Throws ImportFileError when it cannot be imported. */
async function analyse(ownerId: string, bytes: Uint8Array, fileName: string, mapping?: ColumnMapping) {
  const opened = await openImport(bytes, fileName, mapping);
  const index = await loadIndex(ownerId);
  const counts = { total: 0, new: 0, duplicate: 0, invalid: 0 };
  const sample: ClassifiedRow[] = [];
  for await (const row of classify(opened, index)) {
    counts.total++;
    counts[row.status]++;
    if (sample.length < SAMPLE_SIZE) sample.push(row);
  }
  return { opened, counts, sample };
}

/**
 * Stores an uploaded file for preview after reading it once in full (so a file damaged at row
 * 40,000 is refused now, not halfway through the import). Throws ImportFileError with a message
 * for the student.
 */
export async function createImport(fileName: string, bytes: Uint8Array<ArrayBuffer>): Promise<{ id: string }> {
  const viewer = await requireViewer();
  const { opened, counts } = await analyse(viewer.id, bytes, fileName);
  if (counts.total === 0) throw new ImportFileError("This file has a header but no contacts under it.");
  // Previews never imported keep a copy of someone's contacts: they go after a day.
  await db.contactImport.deleteMany({ where: { ownerId: viewer.id, status: "PREVIEW", createdAt: { lt: new Date(Date.now() - 86_400_000) } } });
  return db.contactImport.create({
    data: {
      ownerId: viewer.id,
      fileName: fileName.slice(0, 200),
      fileHash: sha256(bytes),
      format: opened.format,
      source: bytes,
      mapping: opened.mapping,
      totalRows: counts.total,
    },
    select: { id: true },
  });
}

async function findOwnImport(ownerId: string, importId: string) {
  const row = await db.contactImport.findFirst({ where: { id: importId, ownerId } });
  if (!row) throw new NotFoundError("import");
  return row;
}

export async function getImportPreview(importId: string): Promise<ImportPreview> {
  const viewer = await requireViewer();
  const row = await findOwnImport(viewer.id, importId);
  const format = row.format as ImportFormat;
  const base = {
    id: row.id,
    fileName: row.fileName,
    format,
    formatLabel: FORMAT_LABELS[format] ?? "File",
    status: row.status,
    alreadyImportedAt: await previousImportOf(viewer.id, row.fileHash, row.id),
  };
  if (!row.source) {
    return { ...base, columns: [], mapping: parseMapping(row.mapping), counts: { total: row.totalRows, new: row.created, duplicate: 0, invalid: row.skipped }, sample: [] };
  }
  const { opened, counts, sample } = await analyse(viewer.id, row.source, row.fileName, parseMapping(row.mapping));
  return { ...base, columns: opened.columns, mapping: opened.mapping, counts, sample };
}

async function previousImportOf(ownerId: string, fileHash: string, exceptId: string): Promise<Date | null> {
  const previous = await db.contactImport.findFirst({
    where: { ownerId, fileHash, status: "DONE", id: { not: exceptId } },
    orderBy: { finishedAt: "desc" },
    select: { finishedAt: true },
  });
  return previous?.finishedAt ?? null;
}

/** A new column mapping for a CSV in preview; the preview is recomputed from it. */
export async function setImportMapping(importId: string, mapping: ColumnMapping): Promise<void> {
  const viewer = await requireViewer();
  const row = await findOwnImport(viewer.id, importId);
  if (row.status !== "PREVIEW" || !row.source) throw new FieldError("form", "This import has already started.");
  const { counts } = await analyse(viewer.id, row.source, row.fileName, mapping);
  await db.contactImport.updateMany({ where: { id: importId, ownerId: viewer.id, status: "PREVIEW" }, data: { mapping, totalRows: counts.total } });
}

/**
 * Queues an import in preview with the student's duplicate choice and returns the work to run after
 * the response (the action passes `run` to `after()`). A file already imported once cannot be
 * imported "anyway": re-importing the same file must not create anyone twice.
 */
export async function startImport(importId: string, duplicates: DuplicateChoice): Promise<{ run: () => Promise<void> }> {
  const viewer = await requireViewer();
  const row = await findOwnImport(viewer.id, importId);
  if (duplicates === "IMPORT_ANYWAY" && (await previousImportOf(viewer.id, row.fileHash, row.id))) {
    throw new FieldError("duplicates", "You imported this file before: choose Skip or Update empty fields, so nobody is imported twice.");
  }
  const { count } = await db.contactImport.updateMany({
    where: { id: importId, ownerId: viewer.id, status: "PREVIEW" },
    data: { status: "QUEUED", duplicates },
  });
  if (count === 0) throw new FieldError("form", "This import has already started.");
  const ownerId = viewer.id;
  return { run: () => processImport(ownerId, importId) };
}

function reportProgress(importId: string, processed: number): Promise<unknown> {
  progressInProcess.set(importId, processed);
  if (getDatabase().config.kind !== "postgres") return Promise.resolve();
  return db.contactImport.updateMany({ where: { id: importId }, data: { processed } }).catch(() => undefined);
}

/** Fields an "update empty fields" import may fill on an existing contact. */
const FILLABLE = ["title", "employer", "industry", "location", "email", "phone", "linkedinUrl", "notes"] as const;

async function processImport(ownerId: string, importId: string): Promise<void> {
  // Claim the queued row: a second call (a retried after(), another instance) finds nothing to do.
  const claimed = await db.contactImport.updateMany({ where: { id: importId, ownerId, status: "QUEUED" }, data: { status: "RUNNING", processed: 0 } });
  if (claimed.count === 0) return;
  progressInProcess.set(importId, 0);
  try {
    const job = await db.contactImport.findFirstOrThrow({ where: { id: importId, ownerId } });
    if (!job.source) throw new Error("import has no file");
    const source = job.source;
    const choice = job.duplicates as DuplicateChoice;
    const opened = await openImport(source, job.fileName, parseMapping(job.mapping));
    await db.$transaction(
      async (tx) => {
        const index = await loadIndex(ownerId, tx);
        const report: SkippedRow[] = [];
        let created = 0;
        let updated = 0;
        let processed = 0;
        let batch: ClassifiedRow[] = [];

        const flush = async () => {
          const toCreate: ContactDraft[] = [];
          const toFill = new Map<string, ContactDraft>();
          for (const row of batch) {
            if (row.status === "invalid") report.push({ row: row.row, name: row.name, reason: row.reason });
            else if (row.status === "new" || choice === "IMPORT_ANYWAY") toCreate.push(row.draft);
            else if (choice === "UPDATE_EMPTY" && row.match.contactId) {
              if (!toFill.has(row.match.contactId)) toFill.set(row.match.contactId, row.draft);
            } else report.push({ row: row.row, name: row.draft.name, reason: describeMatch(row.match) });
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
            const current = await tx.contact.findMany({ where: { ownerId, id: { in: [...toFill.keys()] } }, select: { id: true, title: true, employer: true, industry: true, location: true, email: true, phone: true, linkedinUrl: true, notes: true, tags: true } });
            for (const contact of current) {
              const draft = toFill.get(contact.id)!;
              const data: Prisma.ContactUpdateInput = {};
              for (const field of FILLABLE) if (!contact[field] && draft[field]) data[field] = draft[field];
              const tags = [...new Set([...contact.tags, ...draft.tags])];
              if (tags.length !== contact.tags.length) data.tags = tags;
              if (Object.keys(data).length === 0) continue;
              await tx.contact.update({ where: { id: contact.id }, data: { ...data, version: { increment: 1 } } });
              updated++;
            }
          }
          processed += batch.length;
          batch = [];
          await reportProgress(importId, processed);
        };

        for await (const row of classify(opened, index)) {
          batch.push(row);
          if (batch.length >= BATCH_SIZE) await flush();
        }
        await flush();
        await tx.contactImport.update({
          where: { id: importId },
          data: { status: "DONE", processed, created, updated, skipped: report.length, report: report as unknown as Prisma.InputJsonValue, source: null, finishedAt: new Date() },
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
  } finally {
    progressInProcess.delete(importId);
  }
}

export async function getImportProgress(importId: string): Promise<ImportProgress> {
  const viewer = await requireViewer();
  const row = await db.contactImport.findFirst({
    where: { id: importId, ownerId: viewer.id },
    select: { id: true, fileName: true, status: true, totalRows: true, processed: true, created: true, updated: true, skipped: true, report: true, error: true, finishedAt: true },
  });
  if (!row) throw new NotFoundError("import");
  const processed = row.status === "RUNNING" ? Math.max(row.processed, progressInProcess.get(row.id) ?? 0) : row.processed;
  return { ...row, processed, report: parseReport(row.report) };
}

/** The skipped rows as a CSV the student can open next to their file. */
export async function getImportReportCsv(importId: string): Promise<{ fileName: string; csv: string }> {
  const progress = await getImportProgress(importId);
  const base = progress.fileName.replace(/\.[^.]+$/, "") || "import";
  return {
    fileName: `${base}-skipped-rows.csv`,
    csv: toCsv(["Row", "Name", "Reason"], progress.report.map((r) => [r.row, r.name, r.reason])),
  };
}
