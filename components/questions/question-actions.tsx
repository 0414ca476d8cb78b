"use client";
// What a student can do to one question: hide it (any question, with Undo), show a hidden one
// again, and for their own questions edit and delete (behind a confirmation).
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Icon } from "@/components/ui/icons";
import { deleteQuestionAction, hideQuestionAction, unhideQuestionAction } from "@/lib/actions/questions";
import { QuestionFormDialog, type EditableQuestion } from "./question-form";
import { useQuestionNotice, type QuestionNotice } from "./question-notice";

const FAILED = "That didn’t work. Reload the page and try again.";

function quote(text: string): string {
  return text.length > 80 ? `“${text.slice(0, 77)}…”` : `“${text}”`;
}

async function showAgain(question: EditableQuestion): Promise<QuestionNotice> {
  const result = await unhideQuestionAction(question.id);
  if (result.status !== "saved") return { tone: "danger", text: result.message ?? FAILED, focus: true };
  return { tone: "success", text: `${quote(question.text)} is back in your bank.`, focus: true };
}

async function hide(question: EditableQuestion): Promise<QuestionNotice> {
  const result = await hideQuestionAction(question.id);
  if (result.status !== "saved") return { tone: "danger", text: result.message ?? FAILED, focus: true };
  return { tone: "success", text: `Hidden ${quote(question.text)}.`, undo: () => showAgain(question), focus: true };
}

export function QuestionActions({ question, isOwn }: { question: EditableQuestion; isOwn: boolean }) {
  const setNotice = useQuestionNotice();
  const [hiding, startHide] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [deleting, startDelete] = useTransition();
  const [deleteError, setDeleteError] = useState<string | null>(null);

  function confirmDelete() {
    setDeleteError(null);
    startDelete(async () => {
      const result = await deleteQuestionAction(question.id);
      if (result.status !== "saved") {
        setDeleteError(result.message ?? FAILED);
        return;
      }
      setConfirming(false);
      setNotice({ tone: "success", text: `Deleted ${quote(question.text)}.`, focus: true });
    });
  }

  return (
    <div className="flex flex-wrap gap-1 sm:justify-end">
      {isOwn ? <QuestionFormDialog mode="edit" question={question} /> : null}
      <Button variant="ghost" size="sm" pending={hiding} onClick={() => startHide(async () => setNotice(await hide(question)))} aria-label={`Hide: ${question.text}`}>
        {hiding ? null : <Icon name="eye" className="size-4" />}
        Hide
      </Button>
      {isOwn ? (
        <>
          <Button
            variant="ghost"
            size="sm"
            className="text-red-700 hover:bg-red-50 hover:text-red-800"
            onClick={() => setConfirming(true)}
            aria-label={`Delete: ${question.text}`}
          >
            <Icon name="trash" className="size-4" />
            Delete
          </Button>
          <Dialog open={confirming} onClose={() => (deleting ? undefined : setConfirming(false))} title="Delete this question?" description="This can’t be undone.">
            <p className="text-sm break-words text-slate-800">{quote(question.text)}</p>
            <p className="mt-3 text-sm text-slate-700">
              Agendas that already include it keep their copy of the question and your notes on it. To keep it but stop seeing it in the bank, hide it instead.
            </p>
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
                Delete question
              </Button>
            </div>
          </Dialog>
        </>
      ) : null}
    </div>
  );
}

/** "Show again" for a hidden question. */
export function ShowAgainButton({ question }: { question: EditableQuestion }) {
  const setNotice = useQuestionNotice();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="secondary"
      size="sm"
      pending={pending}
      onClick={() =>
        startTransition(async () => {
          const notice = await showAgain(question);
          setNotice(notice.tone === "success" ? { ...notice, undo: () => hide(question) } : notice);
        })
      }
      aria-label={`Show again: ${question.text}`}
    >
      Show again
    </Button>
  );
}
