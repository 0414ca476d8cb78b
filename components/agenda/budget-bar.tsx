import clsx from "clsx";
import { budgetSummary, overrunWarning, type AgendaBudget } from "@/lib/domain/agenda";

/** "25 of 30 minutes" with a bar, and a warning (announced) when the agenda overruns. */
export function BudgetBar({ budget }: { budget: AgendaBudget }) {
  const warning = overrunWarning(budget);
  const questionsShare = Math.min(100, (budget.questionMinutes / Math.max(1, budget.meetingMinutes)) * 100);
  const allowanceShare = Math.min(100 - questionsShare, (budget.allowanceMinutes / Math.max(1, budget.meetingMinutes)) * 100);
  return (
    <div className="space-y-2">
      <p className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 text-sm text-slate-700">
        <span>
          <span className={clsx("text-base font-semibold tabular-nums", budget.fits ? "text-slate-900" : "text-red-700")}>{budgetSummary(budget)}</span> planned
        </span>
        <span className="text-slate-600">
          {budget.questionMinutes} for questions, {budget.allowanceMinutes} for your opening, pitch and thanks
        </span>
      </p>
      <div aria-hidden="true" className="flex h-2.5 overflow-hidden rounded-full bg-slate-200 print:border print:border-slate-400">
        <div className={clsx("h-full", budget.fits ? "bg-brand-600" : "bg-red-600")} style={{ width: `${questionsShare}%` }} />
        <div className="h-full bg-slate-400" style={{ width: `${allowanceShare}%` }} />
      </div>
      <div role="status">
        {warning ? (
          <p className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm font-medium text-red-800">{warning}</p>
        ) : null}
      </div>
    </div>
  );
}
