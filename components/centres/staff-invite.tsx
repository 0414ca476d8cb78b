"use client";
// The admin's staff invitation: a link that makes whoever opens it (signed in, and not a student of
// the centre) staff. Renewing it kills the old link at once, behind a confirmation.
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmFormDialog } from "@/components/ui/confirm-form-dialog";
import { regenerateStaffInviteAction } from "@/lib/actions/career-centres";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { CopyField } from "./copy-field";
import { useFormAction } from "@/components/ui/use-form-action";

export function StaffInvite({ centreId, centreName, inviteUrl }: { centreId: string; centreName: string; inviteUrl: string | null }) {
  const [confirming, setConfirming] = useState(false);
  const [state, formAction, pending] = useFormAction(async (previous: FormState, form: FormData) => {
    const next = await regenerateStaffInviteAction(previous, form);
    if (next.status === "saved") setConfirming(false);
    return next;
  }, initialFormState);
  const refusal = state.fieldErrors?.form ?? (state.status === "error" || state.status === "invalid" ? state.message : undefined);

  const feedback = (
    <div aria-live="polite" className="empty:hidden">
      {state.status === "saved" ? (
        <Alert tone="success">
          <p className="font-medium">{state.message}</p>
        </Alert>
      ) : refusal && !confirming ? (
        <Alert tone="danger">
          <p className="font-medium">{refusal}</p>
        </Alert>
      ) : null}
    </div>
  );

  if (!inviteUrl) {
    // No usable link yet (a centre from before links were lengthened): making one kills nothing.
    return (
      <form action={formAction} className="space-y-3">
        <input type="hidden" name="centreId" value={centreId} />
        {feedback}
        <p className="text-sm text-slate-700">Invite colleagues with a private link. Anyone who opens it while signed in joins {centreName}&apos;s staff.</p>
        <Button type="submit" pending={pending}>
          Make a staff invitation link
        </Button>
      </form>
    );
  }

  return (
    <div className="space-y-3">
      {feedback}
      <CopyField
        id="staff-invite-link"
        label="Staff invitation link"
        value={inviteUrl}
        copyWhat="staff invitation link"
        hint="Anyone who opens it while signed in joins the staff and sees what consenting students share. Send it only to colleagues; students cannot use it."
      />
      <Button variant="ghost" size="sm" onClick={() => setConfirming(true)}>
        Make a new link
      </Button>
      <ConfirmFormDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title="Make a new staff invitation link?"
        description="The current link stops working at once. Colleagues who already joined stay on the staff."
        action={formAction}
        pending={pending}
        refusal={refusal}
        cancelLabel="Keep the current link"
        confirmLabel="Make a new link"
      >
        <input type="hidden" name="centreId" value={centreId} />
      </ConfirmFormDialog>
    </div>
  );
}
