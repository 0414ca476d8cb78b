import type { Metadata } from "next";
import Link from "next/link";
import { FunnelTable } from "@/components/progress/funnel-table";
import { ReferralTree } from "@/components/progress/referral-tree";
import { Stat } from "@/components/progress/stat";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { SectionCard } from "@/components/ui/section-card";
import { now as clockNow } from "@/lib/clock";
import { getMyProgress } from "@/lib/data/metrics";
import { formatDay, formatRelativeDay, formatTimeZone } from "@/lib/domain/format";
import { formatHours, formatPercent, overdueFigures, STALLED_AFTER_DAYS, thankYouFigures } from "@/lib/domain/metrics";

export const metadata: Metadata = { title: "Progress" };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export default async function ProgressPage() {
  const now = clockNow();
  const { metrics: m, referralTree, timeZone } = await getMyProgress(now);
  const settingsLink = (
    <Link href="/settings#time-heading" className={buttonClasses("secondary")}>
      <Icon name="settings" className="size-4" />
      Weekly goal
    </Link>
  );

  if (m.totalContacts === 0 && m.initialSent === 0) {
    return (
      <>
        <PageHeader title="Progress" description="Your funnel, replies, thank-yous and weekly goal, once you start." actions={settingsLink} />
        <EmptyState
          icon={<Icon name="pipeline" className="size-6" />}
          title="Nothing to measure yet"
          description={`Add the people you want to talk to and send your first requests: your funnel, reply rate and streak toward your goal of ${plural(m.weekly.goal, "request", "requests")} a week show here.`}
          // The weekly goal's link is in the header already: once on the page.
          action={
            <Link href="/contacts" className={buttonClasses("primary")}>
              Go to contacts
            </Link>
          }
        />
      </>
    );
  }

  const weekly = m.weekly;
  const thanks = thankYouFigures(m);
  const overdue = overdueFigures(m, "student").reminders;
  const goalPercent = weekly.progress === null ? 0 : Math.round(weekly.progress * 100);

  return (
    <>
      <PageHeader
        title="Progress"
        description={`How your outreach is converting. Weeks run Monday to Sunday in your time zone (${formatTimeZone(timeZone)}).`}
        actions={settingsLink}
      />

      <div className="space-y-6">
        <section aria-labelledby="week-heading">
          <h2 id="week-heading" className="mb-3 text-lg font-semibold text-slate-900">
            This week
          </h2>
          <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
            <Stat label="Outreach this week" value={weekly.goal > 0 ? `${weekly.thisWeek} of ${weekly.goal}` : weekly.thisWeek}>
              {weekly.goal > 0 ? (
                <>
                  <span aria-hidden="true" className="mb-1 block h-2 rounded-full bg-slate-100">
                    <span className="block h-2 rounded-full bg-brand-600" style={{ width: `${goalPercent}%` }} />
                  </span>
                  {weekly.thisWeek >= weekly.goal ? "Goal met this week." : `${weekly.goal - weekly.thisWeek} more to meet your goal.`}
                </>
              ) : (
                "No weekly goal set."
              )}
            </Stat>
            <Stat label="Streak" value={plural(weekly.streak, "week", "weeks")}>
              Consecutive weeks meeting your goal.
            </Stat>
            <Stat label="Outreach, last 7 days" value={m.outreachLast7Days}>
              {m.outreachLast30Days} in the last 30 days.
            </Stat>
            <Stat
              label="Last activity"
              value={m.lastActivity ? formatRelativeDay(now, m.lastActivity, timeZone) : "—"}
            >
              {m.lastActivity ? formatDay(m.lastActivity, timeZone, now) : "Nothing logged yet."}
              {m.stalled ? (
                <>
                  {" "}
                  <Badge tone="warning">Stalled: nothing for {STALLED_AFTER_DAYS} days</Badge>
                </>
              ) : null}
            </Stat>
          </dl>
        </section>

        <SectionCard
          id="funnel"
          title="Funnel"
          description={`${plural(m.totalContacts, "active contact", "active contacts")}. A contact counts as having reached a stage once it has been there, even if it moved back since.`}
        >
          <FunnelTable steps={m.funnel} />
        </SectionCard>

        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="mb-3 text-lg font-semibold text-slate-900">
            Replies, meetings and thanks
          </h2>
          <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
            <Stat label="Reply rate" value={formatPercent(m.replyRate)}>
              {m.initialSent === 0
                ? "No requests sent yet."
                : `${m.initialAnswered} of ${plural(m.initialSent, "request", "requests")} answered (replies and declines).`}
            </Stat>
            <Stat label="Median time to reply" value={formatHours(m.medianHoursToReply)}>
              From sending a request to the answer.
            </Stat>
            <Stat label="Meetings done" value={m.meetingsDone} />
            {/* As the cohort dashboard shows it: the rate, and the count under it. */}
            <Stat label="Thank-yous within 24 hours" value={thanks?.rate ?? "—"}>
              {thanks ? `${thanks.count} on time${m.thankYousOverdue > 0 ? `; ${m.thankYousOverdue} overdue, not sent` : ""}.` : "No thank-yous owed yet."}
            </Stat>
            <Stat label="Referrals gained" value={m.referralsGained}>
              Contacts someone referred you to.
            </Stat>
            {/* Named and explained as on the staff's view of this student: the same count under one name. */}
            <Stat label={overdue.label} value={overdue.value}>
              {overdue.detail}
              {overdue.value > 0 ? (
                <>
                  {" "}
                  <Link href="/today" className="text-brand-700 underline underline-offset-2">
                    See them on Today
                  </Link>
                </>
              ) : null}
            </Stat>
          </dl>
        </section>

        <SectionCard id="referrals" title="Referral tree" description="Who led you to whom.">
          {referralTree.length === 0 ? (
            <p className="text-sm text-slate-600">
              No referrals yet. When someone suggests another person to talk to, add them as a contact referred by them and they show here.
            </p>
          ) : (
            <ReferralTree nodes={referralTree} label="Referral tree" />
          )}
        </SectionCard>
      </div>
    </>
  );
}
