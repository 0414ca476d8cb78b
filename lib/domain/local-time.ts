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
