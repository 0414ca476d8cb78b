"use client";
// One message area for the whole question bank. A row that is hidden or deleted disappears when
// the page refreshes, so its message (and its Undo) lives here, above the list, not in the row.
import { createContext, useContext, useState, useTransition, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export interface QuestionNotice {
  tone: "success" | "danger";
  text: string;
  /** Runs when the user presses Undo; resolves to the message shown afterwards. */
  undo?: () => Promise<QuestionNotice>;
}

interface NoticeState {
  notice: QuestionNotice | null;
  setNotice: (notice: QuestionNotice | null) => void;
}

const NoticeContext = createContext<NoticeState>({ notice: null, setNotice: () => undefined });

/** Sets the bank's message from anywhere inside the provider. */
export function useQuestionNotice() {
  return useContext(NoticeContext).setNotice;
}

export function QuestionNoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<QuestionNotice | null>(null);
  return <NoticeContext.Provider value={{ notice, setNotice }}>{children}</NoticeContext.Provider>;
}

/** Where the message shows: above the list, announced politely. */
export function QuestionNoticeArea() {
  const { notice, setNotice } = useContext(NoticeContext);
  const [pending, startTransition] = useTransition();

  function undo() {
    const run = notice?.undo;
    if (!run) return;
    startTransition(async () => setNotice(await run()));
  }

  return (
    <div aria-live="polite" className="empty:hidden">
      {notice ? (
        <Alert tone={notice.tone} className="mb-4 flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
          <p className="min-w-0 font-medium break-words">{notice.text}</p>
          <div className="flex gap-2">
            {notice.undo ? (
              <Button variant="secondary" size="sm" pending={pending} onClick={undo}>
                Undo
              </Button>
            ) : null}
            <Button variant="ghost" size="sm" onClick={() => setNotice(null)} aria-label="Dismiss message">
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
