import { z } from "zod";
import { QUESTION_CATEGORIES } from "../domain/format";
import { parseTags } from "./contacts";

export const QUESTION_TIERS = ["JOB", "INDUSTRY"] as const;
export type QuestionTierValue = (typeof QUESTION_TIERS)[number];
export type QuestionCategoryValue = (typeof QUESTION_CATEGORIES)[number];

export const QUESTION_TIER_LABELS: Record<QuestionTierValue, string> = {
  JOB: "About the job",
  INDUSTRY: "About the industry",
};

export const QUESTION_TEXT_MAX = 300;

export const questionFieldsSchema = z.object({
  text: z
    .string("Write the question.")
    .trim()
    .min(1, "Write the question.")
    .min(8, "Write the whole question (at least 8 characters).")
    .max(QUESTION_TEXT_MAX, `Keep the question under ${QUESTION_TEXT_MAX} characters: one question, asked in one breath.`),
  category: z.enum(QUESTION_CATEGORIES, "Choose where the question fits in the conversation."),
  tier: z.enum(QUESTION_TIERS, "Choose whether it is about the job or the industry."),
  tags: z
    .array(z.string().max(30, "Keep each tag under 30 characters."))
    .max(8, "Use at most 8 tags.")
    .default([]),
});

export type QuestionFields = z.infer<typeof questionFieldsSchema>;

/** The question form's FormData as the input of questionFieldsSchema (tags comma-separated). */
export function questionFormInput(form: FormData): Record<string, unknown> {
  return {
    text: form.get("text") ?? undefined,
    category: form.get("category") || undefined,
    tier: form.get("tier") || undefined,
    tags: parseTags(form.get("tags")),
  };
}

export const questionIdSchema = z.string().min(1).max(40);

// ---------------------------------------------------------------------------
// The bank's filters, read from the URL: ?tier=industry&category=trends&tag=feedback&hidden=1
// ---------------------------------------------------------------------------

export interface QuestionFilter {
  tier?: QuestionTierValue;
  category?: QuestionCategoryValue;
  tag?: string;
}

export interface QuestionListParams extends QuestionFilter {
  /** Show the hidden questions too, each with "Show again". */
  hidden: boolean;
}

type RawSearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

/** "industry" in the URL → "INDUSTRY". */
const upper = (value: unknown) => (typeof value === "string" ? value.trim().toUpperCase() : value);

const questionListParamsSchema = z.object({
  tier: z.preprocess(upper, z.enum(QUESTION_TIERS).optional()).catch(undefined),
  category: z.preprocess(upper, z.enum(QUESTION_CATEGORIES).optional()).catch(undefined),
  tag: z
    .string()
    .transform((v) => v.trim().toLowerCase().slice(0, 30))
    .transform((v) => (v === "" ? undefined : v))
    .optional()
    .catch(undefined),
  hidden: z
    .string()
    .optional()
    .transform((v) => v === "1")
    .catch(false),
});

/** Reads the bank's filters from a page's searchParams; a bad or stale value reads as no filter. */
export function parseQuestionListParams(raw: RawSearchParams): QuestionListParams {
  const input: Record<string, string | undefined> = {};
  for (const key of Object.keys(questionListParamsSchema.shape)) {
    const value = raw instanceof URLSearchParams ? (raw.get(key) ?? undefined) : raw[key];
    input[key] = Array.isArray(value) ? value[0] : value;
  }
  return questionListParamsSchema.parse(input);
}

/** True when a filter narrows the bank. */
export function hasQuestionFilters(params: QuestionFilter): boolean {
  return Boolean(params.tier || params.category || params.tag);
}

/** The bank's URL for `params` with `changes` applied; lower-case values, defaults left out. */
export function questionListHref(params: QuestionListParams, changes: Partial<QuestionListParams> = {}): string {
  const next = { ...params, ...changes };
  const search = new URLSearchParams();
  if (next.tier) search.set("tier", next.tier.toLowerCase());
  if (next.category) search.set("category", next.category.toLowerCase());
  if (next.tag) search.set("tag", next.tag);
  if (next.hidden) search.set("hidden", "1");
  const query = search.toString();
  return query ? `/questions?${query}` : "/questions";
}
