// GET /api/health — 200 when the app can reach its database, 503 when it cannot. Public: it says
// nothing but "up" or "down". The error page polls it to retry by itself once the database is back.
import { databaseReachable } from "@/lib/data/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const ok = await databaseReachable();
  return Response.json({ database: ok ? "up" : "down" }, { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
