"use client";
// Done, snooze (tomorrow, in 3 days, next week) or dismiss one reminder on Today.
import Link from "next/link";

import { Button, buttonClasses } from "@/components/ui/button";
import { updateReminderAction } from "@/lib/actions/reminders";
import { SNOOZE_LABELS, SNOOZE_OPTIONS } from "@/lib/domain/snooze";
import type { ReminderLink } from "@/lib/domain/today";
import { initialFormState } from "@/lib/validation/form-state";
import { useFormAction } from "@/components/ui/use-form-action";

/** The one-click action that does what the reminder asks (when there is a page for it), then done, snooze, dismiss. */
export function ReminderActions({ reminderId, title, primary }: { reminderId: string; title: string; primary?: ReminderLink | null }) {
  const [state, formAction, pending] = useFormAction(updateReminderAction, initialFormState);
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2">
      {primary ? (
        <Link href={primary.href} prefetch={false} aria-label={`${primary.label}: ${title}`} className={buttonClasses("primary", "sm")}>
          {primary.label}
        </Link>
      ) : null}
      <form action={formAction}>
        <input type="hidden" name="reminderId" value={reminderId} />
        <input type="hidden" name="action" value="done" />
        <Button type="submit" variant={primary ? "secondary" : "primary"} size="sm" disabled={pending} aria-label={`Done: ${title}`}>
          Done
        </Button>
      </form>
      <details className="group relative">
        <summary
          aria-label={`Snooze: ${title}`}
          className="inline-flex min-h-11 cursor-pointer list-none items-center rounded-lg border border-slate-300 bg-white px-3 text-sm font-semibold text-slate-900 hover:bg-slate-50 sm:min-h-9 [&::-webkit-details-marker]:hidden"
        >
          Snooze
          <span aria-hidden="true" className="ml-1 text-slate-500">
            ▾
          </span>
        </summary>
        <form action={formAction} className="absolute left-0 z-20 mt-1 flex w-40 flex-col rounded-lg border border-slate-200 bg-white p-1 shadow-lg">
          <input type="hidden" name="reminderId" value={reminderId} />
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
      </details>
      <form action={formAction}>
        <input type="hidden" name="reminderId" value={reminderId} />
        <input type="hidden" name="action" value="dismiss" />
        <Button type="submit" variant="ghost" size="sm" disabled={pending} aria-label={`Dismiss: ${title}`}>
          Dismiss
        </Button>
      </form>
      <span role="status" className="text-sm">
        {state.status === "error" ? <span className="text-red-700">{state.message}</span> : pending ? <span className="text-slate-600">Saving…</span> : null}
      </span>
    </div>
  );
}
