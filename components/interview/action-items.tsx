"use client";
// Advice turned into action items with due dates; one with a date shows on Today when due.
import { useActionState, useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Field } from "@/components/ui/field";
import { Icon } from "@/components/ui/icons";
import { addActionItemAction, removeActionItemAction, toggleActionItemAction } from "@/lib/actions/interview";
import { initialFormState } from "@/lib/validation/form-state";
import { offlineSafe, useFormDraft } from "./drafts";

export interface ActionItemView {
  id: string;
  text: string;
  /** yyyy-mm-dd in the viewer's zone, for the date input and undo. */
  dueOn: string | null;
  dueLabel: string | null;
  done: boolean;
}

export function ActionItems({ meetingId, items }: { meetingId: string; items: ActionItemView[] }) {
  const [state, formAction, pending] = useActionState(offlineSafe(addActionItemAction.bind(null, meetingId)), initialFormState);
  const { formRef, onInput, clear } = useFormDraft(meetingId, "action-item");
  const [removed, setRemoved] = useState<ActionItemView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (state.status === "saved") clear();
  }, [state, clear]);

  const toggle = async (item: ActionItemView, done: boolean) => {
    const result = await toggleActionItemAction(meetingId, { id: item.id, done }).catch(() => null);
    setProblem(result?.ok ? null : "Couldn't save that tick: check your connection and try again.");
  };
  const remove = async (item: ActionItemView) => {
    const result = await removeActionItemAction(meetingId, { id: item.id }).catch(() => null);
    if (result?.ok) setRemoved(item);
    else setProblem("Couldn't remove it: check your connection and try again.");
  };
  const undo = async () => {
    if (!removed) return;
    const form = new FormData();
    form.set("text", removed.text);
    form.set("dueOn", removed.dueOn ?? "");
    await addActionItemAction(meetingId, initialFormState, form).catch(() => null);
    setRemoved(null);
  };

  const values = state.status === "saved" ? {} : (state.values ?? {});
  return (
    <div className="space-y-4">
      {items.length ? (
        <ul className="space-y-1">
          {items.map((item) => (
            <li key={item.id} className="flex items-start justify-between gap-2">
              <CheckboxField
                name={`action-${item.id}`}
                label={item.text}
                hint={item.dueLabel ? `Due ${item.dueLabel}` : "No due date"}
                defaultChecked={item.done}
                onChange={(event) => void toggle(item, event.target.checked)}
              />
              <Button variant="ghost" size="sm" onClick={() => void remove(item)} aria-label={`Remove action item: ${item.text}`}>
                <Icon name="trash" className="size-4" />
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">No action items yet. Turn advice into something you will do, with a date.</p>
      )}
      {problem ? (
        <Alert tone="danger" live>
          {problem}
        </Alert>
      ) : null}
      {removed ? (
        <p role="status" className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          Removed “{removed.text}”.
          <Button variant="secondary" size="sm" onClick={() => void undo()}>
            Undo
          </Button>
        </p>
      ) : null}
      <form ref={formRef} action={formAction} onInput={onInput} className="grid gap-3 sm:grid-cols-[1fr_11rem]" noValidate>
        <Field label="Action item" name="text" maxLength={500} autoComplete="off" defaultValue={values.text ?? ""} error={state.fieldErrors?.text} />
        <Field label="Due date (optional)" name="dueOn" type="date" defaultValue={values.dueOn ?? ""} error={state.fieldErrors?.dueOn} />
        <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
          <Button type="submit" variant="secondary" pending={pending}>
            Add action item
          </Button>
          <p role="status" className="text-sm text-slate-600">
            {state.status === "saved" ? state.message : state.status === "error" ? state.message : ""}
          </p>
        </div>
      </form>
    </div>
  );
}
