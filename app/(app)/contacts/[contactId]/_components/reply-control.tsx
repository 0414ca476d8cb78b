"use client";
// Logging the answer to one outreach message: replied, declined, or (undo) no reply yet.
// A reply or a decline clears the contact's 3B7 follow-up reminders.

import { Button } from "@/components/ui/button";
import { setReplyAction } from "@/lib/actions/outreach";
import { initialFormState } from "@/lib/validation/form-state";
import { useFormAction } from "@/components/ui/use-form-action";

type ReplyStatus = "NO_REPLY" | "REPLIED" | "DECLINED";

export function ReplyControl({ attemptId, replyStatus }: { attemptId: string; replyStatus: ReplyStatus }) {
  const [state, formAction, pending] = useFormAction(setReplyAction, initialFormState);
  const choices: { status: ReplyStatus; label: string }[] =
    replyStatus === "NO_REPLY"
      ? [
          { status: "REPLIED", label: "They replied" },
          { status: "DECLINED", label: "They declined" },
        ]
      : [{ status: "NO_REPLY", label: "Undo: no reply yet" }];
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2">
      {choices.map(({ status, label }) => (
        <form key={status} action={formAction}>
          <input type="hidden" name="attemptId" value={attemptId} />
          <input type="hidden" name="replyStatus" value={status} />
          <Button type="submit" size="sm" variant={status === "REPLIED" ? "secondary" : "ghost"} disabled={pending}>
            {label}
          </Button>
        </form>
      ))}
      <span role="status" className="text-sm">
        {state.status === "error" || state.status === "invalid" ? <span className="text-red-700">{state.message}</span> : state.status === "saved" ? <span className="text-slate-600">{state.message}</span> : null}
      </span>
    </div>
  );
}
