"use client";
// Today's notice area: "Dismissed … Undo" stays visible after the reminder's card has gone (a
// settled reminder leaves the list), and Undo puts the reminder back. It sticks under the header
// while the student scrolls the list.
import { createContext, useContext, type ReactNode } from "react";
import { useUndoNotice, type UndoNotice } from "@/components/ui/undo-notice";
import { reopenReminderAction } from "@/lib/actions/reminders";

/** `undo`: the reminder to reopen. */
const NoticeContext = createContext<(notice: UndoNotice<string>) => void>(() => undefined);

export function useTodayNotice() {
  return useContext(NoticeContext);
}

export function TodayNotices({ children }: { children: ReactNode }) {
  const { setNotice, view } = useUndoNotice(reopenReminderAction, "shadow-sm");
  return (
    <NoticeContext.Provider value={setNotice}>
      <div className="sticky top-16 z-20 mb-6 empty:hidden">{view}</div>
      {children}
    </NoticeContext.Provider>
  );
}
