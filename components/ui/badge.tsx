import clsx from "clsx";
import type { ReactNode } from "react";

export type BadgeTone = "neutral" | "brand" | "success" | "warning" | "danger" | "info";

/** A small rounded label; its styles are in app/globals.css (.badge, .badge-<tone>). */
export function Badge({ tone = "neutral", className, children }: { tone?: BadgeTone; className?: string; children: ReactNode }) {
  return <span className={clsx("badge", `badge-${tone}`, className)}>{children}</span>;
}
