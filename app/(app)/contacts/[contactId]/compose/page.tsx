import type { Metadata } from "next";
import Link from "next/link";
import { Composer } from "@/components/outreach/composer";
import { PageHeader } from "@/components/ui/page-header";
import { now } from "@/lib/clock";
import { listTemplates } from "@/lib/data/templates";
import { requireViewer } from "@/lib/data/viewer";
import { toLocalInputValue } from "@/lib/domain/local-time";
import { loadContact } from "../_lib/load-contact";

export const metadata: Metadata = { title: "Write to a contact" };

export default async function ComposePage({ params }: { params: Promise<{ contactId: string }> }) {
  const { contactId } = await params;
  const [viewer, contact, templates] = await Promise.all([requireViewer(), loadContact(contactId), listTemplates()]);
  const [firstName, ...rest] = contact.name.split(/\s+/);
  return (
    <>
      <PageHeader
        title={`Write to ${contact.name}`}
        description={
          <>
            Ask for 20–30 minutes to learn about their work, never for a job.{" "}
            <Link href={`/contacts/${contact.id}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
              Back to {contact.name}
            </Link>
          </>
        }
      />
      <Composer
        contact={{ id: contact.id, name: contact.name, email: contact.email, connection: contact.connection }}
        templates={templates.filter((t) => t.kind !== "THANK_YOU" && t.kind !== "TOUCH").map(({ id, kind, name, subject, body }) => ({ id, kind, name, subject, body }))}
        placeholders={{
          firstName,
          lastName: rest.join(" "),
          name: contact.name,
          employer: contact.employer,
          title: contact.title,
          connection: contact.connection,
          myName: viewer.name,
          myFirstName: viewer.name.split(/\s+/)[0],
        }}
        nowLocal={toLocalInputValue(now(), viewer.timeZone)}
      />
    </>
  );
}
