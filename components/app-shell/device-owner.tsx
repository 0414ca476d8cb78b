"use client";
// Whose drafts this browser may show: the signed-in user's id, given once by the app shell to
// every component that keeps drafts on the device (they build their keys with it), instead of
// each page passing it down. Whenever the shell loads for a user, and whenever the user it is
// given changes, every other person's drafts are deleted from this browser: on a shared computer
// a session that expired (or a browser closed without signing out) leaves them behind, and the
// next person to sign in must neither see them nor write over them.
import { createContext, useContext, useEffect, type ReactNode } from "react";
import { forgetOtherUsersDrafts } from "./device-drafts";
import { useFollowSession } from "./session-channel";

const DeviceOwnerContext = createContext<string | null>(null);

export function DeviceOwnerProvider({ userId, children }: { userId: string; children: ReactNode }) {
  // Runs after the children's effects have read their drafts; that order is harmless, as they
  // read only keys under this user's id, which this never deletes.
  useEffect(() => forgetOtherUsersDrafts(userId), [userId]);
  // The same person must own the rest of the tab too: follow sign-outs and sign-ins in other tabs.
  useFollowSession(userId);
  return <DeviceOwnerContext.Provider value={userId}>{children}</DeviceOwnerContext.Provider>;
}

/** The signed-in user's id, for device draft keys. Only inside the app shell, never a guess. */
export function useDeviceOwner(): string {
  const userId = useContext(DeviceOwnerContext);
  // Outside the shell no one is known to own a draft: failing loudly beats writing unowned keys.
  if (userId === null) throw new Error("useDeviceOwner needs the app shell's DeviceOwnerProvider");
  return userId;
}
