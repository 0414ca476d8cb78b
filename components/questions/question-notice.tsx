"use client";
// One message area for the whole question bank. A row that is hidden or deleted disappears when
// the page refreshes, so its message (and its Undo) lives here, above the list, not in the row.
import { createContext, useContext, useEffect, useRef, useState, useTransition, type ReactNode, type RefObject } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export interface QuestionNotice {
  tone: "success" | "danger";
  text: string;
  /** Runs when the user presses Undo; resolves to the message shown afterwards. */
  undo?: () => Promise<QuestionNotice>;
  /** Moves keyboard focus to the message: for a row hidden or deleted (its buttons go with it) and an Undo pressed. */
  focus?: boolean;
}

interface NoticeState {
  notice: QuestionNotice | null;
  setNotice: (notice: QuestionNotice | null) => void;
  messageRef: RefObject<HTMLParagraphElement | null>;
}

const FOCUSABLE = "a[href], button:not([disabled]), input:not([disabled]):not([type='hidden']), select:not([disabled]), textarea:not([disabled])";

const NoticeContext = createContext<NoticeState>({ notice: null, setNotice: () => undefined, messageRef: { current: null } });

/** Sets the bank's message from anywhere inside the provider. */
export function useQuestionNotice() {
  return useContext(NoticeContext).setNotice;
}

export function QuestionNoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<QuestionNotice | null>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);

  // Here, not in the message area: a parent's effects run after its children's, so a delete's
  // confirmation dialog has closed (and let go of focus) before focus moves to the message.
  useEffect(() => {
    if (notice?.focus) messageRef.current?.focus();
  }, [notice]);

  return <NoticeContext.Provider value={{ notice, setNotice, messageRef }}>{children}</NoticeContext.Provider>;
}

/** Where the message shows: above the list, announced politely. */
export function QuestionNoticeArea() {
  const { notice, setNotice, messageRef } = useContext(NoticeContext);
  const [pending, startTransition] = useTransition();
  const areaRef = useRef<HTMLDivElement>(null);

  function undo() {
    const run = notice?.undo;
    if (!run) return;
    // Undo goes away with the message it belonged to: focus moves to the next one.
    startTransition(async () => setNotice({ ...(await run()), focus: true }));
  }

  function dismiss() {
    // The message and its buttons go: focus moves on to the first control after them (the
    // filters), where reading would go next, not back to the top of the page.
    const area = areaRef.current;
    const next = area
      ? [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].find((el) => !area.contains(el) && area.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)
      : undefined;
    setNotice(null);
    next?.focus();
  }

  return (
    <div ref={areaRef} aria-live="polite" className="empty:hidden">
      {notice ? (
        <Alert tone={notice.tone} className="mb-4 flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
          <p ref={messageRef} tabIndex={-1} className="min-w-0 font-medium break-words outline-none">
            {notice.text}
          </p>
          <div className="flex gap-2">
            {notice.undo ? (
              <Button variant="secondary" size="sm" pending={pending} onClick={undo}>
                Undo
              </Button>
            ) : null}
            <Button variant="ghost" size="sm" onClick={dismiss} aria-label="Dismiss message">
              <span aria-hidden="true" className="text-xl leading-none">
                ×
              </span>
            </Button>
          </div>
        </Alert>
      ) : null}
    </div>
  );
}
