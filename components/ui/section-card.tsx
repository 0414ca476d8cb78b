import clsx from "clsx";
import type { ReactNode } from "react";
import { Card } from "./card";

/**
 * A titled card: the page's sections (a chart, a list, a group of settings) each in one, named by its
 * heading for screen readers. `id` makes the heading's id `${id}-heading`, which links can target.
 */
export function SectionCard({ id, title, description, className, children }: { id: string; title: ReactNode; description?: ReactNode; className?: string; children?: ReactNode }) {
  return (
    <Card className={clsx("p-4 sm:p-5", className)}>
      <section aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        {description ? <div className="mt-1 text-sm text-slate-600">{description}</div> : null}
        {children ? <div className="mt-3">{children}</div> : null}
      </section>
    </Card>
  );
}
