"use client";
// "Remove" on a staff row, behind a confirmation. The server refuses removing the last admin; the
// page does not offer it either.
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
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
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={isViewer ? `Leave ${centreName}'s staff?` : `Remove ${name} from the staff?`}
        description={
          isViewer
            ? "You stop seeing its cohorts at once. To come back you need a staff invitation link from an admin."
            : `${name} stops seeing ${centreName}'s cohorts and students at once. Their own account and data stay theirs.`
        }
      >
        <form action={formAction} className="space-y-4">
          <input type="hidden" name="centreId" value={centreId} />
          <input type="hidden" name="membershipId" value={membershipId} />
          {refusal ? (
            <Alert tone="danger" live>
              <p className="font-medium">{refusal}</p>
            </Alert>
          ) : null}
          <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" pending={pending}>
              {isViewer ? "Leave the staff" : `Remove ${name}`}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
