"use client";
// What action items and resources share: tick an item, remove it with Undo (which adds it back),
// and one line saying what failed. Each list keeps its own rows and add form.
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Outcome = { ok: boolean } | null;

export function useChecklist<T extends { id: string }>(handlers: {
  toggle: (item: T, done: boolean) => Promise<Outcome>;
  remove: (item: T) => Promise<Outcome>;
  /** Adds the removed item back (a new row with the same content). */
  restore: (item: T) => Promise<unknown>;
}) {
  const [removed, setRemoved] = useState<T | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  return {
    removed,
    problem,
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
      if (!removed) return;
      await handlers.restore(removed).catch(() => null);
      setRemoved(null);
    },
  };
}

/** The failure line and the "Removed … Undo" notice under a checklist. */
export function ChecklistNotices({ problem, removedLabel, onUndo }: { problem: string | null; removedLabel: string | null; onUndo: () => void }) {
  return (
    <>
      {problem ? (
        <Alert tone="danger" live>
          {problem}
        </Alert>
      ) : null}
      {removedLabel ? (
        <p role="status" className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          Removed “{removedLabel}”.
          <Button variant="secondary" size="sm" onClick={onUndo}>
            Undo
          </Button>
        </p>
      ) : null}
    </>
  );
}
