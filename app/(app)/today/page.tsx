import type { Metadata } from "next";
import Link from "next/link";
import clsx from "clsx";
import { CadenceForm } from "@/components/contacts/cadence-form";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { listContactsNeedingCadence } from "@/lib/data/keep-in-touch";
import { listOpenReminders, UPCOMING_DAYS, type OpenReminder } from "@/lib/data/reminders";
import { requireViewer } from "@/lib/data/viewer";
import { now as clockNow } from "@/lib/clock";
import {
  formatDay,
  formatLongDay,
  formatRelativeDay,
  formatTime,
  REMINDER_RULE_LABELS,
  zonedDayOffset,
} from "@/lib/domain/format";
import { primaryAction } from "@/lib/domain/today";
import { ReminderActions } from "./_components/reminder-actions";

export const metadata: Metadata = { title: "Today" };

type GroupKey = "overdue" | "today" | "upcoming";

// A long backlog stays readable (and the page light): the oldest first, the rest counted. Not
// fewer: a student back from a term away has dozens overdue and looks for the one they came for
// (20 hid a fresh keep-in-touch reminder behind 30 older ones in tests/e2e/thank-you.spec.ts).
const SHOWN_PER_GROUP = 50;

const GROUPS: { key: GroupKey; title: string; empty: string }[] = [
  { key: "overdue", title: "Overdue", empty: "Nothing overdue." },
  { key: "today", title: "Today", empty: "Nothing else is due today." },
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
  const [viewer, reminders, needCadence] = await Promise.all([requireViewer(), listOpenReminders(now), listContactsNeedingCadence()]);
  const timeZone = viewer.timeZone;

  const groups: Record<GroupKey, OpenReminder[]> = { overdue: [], today: [], upcoming: [] };
  for (const reminder of reminders) {
    const offset = zonedDayOffset(now, reminder.dueAt, timeZone);
    if (offset < 0) groups.overdue.push(reminder);
    else if (offset === 0) groups.today.push(reminder);
    else if (offset <= UPCOMING_DAYS) groups.upcoming.push(reminder);
  }
  const total = groups.overdue.length + groups.today.length + groups.upcoming.length + needCadence.length;

  function dueLabel(group: GroupKey, dueAt: Date): string {
    if (group === "today") return `Due today, ${formatTime(dueAt, timeZone)}`;
    return `${formatDay(dueAt, timeZone, now)} · ${formatRelativeDay(now, dueAt, timeZone)}`;
  }

  return (
    <>
      <PageHeader
        title="Today"
        description={
          <>
            {formatLongDay(now, timeZone)}. Who you owe a message, and when.{" "}
            <span className="text-slate-500">Times in {timeZone.replaceAll("_", " ")}.</span>{" "}
            <Link href="/progress" className="font-semibold text-brand-700 underline-offset-2 hover:underline">
              See your progress
            </Link>
          </>
        }
      />

      <ul className="mb-8 grid grid-cols-3 gap-3" aria-label="Summary">
        {GROUPS.map(({ key, title }) => {
          const count = groups[key].length;
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

      {total === 0 ? (
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
                <Badge tone={key === "overdue" && groups[key].length > 0 ? "danger" : "neutral"}>
                  {groups[key].length}
                  <span className="sr-only"> {groups[key].length === 1 ? "reminder" : "reminders"}</span>
                </Badge>
              </h2>
              {groups[key].length === 0 ? (
                <p className="rounded-xl border border-dashed border-slate-300 px-4 py-5 text-sm text-slate-600">{empty}</p>
              ) : (
                <>
                <ul className="space-y-3">
                  {groups[key].slice(0, SHOWN_PER_GROUP).map((reminder) => (
                    <li
                      key={reminder.id}
                      className={clsx(
                        "rounded-xl border bg-white p-4 shadow-sm",
                        key === "overdue" ? "border-l-4 border-red-200 border-l-red-600" : "border-slate-200",
                      )}
                    >
                      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                        <Badge tone={RULE_TONES[reminder.rule]}>{REMINDER_RULE_LABELS[reminder.rule]}</Badge>
                        <time
                          dateTime={reminder.dueAt.toISOString()}
                          className={clsx("text-sm", key === "overdue" ? "font-medium text-red-700" : "text-slate-600")}
                        >
                          {dueLabel(key, reminder.dueAt)}
                        </time>
                      </div>
                      <p className="mt-2 font-medium text-slate-900">{reminder.title}</p>
                      {reminder.contact ? (
                        <p className="mt-1 text-sm text-slate-600">
                          <Link
                            href={`/contacts/${reminder.contact.id}`}
                            prefetch={false}
                            className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline-offset-2 hover:underline sm:min-h-0"
                          >
                            {reminder.contact.name}
                          </Link>
                          {reminder.contact.employer ? <span> · {reminder.contact.employer}</span> : null}
                        </p>
                      ) : reminder.meeting ? (
                        <p className="mt-1 text-sm text-slate-600">{reminder.meeting.title}</p>
                      ) : null}
                      <ReminderActions reminderId={reminder.id} title={reminder.title} primary={primaryAction(reminder)} />
                    </li>
                  ))}
                </ul>
                {groups[key].length > SHOWN_PER_GROUP ? (
                  <p className="mt-3 text-sm text-slate-600">
                    And {groups[key].length - SHOWN_PER_GROUP} more. Settle the ones above and the next ones move up.
                  </p>
                ) : null}
                </>
              )}
            </section>
          ))}
          {needCadence.length > 0 ? (
            <section id="cadence" aria-labelledby="cadence-heading">
              <h2 id="cadence-heading" className="mb-1 flex items-center gap-2 text-lg font-semibold text-slate-900">
                Choose how often to keep in touch
                <Badge tone="neutral">{needCadence.length}</Badge>
              </h2>
              <p className="mb-3 text-sm text-slate-600">
                These contacts are in Follow-up without a cadence, so Rapport can&apos;t remind you to write. Every 3 months
                suits most people; at least once a year.
              </p>
              <ul className="space-y-3">
                {needCadence.map((contact) => (
                  <li key={contact.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
                    <Link
                      href={`/contacts/${contact.id}`}
                      prefetch={false}
                      className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline-offset-2 hover:underline sm:min-h-0"
                    >
                      {contact.name}
                    </Link>
                    {contact.employer ? <span className="text-sm text-slate-600"> · {contact.employer}</span> : null}
                    <CadenceForm contactId={contact.id} name={contact.name} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      )}
    </>
  );
}
