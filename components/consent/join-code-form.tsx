"use client";
// "Join a cohort": the invite code from the career centre; an unknown code is refused on the field.

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { findCohortAction } from "@/lib/actions/cohorts";
import { initialFormState } from "@/lib/validation/form-state";
import { useFormAction } from "@/components/ui/use-form-action";

export function JoinCodeForm() {
  const [state, formAction, pending] = useFormAction(findCohortAction, initialFormState);
  const formRef = useRef<HTMLFormElement>(null);
  // A refused code remounts the field (its key is the code, to show it again), which drops focus to the page:
  // put the cursor back in it, to fix.
  useEffect(() => {
    if (state.status !== "invalid") return;
    formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [state]);
  return (
    <form ref={formRef} action={formAction} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-start">
      <Field
        label="Invite code"
        name="code"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        placeholder="K7QM-2XPA"
        hint="Eight letters and digits, from your career centre's email or link."
        defaultValue={state.values?.code ?? ""}
        error={state.fieldErrors?.code}
        containerClassName="sm:w-72"
        key={state.values?.code ?? ""}
      />
      <Button type="submit" pending={pending} className="sm:mt-7">
        Continue
      </Button>
    </form>
  );
}
