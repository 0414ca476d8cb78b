"use server";
// Meetings from the contact page: reschedule (same invitation UID, SEQUENCE + 1), cancel (the
// contact goes back to Outreach, the meeting stays in the history), and the overlap warning the
// scheduling forms ask for while the user picks a time.
import { revalidatePath } from "next/cache";
import { now } from "../clock";
import { ConflictError, FieldError, NotFoundError } from "../data/errors";
import { cancelMeeting, findOverlappingMeetings, rescheduleMeeting } from "../data/meetings";
import { requireViewer } from "../data/viewer";
import { formatDay, formatTime } from "../domain/format";
import { parseLocalDateTime } from "../domain/local-time";
import { formValues, invalid, type FormState } from "../validation/form-state";
import { cancelMeetingSchema, meetingOverlapSchema, parseMeetingTime, rescheduleMeetingSchema, type MeetingOverlap } from "../validation/meetings";

const GONE = "This meeting is no longer scheduled (it was cancelled, done, or removed). Reload the page to see where it stands.";

function revalidateMeeting(contactId: string | null) {
  revalidatePath("/pipeline");
  revalidatePath("/today");
  if (contactId) revalidatePath(`/contacts/${contactId}`);
}

export async function rescheduleMeetingAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = rescheduleMeetingSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const viewer = await requireViewer();
  const at = now();
  const time = parseMeetingTime(parsed.data, viewer.timeZone, at);
  if (!time.ok) return { status: "invalid", message: "Check the highlighted fields.", fieldErrors: time.fieldErrors, values: formValues(form) };
  try {
    const { contactId } = await rescheduleMeeting(parsed.data.meetingId, time.time);
    revalidateMeeting(contactId);
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "error", message: GONE, values: formValues(form) };
    throw error;
  }
  const when = `${formatDay(time.time.startsAt, viewer.timeZone, at)} at ${formatTime(time.time.startsAt, viewer.timeZone)}`;
  return { status: "saved", message: `Rescheduled to ${when}. Download the invitation again so your calendar moves the event.` };
}

export async function cancelMeetingAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = cancelMeetingSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    const { contactId, contactName, movedToOutreach } = await cancelMeeting(parsed.data.meetingId, now());
    revalidateMeeting(contactId);
    const who = contactName ?? "The contact";
    return {
      status: "saved",
      message: movedToOutreach ? `Meeting cancelled. ${who} is back in Outreach; the meeting stays on the timeline.` : "Meeting cancelled; it stays on the timeline.",
    };
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "error", message: GONE };
    if (error instanceof ConflictError) return { status: "error", message: "This contact changed in another tab or device. Reload the page and try again." };
    if (error instanceof FieldError) return { status: "error", message: error.userMessage };
    throw error;
  }
}

/**
 * The user's other scheduled meetings that a proposed time collides with, each with a line to
 * show. A warning only: nothing is saved or refused. Input that is not yet a whole time gives none.
 */
export async function checkMeetingOverlapsAction(input: {
  startsAt: string;
  durationMinutes: string | number;
  excludeMeetingId?: string;
  /** The zone the time is typed in; the user's own when absent. */
  meetingTimeZone?: string;
}): Promise<MeetingOverlap[]> {
  const parsed = meetingOverlapSchema.safeParse(input);
  if (!parsed.success) return [];
  const viewer = await requireViewer();
  const startsAt = parseLocalDateTime(parsed.data.startsAt, parsed.data.meetingTimeZone ?? viewer.timeZone);
  if (!startsAt) return [];
  const at = now();
  const overlaps = await findOverlappingMeetings(startsAt, parsed.data.durationMinutes, parsed.data.excludeMeetingId);
  return overlaps
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .map((meeting) => ({
      id: meeting.id,
      title: meeting.title,
      startsAt: meeting.startsAt.toISOString(),
      message: `Overlaps with ${meeting.title} at ${formatDay(meeting.startsAt, viewer.timeZone, at)}, ${formatTime(meeting.startsAt, viewer.timeZone)} (${meeting.durationMinutes} min).`,
    }));
}
