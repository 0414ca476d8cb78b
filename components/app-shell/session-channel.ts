"use client";
// Every tab of a browser shares one session cookie, so once someone signs out, or another person
// signs in, a tab still showing the old session's pages is stale: it shows that person's data to
// whoever sits down next, and what it sends would be saved under the new session. Each page of the
// app shell says whose it is on a BroadcastChannel (tabs of the same browser profile only) and
// listens: a tab that hears of another user, or of a sign-out, reloads, and the server shows it the
// current session's page or the sign-in page.
import { useEffect } from "react";

const CHANNEL = "rapport-session";

// A channel hears every other channel of the same name, this tab's own included: messages carry
// the tab they came from, so a tab never reloads over what it said itself (its sign-out goes on
// to the sign-in page on its own).
const THIS_TAB = typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : String(Math.random());

interface SessionMessage {
  tab: string;
  /** Whose pages the sending tab shows; null once it signed out. */
  userId: string | null;
}

/** Tells the browser's other tabs that this tab signed out (or who it now belongs to). */
export function announceSession(userId: string | null): void {
  if (typeof BroadcastChannel === "undefined") return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ tab: THIS_TAB, userId } satisfies SessionMessage);
  channel.close();
}

/** Reloads this tab when another tab of the browser belongs to someone else or has signed out. */
export function useFollowSession(userId: string): void {
  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (event: MessageEvent<SessionMessage>) => {
      if (event.data?.tab !== THIS_TAB && event.data?.userId !== userId) window.location.reload();
    };
    channel.postMessage({ tab: THIS_TAB, userId } satisfies SessionMessage);
    return () => channel.close();
  }, [userId]);
}
