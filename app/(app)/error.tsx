"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { Icon } from "@/components/ui/icons";

function digestOf(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string") return error.digest;
  return undefined;
}

// Never shows the error's message: it may carry details meant for the server log only.
export default function AppError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = digestOf(error);
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div role="alert" className="rounded-xl border border-slate-200 bg-white px-6 py-10 text-center shadow-sm">
      <div className="mx-auto mb-3 flex size-12 items-center justify-center rounded-full bg-red-50 text-red-700">
        <Icon name="alert" className="size-6" />
      </div>
      <h1 className="text-xl font-semibold text-slate-900">Something went wrong</h1>
      <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">
        We couldn’t load this page. Nothing you saved is lost. Try again, and if it keeps happening, come back in a few minutes.
      </p>
      <div className="mt-5 flex justify-center">
        <Button onClick={() => retry()}>Try again</Button>
      </div>
      {digest ? <p className="mt-4 text-xs text-slate-500">Reference: {digest}</p> : null}
    </div>
  );
}
