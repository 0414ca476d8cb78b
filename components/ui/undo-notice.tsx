"use client";
// The notice that follows a button which is gone once it has worked (a card's Delete, Done or
// Dismiss, a row's Remove, then Undo itself): "Removed … Undo" stays after its row has left, and
// keyboard focus goes to what happened, with Undo the next Tab stop, instead of falling back to
// the top of the page. Focus reads it, so its area is not also a live region (read twice).
import clsx from "clsx";
import { useEffect, useRef, useState, useTransition } from "react";
import type { FormState } from "@/lib/validation/form-state";
import { Alert } from "./alert";
import { Button } from "./button";

export const DIDNT_WORK = "That didn’t work. Reload the page and try again.";

/** `undo`: what the undo action takes to put it back; none, and the notice has no Undo. */
export type UndoNotice<U> = { tone: "success" | "danger"; text: string; undo?: U } | null;

/** The notice, its setter, and the notice as shown (null while there is none). */
export function useUndoNotice<U>(undoAction: (undo: U) => Promise<FormState>, className?: string) {
  const [notice, setNotice] = useState<UndoNotice<U>>(null);
  const [pending, startTransition] = useTransition();
  const messageRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (notice) messageRef.current?.focus();
  }, [notice]);

  function undo(what: U) {
    startTransition(async () => {
      const result = await undoAction(what);
      setNotice({ tone: result.status === "saved" ? "success" : "danger", text: result.message ?? DIDNT_WORK });
    });
  }

  const view = notice ? (
    <Alert tone={notice.tone} className={clsx("flex flex-wrap items-center justify-between gap-x-4 gap-y-2", className)}>
      <p ref={messageRef} tabIndex={-1} className="min-w-0 font-medium [overflow-wrap:anywhere] outline-none">
        {notice.text}
      </p>
      {notice.undo !== undefined ? (
        <Button variant="secondary" size="sm" pending={pending} onClick={() => undo(notice.undo as U)}>
          Undo
        </Button>
      ) : null}
    </Alert>
  ) : null;

  return { setNotice, view };
}
