"use client";

import "./globals.css";
import { useEffect } from "react";

// Replaces the root layout when it fails, so it brings its own document. Never shows the message.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <html lang="en">
      <body className="min-h-dvh bg-slate-50 font-sans text-slate-900">
        <title>Something went wrong · Rapport</title>
        <main className="flex min-h-dvh items-center justify-center px-4 py-12">
          <div role="alert" className="max-w-md text-center">
            <p className="text-lg font-bold text-brand-800">Rapport</p>
            <h1 className="mt-4 text-2xl font-bold tracking-tight">Something went wrong</h1>
            <p className="mt-3 text-slate-600">
              Rapport couldn’t load. Nothing you saved is lost. Try again in a moment.
            </p>
            <button
              type="button"
              onClick={() => retry()}
              className="mt-6 inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-700 px-5 text-sm font-semibold text-white hover:bg-brand-800"
            >
              Try again
            </button>
          </div>
        </main>
      </body>
    </html>
  );
}
