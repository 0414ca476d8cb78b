"use client";
// The three sharing levels as radio buttons, each with what staff would see at that level.
import { useId, useState, type ReactNode } from "react";
import { FieldMessages } from "@/components/ui/field";
import type { ConsentLevel } from "@/lib/generated/prisma/enums";

export interface ConsentOption {
  value: ConsentLevel;
  label: string;
  summary: string;
  /** What staff see at this level, shown under the option that is selected. */
  detail: ReactNode;
}

export function ConsentFieldset({ legend, options, defaultValue, error }: { legend: string; options: ConsentOption[]; defaultValue: ConsentLevel | undefined; error?: string }) {
  const [selected, setSelected] = useState<ConsentLevel | undefined>(defaultValue);
  const ids = useId();
  const errorId = `${ids}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined} className="space-y-2">
      <legend className="mb-2 text-sm font-medium text-slate-900">{legend}</legend>
      {options.map((option) => {
        const inputId = `${ids}-${option.value}`;
        const checked = selected === option.value;
        return (
          <div key={option.value} className={checked ? "rounded-lg border border-brand-700 bg-brand-50/40 p-3" : "rounded-lg border border-slate-200 p-3"}>
            <label htmlFor={inputId} className="flex min-h-11 cursor-pointer items-start gap-3">
              <input
                id={inputId}
                type="radio"
                name="consent"
                value={option.value}
                checked={checked}
                onChange={() => setSelected(option.value)}
                aria-describedby={`${inputId}-summary`}
                className="mt-1 size-4 shrink-0 accent-brand-700"
              />
              <span>
                <span className="block text-sm font-semibold text-slate-900">{option.label}</span>
                <span id={`${inputId}-summary`} className="block text-sm text-slate-600">
                  {option.summary}
                </span>
              </span>
            </label>
            {checked ? <div className="mt-2 border-t border-slate-200 pt-2 sm:ml-7">{option.detail}</div> : null}
          </div>
        );
      })}
      <FieldMessages error={error} errorId={errorId} hintId={`${ids}-hint`} />
    </fieldset>
  );
}
