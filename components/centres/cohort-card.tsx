"use client";
// One cohort on its centre's page: its size, the code students type and the link they open, both
// copyable; an admin can renew the code behind a confirmation (the old one stops working).
import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmFormDialog } from "@/components/ui/confirm-form-dialog";
import { regenerateCohortCodeAction } from "@/lib/actions/career-centres";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { CopyField } from "./copy-field";
import { useFormAction } from "@/components/ui/use-form-action";

export interface CohortCardProps {
  centreId: string;
  cohortId: string;
  name: string;
  term: string | null;
  memberCount: number;
  inviteCode: string;
  /** The full /join/<code> URL. */
  joinUrl: string;
  canManage: boolean;
}

export function CohortCard({ centreId, cohortId, name, term, memberCount, inviteCode, joinUrl, canManage }: CohortCardProps) {
  const [confirming, setConfirming] = useState(false);
  const [state, formAction, pending] = useFormAction(async (previous: FormState, form: FormData) => {
    const next = await regenerateCohortCodeAction(previous, form);
    if (next.status === "saved") setConfirming(false);
    return next;
  }, initialFormState);
  const headingId = `cohort-${cohortId}`;
  const refusal = state.fieldErrors?.form ?? (state.status === "error" || state.status === "invalid" ? state.message : undefined);

  return (
    <Card className="p-5">
      <section aria-labelledby={headingId} className="space-y-4">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div className="min-w-0">
            <h3 id={headingId} className="text-base font-semibold [overflow-wrap:anywhere] text-slate-900">
              {name}
            </h3>
            {term ? <p className="text-sm [overflow-wrap:anywhere] text-slate-600">{term}</p> : null}
          </div>
          <Badge tone={memberCount > 0 ? "brand" : "neutral"}>
            {memberCount === 1 ? "1 student" : `${memberCount} students`}
          </Badge>
        </div>

        <div aria-live="polite" className="empty:hidden">
          {state.status === "saved" ? (
            <Alert tone="success">
              <p className="font-medium">{state.message}</p>
            </Alert>
          ) : null}
        </div>

        <div className="grid gap-4 sm:grid-cols-[minmax(0,12rem)_minmax(0,1fr)]">
          <CopyField id={`${headingId}-code`} label="Invite code" value={inviteCode} copyWhat={`invite code for ${name}`} />
          <CopyField id={`${headingId}-link`} label="Join link" value={joinUrl} copyWhat={`join link for ${name}`} />
        </div>
        <p className="text-sm text-slate-600">
          Students open the link, or enter the code under Settings → Join a cohort, and choose what you may see.
        </p>

        <div className="flex flex-wrap items-center gap-2">
          <Link href={`/cohorts/${cohortId}`} className={buttonClasses("secondary", "sm")}>
            Dashboard<span className="sr-only"> of {name}</span>
          </Link>
          {canManage ? (
            <Button variant="ghost" size="sm" onClick={() => setConfirming(true)}>
              New code<span className="sr-only"> for {name}</span>
            </Button>
          ) : null}
        </div>
      </section>

      {canManage ? (
        <ConfirmFormDialog
          open={confirming}
          onClose={() => setConfirming(false)}
          title={`New invite code for ${name}?`}
          description="The current code and link stop working at once. Students already in the cohort stay; anyone still to join needs the new code."
          action={formAction}
          pending={pending}
          refusal={refusal}
          cancelLabel="Keep the current code"
          confirmLabel="Make a new code"
        >
          <input type="hidden" name="centreId" value={centreId} />
          <input type="hidden" name="cohortId" value={cohortId} />
        </ConfirmFormDialog>
      ) : null}
    </Card>
  );
}
