"use client";

import { ErrorPanel, type ErrorBoundaryProps } from "@/components/app-shell/error-panel";

// The shell itself failed (app/(app)/layout.tsx reads the viewer from the database), as when a page
// is opened or reloaded while the database is down. Without this boundary the error reached
// global-error.tsx, which cannot tell an outage from a bug and never retries by itself.
export default function RootError(props: ErrorBoundaryProps) {
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center bg-slate-50 px-4 py-12">
      <div className="w-full max-w-lg">
        <ErrorPanel {...props} />
      </div>
    </main>
  );
}
