/** What the calendar-link actions return: the new token is readable only in this one response. */
export type CalendarFeedResult = { status: "idle" } | { status: "created"; token: string } | { status: "revoked" };
