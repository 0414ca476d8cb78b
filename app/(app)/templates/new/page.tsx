import type { Metadata } from "next";
import Link from "next/link";
import { TemplateForm } from "@/components/templates/template-form";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/data/viewer";

export const metadata: Metadata = { title: "New template" };

export default async function NewTemplatePage() {
  const viewer = await requireViewer();
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
      <PageHeader title="New template" description="A starting point for your own messages. Only you see it; the composer offers it next to the built-in ones." />
      <TemplateForm mode="create" myName={viewer.name} initial={{ kind: "OUTREACH_EMAIL", name: "", subject: "", body: "" }} />
    </div>
  );
}
