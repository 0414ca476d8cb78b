// Between what a person types (a local date and time in their zone) and what is stored (a UTC
// instant). Forms use <input type="datetime-local">, whose value has no zone: the user's own zone
// gives it one here.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/**
 * How far a typed time may sit on the wrong side of now (or of a meeting's start) and still be
 * taken as meant: the phone it was typed on, the server and the calendar it was read from disagree
 * by a minute or two. Every "can't be in the future / past" check uses it.
 */
export const CLOCK_SLACK_MS = 5 * 60_000;

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-12-02T10:30" in `timeZone` → the instant; null when it is not a real local time. */
export function parseLocalDateTime(value: string, timeZone: string): Date | null {
  const m = LOCAL_DATE_TIME.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const local = new TZDate(y, mo - 1, d, h, mi, timeZone);
  // 31 February rolls over into March: refuse it rather than store another day.
  if (local.getDate() !== d || local.getMonth() !== mo - 1) return null;
  return new Date(local.getTime());
}

/** "2026-12-02" → the instant that local day begins in `timeZone`. */
export function parseLocalDate(value: string, timeZone: string): Date | null {
  const m = LOCAL_DATE.exec(value.trim());
  return m ? parseLocalDateTime(`${value.trim()}T00:00`, timeZone) : null;
}

/** The value a datetime-local input shows for `instant` in `timeZone`. */
export function toLocalInputValue(instant: Date, timeZone: string): string {
  return format(new TZDate(instant, timeZone), "yyyy-MM-dd'T'HH:mm");
}

/**
 * Zones offered for a meeting's time, named the way people give a time ("10 am Pacific"), not by
 * IANA name. A professional elsewhere proposes a time in their own zone; entered in that zone it is
 * stored right, with no mental arithmetic. Any other valid zone is accepted too (a meeting set in
 * one keeps it), shown by its IANA name.
 */
export const MEETING_ZONE_CHOICES: readonly { zone: string; label: string }[] = [
  { zone: "America/New_York", label: "Eastern time (New York)" },
  { zone: "America/Chicago", label: "Central time (Chicago)" },
  { zone: "America/Denver", label: "Mountain time (Denver)" },
  { zone: "America/Phoenix", label: "Arizona (Phoenix)" },
  { zone: "America/Los_Angeles", label: "Pacific time (Los Angeles)" },
  { zone: "America/Anchorage", label: "Alaska (Anchorage)" },
  { zone: "Pacific/Honolulu", label: "Hawaii (Honolulu)" },
  { zone: "America/Halifax", label: "Atlantic time (Halifax)" },
  { zone: "America/Mexico_City", label: "Mexico City" },
  { zone: "America/Sao_Paulo", label: "Brazil (São Paulo)" },
  { zone: "Europe/London", label: "UK (London)" },
  { zone: "Europe/Paris", label: "Central Europe (Paris, Berlin)" },
  { zone: "Africa/Lagos", label: "West Africa (Lagos)" },
  { zone: "Asia/Dubai", label: "Gulf (Dubai)" },
  { zone: "Asia/Kolkata", label: "India (Kolkata)" },
  { zone: "Asia/Singapore", label: "Singapore" },
  { zone: "Asia/Shanghai", label: "China (Shanghai)" },
  { zone: "Asia/Tokyo", label: "Japan (Tokyo)" },
  { zone: "Australia/Sydney", label: "Australia East (Sydney)" },
  { zone: "UTC", label: "UTC" },
];

/** A zone as a person names it: "Pacific time (Los Angeles)", or the IANA name made readable. */
export function zoneLabel(zone: string): string {
  return MEETING_ZONE_CHOICES.find((choice) => choice.zone === zone)?.label ?? zone.replaceAll("_", " ");
}

/**
 * The zone choices for a meeting's time: the viewer's own first ("Your time zone"), then the one the
 * meeting is already in when it is neither, then the rest.
 */
export function meetingZoneOptions(viewerZone: string, meetingZone?: string | null): { zone: string; label: string }[] {
  const own = { zone: viewerZone, label: `Your time zone: ${zoneLabel(viewerZone)}` };
  const current = meetingZone && meetingZone !== viewerZone && !MEETING_ZONE_CHOICES.some((c) => c.zone === meetingZone) ? [{ zone: meetingZone, label: zoneLabel(meetingZone) }] : [];
  return [own, ...current, ...MEETING_ZONE_CHOICES.filter((choice) => choice.zone !== viewerZone)];
}

/**
 * A meeting's start on the clock of the zone it was set in ("10:00 AM Pacific time (Los Angeles)"),
 * when that clock reads differently from the viewer's at that instant; null when they agree (the
 * same zone, or another with the same time then).
 */
export function startInMeetingZone(startsAt: Date, meetingZone: string, viewerZone: string): string | null {
  if (meetingZone === viewerZone) return null;
  const theirs = format(new TZDate(startsAt, meetingZone), "yyyy-MM-dd HH:mm");
  if (theirs === format(new TZDate(startsAt, viewerZone), "yyyy-MM-dd HH:mm")) return null;
  return `${format(new TZDate(startsAt, meetingZone), "EEE h:mm a")} ${zoneLabel(meetingZone)}`;
}
