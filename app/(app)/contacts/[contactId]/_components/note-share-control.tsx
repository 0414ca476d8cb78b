"use client";
// Sharing one note with the student's career-centre staff, or taking it back. Staff never see a
// note otherwise, whatever the student's consent level.

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { shareNoteAction } from "@/lib/actions/cohorts";
import { initialFormState } from "@/lib/validation/form-state";
import { useFormAction } from "@/components/ui/use-form-action";

/** `about`: which note, in a few words ("the note from Tue, Dec 2, “Met at the…”"): a timeline has several buttons. */
export function NoteShareControl({ noteId, shared, about }: { noteId: string; shared: boolean; about: string }) {
  const [state, formAction, pending] = useFormAction(shareNoteAction, initialFormState);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    // The button was disabled while it worked, which takes focus from it: give it back, now saying
    // the opposite (the way to undo), rather than leave focus at the top of the page.
    if (state !== initialFormState && !pending) formRef.current?.querySelector<HTMLElement>("button[type=submit]")?.focus();
  }, [state, pending]);

  return (
    <form ref={formRef} action={formAction} className="mt-1 flex flex-wrap items-center gap-2">
      <input type="hidden" name="noteId" value={noteId} />
      <input type="hidden" name="shared" value={shared ? "0" : "1"} />
      {shared ? <span className="text-xs font-medium text-emerald-800">Shared with your career centre</span> : null}
      <Button
        type="submit"
        size="sm"
        variant="ghost"
        disabled={pending}
        aria-label={shared ? `Stop sharing ${about} with my career centre` : `Share with my career centre: ${about}`}
      >
        {shared ? "Stop sharing" : "Share with my career centre"}
      </Button>
      <span role="status" className="text-sm">
        {state.status === "error" || state.status === "invalid" ? <span className="text-red-700">{state.message}</span> : null}
      </span>
    </form>
  );
}
