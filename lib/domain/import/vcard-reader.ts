// Reading vCard files (3.0 from Apple and older Android, 4.0 from Google and newer phones) with
// ical.js, which unfolds lines, unescapes values and keeps property groups (item1.EMAIL). A file
// holds many cards; each is cut out and parsed on its own, so one damaged card is one skipped row,
// not a lost file, and a 5,000-card address book is never one parsed tree in memory.
import ICAL from "ical.js";
import type { RawContact } from "./draft";
import { ImportFileError } from "./csv";

export interface CardRecord {
  /** The card's position in the file, from 1. */
  row: number;
  raw: RawContact | null;
  /** Why the card could not be read, when raw is null. */
  error?: string;
}

function text(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(text).filter(Boolean).join(" ");
  return value == null ? "" : String(value);
}

function componentsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.map(text) : [text(value)];
}

function preferredFirst(props: ICAL.Property[]): ICAL.Property[] {
  const pref = (p: ICAL.Property) => {
    const type = p.getParameter("type");
    const types = (Array.isArray(type) ? type : [type]).map((t) => String(t ?? "").toLowerCase());
    return types.includes("pref") || p.getParameter("pref") === "1" ? 0 : 1;
  };
  return [...props].sort((a, b) => pref(a) - pref(b));
}

export function rawFromCard(card: ICAL.Component): RawContact {
  const raw: RawContact = {};
  const value = (name: string) => card.getFirstPropertyValue(name);
  const fn = text(value("fn")).trim();
  if (fn) raw.name = fn;
  const n = card.getFirstProperty("n");
  if (n) {
    // N is family;given;additional;prefix;suffix.
    const [family = "", given = "", additional = ""] = componentsOf(n.getFirstValue());
    raw.lastName = family;
    raw.firstName = given;
    raw.middleName = additional;
  }
  const org = card.getFirstProperty("org");
  if (org) raw.employer = componentsOf(org.getFirstValue())[0] ?? "";
  const title = text(value("title")) || text(value("role"));
  if (title) raw.title = title;
  raw.emails = preferredFirst(card.getAllProperties("email")).map((p) => text(p.getFirstValue()));
  raw.phones = preferredFirst(card.getAllProperties("tel")).map((p) => text(p.getFirstValue()).replace(/^tel:/i, ""));
  raw.urls = [...card.getAllProperties("url"), ...card.getAllProperties("x-socialprofile")].map((p) => text(p.getFirstValue()));
  raw.notes = card.getAllProperties("note").map((p) => text(p.getFirstValue()));
  raw.tags = card.getAllProperties("categories").flatMap((p) => p.getValues().map(text));
  const adr = card.getFirstProperty("adr");
  if (adr) {
    // ADR is po-box;extended;street;locality;region;postal-code;country.
    const parts = componentsOf(adr.getFirstValue());
    raw.location = [parts[3], parts[4], parts[6]].map((p) => (p ?? "").trim()).filter(Boolean).join(", ");
  }
  // PHOTO (often a large base64 image) is deliberately not read: contacts have no photo field.
  return raw;
}

/**
 * Every card in `text`, one at a time. A file with no BEGIN:VCARD, or a card that never ends,
 * is not a vCard file we can trust: ImportFileError, and nothing is imported.
 */
export function* vcardRecords(source: string): Generator<CardRecord> {
  const lines = source.split(/\r\n|\n|\r/);
  let current: string[] | null = null;
  let row = 0;
  let seen = false;
  for (const line of lines) {
    const upper = line.trim().toUpperCase();
    if (upper === "BEGIN:VCARD") {
      if (current) throw new ImportFileError(`Card ${row} has no END:VCARD before the next card begins. The file looks damaged: export it again.`);
      current = [line.trim()];
      row++;
      seen = true;
      continue;
    }
    if (!current) continue;
    current.push(line);
    if (upper === "END:VCARD") {
      const cardText = `${current.join("\r\n")}\r\n`;
      current = null;
      try {
        const parsed: unknown = ICAL.parse(cardText);
        const jcal = (Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed[0] : parsed) as unknown[];
        yield { row, raw: rawFromCard(new ICAL.Component(jcal as never)) };
      } catch {
        yield { row, raw: null, error: "this card could not be read" };
      }
    }
  }
  if (current) throw new ImportFileError(`Card ${row} never ends (no END:VCARD). The file looks cut short: export it again.`);
  if (!seen) throw new ImportFileError("This file has no contacts in it (no BEGIN:VCARD). Export your contacts as vCard (.vcf) and upload that file.");
}
