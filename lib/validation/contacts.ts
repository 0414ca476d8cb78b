import { z } from "zod";
import { DISTANCE_FILTERS, parseDistance } from "../domain/distance";
import { normaliseLinkedInUrl } from "../domain/import/draft";
import { STAGES } from "../domain/stages";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional();

export const HOW_FOUND = ["ALUMNI", "LINKEDIN", "ARTICLE_AUTHOR", "REFERRAL", "EVENT", "CHAPTER_LIST", "OTHER"] as const;

export const TAG_MAX_LENGTH = 40;
export const TAGS_PER_CONTACT = 20;

export const contactFieldsSchema = z.object({
  name: z.string().trim().min(1, "Enter the person's name.").max(120, "Use at most 120 characters."),
  title: optionalText(120),
  employer: optionalText(120),
  industry: optionalText(80),
  location: optionalText(120),
  // Typed as "15 mi" or "25 km" (a number alone is km), stored in whole km.
  distanceKm: z
    .string()
    .max(40, "Enter a distance like 25 km or 15 mi.")
    .nullable()
    .optional()
    .transform((v, ctx) => {
      if (v == null) return v;
      const parsed = parseDistance(v);
      if (parsed.ok) return parsed.km;
      ctx.addIssue({ code: "custom", message: parsed.message });
      return z.NEVER;
    }),
  email: z
    .string()
    .trim()
    .max(254)
    .transform((v) => (v === "" ? null : v.toLowerCase()))
    .nullable()
    .optional()
    .refine((v) => v == null || z.email().safeParse(v).success, "Enter an email like name@example.com."),
  phone: optionalText(40).refine(
    (v) => v == null || /^\+?[0-9 ().\-]{7,}$/.test(v),
    "Enter a phone number with at least 7 digits, like +1 614 555 0100.",
  ),
  // Pasted as the browser or the app shows it (linkedin.com/in/name, m.linkedin.com/…/en), stored as one form.
  linkedinUrl: optionalText(300)
    .transform((v) => (v == null ? v : (normaliseLinkedInUrl(v) ?? v)))
    .refine((v) => v == null || normaliseLinkedInUrl(v) === v, "Enter a LinkedIn profile URL like https://www.linkedin.com/in/name."),
  howFound: z.enum(HOW_FOUND).default("OTHER"),
  connection: optionalText(200),
  motivation: z.coerce.number().int().min(1, "Choose 1 to 5.").max(5, "Choose 1 to 5.").default(3),
  isAlumniOrAdvocate: z.coerce.boolean().default(false),
  openPostings: z.coerce.number().int().min(0, "Choose 0 to 3.").max(3, "Choose 0 to 3.").default(0),
  tags: z.array(z.string().trim().min(1).max(TAG_MAX_LENGTH)).max(TAGS_PER_CONTACT, `Use at most ${TAGS_PER_CONTACT} tags.`).default([]),
  doNotContact: z.coerce.boolean().default(false),
  notes: optionalText(5000),
});

export type ContactFields = z.infer<typeof contactFieldsSchema>;

export const CONTACT_FIELD_LABELS: Record<keyof ContactFields, string> = {
  name: "Name",
  title: "Title",
  employer: "Employer",
  industry: "Industry",
  location: "Location",
  distanceKm: "Distance",
  email: "Email",
  phone: "Phone",
  linkedinUrl: "LinkedIn URL",
  howFound: "How found",
  connection: "Shared connection",
  motivation: "Motivation",
  isAlumniOrAdvocate: "Alumni or advocate",
  openPostings: "Open postings",
  tags: "Tags",
  doNotContact: "Do not contact",
  notes: "Notes",
};

/** Tags typed as "pr, agency ,  NYC" → ["pr", "agency", "nyc"], each once. */
export function parseTags(value: unknown): string[] {
  if (typeof value !== "string") return [];
  return [...new Set(value.split(",").map((t) => t.trim().toLowerCase()).filter(Boolean))];
}

/** The contact form's FormData as the input of contactFieldsSchema (checkboxes absent = false). */
export function contactFormInput(form: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of Object.keys(CONTACT_FIELD_LABELS)) {
    const value = form.get(key);
    if (value !== null) input[key] = value;
  }
  input.tags = parseTags(form.get("tags"));
  input.isAlumniOrAdvocate = form.get("isAlumniOrAdvocate") === "on";
  input.doNotContact = form.get("doNotContact") === "on";
  return input;
}

// ---------------------------------------------------------------------------
// The contacts list: search, filters, sort and page, read from the URL
// ---------------------------------------------------------------------------

export const CONTACT_SORTS = ["priority", "name", "employer", "distance", "updated"] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];

export const CONTACT_SORT_LABELS: Record<ContactSort, string> = {
  priority: "Priority, highest first",
  name: "Name, A to Z",
  employer: "Employer, A to Z",
  distance: "Distance, nearest first",
  updated: "Recently updated",
};

/** do-not-contact filter: only those marked, or only those not marked. */
export const DNC_FILTERS = ["only", "hide"] as const;

export const CONTACTS_PAGE_SIZE = 50;
const MAX_PAGE = 10_000;
const PRIORITY_LIMIT = 85;

/** A text parameter: trimmed and cut to `max` characters; anything else reads as absent. */
const textParam = (max: number) =>
  z
    .string()
    .transform((v) => v.trim().slice(0, max))
    .transform((v) => (v === "" ? undefined : v))
    .optional()
    .catch(undefined);

/** A flag parameter: "1", "true", "on" or "yes" switch it on; anything else is off. */
const flagParam = z
  .string()
  .optional()
  .transform((v) => v === "1" || v === "true" || v === "on" || v === "yes")
  .catch(false);

/**
 * The list's URL parameters. Every field falls back to its default when it is missing or bad, so a
 * hand-edited or stale URL shows a sensible list rather than an error.
 */
export const contactListParamsSchema = z.object({
  q: textParam(100),
  stage: z.enum(STAGES).optional().catch(undefined),
  tag: textParam(40).transform((v) => v?.toLowerCase()),
  howFound: z.enum(HOW_FOUND).optional().catch(undefined),
  overdue: flagParam,
  dnc: z.enum(DNC_FILTERS).optional().catch(undefined),
  archived: flagParam,
  minPriority: z.coerce.number().int().min(1).max(PRIORITY_LIMIT).optional().catch(undefined),
  distance: z.enum(DISTANCE_FILTERS).optional().catch(undefined),
  sort: z.enum(CONTACT_SORTS).default("priority").catch("priority"),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1).catch(1),
});

export type ContactListParams = z.infer<typeof contactListParamsSchema>;

type RawSearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

/** Reads the list's parameters from a page's searchParams (or a URLSearchParams); never throws. */
export function parseContactListParams(raw: RawSearchParams): ContactListParams {
  const input: Record<string, string | undefined> = {};
  const keys = Object.keys(contactListParamsSchema.shape);
  for (const key of keys) {
    const value = raw instanceof URLSearchParams ? (raw.get(key) ?? undefined) : raw[key];
    input[key] = Array.isArray(value) ? value[0] : value;
  }
  return contactListParamsSchema.parse(input);
}

/** True when anything narrows the list (search or a filter); sort and page do not count. */
export function hasContactFilters(params: ContactListParams): boolean {
  return Boolean(
    params.q || params.stage || params.tag || params.howFound || params.overdue || params.dnc || params.archived || params.minPriority || params.distance,
  );
}

/**
 * The list's URL for `params` with `changes` applied: only non-default values, in a stable order,
 * so links are short and shareable. Changing any filter goes back to page 1 unless a page is given.
 */
export function contactListHref(params: ContactListParams, changes: Partial<ContactListParams> = {}): string {
  const next: ContactListParams = { ...params, ...changes };
  if (!("page" in changes)) next.page = 1;
  const search = new URLSearchParams();
  if (next.q) search.set("q", next.q);
  if (next.stage) search.set("stage", next.stage);
  if (next.tag) search.set("tag", next.tag);
  if (next.howFound) search.set("howFound", next.howFound);
  if (next.overdue) search.set("overdue", "1");
  if (next.dnc) search.set("dnc", next.dnc);
  if (next.archived) search.set("archived", "1");
  if (next.minPriority) search.set("minPriority", String(next.minPriority));
  if (next.distance) search.set("distance", next.distance);
  if (next.sort !== "priority") search.set("sort", next.sort);
  if (next.page > 1) search.set("page", String(next.page));
  const query = search.toString();
  return query ? `/contacts?${query}` : "/contacts";
}

// ---------------------------------------------------------------------------
// The contact form's values as strings, and merging after a two-tab conflict
// ---------------------------------------------------------------------------

export type ContactFormValues = Record<string, string>;

/**
 * A stored contact as the form's string values: tags comma-joined, checkboxes "on" or "". This is
 * also the `loaded` JSON the edit form sends back, so updateContactAction can tell what changed.
 */
export function contactFormValues(contact: { [K in keyof ContactFields]?: ContactFields[K] | null }): ContactFormValues {
  const values: ContactFormValues = {};
  for (const field of Object.keys(CONTACT_FIELD_LABELS) as (keyof ContactFields)[]) values[field] = contactFormValue(field, contact[field]);
  return values;
}

/** One stored field as the form shows it (a distance with its unit, so "570" is not read as miles). */
export function contactFormValue(field: keyof ContactFields, value: unknown): string {
  if (field === "distanceKm" && typeof value === "number") return `${value} km`;
  return Array.isArray(value) ? value.join(", ") : typeof value === "boolean" ? (value ? "on" : "") : String(value ?? "");
}

/** What the other save changed, as updateContactAction reports it ("(empty)" for a cleared field). */
export interface ContactChange {
  field: string;
  label: string;
  value: string;
}

const EMPTY_CHANGE = "(empty)";

/** A field's value, normalised so that "PR,agency" and "pr, agency" or absent and "" compare equal. */
function comparable(field: string, value: string | undefined): string {
  if (field === "tags") return parseTags(value ?? "").join(", ");
  if (field === "isAlumniOrAdvocate" || field === "doNotContact") return value === "on" ? "on" : "";
  return (value ?? "").trim();
}

export interface ConflictMerge {
  /** The form's values to show: the user's edits, plus the other save's changes to fields the user left alone. */
  values: ContactFormValues;
  /** The new `loaded`: what is stored now, so a later conflict only lists newer changes. */
  loaded: ContactFormValues;
  /** Changes brought into the form because the user had not touched those fields. */
  merged: ContactChange[];
  /** Fields both saves changed: the user's value stays in the form, theirs is offered. */
  clashes: ContactChange[];
}

/**
 * Three-way merge after a refused save. `loaded` is what the form opened with, `mine` what the user
 * submitted, `changes` what the other save stored. Nothing either side typed is lost: fields only
 * the other save changed take its value; fields both changed keep the user's and are listed.
 */
export function mergeAfterConflict(loaded: ContactFormValues, mine: ContactFormValues, changes: ContactChange[]): ConflictMerge {
  const values = { ...mine };
  const nextLoaded = { ...loaded };
  const merged: ContactChange[] = [];
  const clashes: ContactChange[] = [];
  for (const change of changes) {
    const theirs = change.value === EMPTY_CHANGE ? "" : change.value;
    nextLoaded[change.field] = theirs;
    const userEdited = comparable(change.field, mine[change.field]) !== comparable(change.field, loaded[change.field]);
    if (!userEdited) {
      values[change.field] = theirs;
      merged.push(change);
    } else if (comparable(change.field, mine[change.field]) !== comparable(change.field, theirs)) {
      clashes.push(change);
    }
  }
  return { values, loaded: nextLoaded, merged, clashes };
}
