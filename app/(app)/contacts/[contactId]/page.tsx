import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { CadenceForm, DeclineCadenceForm } from "@/components/contacts/cadence-form";
import { ContactActions, type ContactHistoryCounts } from "@/components/contacts/contact-actions";
import { FlashNotice } from "@/components/contacts/flash-notice";
import { PriorityBadge } from "@/components/contacts/priority-badge";
import { ScheduleMeeting, StartKeepingInTouch } from "@/components/contacts/schedule-meeting";
import { StageBadge } from "@/components/contacts/stage-badge";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Icon } from "@/components/ui/icons";
import { now as clockNow } from "@/lib/clock";
import type { ContactDetail } from "@/lib/data/contacts";
import { NotFoundError } from "@/lib/data/errors";
import { listUpcomingMeetingsForContact, type UpcomingMeeting } from "@/lib/data/meetings";
import { dormantSinceByContact } from "@/lib/data/keep-in-touch";
import { getContactTimeline, type TimelineEvent } from "@/lib/data/timeline";
import { requireViewer } from "@/lib/data/viewer";
import { composeLinkForStage } from "@/lib/domain/compose-purpose";
import { distanceNote, formatDistance } from "@/lib/domain/distance";
import { formatDate, formatDateTime, HOW_FOUND_LABELS } from "@/lib/domain/format";
import { CADENCE_PROMPT_STAGES, cadenceLabel, keepInTouchChoice, needsCadencePrompt } from "@/lib/domain/keep-in-touch";
import { priorityExplanation } from "@/lib/domain/priority";
import { MeetingPanel } from "./_components/meeting-panel";
import { Timeline } from "./_components/timeline";
import { loadContact } from "./_lib/load-contact";

type Params = Promise<{ contactId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function load(contactId: string, now: Date): Promise<{ contact: ContactDetail; timeline: TimelineEvent[]; meetings: UpcomingMeeting[] }> {
  try {
    const [contact, timeline, meetings] = await Promise.all([loadContact(contactId), getContactTimeline(contactId, now), listUpcomingMeetingsForContact(contactId)]);
    return { contact, timeline, meetings };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { contactId } = await params;
  try {
    const contact = await loadContact(contactId);
    return { title: contact.name };
  } catch (error) {
    if (error instanceof NotFoundError) return { title: "Contact not found" };
    throw error;
  }
}

function historyCounts(timeline: TimelineEvent[]): ContactHistoryCounts {
  const count = (kind: TimelineEvent["kind"]) => timeline.filter((event) => event.kind === kind).length;
  return { stageMoves: count("stage"), outreach: count("outreach"), meetings: count("meeting"), notes: count("note"), reminders: count("reminder") };
}

export default async function ContactPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { contactId } = await params;
  const now = clockNow();
  const [viewer, { contact, timeline, meetings }, query] = await Promise.all([requireViewer(), load(contactId, now), searchParams]);
  const timeZone = viewer.timeZone;
  // Derived from the outreach history now, not stored: no queries unless the contact is in Outreach.
  const dormantSince = (await dormantSinceByContact([contact], now)).get(contact.id) ?? null;
  const cadence = keepInTouchChoice(contact);
  const promptCadence = needsCadencePrompt(contact);
  // The meeting panel belongs with arranging one: while reaching out and once scheduled.
  const showMeetings = meetings.length > 0 || contact.stage === "OUTREACH" || contact.stage === "SCHEDULED";
  // In Outreach with nothing scheduled, the panel offers to schedule it here rather than on the board.
  const offerSchedule = contact.stage === "OUTREACH" && meetings.length === 0 && !contact.doNotContact && !contact.archivedAt;
  const replied = timeline.some((event) => event.kind === "outreach" && event.replyStatus === "REPLIED");
  // Thanked: keep-in-touch reminders start only in Follow-up, so the card offers that move. Not once
  // they declined it: choosing a cadence below brings the offer back.
  const offerKeepInTouch = contact.stage === "THANKED" && !contact.doNotContact && !contact.archivedAt && cadence !== "declined";
  const movable = { id: contact.id, name: contact.name, version: contact.version, keepInTouchMonths: contact.keepInTouchMonths };

  const details: { label: string; value: ReactNode }[] = [];
  if (contact.email) {
    details.push({
      label: "Email",
      value: (
        // 24 px tall to tap on a phone (the padding), in the same 20 px line as before (the margin).
        <a href={`mailto:${contact.email}`} className="-my-0.5 inline-block py-0.5 [overflow-wrap:anywhere] text-brand-700 underline-offset-2 hover:underline">
          {contact.email}
        </a>
      ),
    });
  }
  if (contact.phone) {
    details.push({
      label: "Phone",
      value: (
        <a href={`tel:${contact.phone.replace(/[^+\d]/g, "")}`} className="-my-0.5 inline-block py-0.5 text-brand-700 underline-offset-2 hover:underline">
          {contact.phone}
        </a>
      ),
    });
  }
  if (contact.linkedinUrl) {
    details.push({
      label: "LinkedIn",
      value: (
        <a
          href={contact.linkedinUrl}
          target="_blank"
          rel="noopener noreferrer"
          className="-my-0.5 inline-block py-0.5 [overflow-wrap:anywhere] text-brand-700 underline-offset-2 hover:underline"
        >
          {contact.linkedinUrl.replace(/^https:\/\/(www\.)?/, "")}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      ),
    });
  }
  if (contact.location) details.push({ label: "Location", value: contact.location });
  if (contact.distanceKm !== null) details.push({ label: "Distance", value: `${formatDistance(contact.distanceKm)}: ${distanceNote(contact.distanceKm)}` });
  if (contact.industry) details.push({ label: "Industry", value: contact.industry });
  details.push({ label: "How you found them", value: HOW_FOUND_LABELS[contact.howFound] });
  if (contact.connection) details.push({ label: "Connection", value: contact.connection });
  if (contact.referredBy) {
    details.push({
      label: "Referred by",
      value: (
        <Link href={`/contacts/${contact.referredBy.id}`} className="text-brand-700 underline-offset-2 hover:underline">
          {contact.referredBy.name}
        </Link>
      ),
    });
  }
  // The three inputs are in the score's explanation, so they are not listed again.
  details.push({ label: "Priority", value: priorityExplanation(contact) });
  // Thanked and follow-up contacts get their own Keep in touch card, with the cadence to change.
  if (cadence !== "undecided" && !CADENCE_PROMPT_STAGES.includes(contact.stage)) {
    details.push({ label: "Keep in touch", value: cadence === "declined" ? "Never" : cadenceLabel(cadence) });
  }
  if (dormantSince) {
    details.push({
      label: "Dormant since",
      value: <time dateTime={dormantSince.toISOString()}>{formatDate(dormantSince, timeZone)}</time>,
    });
  }
  if (contact.lastTouchAt) {
    details.push({
      label: "Last touch",
      value: <time dateTime={contact.lastTouchAt.toISOString()}>{formatDate(contact.lastTouchAt, timeZone)}</time>,
    });
  }
  details.push({
    label: "In this stage since",
    value: <time dateTime={contact.stageChangedAt.toISOString()}>{formatDateTime(contact.stageChangedAt, timeZone)}</time>,
  });
  details.push({
    label: "Added",
    value: <time dateTime={contact.createdAt.toISOString()}>{formatDate(contact.createdAt, timeZone)}</time>,
  });

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-4">
        <Link
          href="/contacts"
          className="-ml-2 inline-flex min-h-11 items-center gap-1.5 rounded-lg px-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900"
        >
          <Icon name="arrow-left" className="size-4" />
          Contacts
        </Link>
      </nav>

      <FlashNotice message={query.saved === "1" ? `Saved your changes to ${contact.name}.` : null} param="saved" />

      <header className="mb-6 flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold tracking-tight [overflow-wrap:anywhere] text-slate-900 sm:text-3xl">{contact.name}</h1>
          {contact.title || contact.employer ? (
            <p className="mt-1 text-base text-slate-700">
              {contact.title}
              {contact.title && contact.employer ? " at " : null}
              {contact.employer ? <span className="font-medium">{contact.employer}</span> : null}
            </p>
          ) : null}
          <div className="mt-3 flex flex-wrap gap-2">
            <StageBadge stage={contact.stage} />
            <PriorityBadge priority={contact.priority} />
            {dormantSince ? <Badge>Dormant</Badge> : null}
            {contact.doNotContact ? <Badge tone="danger">Do not contact</Badge> : null}
            {contact.archivedAt ? <Badge tone="warning">Archived</Badge> : null}
            {contact.tags.map((tag) => (
              <Badge key={tag}>{tag}</Badge>
            ))}
          </div>
        </div>
        <div className="sm:max-w-sm sm:shrink-0">
          <ContactActions
            contactId={contact.id}
            name={contact.name}
            archived={Boolean(contact.archivedAt)}
            counts={historyCounts(timeline)}
            // Archived: Restore comes first (the composer would only say to restore them).
            compose={contact.doNotContact || contact.archivedAt ? null : composeLinkForStage(contact.id, contact.stage)}
          />
        </div>
      </header>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,24rem)_minmax(0,1fr)] lg:items-start">
        <div className="space-y-6">
          {contact.doNotContact ? (
            // In place of "Write to them", which led only to a composer saying there was nothing to write.
            <section aria-labelledby="do-not-contact-heading">
              <Card className="border-red-200 bg-red-50 p-5">
                <h2 id="do-not-contact-heading" className="text-base font-semibold text-slate-900">
                  Do not contact
                </h2>
                <p className="mt-1 text-sm text-slate-700">
                  {contact.name} asked not to be contacted, so Rapport offers nothing to write to them and sends you no reminders about
                  them.
                </p>
                <p className="mt-2 text-sm text-slate-700">
                  You can still keep notes on them and update their details (
                  <Link href={`/contacts/${contact.id}/edit`} className="font-semibold text-brand-700 underline underline-offset-2">
                    edit {contact.name}
                  </Link>
                  ), and look back at their history. If they ever tell you otherwise, clear &ldquo;Do not contact&rdquo; there.
                </p>
              </Card>
            </section>
          ) : null}

          {showMeetings ? (
            <MeetingPanel
              contactName={contact.name}
              stage={contact.stage}
              meetings={meetings}
              timeZone={timeZone}
              now={now}
              scheduleOffered={offerSchedule}
              // Passed whatever the stage, so once saved it stays mounted to say so while the page refreshes around it.
              schedule={
                <ScheduleMeeting
                  contact={movable}
                  offer={offerSchedule}
                  replied={replied}
                  timeZone={timeZone}
                  serverNow={now.getTime()}
                />
              }
            />
          ) : null}

          {dormantSince ? (
            <section aria-labelledby="dormant-heading">
              <Card className="border-amber-300 bg-amber-50 p-5">
                <h2 id="dormant-heading" className="text-base font-semibold text-slate-900">
                  Dormant
                </h2>
                <p className="mt-1 text-sm text-slate-700">
                  No reply to your request or your one follow-up, so Rapport has stopped reminding you about {contact.name} (since{" "}
                  <time dateTime={dormantSince.toISOString()}>{formatDate(dormantSince, timeZone)}</time>). Try someone else
                  {contact.employer ? ` at ${contact.employer}` : ""}, or ask again next term. A reply, logged any time, wakes them up.
                </p>
              </Card>
            </section>
          ) : null}

          {CADENCE_PROMPT_STAGES.includes(contact.stage) ? (
            <section aria-labelledby="keep-in-touch-heading">
              <Card className={promptCadence ? "border-brand-300 bg-brand-50 p-5" : "p-5"}>
                <h2 id="keep-in-touch-heading" className="text-base font-semibold text-slate-900">
                  Keep in touch
                </h2>
                {/* Rendered in Follow-up too, so once saved it stays mounted to say so while the page refreshes around it. */}
                <StartKeepingInTouch contact={movable} offer={offerKeepInTouch} timeZone={timeZone} serverNow={now.getTime()} />
                {offerKeepInTouch && cadence === "undecided" ? (
                  // Not asked how often here as well: the move's dialog asks, and a cadence saved
                  // beside the move would do half of the same thing (saved, with no reminder yet).
                  <DeclineCadenceForm contactId={contact.id} name={contact.name} />
                ) : promptCadence ? (
                  <>
                    <p className="mt-1 text-sm text-slate-700">
                      <strong className="font-semibold text-slate-900">How often do you want to write to {contact.name}?</strong> A short
                      note every few months (progress, an article, a holiday note) keeps the relationship warm for years, and Rapport
                      reminds you when one is due.
                    </p>
                    <CadenceForm key="prompt" contactId={contact.id} name={contact.name} />
                    <DeclineCadenceForm contactId={contact.id} name={contact.name} />
                  </>
                ) : cadence === "declined" ? (
                  <>
                    <p className="mt-1 text-sm text-slate-600">
                      You chose not to keep in touch with {contact.name}, so Rapport won&apos;t remind you. Changed your mind? Choose how
                      often below.
                    </p>
                    <CadenceForm key="declined" contactId={contact.id} name={contact.name} current={contact.keepInTouchMonths} />
                  </>
                ) : (
                  <>
                    <p className="mt-1 text-sm text-slate-600">
                      A short note every few months keeps the relationship warm: progress, an article, a holiday note. Any logged note
                      restarts the clock.{contact.stage === "THANKED" && !offerKeepInTouch ? " Reminders start once they are in Follow-up." : null}
                    </p>
                    <CadenceForm key={contact.keepInTouchMonths ?? "none"} contactId={contact.id} name={contact.name} current={contact.keepInTouchMonths} />
                  </>
                )}
              </Card>
            </section>
          ) : null}

          <Card className="p-5">
            <h2 className="text-base font-semibold text-slate-900">Details</h2>
            <dl className="mt-3 divide-y divide-slate-100 text-sm">
              {details.map((row) => (
                <div key={row.label} className="grid gap-0.5 py-2.5 sm:grid-cols-[7.5rem_minmax(0,1fr)] sm:gap-3">
                  <dt className="text-slate-600">{row.label}</dt>
                  <dd className="text-slate-900">{row.value}</dd>
                </div>
              ))}
            </dl>
          </Card>

          {contact.notes ? (
            <Card className="p-5">
              <h2 className="text-base font-semibold text-slate-900">Notes</h2>
              <p className="mt-2 text-sm whitespace-pre-wrap text-slate-800">{contact.notes}</p>
            </Card>
          ) : null}
        </div>

        <section aria-labelledby="timeline-heading">
          <Card className="p-5">
            <h2 id="timeline-heading" className="text-base font-semibold text-slate-900">
              Timeline
            </h2>
            <p className="mt-0.5 text-sm text-slate-600">Newest first: stage moves, messages, meetings, notes and reminders.</p>
            <Timeline events={timeline} timeZone={timeZone} now={now} canShareNotes={viewer.roles.some((r) => r.kind === "CAREER_CENTRE" && r.role === "STUDENT")} />
          </Card>
        </section>
      </div>
    </>
  );
}
