"use client";
// The agenda's questions in order, with the time budget above them. A question moves by its Move
// up / Move down buttons or by dragging its handle (mouse, a press-and-hold on touch, or the
// keyboard); each move is announced. Removing a question offers Undo. The list changes at once
// and follows the server's order when the save returns. A button that goes away once pressed (the
// message's ×, an edit's Save and Cancel) hands focus on to where the student would be next, not
// to the top of the page.
import {
  DndContext,
  KeyboardSensor,
  TouchSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
} from "@dnd-kit/core";
import clsx from "clsx";
import { useCallback, useEffect, useMemo, useOptimistic, useRef, useState, useTransition, type RefObject } from "react";
import { MousePointerSensor } from "@/components/pipeline/board-dnd";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Icon } from "@/components/ui/icons";
import {
  moveAgendaItemAction,
  removeAgendaItemAction,
  restoreAgendaItemAction,
  suggestAgendaAction,
  updateAgendaItemAction,
} from "@/lib/actions/agenda";
import type { AgendaItemView, RemovedAgendaItem } from "@/lib/data/agenda";
import { agendaBudget, DEFAULT_ITEM_MINUTES, MAX_ITEM_MINUTES, MIN_ITEM_MINUTES, moveItem, stepTarget } from "@/lib/domain/agenda";
import { QUESTION_CATEGORY_LABELS } from "@/lib/domain/format";
import { initialFormState } from "@/lib/validation/form-state";
import {
  AGENDA_INSTRUCTIONS,
  AGENDA_KEYBOARD_CODES,
  agendaCollisionDetection,
  createAgendaAnnouncements,
  rowKeyboardCoordinates,
  shortQuestion,
} from "./agenda-dnd";
import { BudgetBar } from "./budget-bar";
import { useFormAction } from "@/components/ui/use-form-action";
import { nextControlAfter, useFocusAfterAnswer } from "@/components/interview/focus-after-answer";

type Change = { kind: "move"; id: string; to: number } | { kind: "remove"; id: string };

function applyChange(items: AgendaItemView[], change: Change): AgendaItemView[] {
  if (change.kind === "remove") return items.filter((item) => item.id !== change.id);
  const from = items.findIndex((item) => item.id === change.id);
  return from < 0 ? items : moveItem(items, from, change.to);
}

/**
 * `focus`: the message takes keyboard focus (the button pressed is gone or was disabled), and so is not also announced.
 * `suggestedFrom`: a suggestion's message, with the agenda as it was when Suggest was pressed (null
 * when the suggestion added nothing, so the agenda it speaks of is the one on screen).
 */
type Notice = { tone: "success" | "danger"; text: string; removed?: RemovedAgendaItem; focus?: boolean; suggestedFrom?: string | null } | null;

/** The agenda as the student sees it (order, words, minutes): what tells an edit. */
function agendaShape(items: AgendaItemView[]): string {
  return JSON.stringify(items.map((item) => [item.id, item.text, item.minutes]));
}

function createRowStore() {
  let current: AgendaItemView[] = [];
  return {
    get: () => current,
    set: (next: AgendaItemView[]) => {
      current = next;
    },
  };
}

const UNDO_ID = "agenda-undo";

export const moveButtonId = (itemId: string, direction: "up" | "down") => `agenda-${itemId}-${direction}`;

export function AgendaEditor({ meetingId, durationMinutes, items }: { meetingId: string; durationMinutes: number; items: AgendaItemView[] }) {
  const [list, change] = useOptimistic(items, applyChange);
  const [, startTransition] = useTransition();
  const [suggesting, startSuggest] = useTransition();
  const [announcement, setAnnouncement] = useState("");
  const [notice, setNotice] = useState<Notice>(null);
  const messageRef = useRef<HTMLSpanElement>(null);
  const [focusAfter, setFocusAfter] = useState<{ id: string; direction: "up" | "down" } | null>(null);
  // The announcements read the order as it is when dnd-kit calls them, not as it was at first render.
  const [rows] = useState(createRowStore);
  useEffect(() => rows.set(list), [rows, list]);
  const [announcements] = useState(() => createAgendaAnnouncements(rows.get));
  const budget = useMemo(() => agendaBudget(list, durationMinutes), [list, durationMinutes]);
  const noticeRef = useRef<HTMLDivElement>(null);

  // "Suggested 4 questions that fit the 30 minutes" is true of the agenda it was said of. Once the
  // student changes the agenda (adds from the bank or their own, edits, moves, removes), it no
  // longer is: left up, it sat under "Over by 5 minutes" as if the two were one message, saying the
  // agenda both fits and overruns. So it goes at the first change after the suggested questions
  // themselves arrive (the change from the agenda as it was when Suggest was pressed), or at the
  // first change at all when it added nothing ("nothing to add" is no longer so once one is removed).
  const shape = agendaShape(list);
  const [shapeSeen, setShapeSeen] = useState(shape);
  if (shape !== shapeSeen) {
    setShapeSeen(shape);
    if (notice?.suggestedFrom !== undefined && notice.suggestedFrom !== shapeSeen) setNotice(null);
  }

  const sensors = useSensors(
    useSensor(MousePointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: rowKeyboardCoordinates, keyboardCodes: AGENDA_KEYBOARD_CODES }),
  );

  useEffect(() => {
    // Keep focus on the button that moved the question, in its new place (or its twin at an end).
    if (!focusAfter) return;
    const frame = requestAnimationFrame(() => {
      const same = document.getElementById(moveButtonId(focusAfter.id, focusAfter.direction)) as HTMLButtonElement | null;
      const other = document.getElementById(moveButtonId(focusAfter.id, focusAfter.direction === "up" ? "down" : "up")) as HTMLButtonElement | null;
      const target = same && !same.disabled ? same : other;
      target?.focus();
      target?.scrollIntoView({ block: "nearest" });
      setFocusAfter(null);
    });
    return () => cancelAnimationFrame(frame);
  }, [focusAfter, list]);

  useEffect(() => {
    // The removed question's controls are gone: focus goes to Undo. After Suggest (its button goes
    // once the agenda fills) and Undo (gone with its message): to what happened.
    if (notice?.removed) document.getElementById(UNDO_ID)?.focus();
    else if (notice?.focus) messageRef.current?.focus();
  }, [notice]);

  function failed(message?: string, focus = false) {
    setNotice({ tone: "danger", text: message ?? "That didn’t save. Reload the page and try again.", focus });
  }

  function move(item: AgendaItemView, target: { direction: "up" | "down" } | { index: number }, announce: boolean) {
    const from = list.findIndex((row) => row.id === item.id);
    const to = "direction" in target ? stepTarget(list.length, from, target.direction) : target.index;
    if (to === null || to === from) return;
    if ("direction" in target) setFocusAfter({ id: item.id, direction: target.direction });
    setAnnouncement("");
    startTransition(async () => {
      change({ kind: "move", id: item.id, to });
      const result = await moveAgendaItemAction(meetingId, item.id, target);
      if (result.status !== "saved") return failed(result.message);
      if (announce && result.index !== undefined && result.count !== undefined) {
        setAnnouncement(`Moved ${shortQuestion(item.text)} to position ${result.index + 1} of ${result.count}.`);
      }
    });
  }

  function remove(item: AgendaItemView) {
    setAnnouncement("");
    startTransition(async () => {
      change({ kind: "remove", id: item.id });
      const result = await removeAgendaItemAction(meetingId, item.id);
      if (result.status !== "saved" || !result.removed) return failed(result.message, true);
      setNotice({ tone: "success", text: `Removed ${shortQuestion(item.text)} from the agenda.`, removed: result.removed });
    });
  }

  function undo(removed: RemovedAgendaItem) {
    startTransition(async () => {
      const result = await restoreAgendaItemAction(meetingId, removed);
      if (result.status !== "saved") return failed(result.message, true);
      setNotice({ tone: "success", text: `Undone: ${shortQuestion(removed.text)} is back at position ${removed.position + 1}.`, focus: true });
    });
  }

  function suggest() {
    const suggestedFrom = shape;
    startSuggest(async () => {
      const result = await suggestAgendaAction(meetingId);
      if (result.status !== "saved") return failed(result.message, true);
      setNotice({ tone: "success", text: result.message ?? "Suggested an agenda.", focus: true, suggestedFrom: result.added ? suggestedFrom : null });
    });
  }

  function dismiss() {
    // The message and its buttons go: on to the control after them (the first question's handle).
    const next = noticeRef.current ? nextControlAfter(noticeRef.current) : undefined;
    setNotice(null);
    next?.focus();
  }

  function onDragEnd(event: DragEndEvent) {
    const item = list.find((row) => row.id === event.active.id);
    const to = list.findIndex((row) => row.id === event.over?.id);
    // The drag announcements already said where it went.
    if (item && to >= 0) move(item, { index: to }, false);
  }

  const noticeBox = notice ? (
    <div
      ref={noticeRef}
      className={clsx(
        "flex flex-wrap items-center justify-between gap-2 rounded-lg border px-3 py-2 text-sm",
        notice.tone === "danger" ? "border-red-200 bg-red-50 text-red-800" : "border-emerald-200 bg-emerald-50 text-emerald-900",
      )}
    >
      <span ref={messageRef} tabIndex={-1} className="min-w-0 [overflow-wrap:anywhere] outline-none">
        {notice.text}
      </span>
      <span className="flex gap-2">
        {notice.removed ? (
          <Button id={UNDO_ID} size="sm" variant="secondary" onClick={() => undo(notice.removed!)}>
            Undo
          </Button>
        ) : null}
        <Button size="sm" variant="ghost" onClick={dismiss} aria-label="Dismiss message">
          <Icon name="close" className="size-4" />
        </Button>
      </span>
    </div>
  ) : null;

  return (
    <div className="space-y-4">
      <BudgetBar budget={budget} />

      <div aria-live="polite" className="empty:hidden print:hidden">
        {notice && !notice.focus ? noticeBox : null}
      </div>
      {notice?.focus ? <div className="print:hidden">{noticeBox}</div> : null}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>

      {list.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white px-5 py-8 text-center print:hidden">
          <h3 className="font-semibold text-slate-900">No questions yet</h3>
          <p className="mx-auto mt-1 max-w-md text-sm text-slate-600">
            Pick questions from the bank below, write your own, or start from a suggestion that fits the {durationMinutes} minutes.
          </p>
          <Button className="mt-4" onClick={suggest} pending={suggesting}>
            Suggest an agenda
          </Button>
        </div>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={agendaCollisionDetection}
          onDragEnd={onDragEnd}
          accessibility={{ announcements, screenReaderInstructions: { draggable: AGENDA_INSTRUCTIONS } }}
        >
          <ol aria-label="Agenda questions in order" className="space-y-2">
            {list.map((item, index) => (
              <AgendaRow
                key={item.id}
                meetingId={meetingId}
                item={item}
                index={index}
                count={list.length}
                onMove={(direction) => move(item, { direction }, true)}
                onRemove={() => remove(item)}
              />
            ))}
          </ol>
        </DndContext>
      )}

      {list.length > 0 && budget.remainingMinutes >= DEFAULT_ITEM_MINUTES ? (
        <div className="print:hidden">
          <Button variant="secondary" size="sm" onClick={suggest} pending={suggesting}>
            Suggest questions for the {budget.remainingMinutes} free minutes
          </Button>
        </div>
      ) : null}
    </div>
  );
}

function AgendaRow({
  meetingId,
  item,
  index,
  count,
  onMove,
  onRemove,
}: {
  meetingId: string;
  item: AgendaItemView;
  index: number;
  count: number;
  onMove: (direction: "up" | "down") => void;
  onRemove: () => void;
}) {
  const { setNodeRef: dropRef, isOver } = useDroppable({ id: item.id });
  const { setNodeRef: dragRef, attributes, listeners, transform, isDragging } = useDraggable({ id: item.id });
  const [editing, setEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const label = shortQuestion(item.text);
  const closeEdit = useCallback(() => {
    // Save and Cancel go with the form: focus goes back to the Edit button that opened it.
    editRef.current?.focus();
    setEditing(false);
  }, []);

  return (
    <li ref={dropRef} className={clsx("rounded-xl", isOver && !isDragging && "ring-2 ring-brand-500 ring-offset-2 print:ring-0")}>
      <div
        ref={dragRef}
        style={transform ? { transform: `translate3d(0, ${transform.y}px, 0)` } : undefined}
        className={clsx(
          "flex gap-2 rounded-xl border border-slate-200 bg-white p-3 shadow-sm print:break-inside-avoid print:border-slate-300 print:shadow-none sm:gap-3",
          isDragging && "relative z-10 shadow-lg ring-2 ring-brand-500",
        )}
      >
        <button
          type="button"
          className="flex min-h-11 w-8 shrink-0 cursor-grab touch-none items-center justify-center rounded-lg text-slate-500 hover:bg-slate-100 hover:text-slate-800 print:hidden"
          aria-label={`Drag to reorder ${label}`}
          {...attributes}
          {...listeners}
        >
          <Icon name="grip" className="size-5" />
        </button>
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
            <span className="font-semibold text-slate-500 tabular-nums">{index + 1}.</span>
            <p className="min-w-0 flex-1 font-medium [overflow-wrap:anywhere] text-slate-900">{item.text}</p>
          </div>
          <div className="mt-1.5 flex flex-wrap items-center gap-2 text-sm text-slate-600">
            <span className="tabular-nums">{item.minutes} min</span>
            {item.category ? (
              <Badge tone={item.category === "REFERRALS" ? "brand" : "neutral"}>{QUESTION_CATEGORY_LABELS[item.category]}</Badge>
            ) : (
              <Badge tone="info">Your question</Badge>
            )}
          </div>
          {editing ? <EditItemForm meetingId={meetingId} item={item} editRef={editRef} onDone={closeEdit} /> : null}
          <div className="mt-2 flex flex-wrap gap-1 print:hidden">
            <Button
              id={moveButtonId(item.id, "up")}
              size="sm"
              variant="ghost"
              disabled={index === 0}
              onClick={() => onMove("up")}
              aria-label={`Move ${label} up`}
            >
              <Icon name="arrow-up" className="size-4" />
              <span aria-hidden="true">Up</span>
            </Button>
            <Button
              id={moveButtonId(item.id, "down")}
              size="sm"
              variant="ghost"
              disabled={index === count - 1}
              onClick={() => onMove("down")}
              aria-label={`Move ${label} down`}
            >
              <Icon name="arrow-down" className="size-4" />
              <span aria-hidden="true">Down</span>
            </Button>
            {/* A plain button with Button's look: focus comes back to it when the form closes, by its ref. */}
            <button
              ref={editRef}
              type="button"
              className={buttonClasses("ghost", "sm")}
              onClick={() => setEditing((open) => !open)}
              aria-expanded={editing}
              aria-label={`Edit ${label}`}
            >
              <Icon name="edit" className="size-4" />
              <span aria-hidden="true">Edit</span>
            </button>
            <Button size="sm" variant="ghost" className="text-red-700 hover:bg-red-50 hover:text-red-800" onClick={onRemove} aria-label={`Remove ${label}`}>
              <Icon name="trash" className="size-4" />
              <span aria-hidden="true">Remove</span>
            </Button>
          </div>
        </div>
      </div>
    </li>
  );
}

function EditItemForm({
  meetingId,
  item,
  editRef,
  onDone,
}: {
  meetingId: string;
  item: AgendaItemView;
  editRef: RefObject<HTMLButtonElement | null>;
  onDone: () => void;
}) {
  const [state, formAction, pending] = useFormAction(updateAgendaItemAction.bind(null, meetingId, item.id), initialFormState);
  const formRef = useRef<HTMLFormElement>(null);
  // Save was disabled while it worked, which took its focus: refused, to the field to fix; saved, to Edit.
  useFocusAfterAnswer(formRef, state, editRef);
  useEffect(() => {
    if (state.status === "saved") onDone();
  }, [state, onDone]);
  // Refused or not sent, what was typed comes back (React empties the form after an action): the
  // unreachable message says it is still there.
  const values = state.status === "invalid" || state.status === "error" ? state.values : undefined;
  return (
    <form ref={formRef} action={formAction} className="mt-3 space-y-3 rounded-lg bg-slate-50 p-3 print:hidden" key={values ? JSON.stringify(values) : "form"}>
      <Field label="Question" name="text" defaultValue={values?.text ?? item.text} error={state.fieldErrors?.text} required maxLength={500} />
      <Field
        label="Minutes"
        name="minutes"
        type="number"
        inputMode="numeric"
        min={MIN_ITEM_MINUTES}
        max={MAX_ITEM_MINUTES}
        defaultValue={values?.minutes ?? String(item.minutes)}
        error={state.fieldErrors?.minutes}
        containerClassName="max-w-32"
      />
      {state.status === "error" ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {state.message}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" size="sm" pending={pending}>
          Save
        </Button>
        <Button size="sm" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
