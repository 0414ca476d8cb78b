// Rescheduling, cancelling and overlap checks for meetings. The meeting's own fields follow the
// same rules (and messages) as the meeting record a move to Scheduled asks for
// (lib/validation/pipeline), and local date-times are read in the user's time zone.
import { z } from "zod";
import { MEETING_MINUTES } from "../domain/pipeline";
import { CLOCK_SLACK_MS, parseLocalDateTime } from "../domain/local-time";
import type { MeetingMode } from "../generated/prisma/enums";
import { MEETING_MODES, meetingTimeZoneField } from "./pipeline";

const meetingId = z.string("Reload the page and try again.").trim().min(1, "Reload the page and try again.").max(40, "Reload the page and try again.");

const durationMinutes = z.coerce
  .number("Choose the length in minutes.")
  .int("Choose a whole number of minutes.")
  .min(MEETING_MINUTES.min, `Choose ${MEETING_MINUTES.min} to ${MEETING_MINUTES.max} minutes.`)
  .max(MEETING_MINUTES.max, `Choose ${MEETING_MINUTES.min} to ${MEETING_MINUTES.max} minutes.`);

export const meetingTimeFieldsSchema = z.object({
  startsAt: z.string("Enter the meeting's date and time.").trim().min(1, "Enter the meeting's date and time."),
  durationMinutes,
  mode: z.enum(MEETING_MODES, "Choose in person, coffee, phone or video."),
  location: z.string().trim().max(300, "Keep this under 300 characters.").optional(),
  meetingTimeZone: meetingTimeZoneField,
});

export const rescheduleMeetingSchema = meetingTimeFieldsSchema.extend({ meetingId });
export type RescheduleMeetingInput = z.infer<typeof rescheduleMeetingSchema>;

export const cancelMeetingSchema = z.object({ meetingId });
export type CancelMeetingInput = z.infer<typeof cancelMeetingSchema>;

/** A proposed time to check against the user's other meetings; nothing is saved. */
export const meetingOverlapSchema = z.object({
  startsAt: z.string().trim().min(1).max(40),
  durationMinutes,
  excludeMeetingId: meetingId.optional(),
  meetingTimeZone: meetingTimeZoneField,
});
export type MeetingOverlapInput = z.infer<typeof meetingOverlapSchema>;

/** One other meeting the proposed time collides with, ready to show. */
export interface MeetingOverlap {
  id: string;
  title: string;
  /** ISO instant, for a <time> element. */
  startsAt: string;
  /** "Overlaps with Informational interview with Kenji Watanabe at Tue, Dec 2, 3:00 PM." */
  message: string;
}

export interface MeetingTimeValue {
  startsAt: Date;
  /** The zone the time was given in. */
  timeZone: string;
  durationMinutes: number;
  mode: MeetingMode;
  location: string | null;
}

export type MeetingTimeParse = { ok: true; time: MeetingTimeValue } | { ok: false; fieldErrors: Record<string, string> };

/**
 * The new time of a meeting from the reschedule form: the local date-time read in the zone chosen
 * with it (else the user's `timeZone`), refused when it is not a real time or has already passed at `now`.
 */
export function parseMeetingTime(fields: z.infer<typeof meetingTimeFieldsSchema>, timeZone: string, now: Date): MeetingTimeParse {
  const zone = fields.meetingTimeZone ?? timeZone;
  const startsAt = parseLocalDateTime(fields.startsAt, zone);
  if (!startsAt) return { ok: false, fieldErrors: { startsAt: "Enter a real date and time." } };
  if (startsAt.getTime() < now.getTime() - CLOCK_SLACK_MS) {
    return { ok: false, fieldErrors: { startsAt: "That time has passed. Choose a time that is still ahead." } };
  }
  return { ok: true, time: { startsAt, timeZone: zone, durationMinutes: fields.durationMinutes, mode: fields.mode, location: fields.location || null } };
}
