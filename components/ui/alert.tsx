import clsx from "clsx";
import type { ReactNode } from "react";
import type { FormState } from "@/lib/validation/form-state";

export type AlertTone = "danger" | "info" | "success";

const tones: Record<AlertTone, string> = {
  danger: "border-red-200 bg-red-50 text-red-800",
  info: "border-sky-200 bg-sky-50 text-sky-900",
  success: "border-emerald-200 bg-emerald-50 text-emerald-900",
};

/** A message box. `live` makes screen readers announce it when it appears. */
export function Alert({ tone = "info", live = false, id, className, children }: { tone?: AlertTone; live?: boolean; id?: string; className?: string; children: ReactNode }) {
  return (
    <div
      id={id}
      role={live ? (tone === "danger" ? "alert" : "status") : undefined}
      className={clsx("rounded-lg border px-4 py-3 text-sm", tones[tone], className)}
    >
      {children}
    </div>
  );
}

/**
 * The × that closes a message: 44 px to tap on a phone, named for screen readers, in the colour of
 * the message it sits in (its text colour, and a tint of it on hover).
 */
export function DismissButton({ onClick }: { onClick: () => void }) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="-my-1.5 -mr-2 inline-flex size-11 shrink-0 items-center justify-center rounded-lg text-current hover:bg-current/10 sm:size-9"
    >
      <span aria-hidden="true" className="text-xl leading-none">
        ×
      </span>
      <span className="sr-only">Dismiss</span>
    </button>
  );
}

/**
 * A form's answer above its fields, in a polite live region that is always in the page (a region
 * added together with its text is often not read): a refusal in red, and, where the form says it,
 * what was saved in green. Without `saved`, a saved answer shows nothing here (the page moves on, or
 * says it elsewhere).
 */
export function FormMessage({ state, saved }: { state: Pick<FormState, "status" | "message">; saved?: ReactNode }) {
  const refused = (state.status === "invalid" || state.status === "error") && state.message;
  return (
    <div aria-live="polite" className="empty:hidden">
      {state.status === "saved" && saved ? (
        <Alert tone="success">
          <p className="font-medium [overflow-wrap:anywhere]">{saved}</p>
        </Alert>
      ) : refused ? (
        <Alert tone="danger">
          <p className="font-medium [overflow-wrap:anywhere]">{state.message}</p>
        </Alert>
      ) : null}
    </div>
  );
}
