import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { QuestionActions, ShowAgainButton } from "@/components/questions/question-actions";
import { QuestionFilters } from "@/components/questions/question-filters";
import { QuestionFormDialog } from "@/components/questions/question-form";
import { QuestionNoticeArea, QuestionNoticeProvider } from "@/components/questions/question-notice";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { countHiddenQuestions, listBankQuestions, listHiddenQuestions, listQuestionTags, type QuestionRow } from "@/lib/data/questions";
import { QUESTION_CATEGORIES, QUESTION_CATEGORY_LABELS } from "@/lib/domain/format";
import { hasQuestionFilters, parseQuestionListParams, questionListHref, type QuestionListParams } from "@/lib/validation/questions";

export const metadata: Metadata = { title: "Questions" };

const CATEGORY_HINTS: Record<(typeof QUESTION_CATEGORIES)[number], string> = {
  CAREER_PATH: "How they got here.",
  THE_JOB: "A typical day, what they like most and least, the challenges.",
  SKILLS: "What it takes to do the job well.",
  TRENDS: "Where the field is going and what is in the news.",
  ADVICE: "What they would do in your place, and feedback on your plan.",
  RESOURCES: "Organisations, events and publications worth knowing.",
  REFERRALS: "Who else you should talk to. Ask last.",
};

export default async function QuestionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = parseQuestionListParams(await searchParams);
  const filter = { tier: params.tier, category: params.category, tag: params.tag };
  const [questions, hiddenCount, tags, hidden] = await Promise.all([
    listBankQuestions(filter),
    countHiddenQuestions(),
    listQuestionTags(),
    params.hidden ? listHiddenQuestions() : Promise.resolve([]),
  ]);
  const byCategory = new Map<string, QuestionRow[]>(QUESTION_CATEGORIES.map((c) => [c, []]));
  for (const question of questions) byCategory.get(question.category)?.push(question);
  const categories = QUESTION_CATEGORIES.filter((c) => (byCategory.get(c)?.length ?? 0) > 0);
  const filtered = hasQuestionFilters(params);

  return (
    <QuestionNoticeProvider>
      <PageHeader
        title="Questions"
        description={
          <>
            A question bank in the order a good conversation runs: their path, the job, skills, trends, advice, resources, and referrals last.
            {hiddenCount > 0 ? (
              <>
                {" "}
                <Link
                  href={questionListHref(params, { hidden: !params.hidden })}
                  className="-my-0.5 inline-flex min-h-6 items-center font-medium whitespace-nowrap text-brand-800 underline underline-offset-2 hover:text-brand-900"
                >
                  {params.hidden ? `${hiddenCount} hidden — hide the list` : `${hiddenCount} hidden — show`}
                </Link>
              </>
            ) : null}
          </>
        }
        actions={
          <>
            <Link href="/pitch" className={buttonClasses("secondary")}>
              Your 30-second pitch
            </Link>
            <QuestionFormDialog mode="create" defaultCategory={params.category} defaultTier={params.tier} />
          </>
        }
      />

      <QuestionNoticeArea />
      <QuestionFilters key={questionListHref(params)} params={params} tags={tags} />

      {params.hidden ? <HiddenQuestions questions={hidden} params={params} /> : null}

      {categories.length === 0 ? (
        filtered ? (
          <EmptyState
            icon={<Icon name="search" className="size-6" />}
            title="No questions match these filters"
            description="Try another tier, part of the conversation or tag, or add a question of your own."
            action={
              <Link href={questionListHref(params, { tier: undefined, category: undefined, tag: undefined })} className={buttonClasses("secondary")}>
                Clear filters
              </Link>
            }
          />
        ) : (
          <EmptyState
            icon={<Icon name="questions" className="size-6" />}
            title="No questions to show"
            description={
              hiddenCount > 0
                ? "You have hidden every question in the bank. Show some again, or add your own."
                : "The built-in question bank is empty on this server and you have not written your own yet. Add one above."
            }
          />
        )
      ) : (
        <>
          {categories.length > 1 ? (
            <nav aria-label="Question categories" className="-mx-4 mb-6 overflow-x-auto px-4 md:mx-0 md:px-0">
              <ol className="flex gap-2 md:flex-wrap">
                {categories.map((category) => (
                  <li key={category} className="shrink-0">
                    <a
                      href={`#${category.toLowerCase()}`}
                      className="inline-flex min-h-11 items-center gap-2 rounded-full border border-slate-200 bg-white px-4 text-sm font-medium text-slate-700 hover:border-slate-300 hover:text-slate-900"
                    >
                      <span className="text-slate-500 tabular-nums">{QUESTION_CATEGORIES.indexOf(category) + 1}</span>
                      {QUESTION_CATEGORY_LABELS[category]}
                    </a>
                  </li>
                ))}
              </ol>
            </nav>
          ) : null}

          <div className="space-y-8">
            {categories.map((category) => {
              const items = byCategory.get(category) ?? [];
              const headingId = `${category.toLowerCase()}-heading`;
              return (
                <section key={category} id={category.toLowerCase()} aria-labelledby={headingId} className="scroll-mt-20">
                  <div className="mb-3">
                    <h2 id={headingId} className="flex items-baseline gap-2 text-lg font-semibold text-slate-900">
                      <span className="text-slate-500 tabular-nums" aria-hidden="true">
                        {QUESTION_CATEGORIES.indexOf(category) + 1}.
                      </span>
                      {QUESTION_CATEGORY_LABELS[category]}
                      <span className="text-sm font-normal text-slate-600">
                        ({items.length}
                        <span className="sr-only"> {items.length === 1 ? "question" : "questions"}</span>)
                      </span>
                    </h2>
                    <p className="text-sm text-slate-600">{CATEGORY_HINTS[category]}</p>
                  </div>
                  <ul className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
                    {items.map((question) => (
                      <QuestionItem key={question.id} question={question} params={params}>
                        <QuestionActions question={question} isOwn={question.isOwn} />
                      </QuestionItem>
                    ))}
                  </ul>
                </section>
              );
            })}
          </div>
        </>
      )}
    </QuestionNoticeProvider>
  );
}

function QuestionItem({ question, params, children }: { question: QuestionRow; params: QuestionListParams; children: ReactNode }) {
  return (
    <li className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
      <div className="min-w-0">
        <p className="break-words text-slate-900">{question.text}</p>
        {question.isOwn || question.tier === "INDUSTRY" || question.tags.length > 0 ? (
          <div className="mt-1.5 flex flex-wrap gap-1.5">
            {question.isOwn ? <Badge tone="brand">Yours</Badge> : null}
            {question.tier === "INDUSTRY" ? <Badge tone="info">About the industry</Badge> : null}
            {question.tags.map((tag) => (
              <Link
                key={tag}
                href={questionListHref(params, { tag })}
                aria-label={`Tag ${tag}: show questions tagged ${tag}`}
                className="inline-flex min-h-6 items-center rounded-full hover:ring-2 hover:ring-brand-200"
              >
                <Badge>{tag}</Badge>
              </Link>
            ))}
          </div>
        ) : null}
      </div>
      <div className="shrink-0">{children}</div>
    </li>
  );
}

function HiddenQuestions({ questions, params }: { questions: QuestionRow[]; params: QuestionListParams }) {
  return (
    <section aria-labelledby="hidden-heading" className="mb-8">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="hidden-heading" className="text-lg font-semibold text-slate-900">
          Hidden questions ({questions.length})
        </h2>
        <Link href={questionListHref(params, { hidden: false })} className="text-sm font-medium text-brand-800 underline underline-offset-2 hover:text-brand-900">
          Hide this list
        </Link>
      </div>
      {questions.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-600">Nothing is hidden.</p>
      ) : (
        <ul className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-slate-50">
          {questions.map((question) => (
            <QuestionItem key={question.id} question={question} params={params}>
              <ShowAgainButton question={question} />
            </QuestionItem>
          ))}
        </ul>
      )}
    </section>
  );
}
