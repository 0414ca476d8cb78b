import type { Metadata } from "next";
import Link from "next/link";
import { UploadForm } from "@/components/import/upload-form";
import { Card } from "@/components/ui/card";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/data/viewer";

export const metadata: Metadata = { title: "Import contacts" };

export default async function ImportContactsPage() {
  await requireViewer();
  return (
    <div className="mx-auto max-w-3xl">
      <nav aria-label="Breadcrumb" className="mb-4">
        <Link href="/contacts" className="-ml-2 inline-flex min-h-11 items-center gap-1.5 rounded-lg px-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900">
          <Icon name="arrow-left" className="size-4" />
          Contacts
        </Link>
      </nav>
      <PageHeader title="Import contacts" description="Bring in the people you already know. You will see a preview before anything is imported." />
      <UploadForm />
      <Card className="mt-6 p-4 sm:p-6">
        <h2 className="text-base font-semibold text-slate-900">Where to get the file</h2>
        <ul className="mt-2 list-disc space-y-1.5 pl-5 text-sm text-slate-700">
          <li>
            <strong>LinkedIn:</strong> Settings → Data privacy → Get a copy of your data → Connections. Upload <code>Connections.csv</code> as it is.
          </li>
          <li>
            <strong>Google Contacts:</strong> Export → Google CSV or vCard.
          </li>
          <li>
            <strong>Outlook:</strong> People → Manage → Export contacts (CSV).
          </li>
          <li>
            <strong>iPhone or Android:</strong> export or share contacts as a vCard (<code>.vcf</code>) file.
          </li>
          <li>
            <strong>Any other spreadsheet:</strong> save it as CSV; you will choose which column is which.
          </li>
        </ul>
      </Card>
    </div>
  );
}
