"use client";
// Unsaved work kept on the device. Every change is written to localStorage (one key per meeting and
// field) before it is sent, removed once the server has it, and sent again when the browser comes
// back online or the page loads: a dropped connection or a reload mid-meeting loses nothing typed.
// Keys carry the signed-in user's id (useDeviceOwner), so only their own notes are ever read back.
import { useCallback, useEffect, useRef, useState } from "react";
import { useDeviceOwner } from "@/components/app-shell/device-owner";
import { interviewNotesField, interviewNotesKey } from "@/lib/domain/device-drafts";
import { useFormAction } from "@/components/ui/use-form-action";
import { formValues, initialFormState, type FormState } from "@/lib/validation/form-state";
import { useFocusAfterAnswer } from "./focus-after-answer";
import type { SaveResult } from "@/lib/validation/interview";

const RETRY_MS = 10_000;

export type SaveStatus = "idle" | "saving" | "saved" | "offline" | "error";

export function readDraft<T>(key: string): T | undefined {
  try {
    const raw = window.localStorage.getItem(key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  } catch {
    return undefined;
  }
}

export function writeDraft(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the save itself still goes out.
  }
}

/** Removes the draft, but only if it still holds `value` (a newer edit stays until it is saved). */
export function clearDraft(key: string, value?: unknown): void {
  try {
    if (value === undefined || window.localStorage.getItem(key) === JSON.stringify(value)) window.localStorage.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}

/** The user's drafts of the meeting whose field starts with `prefix`. */
export function listDrafts<T>(userId: string, meetingId: string, prefix: string): { key: string; field: string; value: T }[] {
  const found: { key: string; field: string; value: T }[] = [];
  try {
    for (let i = 0; i < window.localStorage.length; i++) {
      const key = window.localStorage.key(i);
      const field = key ? interviewNotesField(userId, meetingId, key) : null;
      if (!key || !field?.startsWith(prefix)) continue;
      const value = readDraft<T>(key);
      if (value !== undefined) found.push({ key, field, value });
    }
  } catch {
    // No storage: nothing kept.
  }
  return found;
}

/** A random UUID, also where crypto.randomUUID is missing (plain http on a LAN address). */
export function newId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const SAVE_STATUS_TEXT: Record<SaveStatus, string> = {
  idle: "",
  saving: "Saving…",
  saved: "Saved",
  offline: "Offline — kept on this device",
  error: "Not saved",
};

/**
 * One field that saves itself: `change` keeps the value on the device at once and sends it after
 * `delay` ms of quiet; `flush` sends it now. A draft found on load (typed before a reload) wins over
 * the server's value and is sent.
 */
export function useAutosave<T>({
  meetingId,
  field,
  initial,
  send,
  delay = 800,
}: {
  meetingId: string;
  field: string;
  initial: T;
  send: (value: T) => Promise<SaveResult>;
  delay?: number;
}) {
  const key = interviewNotesKey(useDeviceOwner(), meetingId, field);
  const [value, setValue] = useState<T>(initial);
  const [status, setStatus] = useState<SaveStatus>("idle");
  const [message, setMessage] = useState<string | null>(null);
  const latest = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const sendRef = useRef(send);
  useEffect(() => {
    sendRef.current = send;
  }, [send]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    if (readDraft<T>(key) === undefined) return; // nothing unsaved
    const sent = latest.current;
    setStatus("saving");
    let result: SaveResult;
    try {
      result = await sendRef.current(sent);
    } catch {
      // No connection: kept on the device; sent again when the browser says it is back online,
      // and every RETRY_MS meanwhile in case that event never comes.
      setStatus("offline");
      return;
    }
    if (result.ok) {
      clearDraft(key, sent);
      if (Object.is(latest.current, sent)) {
        setStatus("saved");
        setMessage(null);
      }
    } else if (result.retry) {
      setStatus("offline");
    } else {
      setStatus("error");
      setMessage(result.message);
    }
  }, [key]);
  useEffect(() => {
    if (status !== "offline") return;
    const retry = setTimeout(() => void flush(), RETRY_MS);
    return () => clearTimeout(retry);
  }, [status, flush]);

  const change = useCallback(
    (next: T) => {
      latest.current = next;
      setValue(next);
      writeDraft(key, next);
      setStatus("saving");
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delay);
    },
    [key, delay, flush],
  );

  useEffect(() => {
    const stored = readDraft<T>(key);
    if (stored !== undefined) {
      latest.current = stored;
      // A draft typed before a reload: show it and send it. Runs once per field, after hydration.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setValue(stored);
      void flush();
    }
    const online = () => void flush();
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      clearTimeout(timer.current);
    };
  }, [key, flush]);

  return { value, change, flush, status, message };
}

/** The text of a form kept on the device while it is typed, restored after a reload. */
function useFormDraft(meetingId: string, name: string) {
  const key = interviewNotesKey(useDeviceOwner(), meetingId, `form:${name}`);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const form = formRef.current;
    const stored = readDraft<Record<string, string>>(key);
    if (!form || !stored) return;
    for (const [field, value] of Object.entries(stored)) {
      const control = form.elements.namedItem(field);
      const editable = control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement || control instanceof HTMLSelectElement;
      if (editable && typeof value === "string") control.value = value;
    }
  }, [key]);

  const onInput = useCallback(() => {
    const form = formRef.current;
    if (!form) return;
    const values: Record<string, string> = {};
    for (const [field, value] of new FormData(form).entries()) if (typeof value === "string") values[field] = value;
    // Worth keeping once something is typed (a select's default is not typing).
    const typed = [...form.elements].some(
      (el) => (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && el.type !== "hidden" && el.value.trim() !== "",
    );
    if (typed) writeDraft(key, values);
    else clearDraft(key);
  }, [key]);

  const clear = useCallback(() => clearDraft(key), [key]);
  return { formRef, onInput, clear };
}

/**
 * Interview mode's add forms (action item, referral, resource): the action answers even offline,
 * what is typed is kept on the device until it is saved, and focus goes where the answer is
 * (focus-after-answer). `values`: what the form shows again after a refusal (none once saved).
 */
export function useDraftedAddForm(meetingId: string, name: string, action: (previous: FormState, form: FormData) => Promise<FormState>) {
  const [state, formAction, pending] = useFormAction(offlineSafe(action), initialFormState);
  const { formRef, onInput, clear } = useFormDraft(meetingId, name);
  useEffect(() => {
    if (state.status === "saved") clear();
  }, [state, clear]);
  useFocusAfterAnswer(formRef, state);
  const values = state.status === "saved" ? {} : (state.values ?? {});
  return { state, formAction, pending, formRef, onInput, values };
}

const UNREACHABLE = "Couldn't reach Rapport. What you typed is kept on this device: add it again when you're back online.";

/** A form action that answers a FormState instead of throwing when the connection is down. */
export function offlineSafe(action: (previous: FormState, form: FormData) => Promise<FormState>) {
  return async (previous: FormState, form: FormData): Promise<FormState> => {
    try {
      return await action(previous, form);
    } catch {
      return { status: "error", message: UNREACHABLE, values: formValues(form) };
    }
  };
}
