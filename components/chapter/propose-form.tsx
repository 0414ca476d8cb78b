"use client";
// "Propose a professional": every field of a shared entry, with per-field visibility. A member's
// proposal waits for an officer; an officer's is on the list at once.
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import { proposeSharedContactAction } from "@/lib/actions/chapters";
import { CHANNEL_LABELS } from "@/lib/domain/format";
import { initialFormState } from "@/lib/validation/form-state";
import { VisibilityFieldset } from "./visibility-fieldset";

export function ProposeForm({ organisationId, isOfficer }: { organisationId: string; isOfficer: boolean }) {
  const [state, formAction, pending] = useActionState(proposeSharedContactAction, initialFormState);
  const values = state.status === "saved" ? {} : (state.values ?? {});
  const errors = state.fieldErrors ?? {};
  // A new key after each answer re-mounts the fields with what the server echoed (or empty after a save).
  const key = `${state.status}-${JSON.stringify(values)}`;
  return (
    <>
    {state.status === "saved" && state.message ? (
      <Alert tone="success" live className="mb-3">
        {state.message}
      </Alert>
    ) : null}
    <details className="mb-6 rounded-xl border border-slate-200 bg-white p-4 shadow-sm" open={state.status === "invalid" || undefined}>
      <summary className="cursor-pointer text-sm font-semibold text-brand-800">{isOfficer ? "Add a professional" : "Propose a professional"}</summary>
      <form action={formAction} noValidate className="mt-4 space-y-4" key={key}>
        <input type="hidden" name="organisationId" value={organisationId} />
        {state.message && state.status !== "saved" ? (
          <Alert tone="danger" live>
            {state.message}
          </Alert>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Name" name="name" required autoComplete="off" defaultValue={values.name ?? ""} error={errors.name} />
          <Field label="Title" name="title" autoComplete="off" defaultValue={values.title ?? ""} error={errors.title} />
          <Field label="Employer" name="employer" autoComplete="off" defaultValue={values.employer ?? ""} error={errors.employer} />
          <Field label="Topics they will talk about" name="topics" hint="Separate with commas." defaultValue={values.topics ?? ""} error={errors.topics} />
          <SelectField label="Preferred channel" name="preferredChannel" defaultValue={values.preferredChannel ?? ""} error={errors.preferredChannel}>
            <option value="">No preference</option>
            {Object.entries(CHANNEL_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
          <Field label="Email" name="email" type="email" autoComplete="off" defaultValue={values.email ?? ""} error={errors.email} />
          <Field label="Phone" name="phone" type="tel" autoComplete="off" defaultValue={values.phone ?? ""} error={errors.phone} />
          <Field label="LinkedIn" name="linkedinUrl" type="url" autoComplete="off" defaultValue={values.linkedinUrl ?? ""} error={errors.linkedinUrl} />
        </div>
        <TextareaField label="How they know the chapter" name="chapterRelation" rows={2} defaultValue={values.chapterRelation ?? ""} error={errors.chapterRelation} />
        <VisibilityFieldset checked={state.status === "invalid" ? (state.values?.officerOnlyList ?? "").split(",") : ["email", "phone"]} error={errors.officerOnly} />
        <Button type="submit" pending={pending}>
          {isOfficer ? "Add to the list" : "Send to the officers"}
        </Button>
      </form>
    </details>
    </>
  );
}
