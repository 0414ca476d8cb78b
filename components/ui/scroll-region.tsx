import clsx from "clsx";
import type { ReactNode } from "react";

/**
 * A box that scrolls sideways when its content (a wide table) is wider than the screen, so the page
 * itself never does. It takes focus and has a name, so a keyboard user can reach it and scroll it
 * with the arrow keys (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function ScrollRegion({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={clsx("overflow-x-auto", className)}>
      {children}
    </div>
  );
}
