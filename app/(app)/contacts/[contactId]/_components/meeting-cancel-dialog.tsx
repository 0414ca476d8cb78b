"use client";
// "Cancel meeting": a confirmation that says what cancelling does (the contact goes back to
// Outreach, the meeting stays on the timeline as cancelled, the prep reminder goes) before it
// happens. Focus starts on keeping the meeting.
import { useState } from "react";
import { CancelMeetingConfirm } from "@/components/meetings/cancel-meeting-confirm";
import { Button } from "@/components/ui/button";
import { cancelMeetingAction } from "@/lib/actions/meetings";
import { formatLongDay, formatTime } from "@/lib/domain/format";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import type { PanelMeeting } from "./meeting-panel";
import { useFormAction } from "@/components/ui/use-form-action";

export function CancelMeetingDialog({
  meeting,
  contactName,
  backToOutreach,
  timeZone,
  onCancelled,
}: {
  meeting: PanelMeeting;
  contactName: string;
  /** The contact is in Scheduled, so cancelling moves them back to Outreach. */
  backToOutreach: boolean;
  timeZone: string;
  onCancelled: (message: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const when = `${formatLongDay(meeting.startsAt, timeZone)} at ${formatTime(meeting.startsAt, timeZone)}`;

  const [state, formAction, pending] = useFormAction(async (previous: FormState, form: FormData): Promise<FormState> => {
    let result: FormState;
    try {
      result = await cancelMeetingAction(previous, form);
    } catch {
      return { status: "error", message: "The meeting could not be cancelled. Check your connection and try again." };
    }
    if (result.status === "saved") {
      setOpen(false);
      onCancelled(result.message ?? "Meeting cancelled.");
    }
    return result;
  }, initialFormState);

  return (
    <>
      <Button variant="ghost" size="sm" className="text-red-700 hover:bg-red-50 hover:text-red-800" onClick={() => setOpen(true)}>
        Cancel meeting
      </Button>
      <CancelMeetingConfirm
        open={open}
        onClose={() => setOpen(false)}
        title={`Cancel the meeting with ${contactName}?`}
        description={when}
        meetingId={meeting.id}
        formAction={formAction}
        state={state}
        pending={pending}
      >
        {backToOutreach ? <li>{contactName} goes back to Outreach, so you can agree a new time.</li> : null}
        <li>The meeting stays on their timeline, marked cancelled.</li>
        <li>The reminder to prepare the day before is cancelled.</li>
        <li>If it is in your calendar, download the cancellation (.ics) from the timeline to remove it.</li>
      </CancelMeetingConfirm>
    </>
  );
}
