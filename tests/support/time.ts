// Durations and instants for tests that type times into forms (datetime-local holds whole minutes).
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const plus = (date: Date, ms: number): Date => new Date(date.getTime() + ms);

/** The real time, to the minute (what a datetime-local field can hold). */
export const realNow = (): Date => new Date(Math.floor(Date.now() / MINUTE) * MINUTE);
