"use client";
// Joining one cohort: choose what its staff may see (nothing is chosen for the student), then confirm.
import Link from "next/link";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { joinCohortAction } from "@/lib/actions/cohorts";
import type { ConsentLevel } from "@/lib/generated/prisma/enums";
import { initialFormState } from "@/lib/validation/form-state";
import { ConsentFieldset, type ConsentOption } from "./consent-fieldset";
import { useFormAction } from "@/components/ui/use-form-action";

export function JoinCohortForm({ code, cohortName, options }: { code: string; cohortName: string; options: ConsentOption[] }) {
  const [state, formAction, pending] = useFormAction(joinCohortAction, initialFormState);
  const chosen = (state.values?.consent as ConsentLevel | undefined) ?? "NONE";
  return (
    <form action={formAction} noValidate className="space-y-5">
      <input type="hidden" name="code" value={code} />
      <div aria-live="polite" className="empty:hidden">
        {state.status === "saved" ? (
          <Alert tone="info">
            <p className="font-medium">{state.message}</p>
            <Link href="/sharing" className="mt-1 inline-block font-semibold underline">
              Go to Sharing
            </Link>
          </Alert>
        ) : state.status === "invalid" || state.status === "error" ? (
          <Alert tone="danger">
            <p className="font-medium">{state.fieldErrors?.code ?? state.message}</p>
          </Alert>
        ) : null}
      </div>
      <ConsentFieldset key={chosen} legend={`What may ${cohortName}'s staff see?`} options={options} defaultValue={chosen} error={state.fieldErrors?.consent} />
      <p className="text-sm text-slate-600">You can change this or leave the cohort at any time on the Sharing page; staff see the change at once.</p>
      <Button type="submit" pending={pending}>
        Join {cohortName}
      </Button>
    </form>
  );
}
