"use client";
// Search and filters for the shared list: a GET form, so each view has its own URL and works
// without JavaScript; with it, empty values are left out of the URL.
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { buttonClasses } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import type { DirectoryFilter } from "@/lib/domain/chapters";
import { SHARED_STATUS_LABELS } from "@/lib/domain/format";
import { directoryHref, hasDirectoryFilters, parseDirectoryParams } from "@/lib/validation/chapters";

export function DirectoryFilters({ filter, topics, employers, showProposed }: { filter: DirectoryFilter; topics: string[]; employers: string[]; showProposed: boolean }) {
  const router = useRouter();
  const statuses = (Object.keys(SHARED_STATUS_LABELS) as (keyof typeof SHARED_STATUS_LABELS)[]).filter((s) => showProposed || s !== "PROPOSED");
  const withCurrent = (options: string[], current: string | undefined) => (current && !options.includes(current) ? [...options, current] : options);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const search = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget).entries()) if (typeof value === "string" && value.trim()) search.append(key, value);
    router.push(directoryHref(parseDirectoryParams(search)));
  }

  return (
    <form method="get" action="/chapter" role="search" aria-label="Search the chapter's list" onSubmit={onSubmit} className="mb-6 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[1.4fr_1fr_1fr_1fr_auto] lg:items-end">
        <Field label="Search" name="q" type="search" defaultValue={filter.q ?? ""} placeholder="Name, title, employer, topic" />
        <SelectField label="Topic" name="topic" defaultValue={filter.topic ?? ""}>
          <option value="">Any topic</option>
          {withCurrent(topics, filter.topic).map((topic) => (
            <option key={topic} value={topic}>
              {topic}
            </option>
          ))}
        </SelectField>
        <SelectField label="Employer" name="employer" defaultValue={filter.employer ?? ""}>
          <option value="">Any employer</option>
          {withCurrent(employers, filter.employer).map((employer) => (
            <option key={employer} value={employer}>
              {employer}
            </option>
          ))}
        </SelectField>
        <SelectField label="Status" name="status" defaultValue={filter.status?.toLowerCase() ?? ""}>
          <option value="">Any status</option>
          {statuses.map((status) => (
            <option key={status} value={status.toLowerCase()}>
              {SHARED_STATUS_LABELS[status]}
            </option>
          ))}
        </SelectField>
        <div className="flex gap-2 sm:col-span-2 lg:col-span-1">
          <button type="submit" className={buttonClasses("primary", "md", "flex-1 lg:flex-none")}>
            Search
          </button>
          {hasDirectoryFilters(filter) ? (
            <Link href="/chapter" className={buttonClasses("secondary", "md", "flex-1 lg:flex-none")}>
              Clear
            </Link>
          ) : null}
        </div>
      </div>
    </form>
  );
}
