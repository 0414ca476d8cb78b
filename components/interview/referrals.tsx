"use client";
// "Who else should I talk to?": each person named becomes a contact in Find, linked to this one.
import Link from "next/link";
import { StageBadge } from "@/components/contacts/stage-badge";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import { addReferralAction } from "@/lib/actions/interview";
import type { Stage } from "@/lib/generated/prisma/enums";
import { useDraftedAddForm } from "./drafts";

export interface ReferralView {
  id: string;
  name: string;
  title: string | null;
  employer: string | null;
  stage: Stage;
}

export function Referrals({ meetingId, referrerName, referrals }: { meetingId: string; referrerName: string; referrals: ReferralView[] }) {
  const { state, formAction, pending, formRef, onInput, values } = useDraftedAddForm(meetingId, "referral", addReferralAction.bind(null, meetingId));
  return (
    <div className="space-y-4">
      {referrals.length ? (
        <ul className="space-y-2">
          {referrals.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 rounded-lg bg-slate-50 px-3 py-2">
              <div className="min-w-0">
                <Link href={`/contacts/${r.id}`} className="font-semibold [overflow-wrap:anywhere] text-brand-700 underline-offset-2 hover:underline">
                  {r.name}
                </Link>
                {r.title || r.employer ? (
                  <p className="text-sm text-slate-700">{[r.title, r.employer].filter(Boolean).join(" at ")}</p>
                ) : null}
                <p className="text-xs text-slate-600">Referred by {referrerName}</p>
              </div>
              <StageBadge stage={r.stage} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">No referrals yet. Ask who else you should talk to, and whether you may use {referrerName}’s name.</p>
      )}
      <form ref={formRef} action={formAction} onInput={onInput} className="grid gap-3 sm:grid-cols-2" noValidate>
        <Field label="Name" name="name" maxLength={120} autoComplete="off" required defaultValue={values.name ?? ""} error={state.fieldErrors?.name} />
        <Field label="Title (optional)" name="title" maxLength={120} autoComplete="off" defaultValue={values.title ?? ""} error={state.fieldErrors?.title} />
        <Field label="Employer (optional)" name="employer" maxLength={120} autoComplete="off" defaultValue={values.employer ?? ""} error={state.fieldErrors?.employer} />
        <Field label="Email (optional)" name="email" type="email" inputMode="email" maxLength={254} autoComplete="off" defaultValue={values.email ?? ""} error={state.fieldErrors?.email} />
        <TextareaField label="Notes (optional)" name="notes" rows={2} maxLength={5000} defaultValue={values.notes ?? ""} error={state.fieldErrors?.notes} containerClassName="sm:col-span-2" />
        <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
          <Button type="submit" variant="secondary" pending={pending}>
            Add referral
          </Button>
          <p role="status" className="text-sm text-slate-600">
            {state.status === "saved" || state.status === "error" ? state.message : ""}
          </p>
        </div>
      </form>
    </div>
  );
}
