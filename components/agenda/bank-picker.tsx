"use client";
// Adding questions from the bank: grouped by category in TIARA order, narrowed by tier and a
// search, checked and added in one go. Questions already on the agenda are shown but can't be
// added twice.
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { addBankQuestionsAction } from "@/lib/actions/agenda";
import type { QuestionRow } from "@/lib/data/questions";
import { QUESTION_CATEGORIES, QUESTION_CATEGORY_LABELS } from "@/lib/domain/format";
import { initialFormState } from "@/lib/validation/form-state";
import { useFormAction } from "@/components/ui/use-form-action";

type Tier = "ALL" | "JOB" | "INDUSTRY";

function matches(question: QuestionRow, tier: Tier, words: string[]): boolean {
  if (tier !== "ALL" && question.tier !== tier) return false;
  const haystack = `${question.text} ${question.tags.join(" ")} ${QUESTION_CATEGORY_LABELS[question.category]}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

export function BankPicker({ meetingId, questions, onAgenda }: { meetingId: string; questions: QuestionRow[]; onAgenda: string[] }) {
  const [state, formAction, pending] = useFormAction(addBankQuestionsAction.bind(null, meetingId), initialFormState);
  const [tier, setTier] = useState<Tier>("ALL");
  const [query, setQuery] = useState("");
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [lastState, setLastState] = useState(state);
  const searchId = useId();
  const errorId = useId();
  const taken = new Set(onAgenda);
  // A saved add clears the ticks (they are on the agenda now).
  if (state !== lastState) {
    setLastState(state);
    if (state.status === "saved") setChecked(new Set());
  }

  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const groups = QUESTION_CATEGORIES.map((category) => ({
    category,
    questions: questions.filter((q) => q.category === category && matches(q, tier, words)),
  })).filter((group) => group.questions.length > 0);

  function toggle(id: string, on: boolean) {
    setChecked((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  const error = state.fieldErrors?.questionIds ?? (state.status === "error" ? state.message : undefined);

  return (
    <form action={formAction} className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem]">
        <div className="space-y-1.5">
          <label htmlFor={searchId} className="block text-sm font-medium text-slate-900">
            Search the bank
          </label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder="e.g. trends, day, résumé"
            className="block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-500 sm:text-sm"
          />
        </div>
        <SelectField label="Tier" name="tier" value={tier} onChange={(event) => setTier(event.target.value as Tier)}>
          <option value="ALL">All questions</option>
          <option value="JOB">Job questions</option>
          <option value="INDUSTRY">Industry questions</option>
        </SelectField>
      </div>

      {/* What is sent: every ticked question in bank order, also those the search or tier now hides. */}
      {questions
        .filter((q) => checked.has(q.id) && !taken.has(q.id))
        .map((q) => (
          <input key={q.id} type="hidden" name="questionIds" value={q.id} />
        ))}

      {groups.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-600">
          No questions match{query ? ` “${query}”` : ""}. Try other words or all tiers, or write your own below.
        </p>
      ) : (
        <div className="max-h-[32rem] space-y-4 overflow-y-auto rounded-lg border border-slate-200 p-3" tabIndex={0} role="group" aria-label="Questions in the bank">
          {groups.map((group) => (
            <fieldset key={group.category}>
              <legend className="text-sm font-semibold text-slate-900">{QUESTION_CATEGORY_LABELS[group.category]}</legend>
              <ul className="mt-1 space-y-1">
                {group.questions.map((question) => {
                  const already = taken.has(question.id);
                  const inputId = `bank-${question.id}`;
                  return (
                    <li key={question.id} className="flex items-start gap-3">
                      <div className="flex h-11 items-center sm:h-7">
                        <input
                          id={inputId}
                          type="checkbox"
                          disabled={already}
                          checked={already || checked.has(question.id)}
                          onChange={(event) => toggle(question.id, event.target.checked)}
                          aria-describedby={error ? errorId : undefined}
                          className="size-5 rounded border-slate-400 accent-brand-700"
                        />
                      </div>
                      <label htmlFor={inputId} className="min-w-0 flex-1 py-2.5 text-sm text-slate-900 sm:py-1">
                        {question.text}
                        <span className="text-slate-600">
                          {" "}
                          · {question.tier === "JOB" ? "job" : "industry"}
                          {question.isOwn ? " · yours" : ""}
                          {already ? " · on the agenda" : ""}
                        </span>
                      </label>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          ))}
        </div>
      )}

      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending}>
          Add {checked.size > 0 ? `${checked.size} ` : ""}selected
        </Button>
        <p role="status" className="text-sm text-slate-600">
          {state.status === "saved" ? state.message : ""}
        </p>
      </div>
    </form>
  );
}
