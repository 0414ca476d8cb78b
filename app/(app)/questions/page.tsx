import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { countHiddenQuestions, listQuestions, type QuestionRow } from "@/lib/data/questions";
import { QUESTION_CATEGORIES, QUESTION_CATEGORY_LABELS } from "@/lib/domain/format";

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

export default async function QuestionsPage() {
  const [questions, hiddenCount] = await Promise.all([listQuestions(), countHiddenQuestions()]);
  const byCategory = new Map<string, QuestionRow[]>(QUESTION_CATEGORIES.map((c) => [c, []]));
  for (const question of questions) byCategory.get(question.category)?.push(question);
  const categories = QUESTION_CATEGORIES.filter((c) => (byCategory.get(c)?.length ?? 0) > 0);

  return (
    <>
      <PageHeader
        title="Questions"
        description={
          <>
            A question bank in the order a good conversation runs: their path, the job, skills, trends, advice, resources,
            and referrals last.
            {hiddenCount > 0 ? (
              <span className="text-slate-500">
                {" "}
                {hiddenCount} hidden {hiddenCount === 1 ? "question is" : "questions are"} not shown.
              </span>
            ) : null}
          </>
        }
      />

      {categories.length === 0 ? (
        <EmptyState
          icon={<Icon name="questions" className="size-6" />}
          title="No questions to show"
          description="The built-in question bank is empty on this server and you have not written your own yet."
        />
      ) : (
        <>
          <nav aria-label="Question categories" className="-mx-4 mb-6 overflow-x-auto px-4 md:mx-0 md:px-0">
            <ol className="flex gap-2 md:flex-wrap">
              {categories.map((category, index) => (
                <li key={category} className="shrink-0">
                  <a
                    href={`#${category.toLowerCase()}`}
                    className="inline-flex min-h-11 items-center gap-2 rounded-full border border-slate-200 bg-white px-4 text-sm font-medium text-slate-700 hover:border-slate-300 hover:text-slate-900"
                  >
                    <span className="text-slate-500 tabular-nums">{index + 1}</span>
                    {QUESTION_CATEGORY_LABELS[category]}
                  </a>
                </li>
              ))}
            </ol>
          </nav>

          <div className="space-y-8">
            {categories.map((category, index) => {
              const items = byCategory.get(category) ?? [];
              const headingId = `${category.toLowerCase()}-heading`;
              return (
                <section key={category} id={category.toLowerCase()} aria-labelledby={headingId}>
                  <div className="mb-3">
                    <h2 id={headingId} className="flex items-baseline gap-2 text-lg font-semibold text-slate-900">
                      <span className="text-slate-500 tabular-nums" aria-hidden="true">
                        {index + 1}.
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
                      <li key={question.id} className="px-4 py-3">
                        <p className="text-slate-900">{question.text}</p>
                        {question.isOwn || question.tier === "INDUSTRY" || question.tags.length > 0 ? (
                          <div className="mt-1.5 flex flex-wrap gap-1.5">
                            {question.isOwn ? <Badge tone="brand">Yours</Badge> : null}
                            {question.tier === "INDUSTRY" ? <Badge tone="info">About the industry</Badge> : null}
                            {question.tags.map((tag) => (
                              <Badge key={tag}>{tag}</Badge>
                            ))}
                          </div>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </section>
              );
            })}
          </div>
        </>
      )}
    </>
  );
}
