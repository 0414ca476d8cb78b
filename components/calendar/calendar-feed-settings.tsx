"use client";
// The private calendar link: make one, copy it into a calendar app, make a new one, or turn it off.
// The token is readable only right after it is made (the server keeps a hash), so the page says so.
import { useState, useTransition } from "react";
import { createCalendarFeedAction, revokeCalendarFeedAction } from "@/lib/actions/calendar-feed";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Icon } from "@/components/ui/icons";

export interface CalendarFeedSettingsProps {
  active: boolean;
  /** When the live link was made, already formatted in the viewer's zone. */
  createdLabel: string | null;
}

export function CalendarFeedSettings({ active, createdLabel }: CalendarFeedSettingsProps) {
  const [token, setToken] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [confirmOff, setConfirmOff] = useState(false);
  const [copied, setCopied] = useState(false);
  const [pending, startTransition] = useTransition();

  const httpsUrl = token ? `${window.location.origin}/api/calendar/${token}.ics` : null;
  const webcalUrl = httpsUrl?.replace(/^https?:/, "webcal:") ?? null;

  function create() {
    startTransition(async () => {
      const result = await createCalendarFeedAction();
      if (result.status === "created") {
        setToken(result.token);
        setCopied(false);
        setMessage(active ? "New link made. The old link has stopped working." : null);
      }
    });
  }

  function revoke() {
    startTransition(async () => {
      await revokeCalendarFeedAction();
      setToken(null);
      setConfirmOff(false);
      setMessage("Calendar link turned off. Calendars subscribed to it will stop updating.");
    });
  }

  async function copy() {
    if (!httpsUrl) return;
    try {
      await navigator.clipboard.writeText(httpsUrl);
      setCopied(true);
    } catch {
      // Clipboard refused (permissions, insecure origin): the field is selected for a manual copy.
      document.getElementById("calendar-feed-url")?.focus();
    }
  }

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        Subscribe from Google Calendar, Outlook or Apple Calendar to see your upcoming meetings and due reminders next to
        everything else. Anyone with the link can see them, so keep it to yourself.
      </p>

      {message ? (
        <Alert tone="success" live>
          {message}
        </Alert>
      ) : null}

      {httpsUrl && webcalUrl ? (
        <div className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4">
          <label htmlFor="calendar-feed-url" className="block text-sm font-medium text-slate-900">
            Your private calendar link
          </label>
          <input
            id="calendar-feed-url"
            readOnly
            value={httpsUrl}
            onFocus={(event) => event.currentTarget.select()}
            aria-describedby="calendar-feed-once"
            className="block w-full min-w-0 rounded-lg border border-slate-300 bg-white px-3 py-2.5 font-mono text-xs text-slate-900"
          />
          <p id="calendar-feed-once" className="text-sm text-slate-700">
            Copy it now: Rapport keeps only a fingerprint of it and cannot show it again. Lost it? Make a new one.
          </p>
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" size="sm" onClick={copy}>
              <Icon name={copied ? "check" : "link"} className="size-4" />
              {copied ? "Copied" : "Copy link"}
            </Button>
            <a
              className={buttonClasses("secondary", "sm")}
              href={`https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcalUrl)}`}
              target="_blank"
              rel="noopener noreferrer"
            >
              Add to Google Calendar<span className="sr-only"> (opens in a new tab)</span>
            </a>
            <a className={buttonClasses("secondary", "sm")} href={webcalUrl}>
              Open in Apple Calendar or Outlook
            </a>
          </div>
          <span role="status" className="sr-only">
            {copied ? "Link copied." : ""}
          </span>
        </div>
      ) : active ? (
        <p className="text-sm text-slate-700">
          <Icon name="calendar" className="mr-1 inline size-4 align-text-bottom" />A private link is on
          {createdLabel ? `, made ${createdLabel}` : ""}.
        </p>
      ) : null}

      <div className="flex flex-wrap gap-2">
        <Button variant={active || token ? "secondary" : "primary"} pending={pending && !confirmOff} onClick={create}>
          {active || token ? "Make a new link" : "Make a private calendar link"}
        </Button>
        {active || token ? (
          <Button variant="ghost" onClick={() => setConfirmOff(true)}>
            Turn off the link
          </Button>
        ) : null}
      </div>

      <Dialog
        open={confirmOff}
        onClose={() => setConfirmOff(false)}
        title="Turn off your calendar link?"
        description="The link stops working at once and subscribed calendars stop updating. You can make a new link any time."
      >
        <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={() => setConfirmOff(false)}>
            Keep it
          </Button>
          <Button variant="danger" pending={pending} onClick={revoke}>
            Turn off
          </Button>
        </div>
      </Dialog>
    </div>
  );
}
