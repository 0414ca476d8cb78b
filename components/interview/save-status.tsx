"use client";
import clsx from "clsx";
import { SAVE_STATUS_TEXT, type SaveStatus } from "./drafts";

/** A field's save state, announced politely: "Saving…", "Saved", "Offline — kept on this device". */
export function SaveStatusText({ id, status, message }: { id?: string; status: SaveStatus; message?: string | null }) {
  return (
    <p
      id={id}
      role="status"
      aria-live="polite"
      className={clsx(
        "min-h-5 text-sm",
        status === "offline" ? "font-medium text-amber-800" : status === "error" ? "font-medium text-red-700" : "text-slate-600",
      )}
    >
      {status === "error" && message ? `Not saved: ${message}` : SAVE_STATUS_TEXT[status]}
    </p>
  );
}
