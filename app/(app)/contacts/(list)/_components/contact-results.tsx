"use client";
// One page of contacts, with checkboxes for bulk actions: a table on wide screens, a list on phones.
// Selecting shows a bar (sticky at the bottom of the screen) to tag, untag, archive or restore, or
// move the selected contacts to a stage; the result lists every contact that was skipped and why.
import clsx from "clsx";
import Link from "next/link";
import { useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import { PriorityBadge } from "@/components/contacts/priority-badge";
import { StageBadge } from "@/components/contacts/stage-badge";
import { StageRecordFields } from "@/components/pipeline/stage-record-fields";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, SelectField } from "@/components/ui/field";
import { bulkContactsAction } from "@/lib/actions/contacts";
import { requiredRecord } from "@/lib/domain/pipeline";
import { STAGE_LABELS, STAGES, isStage } from "@/lib/domain/stages";
import type { Stage } from "@/lib/generated/prisma/enums";
import { initialFormState, type FormState } from "@/lib/validation/form-state";

export interface ContactListRowView {
  id: string;
  name: string;
  title: string | null;
  employer: string | null;
  /** "570 km (354 mi)", or null when not known. */
  distanceLabel: string | null;
  stage: Stage;
  priority: number;
  tags: string[];
  doNotContact: boolean;
  overdue: boolean;
  /** No reply after the one follow-up (lib/domain/keep-in-touch.ts, contactDormantSince). */
  dormant: boolean;
  updatedIso: string;
  updatedLabel: string;
}

type BulkDialog = "tag" | "untag" | "move" | null;

/** A bulk action's result; an archive or restore also says how to undo it. */
type BulkState = FormState & { undo?: { operation: "archive" | "restore"; ids: string[] } };

async function runBulkAction(previous: BulkState, form: FormData): Promise<BulkState> {
  const result = await bulkContactsAction(previous, form);
  const operation = form.get("operation");
  if (result.status !== "saved" || (operation !== "archive" && operation !== "restore") || form.get("undoing") === "yes") return result;
  const ids = form.getAll("contactIds").filter((id): id is string => typeof id === "string");
  return { ...result, undo: { operation: operation === "archive" ? "restore" : "archive", ids } };
}

export function ContactResults({
  rows,
  archivedView,
  timeZone,
  caption,
  empty,
}: {
  rows: ContactListRowView[];
  archivedView: boolean;
  timeZone: string;
  caption: string;
  /** Shown instead of the rows when the page has none. */
  empty?: ReactNode;
}) {
  const [selected, setSelected] = useState<string[]>([]);
  const [dialog, setDialog] = useState<BulkDialog>(null);
  const [state, formAction, pending] = useActionState<BulkState, FormData>(runBulkAction, initialFormState);
  const [handled, setHandled] = useState({ state, round: 0 });
  const resultRef = useRef<HTMLDivElement>(null);

  // A finished bulk action clears the selection and closes its dialog; errors keep both.
  if (handled.state !== state) {
    setHandled({ state, round: handled.round + 1 });
    if (state.status === "saved") {
      setSelected([]);
      setDialog(null);
    }
  }
  useEffect(() => {
    if (state.status === "saved") resultRef.current?.focus();
  }, [state]);

  const ids = rows.map((r) => r.id);
  const chosen = selected.filter((id) => ids.includes(id));
  const allChosen = chosen.length === rows.length && rows.length > 0;
  const someChosen = chosen.length > 0 && !allChosen;

  const toggle = (id: string, on: boolean) => setSelected((s) => (on ? [...s.filter((x) => x !== id), id] : s.filter((x) => x !== id)));
  const toggleAll = (on: boolean) => setSelected(on ? ids : []);

  const selectAllRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (selectAllRef.current) selectAllRef.current.indeterminate = someChosen;
  }, [someChosen]);

  const hiddenIds = chosen.map((id) => <input key={id} type="hidden" name="contactIds" value={id} />);
  const skipped = state.status === "saved" ? (state.skipped ?? []) : [];
  const errors = state.status === "invalid" ? (state.fieldErrors ?? {}) : {};

  return (
    <>
      <div aria-live="polite" className="empty:hidden">
        {state.status === "saved" && state.message ? (
          <div ref={resultRef} tabIndex={-1} className="mb-4 outline-none">
            <Alert tone={skipped.length ? "info" : "success"}>
              <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
                <p className="font-medium">{state.message}</p>
                {state.undo ? (
                  <form action={formAction}>
                    <input type="hidden" name="operation" value={state.undo.operation} />
                    <input type="hidden" name="undoing" value="yes" />
                    {state.undo.ids.map((id) => (
                      <input key={id} type="hidden" name="contactIds" value={id} />
                    ))}
                    <Button type="submit" size="sm" variant="secondary" pending={pending}>
                      Undo
                    </Button>
                  </form>
                ) : null}
              </div>
              {skipped.length ? (
                <>
                  <p className="mt-2">
                    {skipped.length === 1 ? "1 contact was skipped:" : `${skipped.length} contacts were skipped:`}
                  </p>
                  <ul className="mt-1 list-disc space-y-1 pl-5">
                    {skipped.map((s) => (
                      <li key={s.id}>
                        <Link href={`/contacts/${s.id}`} className="font-semibold underline underline-offset-2">
                          {s.name}
                        </Link>
                        : {s.reason}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </Alert>
          </div>
        ) : null}
        {state.status !== "saved" && state.status !== "idle" && !dialog && state.message ? (
          <Alert tone="danger" className="mb-4">
            {state.message}
          </Alert>
        ) : null}
      </div>

      {rows.length === 0 ? (
        empty
      ) : (
        <>
          <div className="mb-2 flex min-h-11 items-center gap-3 px-1">
            <label className="flex min-h-11 cursor-pointer items-center gap-3 text-sm font-medium text-slate-800">
              <input
                ref={selectAllRef}
                type="checkbox"
                checked={allChosen}
                onChange={(e) => toggleAll(e.target.checked)}
                className="size-5 rounded border-slate-400 accent-brand-700"
              />
              Select all {rows.length} on this page
            </label>
          </div>

          {/* Phones: a list of cards. */}
          <ul className="space-y-2 md:hidden">
            {rows.map((contact) => {
              const on = chosen.includes(contact.id);
              return (
                <li
                  key={contact.id}
                  className={clsx("flex items-stretch rounded-xl border bg-white shadow-sm", on ? "border-brand-300 ring-1 ring-brand-300" : "border-slate-200")}
                >
                  <label className="flex shrink-0 cursor-pointer items-start py-4 pr-1 pl-4">
                    <input
                      type="checkbox"
                      checked={on}
                      onChange={(e) => toggle(contact.id, e.target.checked)}
                      aria-label={`Select ${contact.name}`}
                      className="mt-0.5 size-5 rounded border-slate-400 accent-brand-700"
                    />
                  </label>
                  <Link href={`/contacts/${contact.id}`} prefetch={false} className="block min-w-0 flex-1 p-4 pl-3">
                    <span className="flex items-start justify-between gap-3">
                      <span className="min-w-0">
                        <span className="block font-semibold [overflow-wrap:anywhere] text-slate-900">{contact.name}</span>
                        {contact.title || contact.employer ? (
                          <span className="block text-sm text-slate-600">{[contact.title, contact.employer].filter(Boolean).join(" · ")}</span>
                        ) : null}
                        {contact.distanceLabel ? <span className="block text-sm text-slate-600">{contact.distanceLabel} away</span> : null}
                      </span>
                      <StageBadge stage={contact.stage} />
                    </span>
                    <span className="mt-2 flex flex-wrap gap-1.5">
                      <PriorityBadge priority={contact.priority} />
                      {contact.overdue ? <Badge tone="warning">Overdue</Badge> : null}
                      {contact.dormant ? <Badge>Dormant</Badge> : null}
                      {contact.doNotContact ? <Badge tone="danger">Do not contact</Badge> : null}
                      {contact.tags.slice(0, 3).map((tag) => (
                        <Badge key={tag}>{tag}</Badge>
                      ))}
                    </span>
                  </Link>
                </li>
              );
            })}
          </ul>

          {/* Wide screens: a table. */}
          <div className="hidden overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm md:block">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{caption}</caption>
              <thead className="border-b border-slate-200 bg-slate-50 text-xs font-semibold tracking-wide text-slate-600 uppercase">
                <tr>
                  <th scope="col" className="w-12 py-3 pl-4">
                    <span className="sr-only">Selected</span>
                  </th>
                  <th scope="col" className="min-w-56 px-4 py-3">Name</th>
                  <th scope="col" className="px-4 py-3">Employer</th>
                  <th scope="col" className="px-4 py-3">Stage</th>
                  <th scope="col" className="px-4 py-3">Priority</th>
                  <th scope="col" className="hidden px-4 py-3 lg:table-cell">Tags</th>
                  <th scope="col" className="px-4 py-3 whitespace-nowrap">Updated</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.map((contact) => {
                  const on = chosen.includes(contact.id);
                  return (
                    <tr key={contact.id} className={on ? "bg-brand-50/60" : "hover:bg-slate-50"}>
                      <td className="py-3 pl-4 align-top">
                        <input
                          type="checkbox"
                          checked={on}
                          onChange={(e) => toggle(contact.id, e.target.checked)}
                          aria-label={`Select ${contact.name}`}
                          className="mt-0.5 size-5 rounded border-slate-400 accent-brand-700"
                        />
                      </td>
                      <th scope="row" className="px-4 py-3 align-top font-normal">
                        <Link href={`/contacts/${contact.id}`} prefetch={false} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
                          {contact.name}
                        </Link>
                        {contact.title ? <span className="block text-slate-600">{contact.title}</span> : null}
                      </th>
                      <td className="px-4 py-3 align-top text-slate-700">
                        {contact.employer ?? <span className="text-slate-500">—</span>}
                        {contact.distanceLabel ? <span className="block text-slate-600">{contact.distanceLabel} away</span> : null}
                      </td>
                      <td className="px-4 py-3 align-top">
                        <span className="flex flex-wrap gap-1.5">
                          <StageBadge stage={contact.stage} />
                          {contact.overdue ? <Badge tone="warning">Overdue</Badge> : null}
                          {contact.dormant ? <Badge>Dormant</Badge> : null}
                          {contact.doNotContact ? <Badge tone="danger">Do not contact</Badge> : null}
                        </span>
                      </td>
                      <td className="px-4 py-3 align-top">
                        <PriorityBadge priority={contact.priority} />
                      </td>
                      <td className="hidden px-4 py-3 align-top lg:table-cell">
                        <span className="flex flex-wrap gap-1">
                          {contact.tags.slice(0, 3).map((tag) => (
                            <Badge key={tag}>{tag}</Badge>
                          ))}
                          {contact.tags.length > 3 ? <span className="text-xs text-slate-600">+{contact.tags.length - 3}</span> : null}
                        </span>
                      </td>
                      <td className="px-4 py-3 align-top whitespace-nowrap text-slate-600">
                        <time dateTime={contact.updatedIso}>{contact.updatedLabel}</time>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>

          {chosen.length ? (
            <div
              role="region"
              aria-label="Bulk actions"
              className="sticky bottom-[calc(4.25rem+env(safe-area-inset-bottom))] z-20 mt-4 rounded-xl border border-slate-300 bg-white/95 p-3 shadow-lg backdrop-blur md:bottom-4"
            >
              <div className="flex flex-wrap items-center gap-2">
                <p className="mr-auto px-1 text-sm font-semibold text-slate-900" aria-live="polite">
                  {chosen.length} selected
                </p>
                <Button size="sm" variant="secondary" onClick={() => setDialog("tag")}>
                  Tag
                </Button>
                <Button size="sm" variant="secondary" onClick={() => setDialog("untag")}>
                  Untag
                </Button>
                <form action={formAction}>
                  <input type="hidden" name="operation" value={archivedView ? "restore" : "archive"} />
                  {hiddenIds}
                  <Button type="submit" size="sm" variant="secondary" pending={pending && !dialog}>
                    {archivedView ? "Restore" : "Archive"}
                  </Button>
                </form>
                {archivedView ? null : (
                  <Button size="sm" variant="secondary" onClick={() => setDialog("move")}>
                    Move to stage
                  </Button>
                )}
                <Button size="sm" variant="ghost" onClick={() => setSelected([])}>
                  Clear<span className="sr-only"> selection</span>
                </Button>
              </div>
            </div>
          ) : null}
        </>
      )}

      <Dialog
        open={dialog === "tag" || dialog === "untag"}
        onClose={() => setDialog(null)}
        title={dialog === "untag" ? `Remove a tag from ${plural(chosen.length)}` : `Tag ${plural(chosen.length)}`}
      >
        <form action={formAction} noValidate className="space-y-4">
          <input type="hidden" name="operation" value={dialog === "untag" ? "untag" : "tag"} />
          {hiddenIds}
          <Field
            label="Tag"
            name="tag"
            autoComplete="off"
            autoCapitalize="none"
            maxLength={40}
            placeholder="e.g. agency"
            defaultValue={state.status === "invalid" ? (state.values?.tag ?? "") : ""}
            error={errors.tag}
            autoFocus
          />
          <DialogButtons onCancel={() => setDialog(null)} pending={pending} label={dialog === "untag" ? "Remove tag" : "Add tag"} />
        </form>
      </Dialog>

      <Dialog open={dialog === "move"} onClose={() => setDialog(null)} title={`Move ${plural(chosen.length)}`}>
        {dialog === "move" ? (
          <MoveForm
            hiddenIds={hiddenIds}
            formAction={formAction}
            pending={pending}
            state={state}
            round={handled.round}
            timeZone={timeZone}
            onCancel={() => setDialog(null)}
          />
        ) : null}
      </Dialog>
    </>
  );
}

function plural(n: number): string {
  return n === 1 ? "1 contact" : `${n} contacts`;
}

function DialogButtons({ onCancel, pending, label }: { onCancel: () => void; pending: boolean; label: string }) {
  return (
    <div className="flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end">
      <Button variant="secondary" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" pending={pending}>
        {label}
      </Button>
    </div>
  );
}

function MoveForm({
  hiddenIds,
  formAction,
  pending,
  state,
  round,
  timeZone,
  onCancel,
}: {
  hiddenIds: ReactNode;
  formAction: (form: FormData) => void;
  pending: boolean;
  state: FormState;
  /** Bumped on every answer: the record's selects remount to show the echoed values. */
  round: number;
  timeZone: string;
  onCancel: () => void;
}) {
  const echoed = state.status === "invalid" ? state.values : undefined;
  const [to, setTo] = useState<Stage>(isStage(echoed?.to) ? echoed.to : "OUTREACH");
  const kind = requiredRecord("FIND", to);
  const errors = state.status === "invalid" ? (state.fieldErrors ?? {}) : {};

  return (
    <form action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="operation" value="move" />
      {hiddenIds}
      <SelectField
        label="Move to"
        name="to"
        value={to}
        onChange={(e) => {
          if (isStage(e.target.value)) setTo(e.target.value);
        }}
        error={errors.to}
      >
        {STAGES.map((s) => (
          <option key={s} value={s}>
            {STAGE_LABELS[s]}
          </option>
        ))}
      </SelectField>
      {kind ? (
        <div className="space-y-3 rounded-lg border border-slate-200 p-4">
          <p className="text-sm text-slate-700">
            Contacts moving forward into {STAGE_LABELS[to]} are saved with this record. Contacts already past it move back and need nothing.
          </p>
          <StageRecordFields key={`${to}-${round}`} kind={kind} timeZone={timeZone} values={echoed} errors={errors} />
        </div>
      ) : (
        <p className="text-sm text-slate-700">Moving back to {STAGE_LABELS[to]} needs no record. Reminders that belonged to later stages are cancelled.</p>
      )}
      <p className="text-sm text-slate-600">Contacts that can’t move (for example, marked do not contact) are skipped and listed with the reason.</p>
      <DialogButtons onCancel={onCancel} pending={pending} label={`Move to ${STAGE_LABELS[to]}`} />
    </form>
  );
}
