// Search, filter and sort for a cohort's students: a plain GET form, so every view has a URL to
// bookmark or share with a colleague, and it works before (or without) JavaScript.
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { Icon } from "@/components/ui/icons";
import { COHORT_FILTERS, COHORT_SORTS, FILTER_LABELS, SORT_LABELS, type CohortView } from "@/lib/domain/cohort";

export function CohortFilters({ action, view }: { action: string; view: CohortView }) {
  const changed = view.q !== "" || view.show !== "all" || view.sort !== "name";
  return (
    <form method="get" action={action} role="search" aria-label="Students" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      {/* Two columns until the row is wide enough for every option's text (the order's is the longest). */}
      <div className="grid gap-3 sm:grid-cols-2 2xl:grid-cols-[minmax(0,2fr)_repeat(3,minmax(0,1fr))_auto] 2xl:items-end">
        <div className="space-y-1.5">
          <label htmlFor="cohort-q" className="block text-sm font-medium text-slate-900">
            Student name
          </label>
          <div className="relative">
            <Icon name="search" className="pointer-events-none absolute top-1/2 left-3 size-5 -translate-y-1/2 text-slate-500" />
            <input
              id="cohort-q"
              name="q"
              type="search"
              defaultValue={view.q}
              maxLength={100}
              autoComplete="off"
              className="block min-h-11 w-full rounded-lg border border-slate-300 bg-white py-2 pr-3 pl-10 text-base text-slate-900 shadow-sm placeholder:text-slate-500 sm:text-sm"
            />
          </div>
        </div>
        <SelectField label="Show" name="show" defaultValue={view.show}>
          {COHORT_FILTERS.map((f) => (
            <option key={f} value={f}>
              {FILTER_LABELS[f]}
            </option>
          ))}
        </SelectField>
        <SelectField label="Sort by" name="sort" defaultValue={view.sort}>
          {COHORT_SORTS.map((s) => (
            <option key={s} value={s}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </SelectField>
        <SelectField label="Order" name="dir" defaultValue={view.dir}>
          <option value="desc">Highest first (stalled first)</option>
          <option value="asc">Lowest first (A to Z, oldest first)</option>
        </SelectField>
        <div className="flex flex-wrap gap-2 sm:col-span-2 2xl:col-span-1">
          <button type="submit" className={buttonClasses("primary", "md", "flex-1 sm:flex-none")}>
            Apply
          </button>
          {changed ? (
            <Link href={action} className={buttonClasses("ghost", "md")}>
              Clear
            </Link>
          ) : null}
        </div>
      </div>
    </form>
  );
}
