"use client";
// One notice area for the templates page: "Deleted … Undo" stays visible after the card it came
// from has gone, and undo puts the template back.
import { createContext, useContext, useState, useTransition, type ReactNode } from "react";
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
            <p className="font-medium">{notice.text}</p>
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
