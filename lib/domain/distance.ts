// How far a contact is from the student: it decides whether coffee in person is on the table or
// the ask should offer a call. Stored in whole kilometres; typed and shown in kilometres or miles,
// since students on either side of the Atlantic think in one of them.

const KM_PER_MILE = 1.609344;
/** Half the Earth's circumference, rounded up: nobody on it is farther away. */
export const MAX_DISTANCE_KM = 20_040;
/** Within this, meeting for coffee is realistic (roughly an hour's travel). */
export const IN_PERSON_KM = 80;

export const DISTANCE_HINT = "In km or miles, e.g. 25 km or 15 mi. A number alone counts as km.";

export type ParsedDistance = { ok: true; km: number | null } | { ok: false; message: string };

/** "570", "570 km", "1,200 km", "354 mi", "2.5 miles" → whole km; "" → null. */
export function parseDistance(text: string): ParsedDistance {
  const value = text.trim().toLowerCase().replace(/(\d),(?=\d{3}\b)/g, "$1");
  if (value === "") return { ok: true, km: null };
  const match = /^(\d+(?:\.\d+)?)\s*(km|kms|kilometers?|kilometres?|mi|miles?)?\.?$/.exec(value);
  if (!match) return { ok: false, message: `Enter a distance like 25 km or 15 mi.` };
  const amount = Number(match[1]);
  const inMiles = match[2]?.startsWith("mi") ?? false;
  const km = Math.round(inMiles ? amount * KM_PER_MILE : amount);
  if (km > MAX_DISTANCE_KM) return { ok: false, message: `Use at most ${MAX_DISTANCE_KM.toLocaleString("en-US")} km: nobody on Earth is farther.` };
  return { ok: true, km };
}

/** 570 → "570 km (354 mi)": both, as no setting says which one the student reads. */
export function formatDistance(km: number): string {
  const miles = Math.round(km / KM_PER_MILE);
  return `${km.toLocaleString("en-US")} km (${miles.toLocaleString("en-US")} mi)`;
}

/** The list's distance filter: who can be met for coffee, who is a call away, and who is not placed yet. */
export const DISTANCE_FILTERS = ["near", "far", "unknown"] as const;
export type DistanceFilter = (typeof DISTANCE_FILTERS)[number];
/** Short enough for a filter's select at its narrowest. */
export const DISTANCE_FILTER_LABELS: Record<DistanceFilter, string> = {
  near: `Within ${IN_PERSON_KM} km`,
  far: `Farther than ${IN_PERSON_KM} km`,
  unknown: "Not known",
};
/** The chip that says the filter is on, read without the select's "Distance" beside it. */
export const DISTANCE_FILTER_CHIPS: Record<DistanceFilter, string> = { ...DISTANCE_FILTER_LABELS, unknown: "Distance not known" };

/** What the distance means for the ask: near enough to offer to meet in person, or not. */
export function distanceNote(km: number): string {
  return km <= IN_PERSON_KM ? "near enough to offer coffee in person" : "far enough that a call or video is the better offer";
}
