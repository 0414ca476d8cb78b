import clsx from "clsx";
import type { ReactNode, TextareaHTMLAttributes } from "react";
import { describedBy, FieldShell, useFieldIds } from "./field";

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
  const { inputId, hintId, errorId } = useFieldIds(id, "textarea");
  return (
    <FieldShell id={inputId} label={label} hint={hint} error={error} hintId={hintId} errorId={errorId} className={containerClassName}>
      <textarea
        id={inputId}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint, error, hintId, errorId)}
        className={clsx(
          "block w-full rounded-lg border bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-500 sm:text-sm",
          error ? "border-red-600" : "border-slate-300",
          className,
        )}
        {...textarea}
      />
    </FieldShell>
  );
}
