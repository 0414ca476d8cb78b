"use client";
// Restoring an account archive: sent with fetch to the restore route (archives pass the 1 MB cap
// on server action bodies).
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldMessages } from "@/components/ui/field";
import { useFileUpload } from "./use-file-upload";

export function RestoreArchiveForm() {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const { error, pending, finish, send } = useFileUpload<{ restored: { contacts: number; meetings: number; notes: number } }>("/settings/data/restore", input);
  const [done, setDone] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await send(input.current?.files?.[0], { missing: "Choose the archive to restore.", failed: "The restore failed. Try again." });
    if (!result) return;
    finish();
    const { contacts, meetings, notes } = result.restored;
    setDone(`Restored ${contacts} contacts, ${meetings} meetings and ${notes} notes.`);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <label htmlFor="archive-file" className="block text-sm font-medium text-slate-900">
        Archive (.zip or account.json)
      </label>
      <input
        ref={input}
        id="archive-file"
        name="file"
        type="file"
        accept=".zip,.json,application/zip,application/json"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "archive-file-error archive-file-hint" : "archive-file-hint"}
        className="block w-full max-w-full text-sm text-slate-700 file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-slate-300 file:bg-white file:px-4 file:font-semibold file:text-slate-900"
      />
      <FieldMessages hint="Only into an account with no contacts yet, such as a new one." error={error} hintId="archive-file-hint" errorId="archive-file-error" />
      {done ? (
        <Alert tone="success" live>
          {done}
        </Alert>
      ) : null}
      <Button type="submit" variant="secondary" pending={pending}>
        Restore
      </Button>
    </form>
  );
}
