// Is this imported person someone the student already has? The same email, the same LinkedIn
// profile, or the same name at the same employer — compared without case or accents, so
// "José Núñez, Café Inc" matches "jose nunez, CAFE INC". Rows earlier in the same file count too,
// so a file that lists someone twice imports them once.
import { normaliseLinkedInUrl } from "./draft";

export interface DuplicateKeys {
  name: string;
  employer: string | null;
  email: string | null;
  linkedinUrl: string | null;
}

export type MatchedBy = "email" | "LinkedIn URL" | "name and employer";

export interface DuplicateMatch {
  /** The existing contact's id, or null when the match is an earlier row of the same file. */
  contactId: string | null;
  /** That earlier row, when the match is in the file. */
  row: number | null;
  by: MatchedBy;
}

/** Lower case, accents removed, spaces collapsed: "  Zoë  O’Brien " → "zoe o'brien". */
export function foldText(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

export function duplicateKeys(contact: DuplicateKeys): { key: string; by: MatchedBy }[] {
  const keys: { key: string; by: MatchedBy }[] = [];
  if (contact.email) keys.push({ key: `e:${contact.email.trim().toLowerCase()}`, by: "email" });
  const url = contact.linkedinUrl ? normaliseLinkedInUrl(contact.linkedinUrl) : null;
  if (url) keys.push({ key: `l:${decodeURIComponentSafe(url).toLowerCase()}`, by: "LinkedIn URL" });
  keys.push({ key: `n:${foldText(contact.name)}|${foldText(contact.employer ?? "")}`, by: "name and employer" });
  return keys;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The student's existing contacts (and the file's rows so far) by every key. */
export class DuplicateIndex {
  private readonly byKey = new Map<string, { contactId: string | null; row: number | null }>();

  constructor(existing: Iterable<DuplicateKeys & { id: string }> = []) {
    for (const contact of existing) this.add(contact, { contactId: contact.id, row: null });
  }

  match(contact: DuplicateKeys): DuplicateMatch | null {
    for (const { key, by } of duplicateKeys(contact)) {
      const hit = this.byKey.get(key);
      if (hit) return { ...hit, by };
    }
    return null;
  }

  /** Remembers a contact (the first one with a key keeps it). */
  add(contact: DuplicateKeys, ref: { contactId: string | null; row: number | null }): void {
    for (const { key } of duplicateKeys(contact)) if (!this.byKey.has(key)) this.byKey.set(key, ref);
  }
}
