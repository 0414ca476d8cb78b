import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ContactForm } from "@/components/contacts/contact-form";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import type { ContactDetail } from "@/lib/data/contacts";
import { NotFoundError } from "@/lib/data/errors";
import { contactFormValues } from "@/lib/validation/contacts";
import { loadContact } from "../_lib/load-contact";

type Params = Promise<{ contactId: string }>;

async function load(contactId: string): Promise<ContactDetail> {
  try {
    return await loadContact(contactId);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { contactId } = await params;
  try {
    return { title: `Edit ${(await loadContact(contactId)).name}` };
  } catch (error) {
    if (error instanceof NotFoundError) return { title: "Contact not found" };
    throw error;
  }
}

export default async function EditContactPage({ params }: { params: Params }) {
  const { contactId } = await params;
  const contact = await load(contactId);
  return (
    <div className="mx-auto max-w-3xl">
      <nav aria-label="Breadcrumb" className="mb-4">
        <Link
          href={`/contacts/${contact.id}`}
          className="-ml-2 inline-flex min-h-11 items-center gap-1.5 rounded-lg px-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900"
        >
          <Icon name="arrow-left" className="size-4" />
          {contact.name}
        </Link>
      </nav>
      <PageHeader title={`Edit ${contact.name}`} />
      <ContactForm
        key={contact.version}
        mode="edit"
        contactId={contact.id}
        version={contact.version}
        initial={contactFormValues(contact)}
      />
    </div>
  );
}
