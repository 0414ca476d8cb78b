"use client";
// One reminder on Today: what it is, when it is due, who it is about, and its actions: the
// one-click link that does what it asks (when there is a page for it), then done, snooze
// (tomorrow, in 3 days, next week) or dismiss.
//
// A client component given plain strings: the server renders its HTML once, and the page's RSC
// payload carries these few props instead of a second copy of every reminder's markup (Today
// shows up to 150 reminders). The snooze choices are rendered only while the menu is open.
import clsx from "clsx";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button, buttonClasses } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";
import { updateReminderAction } from "@/lib/actions/reminders";
import { SNOOZE_LABELS, SNOOZE_OPTIONS, type SnoozeOption } from "@/lib/domain/snooze";
import type { ReminderLink } from "@/lib/domain/today";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { ContactName } from "./contact-name";
import { useTodayNotice } from "./today-notices";

export interface ReminderCardProps {
  id: string;
  title: string;
  ruleLabel: string;
  tone: BadgeTone;
  dueIso: string;
  dueLabel: string;
  overdue: boolean;
  contact: { id: string; name: string; employer: string | null } | null;
  meetingTitle: string | null;
  /** name: the link's accessible name (reminderLinkName). */
  primary: (ReminderLink & { name: string }) | null;
}

export function ReminderCard({ id, title, ruleLabel, tone, dueIso, dueLabel, overdue, contact, meetingTitle, primary }: ReminderCardProps) {
  const notify = useTodayNotice();
  const cardRef = useRef<HTMLLIElement>(null);
  const pressed = useRef<string | null>(null);
  // The card leaves the list once the reminder is settled or snoozed, so what happened (and its
  // Undo) is said in Today's notice area, which stays and takes the focus.
  const [state, formAction, pending] = useFormAction(async (previous: FormState, form: FormData) => {
    const action = form.get("action");
    pressed.current = typeof action === "string" ? action : null;
    const result = await updateReminderAction(previous, form);
    if (result.status === "saved" && (action === "done" || action === "dismiss")) {
      // The server's message: it names the reminder and, for keep-in-touch, when the next one comes.
      notify({ tone: "success", text: result.message ?? `${action === "done" ? "Done" : "Dismissed"}: ${title}.`, undo: id });
    } else if (result.status === "saved" && action === "snooze") {
      notify({ tone: "success", text: `Snoozed: ${title}. It comes back ${SNOOZE_LABELS[form.get("snooze") as SnoozeOption].toLowerCase()}.` });
    }
    return result;
  }, initialFormState);
  const [snoozeOpen, setSnoozeOpen] = useState(false);

  useEffect(() => {
    // Refused, the card stays, but the button pressed was disabled while it worked and lost focus:
    // give it back, next to the line saying what went wrong.
    if (state.status === "error") cardRef.current?.querySelector<HTMLElement>(`[data-action="${pressed.current}"]`)?.focus();
  }, [state]);

  return (
    <li ref={cardRef} className={clsx("rounded-xl border bg-white p-4 shadow-sm", overdue ? "border-l-4 border-red-200 border-l-red-600" : "border-slate-200")}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <Badge tone={tone}>{ruleLabel}</Badge>
        <time dateTime={dueIso} className={clsx("text-sm", overdue ? "font-medium text-red-700" : "text-slate-600")}>
          {dueLabel}
        </time>
      </div>
      <p className="mt-2 font-medium text-slate-900">{title}</p>
      {contact ? (
        <p className="mt-1 text-sm text-slate-600">
          <ContactName contact={contact} />
        </p>
      ) : meetingTitle ? (
        <p className="mt-1 text-sm text-slate-600">{meetingTitle}</p>
      ) : null}
      <div className="mt-3 flex flex-wrap items-center gap-2">
        {primary ? (
          <Link href={primary.href} prefetch={false} aria-label={primary.name} className={buttonClasses("primary", "sm")}>
            {primary.label}
          </Link>
        ) : null}
        <form action={formAction}>
          <input type="hidden" name="reminderId" value={id} />
          <input type="hidden" name="action" value="done" />
          <Button type="submit" variant={primary ? "secondary" : "primary"} size="sm" disabled={pending} aria-label={`Done: ${title}`} data-action="done">
            Done
          </Button>
        </form>
        <details
          className="group relative"
          onToggle={(event) => setSnoozeOpen(event.currentTarget.open)}
          // Escape closes the menu and gives focus back to Snooze, as the app's other menus do.
          onKeyDown={(event) => {
            if (event.key !== "Escape" || !event.currentTarget.open) return;
            event.currentTarget.open = false;
            event.currentTarget.querySelector("summary")?.focus();
          }}
        >
          <summary
            aria-label={`Snooze: ${title}`}
            data-action="snooze"
            className={buttonClasses("secondary", "sm", "cursor-pointer list-none [&::-webkit-details-marker]:hidden")}
          >
            Snooze
            <span aria-hidden="true" className="-ml-1 text-slate-500">
              ▾
            </span>
          </summary>
          {snoozeOpen ? (
            <form action={formAction} className="absolute left-0 z-20 mt-1 flex w-40 flex-col rounded-lg border border-slate-200 bg-white p-1 shadow-lg">
              <input type="hidden" name="reminderId" value={id} />
              <input type="hidden" name="action" value="snooze" />
              {SNOOZE_OPTIONS.map((option) => (
                <button
                  key={option}
                  type="submit"
                  name="snooze"
                  value={option}
                  disabled={pending}
                  className="min-h-11 rounded-md px-3 text-left text-sm text-slate-800 hover:bg-slate-100 sm:min-h-9"
                >
                  {SNOOZE_LABELS[option]}
                </button>
              ))}
            </form>
          ) : null}
        </details>
        <form action={formAction}>
          <input type="hidden" name="reminderId" value={id} />
          <input type="hidden" name="action" value="dismiss" />
          <Button type="submit" variant="ghost" size="sm" disabled={pending} aria-label={`Dismiss: ${title}`} data-action="dismiss">
            Dismiss
          </Button>
        </form>
        <span role="status" className="text-sm">
          {state.status === "error" ? <span className="text-red-700">{state.message}</span> : pending ? <span className="text-slate-600">Saving…</span> : null}
        </span>
      </div>
    </li>
  );
}
