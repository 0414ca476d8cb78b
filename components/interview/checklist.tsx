"use client";
// What action items and resources share: tick an item, remove it with Undo (which adds it back),
// and one line saying what failed. Each list keeps its own rows and add form.
// A removed row takes its Remove button with it, and Undo goes with its notice: left alone, focus
// would fall to the top of the page. Removed, it goes to what happened, with Undo the next Tab stop
// (as on Today); undone, to the row back in the list, once the page has it.
import { useEffect, useId, useRef, useState, type RefObject } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Outcome = { ok: boolean } | null;

export function useChecklist<T extends { id: string }>(
  items: T[],
  handlers: {
    toggle: (item: T, done: boolean) => Promise<Outcome>;
    remove: (item: T) => Promise<Outcome>;
    /** Adds the removed item back (a new row with the same content). */
    restore: (item: T) => Promise<Outcome>;
  },
) {
  const [removed, setRemoved] = useState<T | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // The rows listed when Undo was pressed: the one not among them is the item added back. The notice
  // (and its Undo, where focus is) stays until that row is on the page to take the focus.
  const [restoring, setRestoring] = useState<ReadonlySet<string> | null>(null);
  const [restoredId, setRestoredId] = useState<string | null>(null);
  const messageRef = useRef<HTMLSpanElement>(null);
  const prefix = useId();
  const rowId = (id: string) => `${prefix}-row-${id}`;

  const back = restoring ? items.find((item) => !restoring.has(item.id)) : undefined;
  if (back) {
    setRestoring(null);
    setRemoved(null);
    setRestoredId(back.id);
  }

  useEffect(() => {
    if (removed) messageRef.current?.focus();
  }, [removed]);
  useEffect(() => {
    if (restoredId) document.getElementById(`${prefix}-row-${restoredId}`)?.focus();
  }, [prefix, restoredId]);

  return {
    removed,
    problem,
    messageRef,
    /** The id for a row's checkbox, where focus goes when the row comes back. */
    rowId: (item: T) => rowId(item.id),
    toggle: async (item: T, done: boolean) => {
      const result = await handlers.toggle(item, done).catch(() => null);
      setProblem(result?.ok ? null : "Couldn't save that tick: check your connection and try again.");
    },
    remove: async (item: T) => {
      const result = await handlers.remove(item).catch(() => null);
      if (result?.ok) setRemoved(item);
      else setProblem("Couldn't remove it: check your connection and try again.");
    },
    undo: async () => {
      // Pressed again while the first is on its way, it would add the item twice.
      if (!removed || restoring) return;
      setRestoring(new Set(items.map((item) => item.id)));
      const result = await handlers.restore(removed).catch(() => null);
      if (result?.ok) return;
      // Not added back: the notice and its Undo stay (focus is still there) to try again.
      setRestoring(null);
      setProblem("Couldn't add it back: check your connection and try again.");
    },
  };
}

/** The failure line and the "Removed … Undo" notice under a checklist. */
export function ChecklistNotices({
  problem,
  removedLabel,
  messageRef,
  onUndo,
}: {
  problem: string | null;
  removedLabel: string | null;
  messageRef: RefObject<HTMLSpanElement | null>;
  onUndo: () => void;
}) {
  return (
    <>
      {problem ? (
        <Alert tone="danger" live>
          {problem}
        </Alert>
      ) : null}
      {removedLabel ? (
        // Focus reads it (see above), so it is not also a live region.
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <span ref={messageRef} tabIndex={-1} className="outline-none">
            Removed “{removedLabel}”.
          </span>
          <Button variant="secondary" size="sm" onClick={onUndo}>
            Undo
          </Button>
        </p>
      ) : null}
    </>
  );
}
