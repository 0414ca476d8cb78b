// GET /contacts/import/:importId/skipped-rows — the import's report of skipped rows as CSV.
// The signed-in owner only; anyone else gets 404.
import { NotFoundError } from "@/lib/data/errors";
import { getImportReportCsv } from "@/lib/data/imports";

export async function GET(_request: Request, { params }: { params: Promise<{ importId: string }> }) {
  const { importId } = await params;
  try {
    const { fileName, csv } = await getImportReportCsv(importId);
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${fileName.replace(/[^\w.-]+/g, "_")}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
