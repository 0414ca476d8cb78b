import type { Metadata } from "next";
import Link from "next/link";
import { FlashNotice } from "@/components/contacts/flash-notice";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { now } from "@/lib/clock";
import { listContactsPage } from "@/lib/data/contacts";
import { dormantSinceByContact } from "@/lib/data/keep-in-touch";
import { requireViewer } from "@/lib/data/viewer";
import { DISTANCE_FILTER_CHIPS, formatDistance } from "@/lib/domain/distance";
import { formatDate, HOW_FOUND_LABELS } from "@/lib/domain/format";
import { STAGE_LABELS } from "@/lib/domain/stages";
import {
  CONTACT_SORT_LABELS,
  contactListHref,
  hasContactFilters,
  parseContactListParams,
  type ContactListParams,
} from "@/lib/validation/contacts";
import { ContactFilters } from "./_components/contact-filters";
import { ContactResults, type ContactListRowView } from "./_components/contact-results";
import { Pagination } from "./_components/pagination";

export const metadata: Metadata = { title: "Contacts" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const number = (n: number) => n.toLocaleString("en-US");

/** "Sorted by name, A to Z": the sort's label with only its first letter lowered. */
function sortedBy(label: string): string {
  return `Sorted by ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}

function NewContactLink({ variant = "primary" }: { variant?: "primary" | "secondary" }) {
  return (
    <Link href="/contacts/new" className={buttonClasses(variant)}>
      <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" className="size-5">
        <path d="M10.75 4.75a.75.75 0 0 0-1.5 0v4.5h-4.5a.75.75 0 0 0 0 1.5h4.5v4.5a.75.75 0 0 0 1.5 0v-4.5h4.5a.75.75 0 0 0 0-1.5h-4.5v-4.5Z" />
      </svg>
      New contact
    </Link>
  );
}

/** The filters in force, each with a link that removes it. */
function activeFilters(params: ContactListParams): { key: string; label: string; href: string }[] {
  const chips: { key: string; label: string; href: string }[] = [];
  if (params.q) chips.push({ key: "q", label: `“${params.q}”`, href: contactListHref(params, { q: undefined }) });
  if (params.stage) chips.push({ key: "stage", label: `Stage: ${STAGE_LABELS[params.stage]}`, href: contactListHref(params, { stage: undefined }) });
  if (params.tag) chips.push({ key: "tag", label: `Tag: ${params.tag}`, href: contactListHref(params, { tag: undefined }) });
  if (params.howFound) chips.push({ key: "howFound", label: `Found: ${HOW_FOUND_LABELS[params.howFound]}`, href: contactListHref(params, { howFound: undefined }) });
  if (params.minPriority) chips.push({ key: "minPriority", label: `Priority ${params.minPriority}+`, href: contactListHref(params, { minPriority: undefined }) });
  if (params.distance) chips.push({ key: "distance", label: DISTANCE_FILTER_CHIPS[params.distance], href: contactListHref(params, { distance: undefined }) });
  if (params.overdue) chips.push({ key: "overdue", label: "Overdue", href: contactListHref(params, { overdue: false }) });
  if (params.dnc) chips.push({ key: "dnc", label: params.dnc === "only" ? "Only do-not-contact" : "Hiding do-not-contact", href: contactListHref(params, { dnc: undefined }) });
  if (params.archived) chips.push({ key: "archived", label: "Archived", href: contactListHref(params, { archived: false }) });
  return chips;
}

export default async function ContactsPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const params = parseContactListParams(raw);
  const at = now();
  const [viewer, result] = await Promise.all([requireViewer(), listContactsPage(params, at)]);
  // Two more queries for the whole page, and none when no row is in Outreach.
  const dormant = await dormantSinceByContact(result.rows, at);
  const filtered = hasContactFilters(params);
  const chips = activeFilters(params);
  const { rows, total, page, pageSize, pageCount } = result;

  const noun = `${params.archived ? "archived " : ""}${total === 1 ? "contact" : "contacts"}`;
  const from = (page - 1) * pageSize + 1;
  const to = from + rows.length - 1;
  const summary =
    pageCount === 1 ? `${number(total)} ${noun}` : `Showing ${number(from)}–${number(to)} of ${number(total)} ${noun}`;

  const views: ContactListRowView[] = rows.map((row) => ({
    id: row.id,
    name: row.name,
    title: row.title,
    employer: row.employer,
    distanceLabel: row.distanceKm === null ? null : formatDistance(row.distanceKm),
    stage: row.stage,
    priority: row.priority,
    tags: row.tags,
    doNotContact: row.doNotContact,
    overdue: row.overdue,
    dormant: dormant.has(row.id),
    updatedIso: row.updatedAt.toISOString(),
    updatedLabel: formatDate(row.updatedAt, viewer.timeZone),
  }));

  const empty =
    total === 0 ? (
        filtered && !(params.archived && chips.length === 1) ? (
          <EmptyState
            icon={<Icon name="search" className="size-6" />}
            title="No contacts match"
            description="Try a shorter search or fewer filters, or clear them to see everyone."
            action={
              <>
                <Link href="/contacts" className={buttonClasses("secondary")}>
                  Clear filters
                </Link>
                <NewContactLink />
              </>
            }
          />
        ) : params.archived ? (
          <EmptyState
            icon={<Icon name="contacts" className="size-6" />}
            title="No archived contacts"
            description="Contacts you archive are kept here, with their history, until you restore or delete them."
            action={
              <Link href="/contacts" className={buttonClasses("secondary")}>
                Back to active contacts
              </Link>
            }
          />
        ) : (
          <EmptyState
            icon={<Icon name="contacts" className="size-6" />}
            title="No contacts yet"
            description="Start with people who hold the job you want: alumni, authors of articles you liked, referrals from friends and family, or your chapter's list. Recent graduates count."
            action={<NewContactLink />}
          />
        )
    ) : rows.length === 0 ? (
        <EmptyState
          icon={<Icon name="search" className="size-6" />}
          title={`There is no page ${number(page)}`}
          description={`These contacts fit on ${number(pageCount)} ${pageCount === 1 ? "page" : "pages"}.`}
          action={
            <Link href={contactListHref(params, { page: pageCount })} className={buttonClasses("secondary")}>
              Go to the last page
            </Link>
          }
        />
    ) : null;

  return (
    <>
      <PageHeader
        title={params.archived ? "Archived contacts" : "Contacts"}
        description={
          params.archived ? "Hidden from your pipeline. Restore anyone you want to talk to again." : "Everyone you are talking to, or plan to."
        }
        actions={
          <>
            <Link href="/contacts/import" className={buttonClasses("secondary")}>
              Import
            </Link>
            <NewContactLink />
          </>
        }
      />

      <FlashNotice message={raw.deleted === "1" ? "Contact deleted, with its history." : null} param="deleted" />

      {total === 0 && !filtered ? null : (
        <div className="mb-6">
          <ContactFilters key={contactListHref(params, { page: params.page })} params={params} />
        </div>
      )}

      {chips.length ? (
        <div className="-mt-2 mb-5 flex flex-wrap items-center gap-2 text-sm">
          <span className="text-slate-600">Filtered by</span>
          <ul className="contents">
            {chips.map((chip) => (
              <li key={chip.key}>
                <Link
                  href={chip.href}
                  className="inline-flex min-h-9 items-center gap-1.5 rounded-full border border-slate-300 bg-white py-1 pr-2 pl-3 font-medium text-slate-800 hover:bg-slate-50"
                >
                  {chip.label}
                  <span aria-hidden="true" className="text-base leading-none text-slate-500">
                    ×
                  </span>
                  <span className="sr-only">(remove this filter)</span>
                </Link>
              </li>
            ))}
          </ul>
          <Link href="/contacts" className="inline-flex min-h-9 items-center px-1 font-semibold text-brand-700 underline-offset-2 hover:underline">
            Clear filters
          </Link>
        </div>
      ) : null}

      <section aria-labelledby={rows.length ? "results-heading" : undefined} aria-label={rows.length ? undefined : "Results"}>
        {rows.length ? (
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <h2 id="results-heading" className="text-sm font-semibold text-slate-900" aria-live="polite">
              {summary}
            </h2>
            <p className="text-sm text-slate-600">{sortedBy(CONTACT_SORT_LABELS[params.sort])}</p>
          </div>
        ) : null}
        {/* Rendered even when the page is empty, so a bulk action's result (and its Undo) stays on screen. */}
        <ContactResults
          key={contactListHref(params, { page: params.page })}
          rows={views}
          archivedView={params.archived}
          timeZone={viewer.timeZone}
          caption={`${summary}, ${sortedBy(CONTACT_SORT_LABELS[params.sort]).replace(/^S/, "s")}`}
          empty={empty}
        />
        {rows.length ? <Pagination params={params} page={page} pageCount={pageCount} /> : null}
      </section>
    </>
  );
}
