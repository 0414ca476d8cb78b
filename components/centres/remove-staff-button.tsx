"use client";
// "Remove" on a staff row, behind a confirmation. The server refuses removing the last admin; the
// page does not offer it either.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmFormDialog } from "@/components/ui/confirm-form-dialog";
import { removeStaffMemberAction } from "@/lib/actions/career-centres";
import { initialFormState } from "@/lib/validation/form-state";
import { useFormAction } from "@/components/ui/use-form-action";

export interface RemoveStaffButtonProps {
  centreId: string;
  centreName: string;
  membershipId: string;
  name: string;
  isViewer: boolean;
}

export function RemoveStaffButton({ centreId, centreName, membershipId, name, isViewer }: RemoveStaffButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const [state, formAction, pending] = useFormAction(removeStaffMemberAction, initialFormState);
  const refusal = state.fieldErrors?.form ?? (state.status === "error" || state.status === "invalid" ? state.message : undefined);

  return (
    <>
      <Button variant="ghost" size="sm" onClick={() => setConfirming(true)}>
        {isViewer ? "Leave" : "Remove"}
        <span className="sr-only"> {isViewer ? `${centreName}'s staff` : name}</span>
      </Button>
      <ConfirmFormDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={isViewer ? `Leave ${centreName}'s staff?` : `Remove ${name} from the staff?`}
        description={
          isViewer
            ? "You stop seeing its cohorts at once. To come back you need a staff invitation link from an admin."
            : `${name} stops seeing ${centreName}'s cohorts and students at once. Their own account and data stay theirs.`
        }
        action={formAction}
        pending={pending}
        refusal={refusal}
        cancelLabel="Cancel"
        confirmLabel={isViewer ? "Leave the staff" : `Remove ${name}`}
      >
        <input type="hidden" name="centreId" value={centreId} />
        <input type="hidden" name="membershipId" value={membershipId} />
      </ConfirmFormDialog>
    </>
  );
}
