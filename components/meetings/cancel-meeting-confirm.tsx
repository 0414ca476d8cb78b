"use client";
// The confirmation before a meeting is cancelled: what cancelling does (the caller's list), then
// "Keep the meeting" (focused when it opens: the safe choice) or "Cancel the meeting". Used for a
// student's own meeting and by an officer for a chapter's group meeting; the caller owns the action.
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { FormState } from "@/lib/validation/form-state";

export function CancelMeetingConfirm({
  open,
  onClose,
  title,
  description,
  meetingId,
  formAction,
  state,
  pending,
  children,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  description: string;
  meetingId: string;
  formAction: (form: FormData) => void;
  state: FormState;
  pending: boolean;
  /** What cancelling does, one list item each. */
  children: ReactNode;
}) {
  return (
    <Dialog open={open} onClose={() => (pending ? undefined : onClose())} title={title} description={description}>
      <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">{children}</ul>
      <form action={formAction} className="mt-5">
        <input type="hidden" name="meetingId" value={meetingId} />
        {state.status === "error" || state.status === "invalid" ? (
          <Alert tone="danger" live className="mb-4">
            {state.message}
          </Alert>
        ) : null}
        <div
          ref={(buttons) => {
            // The dialog focuses an [autofocus] descendant when it opens: keeping the meeting, the safe choice.
            buttons?.querySelector("[data-keep]")?.setAttribute("autofocus", "");
          }}
          className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end"
        >
          <Button variant="secondary" data-keep onClick={onClose} disabled={pending}>
            Keep the meeting
          </Button>
          <Button type="submit" variant="danger" pending={pending}>
            Cancel the meeting
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
