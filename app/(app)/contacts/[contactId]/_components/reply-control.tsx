"use client";
// Logging the answer to one outreach message: replied, declined, or (undo) no reply yet.
// A reply or a decline clears the contact's 3B7 follow-up reminders.

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { setReplyAction } from "@/lib/actions/outreach";
import { initialFormState } from "@/lib/validation/form-state";
import { useFormAction } from "@/components/ui/use-form-action";

type ReplyStatus = "NO_REPLY" | "REPLIED" | "DECLINED";

export function ReplyControl({ attemptId, replyStatus }: { attemptId: string; replyStatus: ReplyStatus }) {
  const [state, formAction, pending] = useFormAction(setReplyAction, initialFormState);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const choices: { status: ReplyStatus; label: string }[] =
    replyStatus === "NO_REPLY"
      ? [
          { status: "REPLIED", label: "They replied" },
          { status: "DECLINED", label: "They declined" },
        ]
      : [{ status: "NO_REPLY", label: "Undo: no reply yet" }];

  useEffect(() => {
    // The button pressed is swapped for its opposite (or was disabled while it worked): focus goes to
    // what happened, with the way back the next Tab stop. Focus reads it, so it is no live region.
    if (state !== initialFormState && !pending) messageRef.current?.focus();
  }, [state, pending]);

  const failed = state.status === "error" || state.status === "invalid";
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2">
      {failed || state.status === "saved" ? (
        <p ref={messageRef} tabIndex={-1} className={failed ? "text-sm text-red-700 outline-none" : "text-sm text-slate-600 outline-none"}>
          {state.message}
        </p>
      ) : null}
      {choices.map(({ status, label }) => (
        <form key={status} action={formAction}>
          <input type="hidden" name="attemptId" value={attemptId} />
          <input type="hidden" name="replyStatus" value={status} />
          <Button type="submit" size="sm" variant={status === "REPLIED" ? "secondary" : "ghost"} disabled={pending}>
            {label}
          </Button>
        </form>
      ))}
    </div>
  );
}
