import type { Metadata } from "next";
import Link from "next/link";
import { FlashNotice } from "@/components/contacts/flash-notice";
import { TemplateCardActions } from "@/components/templates/template-card-actions";
import { TemplateNotices } from "@/components/templates/template-notices";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { listTemplates, type TemplateRow } from "@/lib/data/templates";
import { splitPlaceholders, TEMPLATE_KIND_LABELS, TEMPLATE_KINDS, wordCount } from "@/lib/domain/format";

export const metadata: Metadata = { title: "Templates" };

/** Product rule: an outreach email stays under about 100 words. */
const OUTREACH_WORD_LIMIT = 100;

export default async function TemplatesPage({ searchParams }: { searchParams: Promise<{ saved?: string | string[] }> }) {
  const [templates, { saved }] = await Promise.all([listTemplates(), searchParams]);
  const savedTemplate = typeof saved === "string" ? templates.find((t) => t.id === saved && t.isOwn) : undefined;
  const ownCount = templates.filter((t) => t.isOwn).length;
  const byKind = new Map<string, TemplateRow[]>(TEMPLATE_KINDS.map((k) => [k, []]));
  for (const template of templates) byKind.get(template.kind)?.push(template);
  const kinds = TEMPLATE_KINDS.filter((k) => (byKind.get(k)?.length ?? 0) > 0);

  return (
    <>
      <PageHeader
        title="Templates"
        description={
          <>
            Starting points, never a standard letter: make every message personal. Highlighted parts like{" "}
            <Placeholder>{"{{firstName}}"}</Placeholder> are what you fill in before sending.
            {ownCount === 0 ? " Customize a built-in one or write your own." : null}
          </>
        }
        actions={
          <Link href="/templates/new" className={buttonClasses("primary")}>
            <Icon name="plus" className="size-4" />
            New template
          </Link>
        }
      />
      <FlashNotice message={savedTemplate ? `Saved “${savedTemplate.name}”. It is in the composer’s template list.` : null} param="saved" />
      <TemplateNotices>

      {kinds.length === 0 ? (
        <EmptyState
          icon={<Icon name="templates" className="size-6" />}
          title="No templates yet"
          description="There are no built-in templates on this server and you have not written your own."
          action={
            <Link href="/templates/new" className={buttonClasses("primary")}>
              Write a template
            </Link>
          }
        />
      ) : (
        <div className="space-y-10">
          {kinds.map((kind) => {
            const items = byKind.get(kind) ?? [];
            const headingId = `${kind.toLowerCase()}-heading`;
            return (
              <section key={kind} aria-labelledby={headingId}>
                <h2 id={headingId} className="mb-3 text-lg font-semibold text-slate-900">
                  {TEMPLATE_KIND_LABELS[kind]}
                  <span className="ml-2 text-sm font-normal text-slate-600">
                    ({items.length}
                    <span className="sr-only"> {items.length === 1 ? "template" : "templates"}</span>)
                  </span>
                </h2>
                <ul className="grid gap-4 lg:grid-cols-2">
                  {items.map((template) => (
                    <li key={template.id}>
                      <TemplateCard template={template} />
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      )}
      </TemplateNotices>
    </>
  );
}

function TemplateCard({ template }: { template: TemplateRow }) {
  const words = wordCount(template.body);
  const placeholders = new Set(
    splitPlaceholders(`${template.subject ?? ""}\n${template.body}`)
      .filter((s) => s.placeholder)
      .map((s) => s.text.replace(/\s+/g, "")),
  ).size;
  const tooLong = template.kind === "OUTREACH_EMAIL" && words > OUTREACH_WORD_LIMIT;
  return (
    <Card className="flex h-full flex-col p-5">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="font-semibold text-slate-900">{template.name}</h3>
        <Badge tone={template.isOwn ? "brand" : "neutral"}>{template.isOwn ? "Yours" : "Built in"}</Badge>
      </div>
      {template.subject ? (
        <p className="mt-2 text-sm text-slate-700">
          <span className="font-medium text-slate-900">Subject: </span>
          <TemplateText text={template.subject} />
        </p>
      ) : null}
      <div className="mt-3 flex-1 rounded-lg bg-slate-50 p-3 text-sm leading-relaxed whitespace-pre-wrap text-slate-800">
        <TemplateText text={template.body} />
      </div>
      <p className="mt-3 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600">
        <span className={tooLong ? "font-medium text-amber-800" : undefined}>
          {words} {words === 1 ? "word" : "words"}
          {tooLong ? ` (aim for under ${OUTREACH_WORD_LIMIT})` : null}
        </span>
        {placeholders > 0 ? (
          <span>
            {placeholders} {placeholders === 1 ? "placeholder" : "placeholders"} to fill in
          </span>
        ) : null}
      </p>
      <TemplateCardActions templateId={template.id} name={template.name} isOwn={template.isOwn} />
    </Card>
  );
}

function TemplateText({ text }: { text: string }) {
  return (
    <>
      {splitPlaceholders(text).map((segment, index) =>
        segment.placeholder ? <Placeholder key={index}>{segment.text}</Placeholder> : <span key={index}>{segment.text}</span>,
      )}
    </>
  );
}

function Placeholder({ children }: { children: string }) {
  return (
    <mark className="rounded bg-amber-100 px-1 font-medium text-amber-900 ring-1 ring-amber-300 ring-inset">
      {children}
    </mark>
  );
}
