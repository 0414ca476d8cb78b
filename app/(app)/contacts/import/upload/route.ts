// POST /contacts/import/upload — the uploaded file for a new import (multipart form, field "file").
// A route handler rather than a server action: actions cap request bodies at 1 MB. Answers JSON:
// { id } for the preview page, or { error } to show on the file field; nothing is stored on error.
// Not behind proxy.ts (see its matcher), which would buffer the upload in memory and cut it at
// its own limit; the body is read here under MAX_IMPORT_BYTES, after the session is checked.
import { NextResponse } from "next/server";
import { createImport } from "@/lib/data/imports";
import { requireViewer } from "@/lib/data/viewer";
import { ImportFileError, MAX_IMPORT_BYTES } from "@/lib/domain/import";
import { MULTIPART_OVERHEAD_BYTES, readFormWithin } from "@/lib/request-body";

const TOO_LARGE = "This file is larger than 20 MB. Split it into smaller files and import each.";

export async function POST(request: Request) {
  // Only this app's own pages may post here (the session cookie would otherwise ride along).
  const origin = request.headers.get("origin");
  if (origin && new URL(origin).host !== request.headers.get("host")) return NextResponse.json({ error: "Upload from Rapport's import page." }, { status: 403 });
  // Nobody signed out gets to make the server read 20 MB.
  await requireViewer();
  const read = await readFormWithin(request, MAX_IMPORT_BYTES + MULTIPART_OVERHEAD_BYTES);
  if (!read.ok) {
    return read.reason === "too-large" ? NextResponse.json({ error: TOO_LARGE }, { status: 413 }) : NextResponse.json({ error: "Choose a file to upload." }, { status: 400 });
  }
  const file = read.form.get("file");
  if (!(file instanceof File) || file.size === 0) return NextResponse.json({ error: file instanceof File ? "This file is empty." : "Choose a file to upload." }, { status: 400 });
  if (file.size > MAX_IMPORT_BYTES) return NextResponse.json({ error: TOO_LARGE }, { status: 413 });
  try {
    const { id } = await createImport(file.name || "contacts.csv", new Uint8Array(await file.arrayBuffer()));
    return NextResponse.json({ id });
  } catch (error) {
    if (error instanceof ImportFileError) return NextResponse.json({ error: error.userMessage }, { status: 400 });
    throw error;
  }
}
