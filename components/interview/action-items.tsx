"use client";
// Advice turned into action items with due dates; one with a date shows on Today when due (one
// due before today at once, as overdue, and marked so here unless its reminder is snoozed).
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Field } from "@/components/ui/field";
import { Icon } from "@/components/ui/icons";
import { addActionItemAction, removeActionItemAction, toggleActionItemAction } from "@/lib/actions/interview";
import type { ActionItemView } from "@/lib/domain/interview";
import { initialFormState } from "@/lib/validation/form-state";
import { ChecklistNotices, useChecklist } from "./checklist";
import { useDraftedAddForm } from "./drafts";

export function ActionItems({ meetingId, items }: { meetingId: string; items: ActionItemView[] }) {
  const { state, formAction, pending, formRef, onInput, values } = useDraftedAddForm(meetingId, "action-item", addActionItemAction.bind(null, meetingId));
  const list = useChecklist<ActionItemView>(items, {
    toggle: (entry, done) => toggleActionItemAction(meetingId, { id: entry.id, done }),
    remove: (entry) => removeActionItemAction(meetingId, { id: entry.id }),
    restore: (entry) => {
      const form = new FormData();
      form.set("text", entry.text);
      form.set("dueOn", entry.dueOn ?? "");
      return addActionItemAction(meetingId, initialFormState, form).then((result) => ({ ok: result.status === "saved" }));
    },
  });

  return (
    <div className="space-y-4">
      {items.length ? (
        <ul className="space-y-1">
          {items.map((item) => (
            <li key={item.id} className="flex items-start justify-between gap-2">
              <CheckboxField
                id={list.rowId(item)}
                name={`action-${item.id}`}
                label={item.text}
                hint={
                  item.overdue && !item.done ? (
                    // Said in words, not by the colour alone.
                    <span className="font-medium text-red-700">Overdue: was due {item.dueLabel}</span>
                  ) : item.snoozedLabel && !item.done ? (
                    `Due ${item.dueLabel}, snoozed until ${item.snoozedLabel}`
                  ) : item.dueLabel ? (
                    `Due ${item.dueLabel}`
                  ) : (
                    "No due date"
                  )
                }
                defaultChecked={item.done}
                onChange={(event) => void list.toggle(item, event.target.checked)}
              />
              <Button variant="ghost" size="sm" onClick={() => void list.remove(item)} aria-label={`Remove action item: ${item.text}`}>
                <Icon name="trash" className="size-4" />
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">No action items yet. Turn advice into something you will do, with a date.</p>
      )}
      <ChecklistNotices problem={list.problem} removedLabel={list.removed?.text ?? null} messageRef={list.messageRef} onUndo={() => void list.undo()} />
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
