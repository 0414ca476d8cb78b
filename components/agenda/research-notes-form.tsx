"use client";
// Research notes on the person and their employer, kept with the meeting. On paper the notes print
// as text (a text box prints cut off).
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/textarea-field";
import { saveResearchNotesAction } from "@/lib/actions/agenda";
import { initialFormState } from "@/lib/validation/form-state";
import { useFormAction } from "@/components/ui/use-form-action";

export function ResearchNotesForm({ meetingId, notes, who }: { meetingId: string; notes: string | null; who: string }) {
  const [state, formAction, pending] = useFormAction(saveResearchNotesAction.bind(null, meetingId), initialFormState);
  const [draft, setDraft] = useState(notes ?? "");
  const [dirty, setDirty] = useState(false);
  const [lastState, setLastState] = useState(state);
  const formRef = useRef<HTMLFormElement>(null);
  if (state !== lastState) {
    setLastState(state);
    if (state.status === "saved") setDirty(false);
  }
  useEffect(() => {
    // Save notes was disabled while it worked, which took its focus: refused, to the notes; saved,
    // back to Save notes, where the student was (the status line says they were saved).
    if (state === initialFormState) return;
    const form = formRef.current;
    (form?.querySelector<HTMLElement>("[aria-invalid='true']") ?? form?.querySelector<HTMLElement>("button[type=submit]"))?.focus();
  }, [state]);
  return (
    <form ref={formRef} action={formAction} className="space-y-3">
      <TextareaField
        label={`What you know about ${who}`}
        name="researchNotes"
        rows={8}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          setDirty(true);
        }}
        error={state.fieldErrors?.researchNotes}
        hint="Their role and path, recent work, the employer's news: what your questions build on."
        containerClassName="print:hidden"
      />
      <p className="hidden text-sm whitespace-pre-wrap text-slate-900 print:block">{draft || "No research notes."}</p>
      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <Button type="submit" variant="secondary" pending={pending}>
          Save notes
        </Button>
        <p role="status" className="text-sm text-slate-600">
          {dirty ? "Not saved yet." : state.status === "saved" ? state.message : ""}
          {state.status === "error" ? <span className="text-red-700">{state.message}</span> : null}
        </p>
      </div>
    </form>
  );
}
