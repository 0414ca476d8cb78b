"use client";
// A dialog that asks before a form is sent: what will happen, the server's refusal if it gave one,
// then "keep things as they are" and the confirming submit. The form's hidden fields are its
// children; the caller owns the action (useFormAction) and when the dialog is open.
import type { ReactNode } from "react";
import { Alert } from "./alert";
import { Button } from "./button";
import { Dialog } from "./dialog";

export interface ConfirmFormDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  description: string;
  action: (form: FormData) => void;
  pending: boolean;
  /** Why the server refused, shown above the buttons. */
  refusal?: string;
  cancelLabel: string;
  confirmLabel: string;
  /** "danger" for what cannot be undone by the user alone (the default). */
  confirmVariant?: "danger" | "primary";
  /** The form's hidden fields. */
  children: ReactNode;
}

export function ConfirmFormDialog({ open, onClose, title, description, action, pending, refusal, cancelLabel, confirmLabel, confirmVariant = "danger", children }: ConfirmFormDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title={title} description={description}>
      <form action={action} className="space-y-4">
        {children}
        {refusal ? (
          <Alert tone="danger" live>
            <p className="font-medium">{refusal}</p>
          </Alert>
        ) : null}
        <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
          <Button type="button" variant="secondary" onClick={onClose}>
            {cancelLabel}
          </Button>
          <Button type="submit" variant={confirmVariant} pending={pending}>
            {confirmLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
