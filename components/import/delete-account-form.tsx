"use client";
// Deleting the account: the student types their email to confirm; nothing happens otherwise.
import { useFormAction } from "@/components/ui/use-form-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldMessages } from "@/components/ui/field";
import { deleteAccountAction } from "@/lib/actions/account";
import { initialFormState } from "@/lib/validation/form-state";

export function DeleteAccountForm({ email }: { email: string }) {
  const [state, action, pending] = useFormAction(deleteAccountAction, initialFormState);
  const error = state.fieldErrors?.confirmation;
  return (
    <form action={action} className="space-y-2">
      <label htmlFor="delete-confirmation" className="block text-sm font-medium text-slate-900">
        Type <span className="font-mono">{email}</span> to confirm
      </label>
      <input
        id="delete-confirmation"
        name="confirmation"
        type="text"
        autoComplete="off"
        defaultValue={state.values?.confirmation ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "delete-confirmation-error delete-confirmation-hint" : "delete-confirmation-hint"}
        className="block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm sm:text-sm"
      />
      <FieldMessages hint="This deletes your contacts, meetings, notes, reminders, claims and memberships, and signs you out everywhere. It cannot be undone." error={error} hintId="delete-confirmation-hint" errorId="delete-confirmation-error" />
      {state.status === "error" ? (
        <Alert tone="danger" live>
          {state.message}
        </Alert>
      ) : null}
      <Button type="submit" variant="danger" pending={pending}>
        Delete my account
      </Button>
    </form>
  );
}
