"use client";
// Quick capture of takeaways. Each one gets its id on the device and is kept there until the server
// has it, so one typed while offline is sent when the connection returns (and never twice).
// Remove takes its button with it and Undo goes with its notice: focus goes to what happened (Undo
// the next Tab stop), then to the takeaway back in the list, not to the top of the page.
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from "react";
import { flushSync } from "react-dom";
import { Button } from "@/components/ui/button";
import { Icon } from "@/components/ui/icons";
import { useDeviceOwner } from "@/components/app-shell/device-owner";
import { addTakeawayAction, removeTakeawayAction } from "@/lib/actions/interview";
import { interviewNotesKey } from "@/lib/domain/device-drafts";
import { clearDraft, listDrafts, newId, readDraft, writeDraft } from "./drafts";
import { SaveStatusText } from "./save-status";
import type { SaveStatus } from "./drafts";

interface Pending {
  id: string;
  body: string;
}

export function Takeaways({ meetingId, takeaways }: { meetingId: string; takeaways: { id: string; body: string }[] }) {
  const id = useId();
  const userId = useDeviceOwner();
  const draftKey = useCallback((field: string) => interviewNotesKey(userId, meetingId, field), [userId, meetingId]);
  const inputKey = draftKey("takeaway-input");
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending[]>([]);
  const [status, setStatus] = useState<SaveStatus>("idle");
  const [removed, setRemoved] = useState<Pending | null>(null);
  const [restoredId, setRestoredId] = useState<string | null>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const removedRef = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (removed) removedRef.current?.focus();
  }, [removed]);
  // The takeaway added back is listed at once (kept on the device), and drawn again once the page
  // has it saved: focus goes to it each time it appears with none elsewhere, never taken from where
  // the student has moved on to.
  const focusRestored = useCallback((node: HTMLParagraphElement | null) => {
    if (node && (!document.activeElement || document.activeElement === document.body)) node.focus();
  }, []);

  const send = useCallback(
    async (item: Pending) => {
      const key = draftKey(`takeaway:${item.id}`);
      setStatus("saving");
      try {
        const result = await addTakeawayAction({ meetingId, id: item.id, body: item.body });
        if (!result.ok && result.retry) throw new Error("retry");
        clearDraft(key);
        setPending((list) => list.filter((p) => p.id !== item.id));
        if (result.ok) setStatus("saved");
        else {
          setStatus("error");
          setError(result.message);
        }
      } catch {
        setStatus("offline");
      }
    },
    [meetingId, draftKey],
  );

  const resendAll = useCallback(() => {
    const drafts = listDrafts<string>(userId, meetingId, "takeaway:").map(({ field, value }) => ({ id: field.slice("takeaway:".length), body: value }));
    setPending(drafts);
    for (const item of drafts) void send(item);
  }, [userId, meetingId, send]);

  useEffect(() => {
    const typed = readDraft<string>(inputKey);
    // Restores what was typed and resends what was kept, once after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (typed) setText(typed);
    resendAll();
    window.addEventListener("online", resendAll);
    return () => window.removeEventListener("online", resendAll);
  }, [inputKey, resendAll]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = text.trim();
    // Back in the box either way, to write the takeaway or the next one (the button keeps focus
    // otherwise). Drawn first, so the box is read with its error, or without the last one.
    flushSync(() => setError(body ? null : "Write the takeaway first."));
    inputRef.current?.focus();
    if (!body) return;
    const item = { id: newId(), body };
    writeDraft(draftKey(`takeaway:${item.id}`), body);
    setPending((list) => [...list, item]);
    setText("");
    clearDraft(inputKey);
    void send(item);
  };

  const remove = async (item: Pending) => {
    const result = await removeTakeawayAction(meetingId, { id: item.id }).catch(() => null);
    if (result?.ok) setRemoved(item);
    else setStatus("offline");
  };

  const undo = () => {
    if (!removed) return;
    const item = { id: newId(), body: removed.body };
    writeDraft(draftKey(`takeaway:${item.id}`), item.body);
    setPending((list) => [...list, item]);
    setRemoved(null);
    setRestoredId(item.id);
    void send(item);
  };

  const saved = new Set(takeaways.map((t) => t.id));
  const shown = [...takeaways.map((t) => ({ ...t, kept: false })), ...pending.filter((p) => !saved.has(p.id)).map((p) => ({ ...p, kept: true }))];

  return (
    <div className="space-y-4">
      {shown.length ? (
        <ul className="space-y-2">
          {shown.map((t) => (
            <li key={t.id} className="flex items-start justify-between gap-2 rounded-lg bg-slate-50 px-3 py-2">
              <p
                ref={t.id === restoredId ? focusRestored : undefined}
                tabIndex={t.id === restoredId ? -1 : undefined}
                className="min-w-0 py-1.5 text-sm whitespace-pre-wrap [overflow-wrap:anywhere] text-slate-900 outline-none"
              >
                {t.body}
                {t.kept ? <span className="ml-2 text-xs font-medium text-amber-800">(kept on this device until saved)</span> : null}
              </p>
              {!t.kept ? (
                <Button variant="ghost" size="sm" onClick={() => void remove(t)} aria-label={`Remove takeaway: ${t.body.slice(0, 60)}`}>
                  <Icon name="trash" className="size-4" />
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">No takeaways yet. The one you quote in your thank-you goes here.</p>
      )}
      {removed ? (
        // Focus reads it, so it is not also a live region.
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <span ref={removedRef} tabIndex={-1} className="outline-none">
            Removed a takeaway.
          </span>
          <Button variant="secondary" size="sm" onClick={undo}>
            Undo
          </Button>
        </p>
      ) : null}
      <form onSubmit={submit} className="space-y-2" noValidate>
        <label htmlFor={`${id}-takeaway`} className="block text-sm font-medium text-slate-900">
          New takeaway
        </label>
        <textarea
          ref={inputRef}
          id={`${id}-takeaway`}
          rows={2}
          maxLength={2000}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            if (event.target.value) writeDraft(inputKey, event.target.value);
            else clearDraft(inputKey);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm sm:text-sm"
        />
        {error ? (
          <p id={`${id}-error`} className="text-sm font-medium text-red-700">
            {error}
          </p>
        ) : null}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant="secondary">
            Add takeaway
          </Button>
          <SaveStatusText status={status} />
        </div>
      </form>
    </div>
  );
}
