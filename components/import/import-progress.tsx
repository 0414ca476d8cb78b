"use client";
// The progress bar of an import: while it runs, and once done (every row read). The page is a
// Server Component reading the import row; this asks it for a fresh render every second until the
// import is done or failed. It says "read", never "imported": what was imported is the page's to say.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export function ImportProgressBar({ processed, total, running }: { processed: number; total: number; running: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), 1000);
    return () => clearInterval(timer);
  }, [running, router]);
  const percent = total > 0 ? Math.min(100, Math.round((processed / total) * 100)) : running ? 0 : 100;
  return (
    <div>
      <div className="flex justify-between text-sm text-slate-700">
        <span id="import-progress-label">{running ? "Importing…" : "Rows read"}</span>
        <span aria-hidden="true">{percent}%</span>
      </div>
      <div
        role="progressbar"
        aria-labelledby="import-progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${processed.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} rows read`}
        className="mt-1 h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-brand-700 transition-[width] motion-reduce:transition-none" style={{ width: `${percent}%` }} />
      </div>
      <p className="mt-1 text-sm text-slate-600" aria-live="polite">
        {processed.toLocaleString("en-US")} of {total.toLocaleString("en-US")} rows read
      </p>
    </div>
  );
}
