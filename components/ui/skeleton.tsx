import clsx from "clsx";
import type { ReactNode } from "react";

/** A grey placeholder block for loading states; hidden from assistive technology. */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={clsx("animate-pulse rounded-md bg-slate-200 motion-reduce:animate-none", className)} />;
}

/** Announces loading once, for screen readers, while skeletons show. */
export function LoadingRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="status" aria-live="polite" aria-busy="true">
      <span className="sr-only">{label}</span>
      {children}
    </div>
  );
}
