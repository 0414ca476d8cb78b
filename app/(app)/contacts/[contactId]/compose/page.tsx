import type { Metadata } from "next";
import Link from "next/link";
import clsx from "clsx";
import { Composer } from "@/components/outreach/composer";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { now } from "@/lib/clock";
import { listTemplates } from "@/lib/data/templates";
import { getThankYouContext } from "@/lib/data/thank-you";
import { requireViewer } from "@/lib/data/viewer";
import { isComposePurpose, PURPOSE_TEMPLATE_KINDS, PURPOSE_TITLES, thankYouTiming } from "@/lib/domain/compose-purpose";
import { formatDateTime } from "@/lib/domain/format";
import { toLocalInputValue } from "@/lib/domain/local-time";
import { RESUME_NOTICE, thankYouAppendix } from "@/lib/domain/thank-you";
import { composeHref, type ComposePurpose } from "@/lib/domain/today";
import { loadContact } from "../_lib/load-contact";

export const metadata: Metadata = { title: "Write to a contact" };

const PURPOSE_TABS: { purpose: ComposePurpose; label: string }[] = [
  { purpose: "outreach", label: "Request" },
  { purpose: "follow-up", label: "Follow-up" },
  { purpose: "thank-you", label: "Thank-you" },
  { purpose: "touch", label: "Keep in touch" },
];

const DESCRIPTIONS: Record<ComposePurpose, string> = {
  outreach: "Ask for 20–30 minutes to learn about their work, never for a job.",
  "follow-up": "One short, friendly nudge, a week after the first message.",
  "thank-you": "Within 24 hours: thank them, quote one thing they said, say what you will do with it.",
  touch: "A progress update, an article, a holiday note, an invitation, congratulations: short and about them.",
};

export default async function ComposePage({
  params,
  searchParams,
}: {
  params: Promise<{ contactId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ contactId }, query] = await Promise.all([params, searchParams]);
  const purpose: ComposePurpose = isComposePurpose(query.purpose) ? query.purpose : "outreach";
  const [viewer, contact, templates, thankYou] = await Promise.all([
    requireViewer(),
    loadContact(contactId),
    listTemplates(),
    purpose === "thank-you" ? getThankYouContext(contactId) : null,
  ]);
  const [firstName, ...rest] = contact.name.split(/\s+/);
  const kinds: readonly string[] = PURPOSE_TEMPLATE_KINDS[purpose];
  const usable = templates.filter((t) => kinds.includes(t.kind)).map(({ id, kind, name, subject, body }) => ({ id, kind, name, subject, body }));
  const at = now();
  const timing = thankYou ? thankYouTiming(thankYou.meetingDoneAt, at) : null;
  const meetingNotDone = purpose === "thank-you" && ["FIND", "OUTREACH", "SCHEDULED"].includes(contact.stage);

  return (
    <>
      <PageHeader
        title={`${PURPOSE_TITLES[purpose]} ${contact.name}`}
        description={
          <>
            {DESCRIPTIONS[purpose]}{" "}
            {/* 24 px tall: a tap target on a phone. */}
            <Link href={`/contacts/${contact.id}`} className="inline-flex min-h-6 items-center font-semibold text-brand-700 underline-offset-2 hover:underline">
              Back to {contact.name}
            </Link>
          </>
        }
      />
      {/* The tabs wrap rather than scroll: on a 360 px phone a scrolled-off "Keep in touch" was cut in half
          and easy to miss. Each tab keeps its own draft (components/outreach/composer.tsx). */}
      <nav aria-label="What to write" className="mb-6">
        <ul className="flex flex-wrap gap-2">
          {PURPOSE_TABS.map((tab) => (
            <li key={tab.purpose}>
              <Link
                href={composeHref(contact.id, tab.purpose)}
                aria-current={tab.purpose === purpose ? "page" : undefined}
                className={clsx(
                  "inline-flex min-h-11 items-center rounded-full border px-4 text-sm font-medium",
                  tab.purpose === purpose ? "border-brand-700 bg-brand-50 text-brand-800" : "border-slate-200 bg-white text-slate-700 hover:border-slate-300",
                )}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {contact.doNotContact || contact.archivedAt ? (
        // Refused before anything is written, not only at "Log as sent", when the mail may already be out.
        <Alert tone="info" className="mb-6">
          {contact.doNotContact
            ? `${contact.name} is marked do-not-contact, so there is nothing to write to them. If that no longer applies, clear it when you edit the contact.`
            : `${contact.name} is archived. Restore them from their page before writing to them.`}{" "}
          <Link href={`/contacts/${contact.id}`} className="font-semibold underline underline-offset-2">
            Go to {contact.name}
          </Link>
        </Alert>
      ) : (
        <>
          {meetingNotDone ? (
            <Alert tone="info" className="mb-6">
              {contact.name} is in {contact.stage === "SCHEDULED" ? "Scheduled" : "an earlier stage"}: mark the meeting done before logging a thank-you.
            </Alert>
          ) : thankYou?.meetingDoneAt && timing ? (
            <Alert tone={timing.late ? "info" : "success"} className="mb-6">
              The meeting ended {formatDateTime(thankYou.meetingDoneAt, viewer.timeZone)}.{" "}
              {timing.late ? "More than 24 hours ago: a late thank-you is still far better than none." : "You are within the 24 hours."}
              {thankYou.sendResume ? ` ${RESUME_NOTICE}` : ""}
            </Alert>
          ) : null}
          <Composer
            key={purpose}
            purpose={purpose}
            contact={{ id: contact.id, name: contact.name, email: contact.email, linkedinUrl: contact.linkedinUrl, phone: contact.phone, connection: contact.connection, distanceKm: contact.distanceKm }}
            templates={usable}
            initialTemplateId={purpose === "outreach" ? undefined : usable[0]?.id}
            takeaway={thankYou?.takeaway}
            appendix={thankYouAppendix(thankYou?.sendResume ?? false)}
            placeholders={{
              firstName,
              lastName: rest.join(" "),
              name: contact.name,
              employer: contact.employer,
              title: contact.title,
              connection: contact.connection,
              referrer: contact.referredBy?.name,
              myName: viewer.name,
              myFirstName: viewer.name.split(/\s+/)[0],
              takeaway: thankYou?.takeaway,
            }}
            nowLocal={toLocalInputValue(at, viewer.timeZone)}
          />
        </>
      )}
    </>
  );
}
