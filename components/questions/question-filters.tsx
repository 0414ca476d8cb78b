"use client";
// Tier, category and tag filters for the bank: a GET form, so every view has its own URL. With
// JavaScript the URL is kept short; without it the browser submits the form as is and the page
// reads it the same way.
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { buttonClasses } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { QUESTION_CATEGORIES, QUESTION_CATEGORY_LABELS } from "@/lib/domain/format";
import {
  hasQuestionFilters,
  parseQuestionListParams,
  QUESTION_TIER_LABELS,
  QUESTION_TIERS,
  questionListHref,
  type QuestionListParams,
} from "@/lib/validation/questions";

export function QuestionFilters({ params, tags }: { params: QuestionListParams; tags: string[] }) {
  const router = useRouter();
  const tagOptions = params.tag && !tags.includes(params.tag) ? [...tags, params.tag] : tags;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const search = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget).entries()) if (typeof value === "string" && value) search.append(key, value);
    router.push(questionListHref(parseQuestionListParams(search)));
  }

  return (
    <form method="get" action="/questions" aria-label="Filter questions" onSubmit={onSubmit} className="mb-6 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      {params.hidden ? <input type="hidden" name="hidden" value="1" /> : null}
      <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-[1fr_1fr_1fr_auto] lg:items-end">
        <SelectField label="Tier" name="tier" defaultValue={params.tier?.toLowerCase() ?? ""}>
          <option value="">Job and industry</option>
          {QUESTION_TIERS.map((tier) => (
            <option key={tier} value={tier.toLowerCase()}>
              {QUESTION_TIER_LABELS[tier]}
            </option>
          ))}
        </SelectField>
        <SelectField label="Part of the conversation" name="category" defaultValue={params.category?.toLowerCase() ?? ""}>
          <option value="">All parts</option>
          {QUESTION_CATEGORIES.map((category) => (
            <option key={category} value={category.toLowerCase()}>
              {QUESTION_CATEGORY_LABELS[category]}
            </option>
          ))}
        </SelectField>
        <SelectField label="Tag" name="tag" defaultValue={params.tag ?? ""}>
          <option value="">Any tag</option>
          {tagOptions.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </SelectField>
        <div className="flex gap-2 sm:col-span-3 lg:col-span-1">
          <button type="submit" className={buttonClasses("primary", "md", "flex-1 lg:flex-none")}>
            Filter
          </button>
          {hasQuestionFilters(params) ? (
            <Link href={questionListHref(params, { tier: undefined, category: undefined, tag: undefined })} className={buttonClasses("secondary", "md", "flex-1 lg:flex-none")}>
              Clear filters
            </Link>
          ) : null}
        </div>
      </div>
    </form>
  );
}
