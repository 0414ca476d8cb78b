import type { Metadata } from "next";
import Link from "next/link";
import { PriorityBadge } from "@/components/contacts/priority-badge";
import { StageBadge } from "@/components/contacts/stage-badge";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { listContacts } from "@/lib/data/contacts";
import { requireViewer } from "@/lib/data/viewer";
import { formatDate } from "@/lib/domain/format";
import { isStage, STAGE_LABELS, STAGES } from "@/lib/domain/stages";

export const metadata: Metadata = { title: "Contacts" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

export default async function ContactsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const query = first(params.q).trim().slice(0, 100);
  const stageParam = first(params.stage);
  const stage = isStage(stageParam) ? stageParam : undefined;
  const filtered = Boolean(query || stage);

  const [viewer, contacts] = await Promise.all([requireViewer(), listContacts({ query: query || undefined, stage })]);

  const summary = filtered
    ? `${contacts.length} ${contacts.length === 1 ? "contact matches" : "contacts match"}${query ? ` “${query}”` : ""}${
        stage ? ` in ${STAGE_LABELS[stage]}` : ""
      }.`
    : `${contacts.length} active ${contacts.length === 1 ? "contact" : "contacts"}, highest priority first.`;

  return (
    <>
      <PageHeader title="Contacts" description="Everyone you are talking to, or plan to." />

      <div className="mb-6">
        <form method="get" action="/contacts" role="search" aria-label="Contacts" className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:flex-row sm:items-end">
          <div className="flex-1 space-y-1.5">
            <label htmlFor="contacts-q" className="block text-sm font-medium text-slate-900">
              Search
            </label>
            <div className="relative">
              <Icon name="search" className="pointer-events-none absolute top-1/2 left-3 size-5 -translate-y-1/2 text-slate-500" />
              <input
                id="contacts-q"
                name="q"
                type="search"
                defaultValue={query}
                placeholder="Name, employer, title or tag"
                maxLength={100}
                className="block min-h-11 w-full rounded-lg border border-slate-300 bg-white py-2 pr-3 pl-10 text-base text-slate-900 shadow-sm placeholder:text-slate-500 sm:text-sm"
              />
            </div>
          </div>
          <div className="space-y-1.5 sm:w-48">
            <label htmlFor="contacts-stage" className="block text-sm font-medium text-slate-900">
              Stage
            </label>
            <select
              id="contacts-stage"
              name="stage"
              defaultValue={stage ?? ""}
              className="block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm sm:text-sm"
            >
              <option value="">All stages</option>
              {STAGES.map((s) => (
                <option key={s} value={s}>
                  {STAGE_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="flex gap-2">
            <button type="submit" className={buttonClasses("primary", "md", "flex-1 sm:flex-none")}>
              Search
            </button>
            {filtered ? (
              <Link href="/contacts" className={buttonClasses("secondary", "md", "flex-1 sm:flex-none")}>
                Clear
              </Link>
            ) : null}
          </div>
        </form>
      </div>

      {contacts.length === 0 ? (
        filtered ? (
          <EmptyState
            icon={<Icon name="search" className="size-6" />}
            title="No contacts match"
            description="Try a shorter search, another stage, or clear the filters to see everyone."
            action={
              <Link href="/contacts" className={buttonClasses("secondary")}>
                Clear filters
              </Link>
            }
          />
        ) : (
          <EmptyState
            icon={<Icon name="contacts" className="size-6" />}
            title="No contacts yet"
            description="Start with people who hold the job you want: alumni, authors of articles you liked, referrals from friends and family, or your chapter's list. Recent graduates count."
          />
        )
      ) : (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="sr-only">
            Results
          </h2>
          <p className="mb-3 text-sm text-slate-600" role="status">
            {summary}
          </p>

          {/* Phones: a list of cards. */}
          <ul className="space-y-2 md:hidden">
            {contacts.map((contact) => (
              <li key={contact.id}>
                <Link
                  href={`/contacts/${contact.id}`}
                  prefetch={false}
                  className="block rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-slate-300"
                >
                  <span className="flex items-start justify-between gap-3">
                    <span className="min-w-0">
                      <span className="block font-semibold text-slate-900">{contact.name}</span>
                      {contact.title || contact.employer ? (
                        <span className="block text-sm text-slate-600">
                          {[contact.title, contact.employer].filter(Boolean).join(" · ")}
                        </span>
                      ) : null}
                    </span>
                    <StageBadge stage={contact.stage} />
                  </span>
                  <span className="mt-2 flex flex-wrap gap-1.5">
                    <PriorityBadge priority={contact.priority} />
                    {contact.doNotContact ? <Badge tone="danger">Do not contact</Badge> : null}
                    {contact.tags.slice(0, 3).map((tag) => (
                      <Badge key={tag}>{tag}</Badge>
                    ))}
                  </span>
                </Link>
              </li>
            ))}
          </ul>

          {/* Wide screens: a table. */}
          <div className="hidden overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm md:block">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Contacts, highest priority first</caption>
              <thead className="border-b border-slate-200 bg-slate-50 text-xs font-semibold tracking-wide text-slate-600 uppercase">
                <tr>
                  <th scope="col" className="px-4 py-3">Name</th>
                  <th scope="col" className="px-4 py-3">Employer</th>
                  <th scope="col" className="px-4 py-3">Stage</th>
                  <th scope="col" className="px-4 py-3">Priority</th>
                  <th scope="col" className="hidden px-4 py-3 lg:table-cell">Tags</th>
                  <th scope="col" className="px-4 py-3 whitespace-nowrap">Updated</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {contacts.map((contact) => (
                  <tr key={contact.id} className="hover:bg-slate-50">
                    <th scope="row" className="px-4 py-3 font-normal">
                      <Link
                        href={`/contacts/${contact.id}`}
                        prefetch={false}
                        className="font-semibold text-brand-700 underline-offset-2 hover:underline"
                      >
                        {contact.name}
                      </Link>
                      {contact.title ? <span className="block text-slate-600">{contact.title}</span> : null}
                    </th>
                    <td className="px-4 py-3 text-slate-700">{contact.employer ?? <span className="text-slate-500">—</span>}</td>
                    <td className="px-4 py-3">
                      <span className="flex flex-wrap gap-1.5">
                        <StageBadge stage={contact.stage} />
                        {contact.doNotContact ? <Badge tone="danger">Do not contact</Badge> : null}
                      </span>
                    </td>
                    <td className="px-4 py-3">
                      <PriorityBadge priority={contact.priority} />
                    </td>
                    <td className="hidden px-4 py-3 lg:table-cell">
                      <span className="flex flex-wrap gap-1">
                        {contact.tags.slice(0, 3).map((tag) => (
                          <Badge key={tag}>{tag}</Badge>
                        ))}
                      </span>
                    </td>
                    <td className="px-4 py-3 whitespace-nowrap text-slate-600">
                      <time dateTime={contact.updatedAt.toISOString()}>{formatDate(contact.updatedAt, viewer.timeZone)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
