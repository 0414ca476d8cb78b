// Reading contact CSVs: LinkedIn's Connections.csv (with the notes it writes above the header),
// Google Contacts, Outlook, and any other CSV through a column mapping. Parsed with papaparse, a
// chunk at a time, so a 50,000-row file never exists as 50,000 parsed rows at once.
import Papa from "papaparse";
import type { RawContact } from "./draft";

import { type ColumnMapping, type ImportField } from "./fields";

export { IMPORT_FIELDS, IMPORT_FIELD_LABELS, type ColumnMapping, type ImportField } from "./fields";

export type CsvFormat = "linkedin" | "google" | "outlook" | "csv";


/** Header names → field, lower-cased, for every format; format-specific ones override below. */
const SYNONYMS: Record<string, ImportField> = {
  name: "name",
  "full name": "name",
  "display name": "name",
  "first name": "firstName",
  "given name": "firstName",
  firstname: "firstName",
  "middle name": "middleName",
  "additional name": "middleName",
  "last name": "lastName",
  "family name": "lastName",
  surname: "lastName",
  lastname: "lastName",
  title: "title",
  "job title": "title",
  position: "title",
  role: "title",
  "organization title": "title",
  "organization 1 - title": "title",
  company: "employer",
  employer: "employer",
  organization: "employer",
  organisation: "employer",
  "organization name": "employer",
  "organization 1 - name": "employer",
  industry: "industry",
  location: "location",
  city: "location",
  "business city": "location",
  "home city": "location",
  "address 1 - city": "location",
  // contacts.csv's own column; a plain number is km.
  distance: "distance",
  "distance (km)": "distance",
  email: "email",
  "e-mail": "email",
  "email address": "email",
  "e-mail address": "email",
  "e-mail 2 address": "email",
  "e-mail 3 address": "email",
  "e-mail 1 - value": "email",
  "e-mail 2 - value": "email",
  "e-mail 3 - value": "email",
  phone: "phone",
  "phone number": "phone",
  mobile: "phone",
  cell: "phone",
  "mobile phone": "phone",
  "business phone": "phone",
  "home phone": "phone",
  "primary phone": "phone",
  "phone 1 - value": "phone",
  "phone 2 - value": "phone",
  url: "linkedinUrl",
  linkedin: "linkedinUrl",
  "linkedin url": "linkedinUrl",
  "profile url": "linkedinUrl",
  "web page": "linkedinUrl",
  "website 1 - value": "linkedinUrl",
  "website 2 - value": "linkedinUrl",
  notes: "notes",
  note: "notes",
  tags: "tags",
  labels: "tags",
  "group membership": "tags",
  categories: "tags",
  "connected on": "connectedOn",
};

/** Outlook's "Title" is the honorific (Mr., Dr.); its job title is "Job Title". */
const OUTLOOK_OVERRIDES: Record<string, ImportField | null> = { title: null };

function norm(header: string): string {
  return header.replace(/^\uFEFF/, "").trim().toLowerCase().replace(/\s+/g, " ");
}

export function detectCsvFormat(headers: readonly string[]): CsvFormat {
  const set = new Set(headers.map(norm));
  if (set.has("first name") && set.has("last name") && set.has("connected on")) return "linkedin";
  if (set.has("e-mail 1 - value") || set.has("given name") || set.has("organization 1 - name") || set.has("organization name")) return "google";
  if (set.has("e-mail address") && (set.has("job title") || set.has("business phone") || set.has("company"))) return "outlook";
  return "csv";
}

export function autoMapping(headers: readonly string[], format: CsvFormat): ColumnMapping {
  const mapped = headers.map((header): ImportField | null => {
    const key = norm(header);
    if (format === "outlook" && key in OUTLOOK_OVERRIDES) return OUTLOOK_OVERRIDES[key] ?? null;
    return SYNONYMS[key] ?? null;
  });
  // Google's "Name" column repeats the given and family names; keep the parts and not both.
  if (mapped.includes("name") && mapped.includes("firstName") && format === "google") return mapped.map((f) => (f === "name" ? null : f));
  return mapped;
}

/** A header row has at least two cells that name known fields; LinkedIn's notes above it do not. */
function isHeaderRow(cells: readonly string[]): boolean {
  return cells.filter((cell) => norm(cell) in SYNONYMS).length >= 2;
}

export function rawFromCells(cells: readonly string[], mapping: ColumnMapping): RawContact {
  const raw: RawContact = {};
  const push = (key: "emails" | "phones" | "urls" | "notes" | "tags", value: string) => {
    (raw[key] ??= []).push(value);
  };
  mapping.forEach((field, index) => {
    const value = cells[index];
    if (!field || value === undefined || !value.trim()) return;
    switch (field) {
      case "email":
        push("emails", value);
        break;
      case "phone":
        push("phones", value);
        break;
      case "linkedinUrl":
        push("urls", value);
        break;
      case "notes":
        push("notes", value);
        break;
      case "tags":
        // Google writes labels as "* myContacts ::: Work"; others use commas or semicolons.
        for (const tag of value.split(/:::|[,;]/)) {
          const t = tag.replace(/^\*\s*/, "").trim();
          if (t && t.toLowerCase() !== "mycontacts") push("tags", t);
        }
        break;
      default:
        raw[field] ??= value;
    }
  });
  return raw;
}

export class ImportFileError extends Error {
  constructor(public readonly userMessage: string) {
    super(userMessage);
  }
}

export interface CsvRecord {
  /** The row as a spreadsheet numbers it (the first line is row 1). */
  row: number;
  cells: string[];
}

/**
 * Every record of `text`, a chunk at a time: papaparse is paused after each chunk until the
 * consumer has taken its rows, so memory holds one chunk of parsed rows, not the file's.
 * An opening quote that never closes makes the file unreadable (ImportFileError), because every
 * row after it would be wrong.
 */
export async function* csvRecords(text: string, chunkSize = 256 * 1024): AsyncGenerator<CsvRecord> {
  const queue: string[][] = [];
  let done = false;
  let failure: ImportFileError | null = null;
  let parser: Papa.Parser | null = null;
  let wake: (() => void) | null = null;
  let row = 0;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  Papa.parse<string[]>(text, {
    chunkSize,
    skipEmptyLines: false,
    chunk(results: Papa.ParseResult<string[]>, p: Papa.Parser) {
      parser = p;
      const unclosed = results.errors.find((e) => e.code === "MissingQuotes");
      if (unclosed) {
        failure = new ImportFileError(`A quote opened near row ${(unclosed.row ?? 0) + row + 1} never closes, so the rows after it cannot be read. Fix the file and upload it again.`);
        p.abort();
        return;
      }
      queue.push(...results.data);
      p.pause();
      notify();
    },
    complete() {
      done = true;
      notify();
    },
  });
  for (;;) {
    if (failure) throw failure;
    const cells = queue.shift();
    if (cells) {
      row++;
      yield { row, cells };
      continue;
    }
    if (done) return;
    await new Promise<void>((resolve) => {
      wake = resolve;
      const p = parser as Papa.Parser | null;
      p?.resume();
    });
  }
}

/** The header row: the first record that names known fields, within the first 20 (LinkedIn writes notes above it). */
export function findHeader(records: readonly CsvRecord[]): CsvRecord | null {
  for (const record of records.slice(0, 20)) if (isHeaderRow(record.cells)) return record;
  return records.find((r) => r.cells.some((c) => c.trim())) ?? null;
}
