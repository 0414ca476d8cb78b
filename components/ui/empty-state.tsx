import clsx from "clsx";
import type { ReactNode } from "react";

export function EmptyState({
  title,
  description,
  action,
  icon,
  className,
  headingLevel = 2,
}: {
  title: string;
  description?: ReactNode;
  action?: ReactNode;
  icon?: ReactNode;
  className?: string;
  headingLevel?: 1 | 2 | 3;
}) {
  const Heading = headingLevel === 1 ? "h1" : headingLevel === 2 ? "h2" : "h3";
  return (
    <div className={clsx("rounded-xl border border-dashed border-slate-300 bg-white px-6 py-10 text-center", className)}>
      {icon ? <div className="mx-auto mb-3 flex size-12 items-center justify-center rounded-full bg-slate-100 text-slate-600">{icon}</div> : null}
      <Heading className={clsx("font-semibold text-slate-900", headingLevel === 1 ? "text-xl" : "text-base")}>{title}</Heading>
      {description ? <div className="mx-auto mt-1 max-w-md text-sm text-slate-600">{description}</div> : null}
      {action ? <div className="mt-5 flex flex-wrap justify-center gap-3">{action}</div> : null}
    </div>
  );
}
