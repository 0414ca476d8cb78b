"use client";
// The contact's next move, made from their own page in the board's move dialog (its fields, live
// checks and moveContactAction, which validates and authorizes), so a student need not go looking
// for the board: Outreach → Scheduled once they have agreed a time (ScheduleMeeting, in the meeting
// panel), Thanked → Follow-up to start keeping in touch (StartKeepingInTouch, in the Keep in touch
// card). Each stays mounted once saved (its card is there whatever the stage) to say so.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { MoveDialog, type PendingMove } from "@/components/pipeline/move-dialog";
import type { Stage } from "@/lib/generated/prisma/enums";

export interface MovableContact {
  id: string;
  name: string;
  version: number;
  keepInTouchMonths: number | null;
}

interface MoveOfferProps {
  contact: MovableContact;
  /** Whether to offer the move now; once saved the page stops offering it, and the notice takes its place. */
  offer: boolean;
  timeZone: string;
  /** The server's clock when the page was rendered: the dialog's "now" follows it, as on the board. */
  serverNow: number;
}

function MoveOffer({
  contact,
  offer,
  timeZone,
  serverNow,
  from,
  to,
  label,
  primary,
  savedNotice,
  className = "mt-2",
  children,
}: MoveOfferProps & {
  from: Stage;
  to: Stage;
  label: string;
  primary: boolean;
  /** What the notice says once saved, from the action's own message. */
  savedNotice: (message: string) => string;
  className?: string;
  /** What is said above the button. */
  children: ReactNode;
}) {
  const router = useRouter();
  const [move, setMove] = useState<PendingMove | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const serverAhead = useRef(0);

  useEffect(() => {
    serverAhead.current = Math.max(0, serverNow - Date.now());
  }, [serverNow]);

  // Once the page has the new stage (no longer offered), the button that opened the dialog is gone:
  // focus goes to what happened. If it is offered again (the move undone), the button is back.
  const saved = notice !== null && !offer;
  useEffect(() => {
    if (saved) noticeRef.current?.focus();
  }, [saved]);

  if (saved) {
    return (
      <div ref={noticeRef} tabIndex={-1} className="mt-3 focus:outline-none">
        <Alert tone="success" live>
          <p className="font-medium">{notice}</p>
        </Alert>
      </div>
    );
  }
  if (!offer) return null;

  return (
    <div className={className}>
      {children}
      <Button
        className="mt-3"
        variant={primary ? "primary" : "secondary"}
        onClick={() =>
          setMove({
            contactId: contact.id,
            name: contact.name,
            version: contact.version,
            doNotContact: false,
            keepInTouchMonths: contact.keepInTouchMonths,
            meeting: null,
            from,
            to,
            openedAt: new Date(Date.now() + serverAhead.current),
          })
        }
      >
        {label}
      </Button>
      <MoveDialog
        move={move}
        timeZone={timeZone}
        onClose={() => setMove(null)}
        onSubmitting={() => {}}
        onSaved={(_saved, message) => {
          setMove(null);
          setNotice(savedNotice(message));
          router.refresh();
        }}
        onReload={() => {
          setMove(null);
          router.refresh();
        }}
      />
    </div>
  );
}

function firstNameOf(name: string): string {
  return name.split(/\s+/)[0] || name;
}

/** In Outreach with nothing scheduled (not archived, not do-not-contact): schedule the meeting. */
export function ScheduleMeeting({
  replied,
  ...props
}: MoveOfferProps & {
  /** They answered a message: scheduling is the next step, so it is the page's main button. */
  replied: boolean;
}) {
  const firstName = firstNameOf(props.contact.name);
  return (
    <MoveOffer
      {...props}
      from="OUTREACH"
      to="SCHEDULED"
      label="Schedule the meeting"
      primary={replied}
      savedNotice={() => `Scheduled your meeting with ${props.contact.name}. The reminder to prepare the day before is on the timeline.`}
    >
      {replied ? <p className="font-semibold text-slate-900">Next: schedule the meeting</p> : null}
      <p className="text-sm text-slate-700">
        {replied
          ? `Nothing scheduled with ${firstName} yet. They replied: once you have agreed a time, schedule it here. Rapport keeps the invitation and reminds you to prepare the day before.`
          : `Nothing scheduled with ${firstName} yet. When they agree to a time, schedule it here: Rapport keeps the invitation and reminds you to prepare the day before.`}
      </p>
    </MoveOffer>
  );
}

/**
 * In Thanked (not archived, not do-not-contact, keeping in touch not declined): move them to
 * Follow-up, where the keep-in-touch reminders start; the dialog asks how often. The card's only way
 * to choose a cadence while this is offered.
 */
export function StartKeepingInTouch(props: MoveOfferProps) {
  const firstName = firstNameOf(props.contact.name);
  return (
    <MoveOffer
      {...props}
      from="THANKED"
      to="FOLLOW_UP"
      label="Start keeping in touch"
      primary
      // Above "Don't keep in touch", which follows it in the card.
      className="mt-2 mb-1"
      savedNotice={(message) => `${message} Rapport will remind you when it's time to write: the reminder is on the timeline.`}
    >
      <p className="text-sm text-slate-700">
        You&apos;ve thanked {firstName}. A short note every few months (progress, an article, a holiday note) keeps the relationship
        warm for years: start keeping in touch, choose how often, and Rapport reminds you when one is due.
      </p>
    </MoveOffer>
  );
}
