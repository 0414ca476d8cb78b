import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { ContactForm } from "@/components/contacts/contact-form";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "New contact" };

export default async function NewContactPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Today's "ask someone else at the same employer" opens this form with the employer filled in.
  const { employer } = await searchParams;
  const initial = typeof employer === "string" && employer.trim() ? { employer: employer.trim().slice(0, 200) } : undefined;
  return (
    <div className="mx-auto max-w-3xl">
      <nav aria-label="Breadcrumb" className="mb-4">
        <Link
          href="/contacts"
          className="-ml-2 inline-flex min-h-11 items-center gap-1.5 rounded-lg px-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900"
        >
          <Icon name="arrow-left" className="size-4" />
          Contacts
        </Link>
      </nav>
      <PageHeader
        title="New contact"
        description="Someone who holds the job you want. Only the name is required; add the rest as you learn it."
      />
      <ContactForm mode="create" initial={initial} idempotencyKey={randomUUID()} />
    </div>
  );
}
