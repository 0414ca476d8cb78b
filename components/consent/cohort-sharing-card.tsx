"use client";
// One cohort on the Sharing page: what its staff see now, a form to change it, and leaving the
// cohort behind a confirmation.
import { useState } from "react";
import { Alert, FormMessage } from "@/components/ui/alert";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { changeConsentAction, leaveCohortAction } from "@/lib/actions/cohorts";
import type { ConsentLevel } from "@/lib/generated/prisma/enums";
import { initialFormState } from "@/lib/validation/form-state";
import { ConsentFieldset, type ConsentOption } from "./consent-fieldset";
import { useFormAction } from "@/components/ui/use-form-action";

const TONES: Record<ConsentLevel, BadgeTone> = { NONE: "neutral", PROGRESS: "info", CONTACTS: "success" };

export interface CohortSharingCardProps {
  cohortId: string;
  name: string;
  /** "Ohio State Career Center · Fall 2026" */
  subtitle: string;
  consent: ConsentLevel;
  consentLabel: string;
  /** "Joined Aug 1, 2026 · sharing since Aug 1, 2026" */
  since: string;
  options: ConsentOption[];
}

export function CohortSharingCard({ cohortId, name, subtitle, consent, consentLabel, since, options }: CohortSharingCardProps) {
  const [state, formAction, pending] = useFormAction(changeConsentAction, initialFormState);
  const [leaveState, leaveAction, leaving] = useFormAction(leaveCohortAction, initialFormState);
  const [confirming, setConfirming] = useState(false);
  const headingId = `sharing-${cohortId}`;
  const selected = (state.status === "invalid" ? (state.values?.consent as ConsentLevel | undefined) : undefined) ?? consent;

  return (
    <Card className="p-5">
      <section aria-labelledby={headingId} className="space-y-4">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div>
            <h2 id={headingId} className="text-base font-semibold text-slate-900">
              {name}
            </h2>
            <p className="text-sm text-slate-600">{subtitle}</p>
            <p className="text-sm text-slate-600">{since}</p>
          </div>
          <Badge tone={TONES[consent]}>
            <span className="sr-only">Now: </span>
            {consentLabel}
          </Badge>
        </div>

        <form action={formAction} noValidate className="space-y-4">
          <input type="hidden" name="cohortId" value={cohortId} />
          <FormMessage state={state} saved={`${state.message} Staff see the change from their next page load.`} />
          <ConsentFieldset key={`${consent}-${selected}`} legend={`What ${name}'s staff may see`} options={options} defaultValue={selected} error={state.fieldErrors?.consent} />
          <div className="flex flex-col gap-3 sm:flex-row sm:justify-between">
            <Button type="submit" pending={pending}>
              Save sharing level
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
              Leave {name}
            </Button>
          </div>
        </form>
      </section>

      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={`Leave ${name}?`}
        description="Its staff stop seeing you in the cohort at once, enrolled or not. Your contacts and notes stay yours. To come back, you need the invite code again."
      >
        <form action={leaveAction} className="space-y-4">
          <input type="hidden" name="cohortId" value={cohortId} />
          {leaveState.status === "error" || leaveState.status === "invalid" ? (
            <Alert tone="danger" live>
              <p className="font-medium">{leaveState.message}</p>
            </Alert>
          ) : null}
          <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              Stay in the cohort
            </Button>
            <Button type="submit" variant="danger" pending={leaving}>
              Leave the cohort
            </Button>
          </div>
        </form>
      </Dialog>
    </Card>
  );
}
