import type { Metadata } from "next";
import Link from "next/link";
import { DeleteAccountForm } from "@/components/import/delete-account-form";
import { RestoreArchiveForm } from "@/components/import/restore-archive-form";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/data/viewer";

export const metadata: Metadata = { title: "Your data" };

const DOWNLOADS = [
  { file: "contacts.csv", label: "Contacts (CSV)", hint: "For Excel, Numbers or Google Sheets." },
  { file: "contacts.vcf", label: "Contacts (vCard)", hint: "For Apple, Google or Outlook contacts." },
  { file: "meetings.ics", label: "Meetings (.ics)", hint: "For any calendar." },
  { file: "rapport-archive.zip", label: "Everything (.zip)", hint: "All you own in Rapport, to keep or to restore later." },
];

export default async function YourDataPage() {
  const viewer = await requireViewer();
  return (
    <div className="mx-auto max-w-3xl">
      <nav aria-label="Breadcrumb" className="mb-4">
        <Link href="/settings" className="-ml-2 inline-flex min-h-11 items-center gap-1.5 rounded-lg px-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900">
          <Icon name="arrow-left" className="size-4" />
          Settings
        </Link>
      </nav>
      <PageHeader title="Your data" description="Take everything out whenever you want. To bring contacts in, use Import on the Contacts page." />
      <div className="space-y-6">
        <Card className="p-5 sm:p-6">
          <section aria-labelledby="export-heading">
            <h2 id="export-heading" className="mb-3 text-lg font-semibold text-slate-900">
              Download
            </h2>
            <ul className="space-y-3">
              {DOWNLOADS.map((d) => (
                <li key={d.file} className="flex flex-wrap items-center justify-between gap-2">
                  <span className="text-sm text-slate-600">{d.hint}</span>
                  <a href={`/api/export/${d.file}`} download className={buttonClasses("secondary", "sm")}>
                    {d.label}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        </Card>
        <Card className="p-5 sm:p-6">
          <section aria-labelledby="restore-heading">
            <h2 id="restore-heading" className="mb-3 text-lg font-semibold text-slate-900">
              Restore an archive
            </h2>
            <RestoreArchiveForm />
          </section>
        </Card>
        <Card className="border-red-200 p-5 sm:p-6">
          <section aria-labelledby="delete-heading">
            <h2 id="delete-heading" className="mb-3 text-lg font-semibold text-red-800">
              Delete your account
            </h2>
            <DeleteAccountForm email={viewer.email} />
          </section>
        </Card>
      </div>
    </div>
  );
}
