"use client";
// Sending one chosen file to a route handler with fetch (server actions cap bodies at 1 MB), for the
// contacts import and the account restore: the pending flag, and on failure the route's own message
// on the file field with focus back on it, so the student can choose again.
import { useState, type RefObject } from "react";

const OFFLINE = "The upload failed: check your connection and try again.";

export function useFileUpload<T extends object>(url: string, input: RefObject<HTMLInputElement | null>) {
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);

  function fail(message: string) {
    setError(message);
    setPending(false);
    input.current?.focus();
  }

  /**
   * The route's answer when it took the file; otherwise null, with the error shown (`missing` when
   * no file was chosen, `failed` when the route gave no reason). `pending` stays on after a success,
   * so a form that moves on to another page keeps its button busy; one that stays calls `finish`.
   */
  async function send(file: File | undefined, { missing, failed }: { missing: string; failed: string }): Promise<T | null> {
    if (!file) {
      fail(missing);
      return null;
    }
    setPending(true);
    setError(undefined);
    try {
      const body = new FormData();
      body.set("file", file);
      const response = await fetch(url, { method: "POST", body });
      const result = (await response.json().catch(() => ({}))) as Partial<T> & { error?: string };
      if (response.ok && !result.error) return result as T;
      fail(result.error ?? failed);
    } catch {
      fail(OFFLINE);
    }
    return null;
  }

  return { error, setError, pending, finish: () => setPending(false), send };
}
