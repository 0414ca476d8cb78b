"use client";
// Signing out also deletes what Rapport keeps in this browser, so the next person on a shared
// computer finds none of it. When some of it is unsaved work, a dialog names it and asks first;
// interview notes not yet saved get a link to their meeting, where they save when it opens. The
// drafts go only once the server has ended the session: a sign-out that fails deletes nothing.
import Link from "next/link";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Icon } from "@/components/ui/icons";
import { describeDeviceDrafts, hasUnsavedDrafts, type DeviceDrafts } from "@/lib/domain/device-drafts";
import { clearDeviceDrafts, listDeviceDrafts } from "./device-drafts";
import { useDeviceOwner } from "./device-owner";
import { announceSession } from "./session-channel";

const SIGN_IN = "/sign-in";

export function SignOutButton() {
  const userId = useDeviceOwner();
  const [pending, setPending] = useState(false);
  // The unsaved work the dialog asks about (null: no dialog), and whether the last try failed.
  const [drafts, setDrafts] = useState<DeviceDrafts | null>(null);
  const [failed, setFailed] = useState(false);

  async function signOutAndForget() {
    setPending(true);
    setFailed(false);
    try {
      // Throws when the server can't be reached or doesn't answer as expected.
      await signOut({ redirect: false, callbackUrl: SIGN_IN });
    } catch {
      setPending(false);
      setFailed(true);
      setDrafts((current) => current ?? listDeviceDrafts(userId));
      return;
    }
    clearDeviceDrafts();
    // The browser's other tabs still show this session's pages: they reload to the sign-in page.
    announceSession(null);
    // A full load, as next-auth's own sign-out does: the client router's cache of the signed-in
    // pages goes with the page.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign(SIGN_IN);
  }

  function start() {
    const found = listDeviceDrafts(userId);
    if (hasUnsavedDrafts(found)) setDrafts(found);
    else void signOutAndForget();
  }

  function close() {
    setDrafts(null);
    setFailed(false);
  }

  const unsaved = drafts !== null && hasUnsavedDrafts(drafts);
  const meetings = drafts?.meetingIds ?? [];
  return (
    <>
      <Button
        variant="ghost"
        size="sm"
        // Never wraps: on a 360 px phone the viewer's name truncates instead.
        className="shrink-0 whitespace-nowrap"
        pending={pending && drafts === null}
        onClick={start}
      >
        {pending && drafts === null ? null : <Icon name="sign-out" className="size-4" />}
        Sign out
      </Button>
      <Dialog
        open={drafts !== null}
        onClose={close}
        title={!unsaved ? "Couldn't sign out" : meetings.length ? "Delete interview notes that aren't saved?" : "Delete unsaved drafts?"}
        description={unsaved ? describeDeviceDrafts(drafts) : undefined}
      >
        <div className="space-y-4">
          {meetings.length ? (
            <Alert tone="danger">
              <p>
                These notes haven&apos;t reached Rapport yet: once deleted, they can&apos;t be recovered. To keep them, open the meeting while
                you&apos;re online: they save when it opens (a form filled in but not added needs its Add button).
              </p>
              <ul className="mt-2 space-y-1">
                {meetings.map((meetingId, index) => (
                  <li key={meetingId}>
                    <Link
                      href={`/meetings/${encodeURIComponent(meetingId)}/interview`}
                      onClick={close}
                      className="font-semibold text-red-900 underline underline-offset-2"
                    >
                      {meetings.length === 1 ? "Open the meeting" : `Open meeting ${index + 1} of ${meetings.length}`}
                    </Link>
                  </li>
                ))}
              </ul>
            </Alert>
          ) : null}
          {failed ? (
            <Alert tone="danger" live>
              Couldn&apos;t reach Rapport, so you&apos;re still signed in{unsaved ? " and nothing was deleted" : ""}. Check the connection and try
              again.
            </Alert>
          ) : null}
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" disabled={pending} onClick={close}>
              Cancel
            </Button>
            <Button variant="danger" pending={pending} onClick={() => void signOutAndForget()}>
              {unsaved ? "Delete and sign out" : "Try again"}
            </Button>
          </div>
        </div>
      </Dialog>
    </>
  );
}
