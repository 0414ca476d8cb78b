"use client";
// Organisations, events and publications the professional recommended, as a checklist.
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Field, SelectField } from "@/components/ui/field";
import { Icon } from "@/components/ui/icons";
import { addResourceAction, removeResourceAction, toggleResourceAction } from "@/lib/actions/interview";
import { initialFormState } from "@/lib/validation/form-state";
import { RESOURCE_KIND_LABELS, RESOURCE_KINDS } from "@/lib/validation/interview";
import { ChecklistNotices, useChecklist } from "./checklist";
import { useDraftedAddForm } from "./drafts";

export interface ResourceView {
  id: string;
  kind: (typeof RESOURCE_KINDS)[number];
  title: string;
  url: string | null;
  done: boolean;
}

export function Resources({ meetingId, resources }: { meetingId: string; resources: ResourceView[] }) {
  const { state, formAction, pending, formRef, onInput, values } = useDraftedAddForm(meetingId, "resource", addResourceAction.bind(null, meetingId));
  const list = useChecklist<ResourceView>(resources, {
    toggle: (entry, done) => toggleResourceAction(meetingId, { id: entry.id, done }),
    remove: (entry) => removeResourceAction(meetingId, { id: entry.id }),
    restore: (entry) => {
      const form = new FormData();
      form.set("kind", entry.kind);
      form.set("title", entry.title);
      form.set("url", entry.url ?? "");
      return addResourceAction(meetingId, initialFormState, form).then((result) => ({ ok: result.status === "saved" }));
    },
  });

  return (
    <div className="space-y-4">
      {resources.length ? (
        <ul className="space-y-1">
          {resources.map((resource) => (
            <li key={resource.id} className="flex items-start justify-between gap-2">
              <CheckboxField
                id={list.rowId(resource)}
                name={`resource-${resource.id}`}
                label={
                  <>
                    <span className="text-slate-600">{RESOURCE_KIND_LABELS[resource.kind]}: </span>
                    {resource.title}
                  </>
                }
                hint={
                  resource.url ? (
                    <a href={resource.url} target="_blank" rel="noopener noreferrer" className="[overflow-wrap:anywhere] text-brand-700 underline-offset-2 hover:underline">
                      {resource.url.replace(/^https?:\/\/(www\.)?/, "")}
                      <span className="sr-only"> (opens in a new tab)</span>
                    </a>
                  ) : undefined
                }
                defaultChecked={resource.done}
                onChange={(event) => void list.toggle(resource, event.target.checked)}
              />
              <Button variant="ghost" size="sm" onClick={() => void list.remove(resource)} aria-label={`Remove resource: ${resource.title}`}>
                <Icon name="trash" className="size-4" />
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">No resources yet. Ask about organisations to join, events to attend and what to read.</p>
      )}
      <ChecklistNotices problem={list.problem} removedLabel={list.removed?.title ?? null} messageRef={list.messageRef} onUndo={() => void list.undo()} />
      <form ref={formRef} action={formAction} onInput={onInput} className="grid gap-3 sm:grid-cols-[10rem_1fr]" noValidate>
        <SelectField label="Kind" name="kind" defaultValue={values.kind ?? "ORGANISATION"} error={state.fieldErrors?.kind} key={`kind-${values.kind ?? ""}`}>
          {RESOURCE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {RESOURCE_KIND_LABELS[kind]}
            </option>
          ))}
        </SelectField>
        <Field label="Resource name" name="title" maxLength={200} autoComplete="off" defaultValue={values.title ?? ""} error={state.fieldErrors?.title} />
        <Field label="Link (optional)" name="url" type="url" inputMode="url" maxLength={500} autoComplete="off" defaultValue={values.url ?? ""} error={state.fieldErrors?.url} containerClassName="sm:col-span-2" />
        <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
          <Button type="submit" variant="secondary" pending={pending}>
            Add resource
          </Button>
          <p role="status" className="text-sm text-slate-600">
            {state.status === "saved" || state.status === "error" ? state.message : ""}
          </p>
        </div>
      </form>
    </div>
  );
}
