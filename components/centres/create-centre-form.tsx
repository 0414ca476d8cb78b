"use client";
// "Create a career centre": its name; the creator becomes its admin.

import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { createCareerCentreAction } from "@/lib/actions/career-centres";
import { initialFormState } from "@/lib/validation/form-state";
import { useFormAction } from "@/components/ui/use-form-action";

export function CreateCentreForm() {
  const [state, formAction, pending] = useFormAction(createCareerCentreAction, initialFormState);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} />
      <Field
        label="Name"
        name="name"
        autoComplete="organization"
        placeholder="Ohio State Career Center"
        hint="As students and colleagues know it. They see it when they join. Up to 100 characters."
        defaultValue={state.values?.name ?? ""}
        error={state.fieldErrors?.name}
        key={state.values?.name ?? ""}
        maxLength={100}
      />
      <Button type="submit" pending={pending}>
        Create career centre
      </Button>
    </form>
  );
}
