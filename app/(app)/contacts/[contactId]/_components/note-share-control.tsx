"use client";
// Sharing one note with the student's career-centre staff, or taking it back. Staff never see a
// note otherwise, whatever the student's consent level.

import { Button } from "@/components/ui/button";
import { shareNoteAction } from "@/lib/actions/cohorts";
import { initialFormState } from "@/lib/validation/form-state";
import { useFormAction } from "@/components/ui/use-form-action";

export function NoteShareControl({ noteId, shared }: { noteId: string; shared: boolean }) {
  const [state, formAction, pending] = useFormAction(shareNoteAction, initialFormState);
  return (
    <form action={formAction} className="mt-1 flex flex-wrap items-center gap-2">
      <input type="hidden" name="noteId" value={noteId} />
      <input type="hidden" name="shared" value={shared ? "0" : "1"} />
      {shared ? <span className="text-xs font-medium text-emerald-800">Shared with your career centre</span> : null}
      <Button type="submit" size="sm" variant="ghost" disabled={pending}>
        {shared ? "Stop sharing" : "Share with my career centre"}
      </Button>
      <span role="status" className="text-sm">
        {state.status === "error" || state.status === "invalid" ? <span className="text-red-700">{state.message}</span> : null}
      </span>
    </form>
  );
}
