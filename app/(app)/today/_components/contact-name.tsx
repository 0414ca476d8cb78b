// Who a task on Today is about: the contact's name, linking to their page, then their employer.
// Shared by the reminder cards (a client component) and the keep-in-touch prompts (server-rendered).
import Link from "next/link";

export function ContactName({ contact }: { contact: { id: string; name: string; employer: string | null } }) {
  return (
    <>
      <Link
        href={`/contacts/${contact.id}`}
        prefetch={false}
        className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline-offset-2 hover:underline sm:min-h-0"
      >
        {contact.name}
      </Link>
      {contact.employer ? <span className="text-sm text-slate-600"> · {contact.employer}</span> : null}
    </>
  );
}
