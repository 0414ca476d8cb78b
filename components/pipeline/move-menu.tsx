"use client";
// The "Move" menu button on a card: the way to move a contact without dragging. A menu button
// (aria-haspopup="menu"): arrow keys move between stages, Enter or Space chooses, Escape closes.
import clsx from "clsx";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { STAGE_LABELS, STAGES, stageIndex } from "@/lib/domain/stages";
import type { Stage } from "@/lib/generated/prisma/enums";

export interface MoveMenuProps {
  name: string;
  stage: Stage;
  /** The id of the Move button, so focus can come back to it after a move. */
  buttonId: string;
  disabled?: boolean;
  onChoose: (to: Stage) => void;
}

export function MoveMenu({ name, stage, buttonId, disabled, onChoose }: MoveMenuProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const targets = STAGES.filter((s) => s !== stage);

  useEffect(() => {
    if (open && focusIndex !== null) itemRefs.current[focusIndex]?.focus();
  }, [open, focusIndex]);

  useEffect(() => {
    if (!open) return;
    // A press outside closes the menu.
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !containerRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  function openAt(index: number) {
    setOpen(true);
    setFocusIndex((index + targets.length) % targets.length);
  }

  function close(returnFocus: boolean) {
    setOpen(false);
    setFocusIndex(null);
    if (returnFocus) buttonRef.current?.focus();
  }

  function choose(to: Stage) {
    // Focus goes back to the Move button first: the dialog returns focus there when it closes.
    close(true);
    onChoose(to);
  }

  function onButtonKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      openAt(0);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      openAt(targets.length - 1);
    }
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const current = focusIndex ?? 0;
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        setFocusIndex((current + 1) % targets.length);
        break;
      case "ArrowUp":
        event.preventDefault();
        setFocusIndex((current - 1 + targets.length) % targets.length);
        break;
      case "Home":
        event.preventDefault();
        setFocusIndex(0);
        break;
      case "End":
        event.preventDefault();
        setFocusIndex(targets.length - 1);
        break;
      case "Escape":
        event.preventDefault();
        event.stopPropagation();
        close(true);
        break;
      case "Tab":
        close(false);
        break;
    }
  }

  return (
    // It closes on Escape, Tab, a choice, or a press outside; not on blur, which Safari fires before
    // the click when a menu item is pressed (its buttons take no focus from a click).
    <div ref={containerRef}>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        disabled={disabled}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={`Move ${name}`}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKeyDown}
        className="move-button"
      >
        Move
        <svg viewBox="0 0 20 20" aria-hidden="true" className={clsx("size-4 transition-transform", open && "rotate-180")}>
          <path d="m6 8 4 4 4-4" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
      {open ? (
        <div
          id={menuId}
          role="menu"
          aria-label={`Move ${name} to`}
          onKeyDown={onMenuKeyDown}
          className="mt-1.5 overflow-hidden rounded-lg border border-slate-200 bg-white py-1 shadow-lg"
        >
          {targets.map((to, index) => {
            const back = stageIndex(to) < stageIndex(stage);
            return (
              <button
                key={to}
                ref={(element) => {
                  itemRefs.current[index] = element;
                }}
                type="button"
                role="menuitem"
                tabIndex={focusIndex === index ? 0 : -1}
                onClick={() => choose(to)}
                onFocus={() => setFocusIndex(index)}
                className="flex min-h-11 w-full items-center gap-2 px-3 text-left text-sm text-slate-800 hover:bg-slate-100 focus-visible:bg-brand-50 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-brand-600"
              >
                <span aria-hidden="true" className="w-3 text-slate-500">
                  {back ? "←" : "→"}
                </span>
                {back ? `Back to ${STAGE_LABELS[to]}` : STAGE_LABELS[to]}
              </button>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
