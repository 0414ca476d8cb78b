// POST /settings/data/restore — an account archive (.zip or account.json) to restore into this
// account. A route handler because archives pass the 1 MB cap on server action bodies. JSON answer:
// { restored } or { error } for the file field.
import { NextResponse } from "next/server";
import { FieldError } from "@/lib/data/errors";
import { readArchiveFile, restoreAccountArchive } from "@/lib/data/exports";

export async function POST(request: Request) {
  const origin = request.headers.get("origin");
  if (origin && new URL(origin).host !== request.headers.get("host")) return NextResponse.json({ error: "Upload from Rapport's settings page." }, { status: 403 });
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File) || file.size === 0) return NextResponse.json({ error: "Choose the archive to restore." }, { status: 400 });
  if (file.size > 50 * 1024 * 1024) return NextResponse.json({ error: "This file is larger than 50 MB: it is not a Rapport archive." }, { status: 400 });
  try {
    const restored = await restoreAccountArchive(readArchiveFile(new Uint8Array(await file.arrayBuffer())));
    return NextResponse.json({ restored });
  } catch (error) {
    if (error instanceof FieldError) return NextResponse.json({ error: error.userMessage }, { status: 400 });
    throw error;
  }
}
