// Is this imported person someone the student already has? The same email or the same LinkedIn
// profile is the same person. The same name at the same employer (compared without case or
// accents, so "José Núñez, Café Inc" matches "jose nunez, CAFE INC") is the same person only when
// nothing tells them apart: two people whose emails (or LinkedIn profiles) are both present and
// different are two people, however alike their names. Rows earlier in the same file count too, so
// a file that lists someone twice imports them once.
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

function emailKey(contact: DuplicateKeys): string | null {
  const email = contact.email?.trim().toLowerCase();
  return email ? `e:${email}` : null;
}

function linkedinKey(contact: DuplicateKeys): string | null {
  const url = contact.linkedinUrl ? normaliseLinkedInUrl(contact.linkedinUrl) : null;
  return url ? `l:${decodeURIComponentSafe(url).toLowerCase()}` : null;
}

function nameKey(contact: DuplicateKeys): string {
  return `n:${foldText(contact.name)}|${foldText(contact.employer ?? "")}`;
}

/** Every key of one person, computed once (the LinkedIn URL's normalisation is the costly part). */
export interface PersonKeys {
  email: string | null;
  linkedin: string | null;
  name: string;
}

export function personKeys(contact: DuplicateKeys): PersonKeys {
  return { email: emailKey(contact), linkedin: linkedinKey(contact), name: nameKey(contact) };
}

function keysOf(contact: DuplicateKeys | PersonKeys): PersonKeys {
  return "employer" in contact ? personKeys(contact) : contact;
}

function strongOf(keys: PersonKeys): { key: string; by: MatchedBy }[] {
  const strong: { key: string; by: MatchedBy }[] = [];
  if (keys.email) strong.push({ key: keys.email, by: "email" });
  if (keys.linkedin) strong.push({ key: keys.linkedin, by: "LinkedIn URL" });
  return strong;
}

/** The keys that identify one person on their own: an email address and a LinkedIn profile. */
export function strongKeys(contact: DuplicateKeys): { key: string; by: MatchedBy }[] {
  return strongOf(personKeys(contact));
}

export function duplicateKeys(contact: DuplicateKeys): { key: string; by: MatchedBy }[] {
  return [...strongKeys(contact), { key: nameKey(contact), by: "name and employer" }];
}

/**
 * Whether two people with the same name and employer are told apart by what both have: both have
 * an email and they differ, or both have a LinkedIn profile and they differ. One side lacking it
 * tells nothing, so they stay the same person.
 */
export function toldApart(a: DuplicateKeys, b: DuplicateKeys): boolean {
  // The index applies this same rule without comparing pairs (see DuplicateIndex.match).
  const [x, y] = [personKeys(a), personKeys(b)];
  const differ = (p: string | null, q: string | null) => p !== null && q !== null && p !== q;
  return differ(x.email, y.email) || differ(x.linkedin, y.linkedin);
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

type Ref = { contactId: string | null; row: number | null };

/** The first person seen with one name and employer, and the first of them lacking each key. */
interface Namesakes {
  first: Ref;
  noEmail: Ref | null;
  noLinkedin: Ref | null;
  neither: Ref | null;
}

/** The student's existing contacts (and the file's rows so far) by every key. */
export class DuplicateIndex {
  private readonly byStrongKey = new Map<string, Ref>();
  private readonly byName = new Map<string, Namesakes>();

  constructor(existing: Iterable<DuplicateKeys & { id: string }> = []) {
    for (const contact of existing) this.add(contact, { contactId: contact.id, row: null });
  }

  match(contact: DuplicateKeys | PersonKeys): DuplicateMatch | null {
    const keys = keysOf(contact);
    for (const { key, by } of strongOf(keys)) {
      const hit = this.byStrongKey.get(key);
      if (hit) return { ...hit, by };
    }
    // Nobody indexed has this row's email or profile (that would have matched above), so a namesake
    // is the same person only if they lack each key this row has: otherwise both are present and differ.
    const namesakes = this.byName.get(keys.name);
    if (!namesakes) return null;
    const { email, linkedin } = keys;
    const ref = email && linkedin ? namesakes.neither : email ? namesakes.noEmail : linkedin ? namesakes.noLinkedin : namesakes.first;
    return ref ? { ...ref, by: "name and employer" } : null;
  }

  /** Remembers a contact (the first one with a key keeps it). */
  add(contact: DuplicateKeys | PersonKeys, ref: Ref): void {
    const keys = keysOf(contact);
    for (const { key } of strongOf(keys)) if (!this.byStrongKey.has(key)) this.byStrongKey.set(key, ref);
    const key = keys.name;
    const { email, linkedin } = keys;
    const namesakes = this.byName.get(key) ?? { first: ref, noEmail: null, noLinkedin: null, neither: null };
    if (!email) namesakes.noEmail ??= ref;
    if (!linkedin) namesakes.noLinkedin ??= ref;
    if (!email && !linkedin) namesakes.neither ??= ref;
    this.byName.set(key, namesakes);
  }
}

/**
 * The rows of one file by email and LinkedIn profile, whatever became of them: a later row with the
 * same email or profile repeats that row and is never imported again, even with "Import anyway"
 * (product.md: an import imports nothing twice).
 */
export class FileRepeats {
  private readonly byKey = new Map<string, number>();

  /** The earlier row this one repeats, if any; then remembers this row's keys not seen before. */
  check(contact: DuplicateKeys | PersonKeys, row: number): { row: number; by: MatchedBy } | null {
    let repeat: { row: number; by: MatchedBy } | null = null;
    for (const { key, by } of strongOf(keysOf(contact))) {
      const earlier = this.byKey.get(key);
      if (earlier !== undefined && !repeat) repeat = { row: earlier, by };
      else if (earlier === undefined) this.byKey.set(key, row);
    }
    return repeat;
  }
}
