import type { Metadata } from "next";
import Link from "next/link";
import clsx from "clsx";
import { hasCohortAccess } from "@/components/app-shell/nav-items";
import { CadenceForm } from "@/components/contacts/cadence-form";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { hasAnyContact, listReferralsToReachOut } from "@/lib/data/contacts";
import { listContactsNeedingCadence } from "@/lib/data/keep-in-touch";
import { listTodayReminders, UPCOMING_DAYS, type OpenReminder, type TodayGroupKey } from "@/lib/data/reminders";
import { requireViewer } from "@/lib/data/viewer";
import { now as clockNow } from "@/lib/clock";
import { formatLongDay, formatReminderDue, formatTimeZone } from "@/lib/domain/format";
import { composeHref, primaryAction, reminderLabel, reminderLinkName, reminderTitle, shownReminder } from "@/lib/domain/today";
import { ContactName } from "./_components/contact-name";
import { ReminderCard } from "./_components/reminder-card";
import { TodayNotices } from "./_components/today-notices";

export const metadata: Metadata = { title: "Today" };

// A long backlog stays readable (and the page light): the oldest first, the rest counted. Not
// fewer: a student back from a term away has dozens overdue and looks for the one they came for
// (20 hid a fresh keep-in-touch reminder behind 30 older ones in tests/e2e/thank-you.spec.ts).
const SHOWN_PER_GROUP = 50;

const GROUPS: { key: TodayGroupKey; title: string; empty: string }[] = [
  { key: "overdue", title: "Overdue", empty: "Nothing overdue." },
  { key: "today", title: "Today", empty: "Nothing is due today." },
  { key: "upcoming", title: "Upcoming", empty: `Nothing due in the next ${UPCOMING_DAYS} days.` },
];

const RULE_TONES: Record<OpenReminder["rule"], BadgeTone> = {
  SUGGEST_ANOTHER_3B: "info",
  FOLLOW_UP_7B: "brand",
  PREP_DAY_BEFORE: "warning",
  THANK_YOU_24H: "success",
  KEEP_IN_TOUCH: "neutral",
  THANK_REFERRER: "success",
  ACTION_ITEM: "neutral",
};

export default async function TodayPage() {
  const now = clockNow();
  const [viewer, groups, needCadence, referrals] = await Promise.all([
    requireViewer(),
    listTodayReminders(now, SHOWN_PER_GROUP),
    listContactsNeedingCadence(),
    listReferralsToReachOut(),
  ]);
  const timeZone = viewer.timeZone;
  const total = groups.overdue.count + groups.today.count + groups.upcoming.count + needCadence.count + referrals.count;
  // "All caught up" would be wrong for someone who has not started: with no contact at all, offer the first step.
  const noContacts = total === 0 && !hasCohortAccess(viewer.roles) && !(await hasAnyContact());

  return (
    <>
      <PageHeader
        title="Today"
        description={
          <>
            {formatLongDay(now, timeZone)}. Who you owe a message, and when.{" "}
            <span className="text-slate-500">Times in {formatTimeZone(timeZone)}.</span>{" "}
            {/* 24 px tall, to tap on a phone: the line it sits on grows by 4 px at most. */}
            <Link href="/progress" className="inline-flex min-h-6 items-center font-semibold text-brand-700 underline-offset-2 hover:underline">
              See your progress
            </Link>
          </>
        }
      />

      <TodayNotices>
        <ul className="mb-8 grid grid-cols-3 gap-3" aria-label="Summary">
          {GROUPS.map(({ key, title }) => {
            const count = groups[key].count;
            return (
              <li key={key}>
                <a
                  href={`#${key}`}
                  className={clsx(
                    "flex min-h-11 flex-col rounded-xl border bg-white p-3 shadow-sm transition-colors hover:border-slate-300 sm:p-4",
                    key === "overdue" && count > 0 ? "border-red-200" : "border-slate-200",
                  )}
                >
                  <span
                    className={clsx(
                      "text-2xl font-bold tabular-nums sm:text-3xl",
                      key === "overdue" && count > 0 ? "text-red-700" : "text-slate-900",
                    )}
                  >
                    {count}
                  </span>
                  <span className="text-xs font-medium text-slate-600 sm:text-sm">
                    {key === "upcoming" ? `Next ${UPCOMING_DAYS} days` : title}
                  </span>
                </a>
              </li>
            );
          })}
        </ul>

        {total === 0 && hasCohortAccess(viewer.roles) ? (
          // Staff land here after signing in like everyone; with nothing of their own due, their work is the cohorts.
          <EmptyState
            icon={<Icon name="cohorts" className="size-6" />}
            title="Nothing due for you today"
            description="Your students' progress is under Cohorts. This page lists reminders for your own contacts, if you keep any here."
            action={
              <>
                <Link href="/cohorts" className={buttonClasses("primary")}>
                  Open your cohorts
                </Link>
                <Link href="/contacts" className={buttonClasses("secondary")}>
                  Go to contacts
                </Link>
              </>
            }
          />
        ) : noContacts ? (
          <EmptyState
            icon={<Icon name="contacts" className="size-6" />}
            title="No contacts yet"
            description="Add someone you'd like to learn from: an alum, a professional in your field, a friend's colleague. Rapport then reminds you when to reach out, follow up, prepare and say thank you."
            action={
              <>
                <Link href="/contacts/new" className={buttonClasses("primary")}>
                  Add your first contact
                </Link>
                <Link href="/contacts/import" className={buttonClasses("secondary")}>
                  Import contacts
                </Link>
              </>
            }
          />
        ) : total === 0 ? (
          <EmptyState
            icon={<Icon name="check" className="size-6" />}
            title="You're all caught up"
            description={`Nothing is due in the next ${UPCOMING_DAYS} days. Log outreach with your contacts and Rapport will remind you when to follow up, prepare and say thank you.`}
            action={
              <>
                <Link href="/contacts" className={buttonClasses("primary")}>
                  Go to contacts
                </Link>
                <Link href="/pipeline" className={buttonClasses("secondary")}>
                  See your pipeline
                </Link>
              </>
            }
          />
        ) : (
          <div className="space-y-10">
            {GROUPS.map(({ key, title, empty }) => (
              <section key={key} id={key} aria-labelledby={`${key}-heading`}>
                <h2 id={`${key}-heading`} className="mb-3 flex items-center gap-2 text-lg font-semibold text-slate-900">
                  {title}
                  <Badge tone={key === "overdue" && groups[key].count > 0 ? "danger" : "neutral"}>
                    {groups[key].count}
                    <span className="sr-only"> {groups[key].count === 1 ? "reminder" : "reminders"}</span>
                  </Badge>
                </h2>
                {groups[key].count === 0 ? (
                  <p className="rounded-xl border border-dashed border-slate-300 px-4 py-5 text-sm text-slate-600">{empty}</p>
                ) : (
                  <>
                  <ul className="space-y-3">
                    {groups[key].reminders.map((reminder) => {
                      const shown = shownReminder(reminder, viewer.id);
                      const title = reminderTitle(shown, key === "overdue", now);
                      const primary = primaryAction(reminder, viewer.id, now);
                      return (
                        <ReminderCard
                          key={reminder.id}
                          id={reminder.id}
                          title={title}
                          ruleLabel={reminderLabel(shown, now)}
                          tone={RULE_TONES[reminder.rule]}
                          dueIso={reminder.dueAt.toISOString()}
                          dueLabel={formatReminderDue(reminder, key, now, timeZone)}
                          overdue={key === "overdue"}
                          contact={reminder.contact}
                          meetingTitle={reminder.meeting?.title ?? null}
                          primary={primary && { ...primary, name: reminderLinkName(primary, title) }}
                        />
                      );
                    })}
                  </ul>
                  {groups[key].count > groups[key].reminders.length ? (
                    <p className="mt-3 text-sm text-slate-600">
                      And {groups[key].count - groups[key].reminders.length} more. Settle the ones above and the next ones move up.
                    </p>
                  ) : null}
                  </>
                )}
              </section>
            ))}
            {referrals.count > 0 ? (
              <section id="referrals" aria-labelledby="referrals-heading">
                <h2 id="referrals-heading" className="mb-1 flex items-center gap-2 text-lg font-semibold text-slate-900">
                  Referrals to reach out to
                  <Badge tone="neutral">
                    {referrals.count}
                    <span className="sr-only"> {referrals.count === 1 ? "referral" : "referrals"}</span>
                  </Badge>
                </h2>
                <p className="mb-3 text-sm text-slate-600">
                  People your contacts suggested you talk to. Write while the introduction is fresh, and say who sent you.
                </p>
                <ul className="space-y-3">
                  {referrals.contacts.map((contact) => (
                    <li key={contact.id} className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:flex-row sm:items-center sm:justify-between">
                      <div className="min-w-0">
                        <ContactName contact={contact} />
                        {contact.referredBy ? (
                          <p className="text-sm text-slate-600">
                            Referred by{" "}
                            <Link href={`/contacts/${contact.referredBy.id}`} prefetch={false} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                              {contact.referredBy.name}
                            </Link>
                          </p>
                        ) : null}
                      </div>
                      <Link
                        href={composeHref(contact.id, "outreach")}
                        prefetch={false}
                        className={clsx(buttonClasses("secondary"), "shrink-0 self-start sm:self-auto")}
                      >
                        Write to {contact.name.split(" ")[0]}
                      </Link>
                    </li>
                  ))}
                </ul>
                {referrals.count > referrals.contacts.length ? (
                  <p className="mt-3 text-sm text-slate-600">
                    And {referrals.count - referrals.contacts.length} more in{" "}
                    <Link href="/contacts?stage=FIND" className="font-medium text-brand-700 underline-offset-2 hover:underline">
                      Find
                    </Link>
                    .
                  </p>
                ) : null}
              </section>
            ) : null}
            {needCadence.count > 0 ? (
              <section id="cadence" aria-labelledby="cadence-heading">
                <h2 id="cadence-heading" className="mb-1 flex items-center gap-2 text-lg font-semibold text-slate-900">
                  Choose how often to keep in touch
                  <Badge tone="neutral">{needCadence.count}</Badge>
                </h2>
                <p className="mb-3 text-sm text-slate-600">
                  These contacts are in Follow-up without a cadence, so Rapport can&apos;t remind you to write. Every 3 months
                  suits most people; at least once a year.
                </p>
                <ul className="space-y-3">
                  {needCadence.contacts.map((contact) => (
                    <li key={contact.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
                      <ContactName contact={contact} />
                      <CadenceForm contactId={contact.id} name={contact.name} />
                    </li>
                  ))}
                </ul>
                {needCadence.count > needCadence.contacts.length ? (
                  <p className="mt-3 text-sm text-slate-600">
                    And {needCadence.count - needCadence.contacts.length} more. Choose for the ones above and the next ones move up.
                  </p>
                ) : null}
              </section>
            ) : null}
          </div>
        )}
      </TodayNotices>
    </>
  );
}
