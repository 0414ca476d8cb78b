import clsx from "clsx";
import { useId, type ReactNode, type TextareaHTMLAttributes } from "react";

export interface TextareaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id"> {
  label: ReactNode;
  name: string;
  hint?: ReactNode;
  error?: string;
  id?: string;
  containerClassName?: string;
}

/** A labelled multi-line text box with its hint and error tied to it, like Field. */
export function TextareaField({ label, hint, error, id, className, containerClassName, rows = 4, ...textarea }: TextareaFieldProps) {
  const generated = useId();
  const inputId = id ?? `${generated}-textarea`;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={clsx("space-y-1.5", containerClassName)}>
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      <textarea
        id={inputId}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={clsx(
          "block w-full rounded-lg border bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-500 sm:text-sm",
          error ? "border-red-600" : "border-slate-300",
          className,
        )}
        {...textarea}
      />
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
