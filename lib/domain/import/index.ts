// One entry point for every import format: bytes in, rows out (a contact draft or a skipped row
// with its reason), streamed so the caller can write them in batches.
import { HowFound } from "../../generated/prisma/enums";
import { autoMapping, csvRecords, detectCsvFormat, findHeader, ImportFileError, rawFromCells, type ColumnMapping, type CsvFormat, type CsvRecord } from "./csv";
import { IMPORT_TAG, toDraft, type SourceRow } from "./draft";
import { decodeBytes, looksBinary, type TextEncodingName } from "./encoding";
import { vcardRecords } from "./vcard-reader";

export type ImportFormat = CsvFormat | "vcard";

export const FORMAT_LABELS: Record<ImportFormat, string> = {
  linkedin: "LinkedIn connections",
  google: "Google Contacts",
  outlook: "Outlook contacts",
  csv: "CSV file",
  vcard: "vCard",
};

export interface OpenedImport {
  format: ImportFormat;
  encoding: TextEncodingName;
  /** The CSV header's columns (empty for vCard). */
  columns: string[];
  mapping: ColumnMapping;
  rows: AsyncIterable<SourceRow>;
}

/** The most an upload may be: a 50,000-connection LinkedIn export is about 8 MB. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

function sourceFor(format: ImportFormat): { howFound: HowFound; tag: string } {
  return { howFound: format === "linkedin" ? HowFound.LINKEDIN : HowFound.OTHER, tag: IMPORT_TAG };
}

function isVcard(fileName: string, text: string): boolean {
  return /\.(vcf|vcard)$/i.test(fileName) || /^\s*BEGIN:VCARD/i.test(text.slice(0, 200));
}

/**
 * Opens an uploaded file: decodes it, recognises the format and, for CSV, the header and the column
 * mapping (`mapping` overrides the automatic one). Throws ImportFileError with a message for the
 * student when the file cannot be imported at all; then nothing is imported.
 */
export async function openImport(bytes: Uint8Array, fileName: string, mapping?: ColumnMapping): Promise<OpenedImport> {
  if (bytes.length === 0) throw new ImportFileError("This file is empty.");
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportFileError("This file is larger than 20 MB. Split it into smaller files and import each.");
  const { text, encoding } = decodeBytes(bytes);
  if (looksBinary(text)) throw new ImportFileError("This is not a CSV or vCard file (it looks like an image or a spreadsheet). Save it as CSV or export contacts as vCard, then upload again.");

  if (isVcard(fileName, text)) {
    const cards = vcardRecords(text);
    // The first card is read now, so a file that is not a vCard at all fails before any preview.
    const first = cards.next();
    async function* rows(): AsyncGenerator<SourceRow> {
      for (let next = first; !next.done; next = cards.next()) {
        const card = next.value;
        if (!card.raw) yield { ok: false, row: card.row, name: "", reason: card.error ?? "this card could not be read" };
        else yield toDraft(card.row, card.raw, sourceFor("vcard"));
      }
    }
    return { format: "vcard", encoding, columns: [], mapping: [], rows: rows() };
  }

  const records = csvRecords(text);
  const head: CsvRecord[] = [];
  for (let i = 0; i < 20; i++) {
    const next = await records.next();
    if (next.done) break;
    head.push(next.value);
  }
  const header = findHeader(head);
  if (!header) throw new ImportFileError("This file has no rows. Export your contacts again and upload the CSV file.");
  const columns = header.cells.map((c) => c.replace(/^\uFEFF/, "").trim());
  const format = detectCsvFormat(columns);
  const chosen = mapping && mapping.length ? columns.map((_, i) => mapping[i] ?? null) : autoMapping(columns, format);
  if (!chosen.some((f) => f === "name" || f === "firstName" || f === "lastName")) {
    if (!mapping && columns.length < 2 && format === "csv") throw new ImportFileError("This does not look like a contacts CSV: it has only one column. Check that it is comma-separated.");
  }

  async function* rows(): AsyncGenerator<SourceRow> {
    const source = sourceFor(format);
    const emit = (record: CsvRecord): SourceRow | null => {
      if (record.row <= header!.row || !record.cells.some((c) => c.trim())) return null;
      return toDraft(record.row, rawFromCells(record.cells, chosen), source);
    };
    for (const record of head) {
      const row = emit(record);
      if (row) yield row;
    }
    for await (const record of records) {
      const row = emit(record);
      if (row) yield row;
    }
  }
  return { format, encoding, columns, mapping: chosen, rows: rows() };
}

export { ImportFileError } from "./csv";
export type { ColumnMapping, ImportField } from "./csv";
export type { ContactDraft, SourceRow } from "./draft";
