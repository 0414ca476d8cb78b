// GET /api/export/contacts.csv | contacts.vcf | meetings.ics | rapport-archive.zip — the signed-in
// user's own data as files. Everything is read through lib/data/exports, scoped to the viewer.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { now } from "@/lib/clock";
import { requireViewer } from "@/lib/data/viewer";
import { exportAccountZip, exportContactsCsv, exportContactsVcard, exportMeetingsIcs } from "@/lib/data/exports";

const FILES: Record<string, { type: string; body: () => Promise<string | Uint8Array<ArrayBuffer>> }> = {
  "contacts.csv": { type: "text/csv; charset=utf-8", body: exportContactsCsv },
  "contacts.vcf": { type: "text/vcard; charset=utf-8", body: exportContactsVcard },
  "meetings.ics": { type: "text/calendar; charset=utf-8", body: () => exportMeetingsIcs(now()) },
  "rapport-archive.zip": { type: "application/zip", body: async () => new Uint8Array(await exportAccountZip(now())) },
};

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const spec = Object.hasOwn(FILES, file) ? FILES[file] : undefined;
  if (!spec) return new Response("Not found", { status: 404 });
  const body = await spec.body();
  // The student's own day, as the dates inside the files are: by UTC's, an evening export in the
  // Americas was named for tomorrow.
  const stamp = format(new TZDate(now(), (await requireViewer()).timeZone), "yyyy-MM-dd");
  return new Response(body, {
    headers: {
      "content-type": spec.type,
      "content-disposition": `attachment; filename="${file.replace(/(\.[a-z]+)$/, `-${stamp}$1`)}"`,
      "cache-control": "private, no-store",
    },
  });
}
