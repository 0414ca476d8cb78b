"use client";
// One notice area for the templates page: "Deleted … Undo" stays visible after the card it came
// from has gone, and undo puts the template back.
import { createContext, useContext, useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { restoreTemplateAction } from "@/lib/actions/templates";

type Notice = { tone: "success" | "danger"; text: string; restore?: Record<string, string> } | null;

const NoticeContext = createContext<(notice: Notice) => void>(() => undefined);

export function useTemplateNotice() {
  return useContext(NoticeContext);
}

export function TemplateNotices({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice>(null);
  const [pending, startTransition] = useTransition();
  const messageRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    // What was pressed (a card's Delete, or Undo) is gone once the list refreshes: keyboard focus
    // goes to what happened, with Undo the next Tab stop.
    if (notice) messageRef.current?.focus();
  }, [notice]);

  function undo(values: Record<string, string>) {
    startTransition(async () => {
      const result = await restoreTemplateAction(values);
      setNotice({ tone: result.status === "saved" ? "success" : "danger", text: result.message ?? "That didn’t work. Reload the page and try again." });
    });
  }

  return (
    <NoticeContext.Provider value={setNotice}>
      <div aria-live="polite" className="mb-6 empty:hidden">
        {notice ? (
          <Alert tone={notice.tone} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
            <p ref={messageRef} tabIndex={-1} className="font-medium outline-none">
              {notice.text}
            </p>
            {notice.restore ? (
              <Button variant="secondary" size="sm" pending={pending} onClick={() => undo(notice.restore!)}>
                Undo
              </Button>
            ) : null}
          </Alert>
        ) : null}
      </div>
      {children}
    </NoticeContext.Provider>
  );
}
