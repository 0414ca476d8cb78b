"use client";
// Logging the answer to one outreach message: replied, declined, or (undo) no reply yet.
// A reply or a decline clears the contact's 3B7 follow-up reminders.
//
// Each button names its message ("They replied to the outreach of Tue, Nov 3"): a timeline with a
// first message and a follow-up has two of each. The way back is "Undo" only right after the click;
// a reply logged earlier offers "Mark as not answered yet", a correction, not an undo weeks on.

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { setReplyAction } from "@/lib/actions/outreach";
import { initialFormState } from "@/lib/validation/form-state";
import { useFormAction } from "@/components/ui/use-form-action";

type ReplyStatus = "NO_REPLY" | "REPLIED" | "DECLINED";

/** `message`: which message this is, in words ("the outreach of Tue, Nov 3"), for the buttons' names. */
export function ReplyControl({ attemptId, replyStatus, message }: { attemptId: string; replyStatus: ReplyStatus; message: string }) {
  const [state, formAction, pending] = useFormAction(setReplyAction, initialFormState);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const justAnswered = state.status === "saved";
  const choices: { status: ReplyStatus; label: string; name: string }[] =
    replyStatus === "NO_REPLY"
      ? [
          { status: "REPLIED", label: "They replied", name: `They replied to ${message}` },
          { status: "DECLINED", label: "They declined", name: `They declined ${message}` },
        ]
      : justAnswered
        ? [{ status: "NO_REPLY", label: "Undo", name: `Undo: no reply yet to ${message}` }]
        : [{ status: "NO_REPLY", label: "Mark as not answered yet", name: `Mark ${message} as not answered yet` }];

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
      {choices.map(({ status, label, name }) => (
        <form key={status} action={formAction}>
          <input type="hidden" name="attemptId" value={attemptId} />
          <input type="hidden" name="replyStatus" value={status} />
          <Button type="submit" size="sm" variant={status === "REPLIED" ? "secondary" : "ghost"} disabled={pending} aria-label={name}>
            {label}
          </Button>
        </form>
      ))}
    </div>
  );
}
