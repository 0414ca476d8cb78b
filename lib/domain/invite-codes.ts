// The identifiers a career centre hands out: cohort invite codes (short, read aloud in a class),
// the staff invite code (long: it grants staff access to consenting students' data), and the
// centre's slug. Pure: the caller passes the random source (node:crypto's randomInt in the app).

/** No look-alikes (0/O, 1/I): 32 characters, so each one carries exactly 5 bits. */
export const INVITE_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const BITS_PER_CHARACTER = Math.log2(INVITE_CODE_ALPHABET.length);

/** Cohort codes: two groups of four, e.g. "K7QM-2XPA" (40 bits), the shape /join already accepts. */
export const COHORT_CODE_GROUPS = 2;
/**
 * Staff codes: seven groups of four (140 bits). Anyone holding one becomes staff and reads what
 * consenting students share, so it must be beyond guessing, not merely hard to type.
 */
export const STAFF_CODE_GROUPS = 7;
const GROUP_LENGTH = 4;

/** A uniform integer in [0, max): node:crypto's randomInt has exactly this shape. */
export type RandomIndex = (max: number) => number;

function generateCode(groups: number, randomIndex: RandomIndex): string {
  const parts: string[] = [];
  for (let g = 0; g < groups; g++) {
    let part = "";
    for (let i = 0; i < GROUP_LENGTH; i++) {
      const index = randomIndex(INVITE_CODE_ALPHABET.length);
      const character = INVITE_CODE_ALPHABET[index];
      if (character === undefined || !Number.isInteger(index)) throw new RangeError(`random index ${index} is outside the alphabet`);
      part += character;
    }
    parts.push(part);
  }
  return parts.join("-");
}

export function generateCohortCode(randomIndex: RandomIndex): string {
  return generateCode(COHORT_CODE_GROUPS, randomIndex);
}

export function generateStaffInviteCode(randomIndex: RandomIndex): string {
  return generateCode(STAFF_CODE_GROUPS, randomIndex);
}

/** How many bits of randomness a code of `groups` groups carries. */
export function codeBits(groups: number): number {
  return groups * GROUP_LENGTH * BITS_PER_CHARACTER;
}

/**
 * A code as people paste or type it — any case, spaces or dashes anywhere, a trailing slash from a
 * copied link — back in its canonical grouped form. Anything that is not a plausible code comes
 * back compacted, for the validator to refuse.
 */
export function normaliseCode(raw: string): string {
  const compact = raw.toUpperCase().replace(/[^A-Z0-9]/g, "");
  if (compact.length === 0 || compact.length % GROUP_LENGTH !== 0) return compact;
  return compact.match(/.{4}/g)?.join("-") ?? compact;
}

function isCode(code: string, groups: number): boolean {
  const group = `[${INVITE_CODE_ALPHABET}]{${GROUP_LENGTH}}`;
  return new RegExp(`^${group}(?:-${group}){${groups - 1}}$`).test(code);
}

/** A canonical staff invite code (what normaliseCode returns for a well-formed one). */
export function isStaffInviteCode(code: string): boolean {
  return isCode(code, STAFF_CODE_GROUPS);
}

export function isCohortCode(code: string): boolean {
  return isCode(code, COHORT_CODE_GROUPS);
}

/**
 * The URL name of a centre: lower-case ASCII words joined by dashes, accents folded
 * ("Université de Montréal" → "universite-de-montreal"), at most 60 characters, never empty.
 */
export function slugFromName(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return slug || "career-centre";
}

/** `base` if free, else the first of base-2, base-3, … that `taken` does not hold. */
export function nextFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
