// GET /api/meetings/:meetingId/invitation — the meeting as an .ics file for Google Calendar,
// Outlook and Apple Calendar. Signed-in owner or attendee only; anyone else gets 404. The file is a
// METHOD:PUBLISH (it adds the meeting to the reader's own calendar; see lib/data/calendar-feed.ts),
// and the Content-Type's method= repeats the file's METHOD, as RFC 5545 §3.7.2 asks.
import { now } from "@/lib/clock";
import { meetingCalendarFile } from "@/lib/data/calendar-feed";
import { NotFoundError } from "@/lib/data/errors";

export async function GET(_request: Request, { params }: { params: Promise<{ meetingId: string }> }) {
  const { meetingId } = await params;
  try {
    const { filename, ics, method } = await meetingCalendarFile(meetingId, now());
    return new Response(ics, {
      headers: {
        "content-type": `text/calendar; charset=utf-8; method=${method}`,
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
