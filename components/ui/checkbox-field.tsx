import clsx from "clsx";
import type { InputHTMLAttributes, ReactNode } from "react";
import { describedBy, FieldMessages, useFieldIds } from "./field";

export interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type"> {
  label: ReactNode;
  name: string;
  hint?: ReactNode;
  error?: string;
  id?: string;
  containerClassName?: string;
}

/** A checkbox with its label beside it (the whole row is the touch target), hint and error tied to it. */
export function CheckboxField({ label, hint, error, id, className, containerClassName, ...input }: CheckboxFieldProps) {
  const { inputId, hintId, errorId } = useFieldIds(id, "checkbox");
  return (
    <div className={clsx("flex items-start gap-3", containerClassName)}>
      <div className="flex h-11 items-center sm:h-6">
        <input
          id={inputId}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hint, error, hintId, errorId)}
          className={clsx("size-5 rounded border-slate-400 accent-brand-700", className)}
          {...input}
        />
      </div>
      <div className="min-w-0 pt-2.5 sm:pt-0.5">
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-900">
          {label}
        </label>
        <FieldMessages hint={hint} error={error} hintId={hintId} errorId={errorId} className="mt-0.5" />
      </div>
    </div>
  );
}
