// What one imported row becomes: a contact draft, or a skipped row with a reason a student can act
// on. The same rules apply whatever the file's format, so the CSV and vCard readers only gather
// values; this module decides.
import type { HowFound } from "../../generated/prisma/enums";
import { parseDistance } from "../distance";

/** The contact fields an import fills. Everything else starts at the contact form's defaults. */
export interface ContactDraft {
  name: string;
  title: string | null;
  employer: string | null;
  industry: string | null;
  location: string | null;
  distanceKm: number | null;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  notes: string | null;
  tags: string[];
  howFound: HowFound;
}

/** Values gathered from one row or card, before the rules. */
export interface RawContact {
  name?: string;
  firstName?: string;
  middleName?: string;
  lastName?: string;
  title?: string;
  employer?: string;
  industry?: string;
  location?: string;
  distance?: string;
  emails?: string[];
  phones?: string[];
  urls?: string[];
  notes?: string[];
  tags?: string[];
  connectedOn?: string;
}

/** One row of a file: `row` is the spreadsheet row (or the card's position in a vCard file). */
export type SourceRow =
  | { ok: true; row: number; draft: ContactDraft }
  | { ok: false; row: number; name: string; reason: string };

export const IMPORT_TAG = "imported";

const LIMITS = { name: 120, title: 120, employer: 120, industry: 80, location: 120, phone: 40, notes: 5000 } as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function clean(value: string | undefined): string {
  return (value ?? "").replace(/\s+/g, " ").trim();
}

function firstNonEmpty(values: readonly string[] | undefined): string {
  for (const value of values ?? []) {
    const v = clean(value);
    if (v) return v;
  }
  return "";
}

function clip(value: string, max: number): string | null {
  if (!value) return null;
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/**
 * A LinkedIn profile URL in the one form the contact form accepts
 * (https://www.linkedin.com/in/<name>), or null for anything else (a company page, another site).
 */
export function normaliseLinkedInUrl(value: string): string | null {
  // Any one subdomain (www., m. from the app, uk.) and a trailing locale (/en, /fr-fr) are the same profile.
  const match = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)?linkedin\.com\/in\/([^/?#\s]+)(?:\/[a-z]{2}(?:[-_][a-z]{2})?)?\/?(?:[?#].*)?$/i.exec(value.trim());
  return match?.[1] ? `https://www.linkedin.com/in/${match[1]}` : null;
}

/** The rules every row goes through. `source` says where the row came from, for how-found and the tag. */
export function toDraft(row: number, raw: RawContact, source: { howFound: HowFound; tag: string }): SourceRow {
  const parts = [raw.firstName, raw.middleName, raw.lastName].map(clean).filter(Boolean);
  const name = clean(raw.name) || parts.join(" ");
  const label = name || firstNonEmpty(raw.emails) || clean(raw.employer);
  if (!name) {
    return { ok: false, row, name: label, reason: firstNonEmpty(raw.emails) ? "no name (only an email address)" : "no name" };
  }
  if (name.length > LIMITS.name) return { ok: false, row, name: `${name.slice(0, 40)}…`, reason: `the name is longer than ${LIMITS.name} characters` };

  const rawEmail = firstNonEmpty(raw.emails).replace(/^mailto:/i, "").toLowerCase();
  if (rawEmail && !EMAIL.test(rawEmail)) return { ok: false, row, name, reason: `“${rawEmail}” is not an email address` };

  let linkedinUrl: string | null = null;
  for (const url of raw.urls ?? []) {
    linkedinUrl = normaliseLinkedInUrl(url);
    if (linkedinUrl) break;
  }
  const phone = firstNonEmpty(raw.phones);
  const notes = (raw.notes ?? []).map((n) => n.replace(/\r\n?/g, "\n").trim()).filter(Boolean);
  if (raw.connectedOn?.trim()) notes.push(`Connected on LinkedIn: ${raw.connectedOn.trim()}`);
  // Like a too-short phone, a distance that does not read as one is left out, not the row.
  const distance = parseDistance(clean(raw.distance));
  const tags = [...new Set([source.tag, ...(raw.tags ?? []).map((t) => t.trim().toLowerCase()).filter((t) => t && t.length <= 40)])].slice(0, 20);

  return {
    ok: true,
    row,
    draft: {
      name,
      title: clip(clean(raw.title), LIMITS.title),
      employer: clip(clean(raw.employer), LIMITS.employer),
      industry: clip(clean(raw.industry), LIMITS.industry),
      location: clip(clean(raw.location), LIMITS.location),
      distanceKm: distance.ok ? distance.km : null,
      email: rawEmail || null,
      // The contact form wants at least 7 digits; a shorter "phone" (an extension alone) is dropped.
      phone: phone.replace(/\D/g, "").length >= 7 ? clip(phone, LIMITS.phone) : null,
      linkedinUrl,
      notes: clip(notes.join("\n\n"), LIMITS.notes),
      tags,
      howFound: source.howFound,
    },
  };
}

/** "Row 14: no name" — how the report names a skipped row. */
export function skippedLabel(format: string, row: number): string {
  return format === "vcard" ? `Card ${row}` : `Row ${row}`;
}
