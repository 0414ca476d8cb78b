// GET /api/meetings/:meetingId/invitation — the meeting as an .ics file for Google Calendar,
// Outlook and Apple Calendar. Signed-in owner or attendee only; anyone else gets 404.
import { now } from "@/lib/clock";
import { NotFoundError } from "@/lib/data/errors";
import { meetingInvitation } from "@/lib/data/meetings";

export async function GET(_request: Request, { params }: { params: Promise<{ meetingId: string }> }) {
  const { meetingId } = await params;
  try {
    const { filename, ics } = await meetingInvitation(meetingId, now());
    return new Response(ics, {
      headers: {
        "content-type": "text/calendar; charset=utf-8; method=REQUEST",
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
