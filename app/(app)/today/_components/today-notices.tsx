"use client";
// Today's notice area: "Dismissed … Undo" stays visible after the reminder's card has gone (a
// settled reminder leaves the list), and Undo puts the reminder back.
import { createContext, useContext, useState, useTransition, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { reopenReminderAction } from "@/lib/actions/reminders";

type Notice = { tone: "success" | "danger"; text: string; reopen?: string } | null;

const NoticeContext = createContext<(notice: Notice) => void>(() => undefined);

export function useTodayNotice() {
  return useContext(NoticeContext);
}

export function TodayNotices({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice>(null);
  const [pending, startTransition] = useTransition();

  function undo(reminderId: string) {
    startTransition(async () => {
      const result = await reopenReminderAction(reminderId);
      setNotice({ tone: result.status === "saved" ? "success" : "danger", text: result.message ?? "That didn’t work. Reload the page and try again." });
    });
  }

  return (
    <NoticeContext.Provider value={setNotice}>
      <div aria-live="polite" className="sticky top-16 z-20 mb-6 empty:hidden">
        {notice ? (
          <Alert tone={notice.tone} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 shadow-sm">
            <p className="font-medium">{notice.text}</p>
            {notice.reopen ? (
              <Button variant="secondary" size="sm" pending={pending} onClick={() => undo(notice.reopen!)}>
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
