"use client";
// "Join as staff" on a staff invitation. A refusal (a student of the centre, a link replaced
// meanwhile) is shown above the button.

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { acceptStaffInviteAction } from "@/lib/actions/career-centres";
import { initialFormState } from "@/lib/validation/form-state";
import { useFormAction } from "@/components/ui/use-form-action";

export function AcceptStaffInviteForm({ code, centreName }: { code: string; centreName: string }) {
  const [state, formAction, pending] = useFormAction(acceptStaffInviteAction, initialFormState);
  const refusal = state.fieldErrors?.code ?? (state.status === "error" || state.status === "invalid" ? state.message : undefined);
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="code" value={code} />
      <div aria-live="polite" className="empty:hidden">
        {refusal ? (
          <Alert tone="danger">
            <p className="font-medium">{refusal}</p>
          </Alert>
        ) : null}
      </div>
      <Button type="submit" pending={pending}>
        Join as staff<span className="sr-only"> of {centreName}</span>
      </Button>
    </form>
  );
}
