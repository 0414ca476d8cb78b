"use client";
// Scheduling a contact in Outreach from their own page: the board's move-to-Scheduled dialog (its
// fields, live overlap check and moveContactAction, which validates and authorizes), opened from a
// button here so a student who has just logged a reply need not go looking for the board. Stays
// mounted once saved (the page puts it in the same place whatever the stage) to say what happened.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Icon } from "@/components/ui/icons";
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

  useEffect(() => {
    // The button that opened the dialog is gone once saved: focus goes to what happened instead.
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  if (notice) {
    return (
      <div ref={noticeRef} tabIndex={-1} className="focus:outline-none">
        <Alert tone="success" live>
          <p className="font-medium">{notice}</p>
        </Alert>
      </div>
    );
  }
  if (!offer) return null;

  return (
    <section aria-labelledby="schedule-meeting-heading">
      <Card className={replied ? "border-brand-300 p-5" : "p-5"}>
        <h2 id="schedule-meeting-heading" className="flex items-center gap-2 text-base font-semibold text-slate-900">
          <Icon name="calendar" className="size-4 text-amber-800" />
          {replied ? "Next: schedule the meeting" : "Upcoming meeting"}
        </h2>
        <p className="mt-2 text-sm text-slate-700">
          {replied
            ? `${firstName} replied. Once you have agreed a time, schedule it here: Rapport keeps the invitation and reminds you to prepare the day before.`
            : `Nothing scheduled with ${firstName} yet. When they agree to a time, schedule it here: Rapport keeps the invitation and reminds you to prepare the day before.`}
        </p>
        <Button
          className="mt-4"
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
      </Card>
      <MoveDialog
        move={move}
        timeZone={timeZone}
        onClose={() => setMove(null)}
        onSubmitting={() => {}}
        onSaved={(saved) => {
          setMove(null);
          setNotice(`Scheduled your meeting with ${saved.name}. It is under Upcoming meeting, and the reminder to prepare is on the timeline.`);
          router.refresh();
        }}
        onReload={() => {
          setMove(null);
          router.refresh();
        }}
      />
    </section>
  );
}
