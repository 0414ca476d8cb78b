import type { Metadata } from "next";
import Link from "next/link";
import { CalendarFeedSettings } from "@/components/calendar/calendar-feed-settings";
import { CentreSettingsLinks } from "@/components/centres/centre-settings-links";
import { DigestPreference } from "@/components/settings/digest-preference";
import { HolidayList } from "@/components/settings/holiday-list";
import { SettingsForm } from "@/components/settings/settings-form";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { now } from "@/lib/clock";
import { listHolidays } from "@/lib/data/holidays";
import { getCalendarFeedStatus } from "@/lib/data/calendar-feed";
import { getDigestPreference, getSettings } from "@/lib/data/settings";
import { localDateKey } from "@/lib/domain/business-days";
import { env } from "@/lib/env";
import { formatDate } from "@/lib/domain/format";
import { supportedTimeZones } from "@/lib/validation/settings";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const [settings, holidays, feed, digest] = await Promise.all([getSettings(), listHolidays(), getCalendarFeedStatus(), getDigestPreference()]);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title="Settings" description="Your time zone, your weekly goal, the days follow-up reminders skip, and your calendar." />
      <div className="space-y-6">
        <Card className="p-5 sm:p-6">
          <section aria-labelledby="time-heading">
            <h2 id="time-heading" className="mb-4 text-lg font-semibold text-slate-900">
              Time and goal
            </h2>
            <SettingsForm timeZone={settings.timeZone} weeklyOutreachGoal={settings.weeklyOutreachGoal} zones={supportedTimeZones()} />
          </section>
        </Card>
        <Card className="p-5 sm:p-6">
          <section aria-labelledby="holidays-heading">
            <h2 id="holidays-heading" className="text-lg font-semibold text-slate-900">
              Holidays
            </h2>
            <p className="mt-1 mb-4 text-sm text-slate-600">
              Business days skip weekends and these dates: the 3-day and 7-day follow-up reminders count only working days, and move when
              you change this list.
            </p>
            <HolidayList holidays={holidays} today={localDateKey(now(), settings.timeZone)} />
          </section>
        </Card>
        <Card className="p-5 sm:p-6">
          <section aria-labelledby="digest-heading">
            <h2 id="digest-heading" className="mb-4 text-lg font-semibold text-slate-900">
              Email digest
            </h2>
            <DigestPreference
              digestFrequency={digest.digestFrequency}
              email={digest.email}
              timeZone={settings.timeZone}
              unavailable={env.digestUnavailable ?? undefined}
            />
          </section>
        </Card>
        <Card className="p-5 sm:p-6">
          <section aria-labelledby="calendar-heading">
            <h2 id="calendar-heading" className="mb-2 text-lg font-semibold text-slate-900">
              Calendar subscription
            </h2>
            <CalendarFeedSettings active={feed.active} createdLabel={feed.createdAt ? formatDate(feed.createdAt, settings.timeZone) : null} />
          </section>
        </Card>
        <Card className="p-5 sm:p-6">
          <section aria-labelledby="sharing-heading">
            <h2 id="sharing-heading" className="mb-2 text-lg font-semibold text-slate-900">
              Career centre
            </h2>
            <p className="mb-4 text-sm text-slate-600">
              Join your class or programme with the code your career centre gave you, and choose what its staff may see. Notes,
              agendas and messages are never shown.
            </p>
            <div className="flex flex-wrap gap-2">
              <Link href="/sharing" className={buttonClasses("secondary", "sm")}>
                What you share
              </Link>
              <Link href="/join" className={buttonClasses("secondary", "sm")}>
                Join a cohort
              </Link>
              <CentreSettingsLinks />
            </div>
          </section>
        </Card>
        <Card className="p-5 sm:p-6">
          <section aria-labelledby="chapter-heading">
            <h2 id="chapter-heading" className="mb-2 text-lg font-semibold text-slate-900">
              Student chapter
            </h2>
            <p className="mb-4 text-sm text-slate-600">
              Share a list of professionals with your PRSSA (or similar) chapter: join one with its invite code, or start one for
              your chapter.
            </p>
            <Link href="/chapters" className={buttonClasses("secondary", "sm")}>
              Your chapters
            </Link>
          </section>
        </Card>
        <Card className="p-5 sm:p-6">
          <section aria-labelledby="data-heading">
            <h2 id="data-heading" className="mb-2 text-lg font-semibold text-slate-900">
              Your data
            </h2>
            <p className="mb-4 text-sm text-slate-600">Download your contacts, meetings or everything you have in Rapport; restore an archive; delete your account.</p>
            <Link href="/settings/data" className={buttonClasses("secondary", "sm")}>
              Export, restore or delete
            </Link>
          </section>
        </Card>
      </div>
    </div>
  );
}
