"use client";
// A read-only value (a code, a link) with a Copy button. When the clipboard is refused (permissions,
// an insecure origin) the text is selected instead, for a manual copy.
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Icon } from "@/components/ui/icons";

export interface CopyFieldProps {
  id: string;
  label: string;
  value: string;
  /** Read after "Copy" by screen readers, e.g. "join link for Marketing 2027". */
  copyWhat: string;
  hint?: string;
}

export function CopyField({ id, label, value, copyWhat, hint }: CopyFieldProps) {
  const input = useRef<HTMLInputElement>(null);
  // Which value was copied, so a renewed code shows "Copy" again without an effect.
  const [copied, setCopied] = useState<string | null>(null);
  const isCopied = copied === value;

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(value);
    } catch {
      input.current?.focus();
      input.current?.select();
    }
  }

  return (
    <div className="min-w-0 space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      <div className="flex min-w-0 flex-col gap-2 sm:flex-row">
        <input
          ref={input}
          id={id}
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
          aria-describedby={hint ? `${id}-hint` : undefined}
          className="block min-h-11 w-full min-w-0 rounded-lg border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-900"
        />
        <Button variant="secondary" size="sm" onClick={copy} className="shrink-0">
          <Icon name={isCopied ? "check" : "link"} className="size-4" />
          {isCopied ? "Copied" : "Copy"}
          <span className="sr-only"> {copyWhat}</span>
        </Button>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <span role="status" className="sr-only">
        {isCopied ? `Copied the ${copyWhat}.` : ""}
      </span>
    </div>
  );
}
