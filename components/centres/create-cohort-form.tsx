"use client";
// An admin's "New cohort": a name and, optionally, a term. The new cohort gets its own invite code.

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Icon } from "@/components/ui/icons";
import { createCohortAction } from "@/lib/actions/career-centres";
import { initialFormState } from "@/lib/validation/form-state";
import { useFormAction } from "@/components/ui/use-form-action";

export function CreateCohortForm({ centreId }: { centreId: string }) {
  const [state, formAction, pending] = useFormAction(createCohortAction, initialFormState);
  const values = state.values ?? {};
  const formError = state.fieldErrors?.form;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="centreId" value={centreId} />
      <div aria-live="polite" className="empty:hidden">
        {state.status === "saved" ? (
          <Alert tone="success">
            <p className="font-medium [overflow-wrap:anywhere]">{state.message}</p>
          </Alert>
        ) : formError || state.status === "error" ? (
          <Alert tone="danger">
            <p className="font-medium [overflow-wrap:anywhere]">{formError ?? state.message}</p>
          </Alert>
        ) : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
        <Field
          label="Cohort name"
          name="name"
          autoComplete="off"
          placeholder="Communications Fall 2026"
          hint="A class, a programme or a group of students. Up to 100 characters."
          defaultValue={values.name ?? ""}
          error={state.fieldErrors?.name}
          key={`name-${values.name ?? ""}`}
          maxLength={100}
        />
        <Field
          label="Term (optional)"
          name="term"
          autoComplete="off"
          placeholder="Fall 2026"
          hint="Up to 40 characters."
          defaultValue={values.term ?? ""}
          error={state.fieldErrors?.term}
          key={`term-${values.term ?? ""}`}
          maxLength={40}
        />
      </div>
      <Button type="submit" pending={pending}>
        <Icon name="plus" className="size-4" />
        Create cohort
      </Button>
    </form>
  );
}
