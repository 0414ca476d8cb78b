import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { listContacts, type ContactRow } from "@/lib/data/contacts";
import { listContactIdsWithOverdueReminders } from "@/lib/data/reminders";
import { STAGE_LABELS, STAGES } from "@/lib/domain/stages";
import { PriorityBadge } from "@/components/contacts/priority-badge";

export const metadata: Metadata = { title: "Pipeline" };

const STAGE_HINTS: Record<(typeof STAGES)[number], string> = {
  FIND: "People to reach out to",
  OUTREACH: "Waiting for a reply",
  SCHEDULED: "Meetings coming up",
  INTERVIEWED: "Send a thank-you",
  THANKED: "Thanked, keep warm",
  FOLLOW_UP: "Stay in touch",
};

export default async function PipelinePage() {
  const now = new Date();
  const [contacts, overdue] = await Promise.all([listContacts(), listContactIdsWithOverdueReminders(now)]);

  const byStage = new Map<string, ContactRow[]>(STAGES.map((stage) => [stage, []]));
  for (const contact of contacts) byStage.get(contact.stage)?.push(contact);

  return (
    <>
      <PageHeader
        title="Pipeline"
        description={
          contacts.length === 0
            ? "Every contact moves from finding them to staying in touch."
            : `${contacts.length} active ${contacts.length === 1 ? "contact" : "contacts"}${
                overdue.size > 0 ? `, ${overdue.size} with an overdue reminder` : ""
              }.`
        }
      />

      {contacts.length === 0 ? (
        <EmptyState
          icon={<Icon name="pipeline" className="size-6" />}
          title="Your pipeline is empty"
          description="Contacts you add appear here, in six stages from find to follow-up, so you can see at a glance who needs a message next."
          action={
            <Link href="/contacts" className={buttonClasses("primary")}>
              Go to contacts
            </Link>
          }
        />
      ) : (
        <>
          <nav aria-label="Jump to a stage" className="-mx-4 mb-4 overflow-x-auto px-4 md:-mx-8 md:px-8 2xl:hidden">
            <ol className="flex gap-2">
              {STAGES.map((stage) => (
                <li key={stage} className="shrink-0">
                  <a
                    href={`#stage-${stage.toLowerCase()}`}
                    className="inline-flex min-h-11 items-center gap-2 rounded-full border border-slate-200 bg-white px-3 text-sm font-medium text-slate-700 hover:border-slate-300 hover:text-slate-900"
                  >
                    {STAGE_LABELS[stage]}
                    <span className="text-slate-500 tabular-nums">{byStage.get(stage)?.length ?? 0}</span>
                  </a>
                </li>
              ))}
            </ol>
          </nav>
          <div
            role="region"
            aria-label="Pipeline stages"
            tabIndex={0}
            className="-mx-4 flex snap-x snap-mandatory scroll-px-4 gap-3 overflow-x-auto px-4 pb-4 md:-mx-8 md:scroll-px-8 md:px-8 2xl:mx-0 2xl:grid 2xl:snap-none 2xl:grid-cols-6 2xl:overflow-visible 2xl:px-0"
          >
            {STAGES.map((stage) => {
              const items = byStage.get(stage) ?? [];
              const headingId = `stage-${stage.toLowerCase()}-heading`;
              return (
                <section
                  key={stage}
                  id={`stage-${stage.toLowerCase()}`}
                  aria-labelledby={headingId}
                  className="flex w-[82vw] max-w-xs shrink-0 snap-start flex-col rounded-xl bg-slate-100 p-3 sm:w-64 2xl:w-auto 2xl:max-w-none 2xl:min-w-0"
                >
                  <div className="mb-3 px-1">
                    <h2 id={headingId} className="flex items-center justify-between gap-2 text-sm font-semibold text-slate-900">
                      {STAGE_LABELS[stage]}
                      <span className="rounded-full bg-white px-2 py-0.5 text-xs font-semibold text-slate-700 tabular-nums ring-1 ring-slate-200">
                        {items.length}
                        <span className="sr-only"> {items.length === 1 ? "contact" : "contacts"}</span>
                      </span>
                    </h2>
                    <p className="mt-0.5 text-xs text-slate-600">{STAGE_HINTS[stage]}</p>
                  </div>
                  {items.length === 0 ? (
                    <p className="rounded-lg border border-dashed border-slate-300 px-3 py-6 text-center text-sm text-slate-600">
                      No contacts here
                    </p>
                  ) : (
                    <ol className="space-y-2">
                      {items.map((contact) => (
                        <li key={contact.id}>
                          <PipelineCard contact={contact} overdue={overdue.has(contact.id)} />
                        </li>
                      ))}
                    </ol>
                  )}
                </section>
              );
            })}
          </div>
        </>
      )}
    </>
  );
}

function PipelineCard({ contact, overdue }: { contact: ContactRow; overdue: boolean }) {
  return (
    // prefetch={false}: prefetching every visible card would cost the server a request per card.
    <article className="relative rounded-lg border border-slate-200 bg-white p-3 shadow-sm transition-shadow focus-within:shadow-md hover:shadow-md">
      <h3 className="text-sm font-semibold text-slate-900">
        <Link
          href={`/contacts/${contact.id}`}
          prefetch={false}
          className="after:absolute after:inset-0 after:rounded-lg after:content-[''] hover:text-brand-800 focus-visible:outline-none focus-visible:after:outline-3 focus-visible:after:outline-offset-2 focus-visible:after:outline-brand-600"
        >
          {contact.name}
        </Link>
      </h3>
      {contact.employer ? <p className="mt-0.5 text-sm text-slate-700">{contact.employer}</p> : null}
      {contact.title ? <p className="mt-0.5 line-clamp-2 text-xs text-slate-600">{contact.title}</p> : null}
      <div className="mt-2 flex flex-wrap gap-1.5">
        <PriorityBadge priority={contact.priority} />
        {overdue ? (
          <Badge tone="danger">
            <Icon name="clock" className="mr-1 size-3" />
            Overdue
          </Badge>
        ) : null}
        {contact.doNotContact ? <Badge tone="danger">Do not contact</Badge> : null}
      </div>
    </article>
  );
}
