// Contact imports (#9): upload → preview (mapping, counts, first rows) → import in the background
// → report. The uploaded file is kept on its ContactImport row until it is processed, so preview,
// re-mapping and the import itself read the same bytes, and any app instance can process it.
//
// Background work: the import action queues the row and hands `run` to Next's `after()`, so the
// request returns at once and the same server process imports the file right after the response.
// That works the same on embedded PGlite (one process) and PostgreSQL, needs no queue (pg-boss
// only exists for PostgreSQL), and a restart mid-import loses nothing: the transaction never
// committed, the row stays RUNNING and the student imports again.
// The import itself (one transaction, batches inside it) is lib/data/import-job.ts.
//
// Progress: PGlite serialises every query behind an open transaction, so a progress write from
// outside the import's transaction would wait for its end. Progress is therefore kept in this
// process's memory while the import runs (with PGlite there is only ever one process), and on
// PostgreSQL also written to the row through another pooled connection, so a poll answered by any
// instance sees it. Both are only progress: status, counts and report come from the committed row.
// A known limit of the embedded database: while a large import's transaction is open, other
// requests' queries wait for it (PGlite has one connection); PostgreSQL has no such wait.
import "server-only";
import { createHash } from "node:crypto";
import { db, getDatabase } from "../db";
import { toCsv } from "../domain/csv";
import type { ColumnMapping } from "../domain/import/fields";
import { FORMAT_LABELS, ImportFileError, openImport, type ImportFormat } from "../domain/import";
import type { Prisma } from "../generated/prisma/client";
import type { ImportStatus } from "../generated/prisma/enums";
import { FieldError, NotFoundError } from "./errors";
import { classify, loadIndex, parseMapping, processContactImport, type ClassifiedRow, type DuplicateChoice, type SkippedRow } from "./import-job";
import { requireViewer } from "./viewer";

export { BATCH_SIZE, type ClassifiedRow, type DuplicateChoice, type SkippedRow } from "./import-job";

const SAMPLE_SIZE = 10;

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
  /** "vcard" numbers cards, every other format rows. */
  format: string;
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

// On globalThis, like the database holder in lib/db.ts: every bundle of the server that loads this
// module (the action that starts an import, the page that polls it) must see the same map.
const progressHolder = globalThis as unknown as { rapportImportProgress?: Map<string, number> };
const progressInProcess = (progressHolder.rapportImportProgress ??= new Map<string, number>());

function reportProgress(importId: string, processed: number): Promise<unknown> {
  progressInProcess.set(importId, processed);
  if (getDatabase().config.kind !== "postgres") return Promise.resolve();
  return db.contactImport.updateMany({ where: { id: importId }, data: { processed } }).catch(() => undefined);
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function parseReport(value: Prisma.JsonValue): SkippedRow[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    if (!entry || typeof entry !== "object" || Array.isArray(entry)) return [];
    const { row, name, reason } = entry as Record<string, unknown>;
    return typeof row === "number" && typeof reason === "string" ? [{ row, name: typeof name === "string" ? name : "", reason }] : [];
  });
}

/** Reads a whole file once: counts and the first rows. Throws ImportFileError when it cannot be imported. */
async function analyse(ownerId: string, bytes: Uint8Array, fileName: string, mapping?: ColumnMapping) {
  const opened = await openImport(bytes, fileName, mapping);
  const index = await loadIndex(db, ownerId);
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
  return {
    run: async () => {
      progressInProcess.set(importId, 0);
      try {
        await processContactImport(getDatabase().prisma, ownerId, importId, (processed) => reportProgress(importId, processed));
      } finally {
        progressInProcess.delete(importId);
      }
    },
  };
}

export async function getImportProgress(importId: string): Promise<ImportProgress> {
  const viewer = await requireViewer();
  const row = await db.contactImport.findFirst({
    where: { id: importId, ownerId: viewer.id },
    select: { id: true, fileName: true, format: true, status: true, totalRows: true, processed: true, created: true, updated: true, skipped: true, report: true, error: true, finishedAt: true },
  });
  if (!row) throw new NotFoundError("import");
  // With the embedded database this process is the only one that can be running the import (run()
  // registers it before claiming the row): RUNNING without that registration means a restart cut it
  // short, its transaction never committed, and the student should simply import again.
  if (row.status === "RUNNING" && !progressInProcess.has(row.id) && getDatabase().config.kind !== "postgres") {
    const error = "The import was interrupted (the server restarted), so nothing was imported. Upload the file again.";
    await db.contactImport.updateMany({ where: { id: row.id, ownerId: viewer.id, status: "RUNNING" }, data: { status: "FAILED", error, finishedAt: new Date() } });
    return { ...row, status: "FAILED", error, report: [] };
  }
  const processed = row.status === "RUNNING" ? Math.max(row.processed, progressInProcess.get(row.id) ?? 0) : row.processed;
  return { ...row, processed, report: parseReport(row.report) };
}

/** The skipped rows as a CSV the student can open next to their file. */
export async function getImportReportCsv(importId: string): Promise<{ fileName: string; csv: string }> {
  const progress = await getImportProgress(importId);
  const base = progress.fileName.replace(/\.[^.]+$/, "") || "import";
  return {
    fileName: `${base}-skipped-rows.csv`,
    csv: toCsv([progress.format === "vcard" ? "Card" : "Row", "Name", "Reason"], progress.report.map((r) => [r.row, r.name, r.reason])),
  };
}
