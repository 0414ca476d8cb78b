"use client";
// Choosing the file: a file input (keyboard and screen readers) that is also a drop zone. Sent to
// the upload route with fetch, since server actions cap bodies at 1 MB.
import { useRouter } from "next/navigation";
import { useRef, useState, type DragEvent, type FormEvent } from "react";
import clsx from "clsx";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FieldMessages } from "@/components/ui/field";
import { useFileUpload } from "./use-file-upload";

export function UploadForm() {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const { error, setError, pending, send } = useFileUpload<{ id: string }>("/contacts/import/upload", input);
  const [dragging, setDragging] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await send(input.current?.files?.[0], { missing: "Choose a file to upload.", failed: "The upload failed. Try again." });
    // The button stays busy while the preview opens.
    if (result) router.push(`/contacts/import/${result.id}`);
  }

  function onDrop(event: DragEvent<HTMLLabelElement>) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (!file || !input.current) return;
    const list = new DataTransfer();
    list.items.add(file);
    input.current.files = list.files;
    setFileName(file.name);
  }

  return (
    <Card className="p-4 sm:p-6">
      <form onSubmit={onSubmit} noValidate>
        <label
          htmlFor="import-file"
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          className={clsx(
            "flex cursor-pointer flex-col items-center justify-center gap-2 rounded-xl border-2 border-dashed px-4 py-8 text-center",
            dragging ? "border-brand-700 bg-brand-50" : error ? "border-red-600" : "border-slate-300",
          )}
        >
          <span className="text-base font-semibold text-slate-900">Contacts file</span>
          <span className="text-sm text-slate-600">Drop a .csv or .vcf file here, or choose one.</span>
          <input
            ref={input}
            id="import-file"
            name="file"
            type="file"
            accept=".csv,.vcf,.vcard,.txt,text/csv,text/vcard,text/x-vcard"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "import-file-error import-file-hint" : "import-file-hint"}
            onChange={(e) => {
              setFileName(e.target.files?.[0]?.name ?? null);
              setError(undefined);
            }}
            className="mt-2 block w-full max-w-full text-sm text-slate-700 file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-slate-300 file:bg-white file:px-4 file:font-semibold file:text-slate-900"
          />
          {fileName ? <span className="text-sm text-slate-700">Selected: {fileName}</span> : null}
        </label>
        <FieldMessages className="mt-2" hint="CSV (LinkedIn, Google, Outlook or any spreadsheet) or vCard, up to 20 MB." error={error} hintId="import-file-hint" errorId="import-file-error" />
        <div className="mt-4 flex justify-end">
          <Button type="submit" pending={pending}>
            {pending ? "Reading the file…" : "Upload and preview"}
          </Button>
        </div>
      </form>
    </Card>
  );
}
