"use client";
// Today's notice area: "Dismissed … Undo" stays visible after the reminder's card has gone (a
// settled reminder leaves the list), and Undo puts the reminder back.
import { createContext, useContext, useEffect, useRef, useState, useTransition, type ReactNode } from "react";
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
  const messageRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    // Every notice follows a button that is now gone (the card's Done, Snooze choice or Dismiss, or
    // Undo here): keyboard focus goes to what happened, with Undo the next Tab stop, instead of
    // falling back to the top of the page. Focus reads it, so the area is not also a live region.
    if (notice) messageRef.current?.focus();
  }, [notice]);

  function undo(reminderId: string) {
    startTransition(async () => {
      const result = await reopenReminderAction(reminderId);
      setNotice({ tone: result.status === "saved" ? "success" : "danger", text: result.message ?? "That didn’t work. Reload the page and try again." });
    });
  }

  return (
    <NoticeContext.Provider value={setNotice}>
      <div className="sticky top-16 z-20 mb-6 empty:hidden">
        {notice ? (
          <Alert tone={notice.tone} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 shadow-sm">
            <p ref={messageRef} tabIndex={-1} className="font-medium outline-none">
              {notice.text}
            </p>
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
