import type { Metadata } from "next";
import Link from "next/link";
import { CalendarFeedSettings } from "@/components/calendar/calendar-feed-settings";
import { CentreSettingsLinks } from "@/components/centres/centre-settings-links";
import { DigestPreference } from "@/components/settings/digest-preference";
import { HolidayList } from "@/components/settings/holiday-list";
import { SettingsForm } from "@/components/settings/settings-form";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { SectionCard } from "@/components/ui/section-card";
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
        <SectionCard id="time" title="Time and goal">
          <SettingsForm timeZone={settings.timeZone} weeklyOutreachGoal={settings.weeklyOutreachGoal} zones={supportedTimeZones()} />
        </SectionCard>
        <SectionCard id="holidays" title="Holidays" description="Business days skip weekends and these dates: the 3-day and 7-day follow-up reminders count only working days, and move when you change this list.">
          <HolidayList holidays={holidays} today={localDateKey(now(), settings.timeZone)} />
        </SectionCard>
        <SectionCard id="digest" title="Email digest">
          <DigestPreference
            digestFrequency={digest.digestFrequency}
            email={digest.email}
            timeZone={settings.timeZone}
            unavailable={env.digestUnavailable ?? undefined}
          />
        </SectionCard>
        <SectionCard id="calendar" title="Calendar subscription">
          <CalendarFeedSettings active={feed.active} createdLabel={feed.createdAt ? formatDate(feed.createdAt, settings.timeZone) : null} />
        </SectionCard>
        <SectionCard id="sharing" title="Career centre" description="Join your class or programme with the code your career centre gave you, and choose what its staff may see. Notes, agendas and messages are never shown.">
          <div className="flex flex-wrap gap-2">
            <Link href="/sharing" className={buttonClasses("secondary", "sm")}>
              What you share
            </Link>
            <Link href="/join" className={buttonClasses("secondary", "sm")}>
              Join a cohort
            </Link>
            <CentreSettingsLinks />
          </div>
        </SectionCard>
        <SectionCard id="chapter" title="Student chapter" description="Share a list of professionals with your PRSSA (or similar) chapter: join one with its invite code, or start one for your chapter.">
          <Link href="/chapters" className={buttonClasses("secondary", "sm")}>
            Your chapters
          </Link>
        </SectionCard>
        <SectionCard id="data" title="Your data" description="Download your contacts, meetings or everything you have in Rapport; restore an archive; delete your account.">
          <Link href="/settings/data" className={buttonClasses("secondary", "sm")}>
            Export, restore or delete
          </Link>
        </SectionCard>
      </div>
    </div>
  );
}
