"use client";
// The contact page's actions: edit, archive (with undo) or restore, and delete behind a
// confirmation that names the contact and what is deleted with them.
import Link from "next/link";
import { useEffect, useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { deleteContactAction, setContactArchivedAction } from "@/lib/actions/contacts";

export interface ContactHistoryCounts {
  stageMoves: number;
  outreach: number;
  meetings: number;
  notes: number;
  reminders: number;
}

type Notice = { tone: "success" | "danger"; text: string; undo?: boolean } | null;

function plural(n: number, one: string, many: string): string {
  return n === 0 ? `no ${many}` : `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

export function ContactActions({
  contactId,
  name,
  archived,
  counts,
  compose,
}: {
  contactId: string;
  name: string;
  archived: boolean;
  counts: ContactHistoryCounts;
  /** The message the contact's stage calls for: the request, the thank-you, or a note. None for a do-not-contact contact. */
  compose: { label: string; href: string } | null;
}) {
  const [notice, setNotice] = useState<Notice>(null);
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [deleting, startDelete] = useTransition();
  const noticeRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    // The button pressed (Archive, Restore or Undo) was disabled while it worked and is now gone or
    // swapped: keyboard focus goes to what happened, with Undo the next Tab stop. Only once the work
    // (and the page's refresh) is done: Undo is disabled until then, and Tab would skip it.
    if (notice && !pending) noticeRef.current?.focus();
  }, [notice, pending]);

  function setArchived(next: boolean, fromUndo = false) {
    startTransition(async () => {
      const result = await setContactArchivedAction(contactId, next);
      if (result.status !== "saved") {
        setNotice({ tone: "danger", text: result.message ?? "That didn’t work. Reload the page and try again." });
        return;
      }
      setNotice(
        next
          ? { tone: "success", text: `Archived ${name}. They are hidden from your pipeline and contact list.`, undo: true }
          : { tone: "success", text: fromUndo ? `Undone: ${name} is back in your pipeline.` : `Restored ${name} to your pipeline.` },
      );
    });
  }

  function confirmDelete() {
    setDeleteError(null);
    startDelete(async () => {
      // Redirects to the contact list on success.
      const result = await deleteContactAction(contactId);
      if (result?.status === "error") setDeleteError(result.message ?? "That didn’t work. Reload the page and try again.");
    });
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {compose ? (
          <Link href={compose.href} className={buttonClasses("primary", "sm")}>
            {compose.label}
          </Link>
        ) : null}
        <Link href={`/contacts/${contactId}/edit`} className={buttonClasses("secondary", "sm")}>
          Edit
        </Link>
        {archived ? (
          <Button variant="secondary" size="sm" pending={pending} onClick={() => setArchived(false)}>
            Restore
          </Button>
        ) : (
          <Button variant="secondary" size="sm" pending={pending} onClick={() => setArchived(true)}>
            Archive
          </Button>
        )}
        <Button variant="ghost" size="sm" className="text-red-700 hover:bg-red-50 hover:text-red-800" onClick={() => setConfirming(true)}>
          Delete
        </Button>
      </div>

      <div aria-live="polite" className="empty:hidden">
        {notice ? (
          <Alert tone={notice.tone} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
            <p ref={noticeRef} tabIndex={-1} className="font-medium outline-none">
              {notice.text}
            </p>
            {notice.undo ? (
              <Button variant="secondary" size="sm" pending={pending} onClick={() => setArchived(false, true)}>
                Undo
              </Button>
            ) : null}
          </Alert>
        ) : null}
      </div>

      <Dialog
        open={confirming}
        onClose={() => (deleting ? undefined : setConfirming(false))}
        title={`Delete ${name}?`}
        description="This can’t be undone."
      >
        <p className="text-sm text-slate-700">Deleting {name} also deletes everything recorded with them:</p>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
          <li>their history ({plural(counts.stageMoves, "stage move", "stage moves")})</li>
          <li>{plural(counts.outreach, "outreach message", "outreach messages")}</li>
          <li>{plural(counts.meetings, "meeting", "meetings")}</li>
          <li>{plural(counts.notes, "note", "notes")}</li>
          <li>{plural(counts.reminders, "reminder", "reminders")}</li>
        </ul>
        {archived ? null : (
          <p className="mt-3 text-sm text-slate-700">To hide {name} but keep the history, archive them instead.</p>
        )}
        {deleteError ? (
          <Alert tone="danger" live className="mt-4">
            {deleteError}
          </Alert>
        ) : null}
        <div className="mt-5 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={() => setConfirming(false)} disabled={deleting}>
            Cancel
          </Button>
          <Button variant="danger" pending={deleting} onClick={confirmDelete}>
            Delete {name}
          </Button>
        </div>
      </Dialog>
    </div>
  );
}
