// One line of a draft's checks, as the composer and the template editor list them: not checked yet
// (nothing written), passed, blocking or a suggestion, said in words for screen readers as well as
// by the mark.
import type { ReactNode } from "react";
import type { ComposerCheck } from "@/lib/domain/composer";

export function DraftCheck({ check, label, children }: { check: ComposerCheck; /** The words before it for screen readers, when not the usual. */ label?: string; children?: ReactNode }) {
  const unwritten = check.id === "written";
  const mark = unwritten ? "○" : check.ok ? "✓" : check.blocking ? "✕" : "!";
  const tone = unwritten ? "text-slate-500" : check.ok ? "text-emerald-700" : check.blocking ? "text-red-700" : "text-amber-700";
  const said = label ?? (unwritten ? "Not checked yet: " : check.ok ? "Passed: " : check.blocking ? "Blocking: " : "Suggestion: ");
  return (
    <li className="flex gap-2 text-sm">
      <span aria-hidden="true" className={tone}>
        {mark}
      </span>
      <span className={check.ok || unwritten ? "text-slate-700" : "font-medium text-slate-900"}>
        <span className="sr-only">{said}</span>
        {children ?? check.message}
      </span>
    </li>
  );
}
