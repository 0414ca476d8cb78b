import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { FlashNotice } from "@/components/contacts/flash-notice";
import { CustomizeButton } from "@/components/templates/customize-button";
import { TemplateForm } from "@/components/templates/template-form";
import { Alert } from "@/components/ui/alert";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { NotFoundError } from "@/lib/data/errors";
import { getTemplate, type TemplateDetail } from "@/lib/data/templates";
import { requireViewer } from "@/lib/data/viewer";

type Params = Promise<{ templateId: string }>;

/** One read per request, shared by the title and the page; someone else's template is a 404. */
const load = cache(async (templateId: string): Promise<TemplateDetail> => {
  try {
    return await getTemplate(templateId);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { templateId } = await params;
  return { title: `Edit ${(await load(templateId)).name}` };
}

export default async function EditTemplatePage({ params, searchParams }: { params: Params; searchParams: Promise<{ copied?: string }> }) {
  const { templateId } = await params;
  const [template, viewer, { copied }] = await Promise.all([load(templateId), requireViewer(), searchParams]);
  return (
    <div className="mx-auto max-w-6xl">
      <nav aria-label="Breadcrumb" className="mb-4">
        <Link
          href="/templates"
          className="-ml-2 inline-flex min-h-11 items-center gap-1.5 rounded-lg px-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900"
        >
          <Icon name="arrow-left" className="size-4" />
          Templates
        </Link>
      </nav>
      <PageHeader title={`Edit ${template.name}`} />
      {template.isOwn ? (
        <>
          <FlashNotice message={copied ? "This is your own copy of the built-in template: change it as you like." : null} param="copied" />
          <TemplateForm
            key={template.updatedAt.toISOString()}
            mode="edit"
            templateId={template.id}
            myName={viewer.name}
            initial={{ kind: template.kind, name: template.name, subject: template.subject ?? "", body: template.body }}
          />
        </>
      ) : (
        <Alert tone="info" className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
          <p className="font-medium">Built-in templates are read-only. Customize one to get your own copy to edit.</p>
          <CustomizeButton templateId={template.id} />
        </Alert>
      )}
    </div>
  );
}
