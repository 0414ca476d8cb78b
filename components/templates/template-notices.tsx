"use client";
// One notice area for the templates page: "Deleted … Undo" stays visible after the card it came
// from has gone, and Undo puts the template back.
import { createContext, useContext, type ReactNode } from "react";
import { useUndoNotice, type UndoNotice } from "@/components/ui/undo-notice";
import { restoreTemplateAction } from "@/lib/actions/templates";

/** `undo`: the deleted template's fields, as its restore action takes them. */
const NoticeContext = createContext<(notice: UndoNotice<Record<string, string>>) => void>(() => undefined);

export function useTemplateNotice() {
  return useContext(NoticeContext);
}

export function TemplateNotices({ children }: { children: ReactNode }) {
  const { setNotice, view } = useUndoNotice(restoreTemplateAction);
  return (
    <NoticeContext.Provider value={setNotice}>
      <div className="mb-6 empty:hidden">{view}</div>
      {children}
    </NoticeContext.Provider>
  );
}
