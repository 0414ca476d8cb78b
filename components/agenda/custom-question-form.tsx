"use client";
// Writing your own question for this meeting (before the closing referral question).

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { addCustomQuestionAction } from "@/lib/actions/agenda";
import { DEFAULT_ITEM_MINUTES, MAX_ITEM_MINUTES, MIN_ITEM_MINUTES } from "@/lib/domain/agenda";
import { AGENDA_TEXT_MAX } from "@/lib/validation/agenda";
import { initialFormState } from "@/lib/validation/form-state";
import { useFormAction } from "@/components/ui/use-form-action";

export function CustomQuestionForm({ meetingId }: { meetingId: string }) {
  const [state, formAction, pending] = useFormAction(addCustomQuestionAction.bind(null, meetingId), initialFormState);
  // After a refusal the form is rebuilt with what was typed; after a save it starts empty.
  const values = state.status === "saved" ? undefined : state.values;
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // Add question was disabled while it worked, which took its focus: refused, to the first field
    // to fix; added, back to the question for the next one (the status line says it was added).
    if (state === initialFormState) return;
    const form = formRef.current;
    (form?.querySelector<HTMLElement>("[aria-invalid='true']") ?? form?.querySelector<HTMLElement>("input[name=text]"))?.focus();
  }, [state]);
  return (
    <form ref={formRef} action={formAction} className="space-y-3" key={JSON.stringify(values ?? {})} noValidate>
      <Field
        label="Your question"
        name="text"
        defaultValue={values?.text ?? ""}
        error={state.fieldErrors?.text}
        maxLength={AGENDA_TEXT_MAX}
        hint="Something only this person can answer: from your research, their work or their employer's news."
      />
      <div className="flex flex-wrap items-end gap-3">
        <Field
          label="Minutes"
          name="minutes"
          type="number"
          inputMode="numeric"
          min={MIN_ITEM_MINUTES}
          max={MAX_ITEM_MINUTES}
          defaultValue={values?.minutes ?? String(DEFAULT_ITEM_MINUTES)}
          error={state.fieldErrors?.minutes}
          containerClassName="w-28"
        />
        <Button type="submit" variant="secondary" pending={pending}>
          Add question
        </Button>
      </div>
      <p role="status" className="text-sm text-slate-600">
        {state.status === "saved" ? state.message : state.status === "error" ? <span className="text-red-700">{state.message}</span> : ""}
      </p>
    </form>
  );
}
