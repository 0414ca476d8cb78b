"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Icon } from "@/components/ui/icons";

function digestOf(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string") return error.digest;
  return undefined;
}

/** How often the page asks whether the database is back. */
const POLL_MS = 3_000;

type Health = "checking" | "down" | "up";

export interface ErrorBoundaryProps {
  error: unknown;
  retry: () => void;
}

// The body of the app's error pages (app/(app)/error.tsx inside the shell, app/error.tsx when the
// shell itself could not load, as on a page opened during an outage). Never shows the error's
// message: it may carry details meant for the server log only. When the cause is the database being
// unreachable (asked of /api/health), the page says so and retries by itself as soon as it answers
// again, so a student who was mid-task just carries on.
export function ErrorPanel({ error, retry }: ErrorBoundaryProps) {
  const digest = digestOf(error);
  const [health, setHealth] = useState<Health>("checking");

  useEffect(() => {
    console.error(error);
  }, [error]);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let wasDown = false;
    const check = async () => {
      let up = false;
      try {
        up = (await fetch("/api/health", { cache: "no-store" })).ok;
      } catch {
        up = false;
      }
      if (stopped) return;
      setHealth(up ? "up" : "down");
      if (!up) {
        wasDown = true;
        timer = setTimeout(check, POLL_MS);
      } else if (wasDown) {
        retry();
      }
    };
    void check();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [retry]);

  const databaseDown = health === "down";
  return (
    <div role="alert" className="rounded-xl border border-slate-200 bg-white px-6 py-10 text-center shadow-sm">
      <div className="mx-auto mb-3 flex size-12 items-center justify-center rounded-full bg-red-50 text-red-700">
        <Icon name="alert" className="size-6" />
      </div>
      <h1 className="text-xl font-semibold text-slate-900">{databaseDown ? "Rapport can’t reach its database" : "Something went wrong"}</h1>
      <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">
        {databaseDown
          ? "Nothing you saved is lost. This page checks every few seconds and comes back by itself as soon as the database answers."
          : "We couldn’t load this page. Nothing you saved is lost. Try again, and if it keeps happening, come back in a few minutes."}
      </p>
      {databaseDown ? (
        <p className="mt-3 text-sm font-medium text-slate-700" aria-live="polite">
          Waiting for the database…
        </p>
      ) : null}
      <div className="mt-5 flex justify-center">
        <Button onClick={() => retry()}>Try again now</Button>
      </div>
      {digest ? <p className="mt-4 text-xs text-slate-500">Reference: {digest}</p> : null}
    </div>
  );
}
