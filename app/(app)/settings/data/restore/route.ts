// POST /settings/data/restore — an account archive (.zip or account.json) to restore into this
// account. A route handler because archives pass the 1 MB cap on server action bodies. JSON answer:
// { restored } or { error } for the file field. Not behind proxy.ts, like the import upload: the
// body is read here under MAX_ARCHIVE_BYTES, after the session is checked.
import { NextResponse } from "next/server";
import { FieldError } from "@/lib/data/errors";
import { readArchiveFile, restoreAccountArchive } from "@/lib/data/exports";
import { requireViewer } from "@/lib/data/viewer";
import { MULTIPART_OVERHEAD_BYTES, readFormWithin } from "@/lib/request-body";

const MAX_ARCHIVE_BYTES = 50 * 1024 * 1024;
const TOO_LARGE = "This file is larger than 50 MB: it is not a Rapport archive.";

export async function POST(request: Request) {
  const origin = request.headers.get("origin");
  if (origin && new URL(origin).host !== request.headers.get("host")) return NextResponse.json({ error: "Upload from Rapport's settings page." }, { status: 403 });
  await requireViewer();
  const read = await readFormWithin(request, MAX_ARCHIVE_BYTES + MULTIPART_OVERHEAD_BYTES);
  if (!read.ok && read.reason === "too-large") return NextResponse.json({ error: TOO_LARGE }, { status: 413 });
  const file = read.ok ? read.form.get("file") : null;
  if (!(file instanceof File) || file.size === 0) return NextResponse.json({ error: "Choose the archive to restore." }, { status: 400 });
  if (file.size > MAX_ARCHIVE_BYTES) return NextResponse.json({ error: TOO_LARGE }, { status: 413 });
  try {
    const restored = await restoreAccountArchive(readArchiveFile(new Uint8Array(await file.arrayBuffer())));
    return NextResponse.json({ restored });
  } catch (error) {
    if (error instanceof FieldError) return NextResponse.json({ error: error.userMessage }, { status: 400 });
    throw error;
  }
}
