// GET /api/calendar/:token.ics — the private calendar feed that calendar apps subscribe to. The token
// is the credential (calendar apps cannot sign in); an unknown or revoked token answers 404.
import { now } from "@/lib/clock";
import { calendarFeedForToken } from "@/lib/data/calendar-feed";
import { NotFoundError } from "@/lib/data/errors";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  try {
    const ics = await calendarFeedForToken(token.replace(/\.ics$/, ""), now());
    return new Response(ics, {
      headers: {
        // The feed is METHOD:PUBLISH; the Content-Type repeats it (RFC 5545 §3.7.2).
        "content-type": "text/calendar; charset=utf-8; method=PUBLISH",
        "content-disposition": 'inline; filename="rapport.ics"',
        // Calendar apps poll; nothing in between should keep a copy of someone's schedule.
        "cache-control": "private, no-store",
        "x-robots-tag": "noindex",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
    throw error;
  }
}
