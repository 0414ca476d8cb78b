"use client";
// Scheduling a contact in Outreach from their own page: the board's move-to-Scheduled dialog (its
// fields, live overlap check and moveContactAction, which validates and authorizes), opened from a
// button in the meeting panel so a student who has just logged a reply need not go looking for the
// board. Stays mounted once saved (the panel keeps it in one place whatever the stage) to say so.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { MoveDialog, type PendingMove } from "@/components/pipeline/move-dialog";

export interface SchedulableContact {
  id: string;
  name: string;
  version: number;
  keepInTouchMonths: number | null;
}

export function ScheduleMeeting({
  contact,
  offer,
  replied,
  timeZone,
  serverNow,
}: {
  contact: SchedulableContact;
  /** Whether to offer it: in Outreach with nothing scheduled (not archived, not do-not-contact). */
  offer: boolean;
  /** They answered a message: scheduling is the next step, so it is the page's main button. */
  replied: boolean;
  timeZone: string;
  /** The server's clock when the page was rendered: the dialog's "now" follows it, as on the board. */
  serverNow: number;
}) {
  const router = useRouter();
  const [move, setMove] = useState<PendingMove | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const serverAhead = useRef(0);
  const firstName = contact.name.split(/\s+/)[0] || contact.name;

  useEffect(() => {
    serverAhead.current = Math.max(0, serverNow - Date.now());
  }, [serverNow]);

  // Once the page has the meeting (no longer offered), the button that opened the dialog is gone:
  // focus goes to what happened. If it is offered again (the meeting cancelled), the button is back.
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
    <div className="mt-2">
      {replied ? <p className="font-semibold text-slate-900">Next: schedule the meeting</p> : null}
      <p className="text-sm text-slate-700">
        {replied
          ? `Nothing scheduled with ${firstName} yet. They replied: once you have agreed a time, schedule it here. Rapport keeps the invitation and reminds you to prepare the day before.`
          : `Nothing scheduled with ${firstName} yet. When they agree to a time, schedule it here: Rapport keeps the invitation and reminds you to prepare the day before.`}
      </p>
      <Button
        className="mt-3"
        variant={replied ? "primary" : "secondary"}
        onClick={() =>
          setMove({
            contactId: contact.id,
            name: contact.name,
            version: contact.version,
            doNotContact: false,
            keepInTouchMonths: contact.keepInTouchMonths,
            meeting: null,
            from: "OUTREACH",
            to: "SCHEDULED",
            openedAt: new Date(Date.now() + serverAhead.current),
          })
        }
      >
        Schedule the meeting
      </Button>
      <MoveDialog
        move={move}
        timeZone={timeZone}
        onClose={() => setMove(null)}
        onSubmitting={() => {}}
        onSaved={(saved) => {
          setMove(null);
          setNotice(`Scheduled your meeting with ${saved.name}. The reminder to prepare the day before is on the timeline.`);
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
