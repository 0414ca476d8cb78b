"use client";
// Officers' controls for one entry: approve or reject a proposal; set status, cap per term,
// cool-down and which fields only officers see. The server checks the officer role again.
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { reviewProposalAction, updateSharedSettingsAction } from "@/lib/actions/chapters";
import { SHARED_STATUS_LABELS } from "@/lib/domain/format";
import { SETTABLE_STATUSES } from "@/lib/validation/chapters";
import { initialFormState } from "@/lib/validation/form-state";
import { VisibilityFieldset } from "./visibility-fieldset";

export interface OfficerControlsProps {
  id: string;
  name: string;
  status: keyof typeof SHARED_STATUS_LABELS;
  capPerTerm: number;
  cooldownDays: number;
  officerOnly: string[];
}

export function OfficerControls(props: OfficerControlsProps) {
  return (
    <div className="mt-3 space-y-3">
      {props.status === "PROPOSED" ? <ReviewButtons id={props.id} name={props.name} /> : null}
      <SettingsForm {...props} />
    </div>
  );
}

function ReviewButtons({ id, name }: { id: string; name: string }) {
  const [state, formAction, pending] = useActionState(reviewProposalAction, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="sharedContactId" value={id} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="decision" value="approve" size="sm" pending={pending} aria-label={`Approve ${name}`}>
          Approve
        </Button>
        <Button type="submit" name="decision" value="reject" size="sm" variant="secondary" disabled={pending} aria-label={`Reject ${name}`}>
          Reject
        </Button>
      </div>
      {state.message && state.status !== "saved" ? (
        <Alert tone="danger" live>
          {state.message}
        </Alert>
      ) : null}
    </form>
  );
}

function SettingsForm({ id, name, status, capPerTerm, cooldownDays, officerOnly }: OfficerControlsProps) {
  const [state, formAction, pending] = useActionState(updateSharedSettingsAction, initialFormState);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <details className="rounded-lg border border-slate-200 p-3">
      <summary className="cursor-pointer text-sm font-medium text-slate-800">
        Officer settings<span className="sr-only"> for {name}</span>
      </summary>
      <form action={formAction} noValidate className="mt-3 space-y-3" key={JSON.stringify(values)}>
        <input type="hidden" name="sharedContactId" value={id} />
        <SelectField label="Status" name="status" defaultValue={values.status ?? (status === "PROPOSED" ? "OPEN" : status)} error={errors.status}>
          {SETTABLE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {SHARED_STATUS_LABELS[s]}
            </option>
          ))}
        </SelectField>
        <div className="grid grid-cols-2 gap-3">
          <Field label="Cap per term" name="capPerTerm" type="number" inputMode="numeric" min={1} max={50} defaultValue={values.capPerTerm ?? String(capPerTerm)} error={errors.capPerTerm} />
          <Field label="Cool-down (days)" name="cooldownDays" type="number" inputMode="numeric" min={0} max={365} defaultValue={values.cooldownDays ?? String(cooldownDays)} error={errors.cooldownDays} />
        </div>
        <VisibilityFieldset checked={officerOnly} error={errors.officerOnly} />
        <Button type="submit" size="sm" pending={pending}>
          Save settings
        </Button>
        {state.message ? (
          <Alert tone={state.status === "saved" ? "success" : "danger"} live>
            {state.message}
          </Alert>
        ) : null}
      </form>
    </details>
  );
}
