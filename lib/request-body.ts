// Request bodies read by route handlers, with a ceiling. `request.formData()` and `request.text()`
// read everything the client sends into memory first, so a client could send a gigabyte before any
// size check ran. These refuse as soon as the body is known to be too large: at once when
// Content-Length says so, otherwise as the stream passes the limit (and stop reading it).
// Server actions have their own ceiling (next.config.js, serverActions.bodySizeLimit).
import "server-only";

/** The body's bytes, or null when it is larger than `maxBytes`. */
export async function readBodyWithin(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export type LimitedForm = { ok: true; form: FormData } | { ok: false; reason: "too-large" | "unreadable" };

/** A multipart or URL-encoded form of at most `maxBytes`. */
export async function readFormWithin(request: Request, maxBytes: number): Promise<LimitedForm> {
  const bytes = await readBodyWithin(request, maxBytes);
  if (!bytes) return { ok: false, reason: "too-large" };
  try {
    const form = await new Response(bytes, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
    return { ok: true, form };
  } catch {
    return { ok: false, reason: "unreadable" };
  }
}

/** Room for a multipart form's boundaries and part headers around one file. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
