// GET /cohorts/:cohortId/export — the cohort dashboard's students as CSV, in the view the staff
// member was looking at (same filter and sort). Staff of the cohort's centre only; anyone else 404.
// Each export is written to the audit log for every sharing student in it.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { now } from "@/lib/clock";
import { getCohortForExport } from "@/lib/data/cohort-dashboard";
import { NotFoundError } from "@/lib/data/errors";
import { requireViewer } from "@/lib/data/viewer";
import { applyCohortView, cohortCsv, parseCohortView } from "@/lib/domain/cohort";

// Dated by the viewer's own day, as every day in the file is: in the UTC day, a New York export
// made in the evening was named for tomorrow.
function fileName(cohortName: string, at: Date, timeZone: string): string {
  const slug = cohortName.normalize("NFD").replace(/\p{Diacritic}/gu, "").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase() || "cohort";
  return `${slug}-${format(new TZDate(at, timeZone), "yyyy-MM-dd")}.csv`;
}

export async function GET(request: Request, { params }: { params: Promise<{ cohortId: string }> }) {
  const { cohortId } = await params;
  const at = now();
  try {
    const [{ cohort, students }, viewer] = await Promise.all([getCohortForExport(cohortId, at), requireViewer()]);
    const view = parseCohortView(Object.fromEntries(new URL(request.url).searchParams));
    // Days in the viewer's zone, as the dashboard shows them.
    return new Response(cohortCsv(applyCohortView(students, view), viewer.timeZone), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${fileName(cohort.name, at, viewer.timeZone)}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
