import clsx from "clsx";
import { useId, type InputHTMLAttributes, type ReactNode, type Ref, type SelectHTMLAttributes } from "react";

const controlClasses = (invalid: boolean) =>
  clsx(
    "block w-full min-h-11 rounded-lg border bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-500 sm:text-sm",
    invalid ? "border-red-600" : "border-slate-300",
  );

/** The ids that tie a control to its label, hint and error; `id` wins over a generated one. */
export function useFieldIds(id: string | undefined, kind: string): { inputId: string; hintId: string; errorId: string } {
  const generated = useId();
  const inputId = id ?? `${generated}-${kind}`;
  return { inputId, hintId: `${inputId}-hint`, errorId: `${inputId}-error` };
}

/** aria-describedby for a control: its error first (read first), then its hint. */
export function describedBy(hint: ReactNode, error: string | undefined, hintId: string, errorId: string): string | undefined {
  const ids = [error ? errorId : null, hint ? hintId : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/** A field's hint and error lines, with the ids the control's aria-describedby points at. */
export function FieldMessages({ hint, error, hintId, errorId, className }: { hint?: ReactNode; error?: string; hintId: string; errorId: string; className?: string }) {
  return (
    <>
      {hint ? (
        <p id={hintId} className={clsx("text-sm text-slate-600", className)}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className={clsx("flex items-start gap-1.5 text-sm font-medium text-red-700", className)}>
          <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" className="mt-0.5 size-4 shrink-0">
            <path
              fillRule="evenodd"
              d="M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0Zm-8-5a.75.75 0 0 1 .75.75v4.5a.75.75 0 0 1-1.5 0v-4.5A.75.75 0 0 1 10 5Zm0 10a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z"
              clipRule="evenodd"
            />
          </svg>
          <span>{error}</span>
        </p>
      ) : null}
    </>
  );
}

export interface FieldShellProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  hintId: string;
  errorId: string;
  className?: string;
  children: ReactNode;
}

/** Label above, the control, then its hint and error: the wiring every stacked field shares. */
export function FieldShell({ id, label, hint, error, hintId, errorId, className, children }: FieldShellProps) {
  return (
    <div className={clsx("space-y-1.5", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      {children}
      <FieldMessages hint={hint} error={error} hintId={hintId} errorId={errorId} />
    </div>
  );
}

export interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id"> {
  label: ReactNode;
  name: string;
  hint?: ReactNode;
  error?: string;
  id?: string;
  containerClassName?: string;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input with its hint and error tied to it (aria-describedby, aria-invalid). */
export function Field({ label, hint, error, id, className, containerClassName, ...input }: FieldProps) {
  const { inputId, hintId, errorId } = useFieldIds(id, "input");
  return (
    <FieldShell id={inputId} label={label} hint={hint} error={error} hintId={hintId} errorId={errorId} className={containerClassName}>
      <input
        id={inputId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint, error, hintId, errorId)}
        className={clsx(controlClasses(Boolean(error)), className)}
        {...input}
      />
    </FieldShell>
  );
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> {
  label: ReactNode;
  name: string;
  hint?: ReactNode;
  error?: string;
  id?: string;
  containerClassName?: string;
  children: ReactNode;
}

export function SelectField({ label, hint, error, id, className, containerClassName, children, ...select }: SelectFieldProps) {
  const { inputId: selectId, hintId, errorId } = useFieldIds(id, "select");
  return (
    <FieldShell id={selectId} label={label} hint={hint} error={error} hintId={hintId} errorId={errorId} className={containerClassName}>
      <select
        id={selectId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint, error, hintId, errorId)}
        className={clsx(controlClasses(Boolean(error)), "pr-8", className)}
        {...select}
      >
        {children}
      </select>
    </FieldShell>
  );
}
