"use client";
// What a member can do with one shared professional: claim, release, copy to their pipeline and
// report how it went. One notice per card, announced, so the result stays visible even when the
// button that caused it goes away (a claimed professional shows Release instead of Claim).
import Link from "next/link";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import {
  claimSharedContactAction,
  copySharedToPipelineAction,
  releaseClaimAction,
  reportClaimOutcomeAction,
} from "@/lib/actions/chapters";
import { CLAIM_OUTCOME_LABELS as OUTCOME_LABELS } from "@/lib/domain/chapters";
import { initialFormState, type FormState } from "@/lib/validation/form-state";

const FAILED = "That didn’t work. Reload the page and try again.";

export interface ProfessionalActionsProps {
  id: string;
  name: string;
  claimable: boolean;
  claimedByViewer: boolean;
  claimedByOther: boolean;
  myContactId: string | null;
  myLatestClaim: { outcome: keyof typeof OUTCOME_LABELS | null; active: boolean } | null;
  /**
   * Set when the member cannot reach them directly (the officers keep the contact details): shown on
   * the card before claiming (`contactHintId` is that text, describing the Claim button) and repeated
   * when the claim succeeds, so nobody holds a claim not knowing how to reach the person.
   */
  contactHint?: string | null;
  contactHintId?: string;
}

type Action = (prev: FormState, form: FormData) => Promise<FormState>;

export function ProfessionalActions({ id, name, claimable, claimedByViewer, claimedByOther, myContactId, myLatestClaim, contactHint = null, contactHintId }: ProfessionalActionsProps) {
  const [notice, setNotice] = useState<{ tone: "success" | "danger"; text: string } | null>(null);
  const [outcomeError, setOutcomeError] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();
  const [running, setRunning] = useState<string | null>(null);

  function run(key: string, action: Action, extra: Record<string, string> = {}, addToSuccess: string | null = null) {
    const form = new FormData();
    form.set("sharedContactId", id);
    for (const [k, v] of Object.entries(extra)) form.set(k, v);
    setRunning(key);
    startTransition(async () => {
      const result = await action(initialFormState, form);
      setRunning(null);
      setOutcomeError(result.fieldErrors?.outcome);
      setNotice(
        result.status === "saved"
          ? { tone: "success", text: [result.message ?? "Saved.", addToSuccess].filter(Boolean).join(" ") }
          : { tone: "danger", text: result.message ?? FAILED },
      );
    });
  }

  function onReport(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const outcome = new FormData(event.currentTarget).get("outcome");
    run("outcome", reportClaimOutcomeAction, { outcome: typeof outcome === "string" ? outcome : "" });
  }

  const canReport = myLatestClaim !== null && (myLatestClaim.active || myLatestClaim.outcome === null || myLatestClaim.outcome === "CONTACTED");

  return (
    <div className="mt-3 space-y-3">
      <div className="flex flex-wrap gap-2">
        {claimable && !claimedByViewer && !claimedByOther ? (
          <Button size="sm" pending={running === "claim" && pending} onClick={() => run("claim", claimSharedContactAction, {}, contactHint)} aria-label={`Claim ${name}`} aria-describedby={contactHintId}>
            Claim
          </Button>
        ) : null}
        {claimedByViewer ? (
          <>
            {myContactId ? (
              <Link href={`/contacts/${myContactId}`} className={buttonClasses("secondary", "sm")} aria-label={`Open ${name} in my pipeline`}>
                Open in my pipeline
              </Link>
            ) : (
              <Button size="sm" pending={running === "copy" && pending} onClick={() => run("copy", copySharedToPipelineAction)} aria-label={`Copy ${name} to my pipeline`}>
                Copy to my pipeline
              </Button>
            )}
            <Button size="sm" variant="secondary" pending={running === "release" && pending} onClick={() => run("release", releaseClaimAction)} aria-label={`Release ${name}`}>
              Release
            </Button>
          </>
        ) : myContactId ? (
          <Link href={`/contacts/${myContactId}`} className={buttonClasses("ghost", "sm")} aria-label={`Open ${name} in my pipeline`}>
            Open in my pipeline
          </Link>
        ) : null}
      </div>
      {canReport ? (
        <form onSubmit={onReport} className="flex flex-col gap-2 sm:flex-row sm:items-end" aria-label={`Report how it went with ${name}`}>
          <SelectField label="How did it go?" name="outcome" defaultValue="" error={outcomeError} containerClassName="sm:flex-1">
            <option value="" disabled>
              Choose…
            </option>
            {Object.entries(OUTCOME_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
          <Button type="submit" size="sm" variant="secondary" pending={running === "outcome" && pending}>
            Report
          </Button>
        </form>
      ) : null}
      {notice ? (
        <Alert tone={notice.tone} live>
          {notice.text}
        </Alert>
      ) : null}
    </div>
  );
}
