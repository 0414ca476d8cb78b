"use client";
// "Make admin" / "Make staff" on a staff row. Promoting someone takes nothing away, so it saves at
// once; stepping down yourself loses the right to undo it, so it asks first. The server refuses
// demoting the only admin; the page does not offer it either.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmFormDialog } from "@/components/ui/confirm-form-dialog";
import { changeStaffRoleAction } from "@/lib/actions/career-centres";
import { initialFormState } from "@/lib/validation/form-state";
import { useFormAction } from "@/components/ui/use-form-action";

export interface StaffRoleButtonProps {
  centreId: string;
  centreName: string;
  membershipId: string;
  name: string;
  isViewer: boolean;
  /** The role the button gives. */
  role: "ADMIN" | "STAFF";
}

export function StaffRoleButton({ centreId, centreName, membershipId, name, isViewer, role }: StaffRoleButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const [state, formAction, pending] = useFormAction(changeStaffRoleAction, initialFormState);
  const refusal = state.fieldErrors?.form ?? (state.status === "error" || state.status === "invalid" ? state.message : undefined);
  const label = role === "ADMIN" ? "Make admin" : isViewer ? "Step down" : "Make staff";
  const fields = (
    <>
      <input type="hidden" name="centreId" value={centreId} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <input type="hidden" name="role" value={role} />
    </>
  );

  if (isViewer && role === "STAFF") {
    return (
      <>
        <Button variant="ghost" size="sm" onClick={() => setConfirming(true)}>
          {label}
          <span className="sr-only"> as an admin of {centreName}</span>
        </Button>
        <ConfirmFormDialog
          open={confirming}
          onClose={() => setConfirming(false)}
          title={`Step down as an admin of ${centreName}?`}
          description="You stay on the staff and keep seeing its cohorts, but can no longer create cohorts or manage the staff. Only another admin can make you an admin again."
          action={formAction}
          pending={pending}
          refusal={refusal}
          cancelLabel="Cancel"
          confirmLabel="Step down"
          confirmVariant="primary"
        >
          {fields}
        </ConfirmFormDialog>
      </>
    );
  }

  return (
    <form action={formAction} className="contents">
      {fields}
      <Button type="submit" variant="ghost" size="sm" pending={pending}>
        {label}
        <span className="sr-only"> {name}</span>
      </Button>
      <span role="status" className="sr-only">
        {state.status === "saved" ? state.message : null}
      </span>
      {refusal ? (
        <p role="alert" className="w-full text-sm text-red-700">
          {refusal}
        </p>
      ) : null}
    </form>
  );
}
