"use client";
// Search, filters and sort for the contacts list: a GET form, so every view has a URL to share or
// bookmark. With JavaScript the URL is kept short (empty fields left out); without it the browser
// submits the form as is, and the page reads it the same way.
import clsx from "clsx";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { buttonClasses } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Field, SelectField } from "@/components/ui/field";
import { Icon } from "@/components/ui/icons";
import { DISTANCE_FILTER_LABELS, DISTANCE_FILTERS } from "@/lib/domain/distance";
import { HOW_FOUND_LABELS } from "@/lib/domain/format";
import { STAGE_LABELS, STAGES } from "@/lib/domain/stages";
import {
  CONTACT_SORT_LABELS,
  CONTACT_SORTS,
  contactListHref,
  HOW_FOUND,
  parseContactListParams,
  type ContactListParams,
} from "@/lib/validation/contacts";

const PRIORITY_OPTIONS = [
  { value: 40, label: "Medium or high (40+)" },
  { value: 60, label: "High only (60+)" },
] as const;

/** One option per value, named by its label. */
function Options<T extends string>({ values, labels }: { values: readonly T[]; labels: Record<T, string> }) {
  return values.map((value) => (
    <option key={value} value={value}>
      {labels[value]}
    </option>
  ));
}

/** How many filters (not search or sort) narrow the list. */
export function activeFilterCount(params: ContactListParams): number {
  return [params.stage, params.tag, params.howFound, params.overdue, params.dnc, params.archived, params.minPriority, params.distance].filter(Boolean).length;
}

export function ContactFilters({ params }: { params: ContactListParams }) {
  const router = useRouter();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const count = activeFilterCount(params);
  const changed = count > 0 || Boolean(params.q) || params.sort !== "priority";

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const search = new URLSearchParams();
    for (const [key, value] of data.entries()) if (typeof value === "string" && value.trim()) search.append(key, value);
    router.push(contactListHref(parseContactListParams(search)));
  }

  const priorityOptions: { value: number; label: string }[] = [...PRIORITY_OPTIONS];
  if (params.minPriority && !priorityOptions.some((o) => o.value === params.minPriority)) {
    priorityOptions.push({ value: params.minPriority, label: `${params.minPriority} or more` });
  }

  return (
    <form
      method="get"
      action="/contacts"
      role="search"
      aria-label="Contacts"
      onSubmit={onSubmit}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="min-w-0 flex-1 space-y-1.5">
          <label htmlFor="contacts-q" className="block text-sm font-medium text-slate-900">
            Search
          </label>
          <div className="relative">
            <Icon name="search" className="pointer-events-none absolute top-1/2 left-3 size-5 -translate-y-1/2 text-slate-500" />
            <input
              id="contacts-q"
              name="q"
              type="search"
              defaultValue={params.q ?? ""}
              placeholder="Name, employer, title or tag"
              maxLength={100}
              className="block min-h-11 w-full rounded-lg border border-slate-300 bg-white py-2 pr-3 pl-10 text-base text-slate-900 shadow-sm placeholder:text-slate-500 sm:text-sm"
            />
          </div>
        </div>
        <div className="flex gap-2">
          <button type="submit" className={buttonClasses("primary", "md", "flex-1 sm:flex-none")}>
            Search
          </button>
          <button
            type="button"
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => setOpen((o) => !o)}
            className={buttonClasses("secondary", "md", "flex-1 md:hidden")}
          >
            Filters{count ? ` (${count})` : ""}
            <span aria-hidden="true" className={clsx("transition-transform", open ? "rotate-180" : "")}>
              ▾
            </span>
          </button>
        </div>
      </div>

      <div id={panelId} className={clsx("mt-4 border-t border-slate-100 pt-4 md:block", open ? "block" : "hidden")}>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <SelectField label="Stage" name="stage" defaultValue={params.stage ?? ""}>
            <option value="">All stages</option>
            <Options values={STAGES} labels={STAGE_LABELS} />
          </SelectField>
          <Field label="Tag" name="tag" defaultValue={params.tag ?? ""} placeholder="e.g. agency" autoCapitalize="none" autoComplete="off" maxLength={40} />
          <SelectField label="How found" name="howFound" defaultValue={params.howFound ?? ""}>
            <option value="">Any way</option>
            <Options values={HOW_FOUND} labels={HOW_FOUND_LABELS} />
          </SelectField>
          <SelectField label="Priority" name="minPriority" defaultValue={params.minPriority ? String(params.minPriority) : ""}>
            <option value="">Any priority</option>
            {priorityOptions.map((o) => (
              <option key={o.value} value={String(o.value)}>
                {o.label}
              </option>
            ))}
          </SelectField>
          <SelectField label="Distance" name="distance" defaultValue={params.distance ?? ""}>
            <option value="">Any distance</option>
            <Options values={DISTANCE_FILTERS} labels={DISTANCE_FILTER_LABELS} />
          </SelectField>
          <SelectField label="Do not contact" name="dnc" defaultValue={params.dnc ?? ""}>
            <option value="">Include them</option>
            <option value="hide">Hide them</option>
            <option value="only">Only them</option>
          </SelectField>
          <SelectField label="Sort by" name="sort" defaultValue={params.sort}>
            <Options values={CONTACT_SORTS} labels={CONTACT_SORT_LABELS} />
          </SelectField>
          <div className="flex flex-wrap items-end justify-between gap-x-4 gap-y-3 sm:col-span-2">
            <div className="flex flex-col gap-1">
              <CheckboxField label="Overdue reminders only" name="overdue" value="1" defaultChecked={params.overdue} />
              <CheckboxField label="Show archived instead" name="archived" value="1" defaultChecked={params.archived} />
            </div>
            <div className="flex flex-wrap items-center gap-2">
              <button type="submit" className={buttonClasses("secondary", "md")}>
                Apply filters
              </button>
              {changed ? (
                <Link href="/contacts" className={buttonClasses("ghost", "md")}>
                  Clear filters
                </Link>
              ) : null}
            </div>
          </div>
        </div>
      </div>
    </form>
  );
}
