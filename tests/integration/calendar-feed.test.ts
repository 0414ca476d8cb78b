// The private calendar feed: read back by an independent parser (ical.js), one live link per user,
// stored hashed, and a revoked link answers 404 at once.
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as feedRoute } from "@/app/api/calendar/[token]/route";
import { createCalendarFeedAction, revokeCalendarFeedAction } from "@/lib/actions/calendar-feed";
import { getCalendarFeedStatus } from "@/lib/data/calendar-feed";
import { createContact } from "@/lib/data/contacts";
import { moveContact } from "@/lib/data/pipeline";
import { getDatabase } from "@/lib/db";
import { parseLocalDateTime } from "@/lib/domain/local-time";
import { contactFieldsSchema } from "@/lib/validation/contacts";
import { createTestUser } from "../support/factories";
import { signInAs, signOut } from "../support/session";

const prisma = () => getDatabase().prisma;
const sentAt = new Date("2026-11-20T15:00:00Z");
let owner: { id: string };
let other: { id: string };

async function fetchFeed(token: string) {
  const response = await feedRoute(new Request(`http://localhost/api/calendar/${token}.ics`), { params: Promise.resolve({ token: `${token}.ics` }) });
  return { status: response.status, body: await response.text(), headers: response.headers };
}

async function newFeed(): Promise<string> {
  const result = await createCalendarFeedAction();
  if (result.status !== "created") throw new Error("no feed made");
  return result.token;
}

beforeAll(async () => {
  owner = await createTestUser("Subscriber");
  other = await createTestUser("Stranger");
  await prisma().user.update({ where: { id: owner.id }, data: { timeZone: "America/Chicago" } });

  // The owner: a meeting booked for 10:30 in Chicago (and so a prep reminder the day before).
  await signInAs(owner.id);
  const contact = await createContact(contactFieldsSchema.parse({ name: "Zoë Müller", employer: "Weber Shandwick" }));
  await moveContact(contact.id, "OUTREACH", { kind: "outreach", channel: "EMAIL", sentAt }, undefined, sentAt);
  const startsAt = parseLocalDateTime("2026-12-02T10:30", "America/Chicago")!;
  await moveContact(contact.id, "SCHEDULED", { kind: "meeting", startsAt, durationMinutes: 30, mode: "VIDEO" }, undefined, sentAt);

  // Someone else's meeting must never appear in the owner's feed.
  await signInAs(other.id);
  const theirs = await createContact(contactFieldsSchema.parse({ name: "Private Person" }));
  await moveContact(theirs.id, "OUTREACH", { kind: "outreach", channel: "EMAIL", sentAt }, undefined, sentAt);
  await moveContact(theirs.id, "SCHEDULED", { kind: "meeting", startsAt, durationMinutes: 30, mode: "PHONE" }, undefined, sentAt);
});

describe("the calendar feed", () => {
  it("publishes the owner's meetings and reminders, parsed by ical.js, at the right instants", async () => {
    await signInAs(owner.id);
    const token = await newFeed();
    expect(token.length).toBeGreaterThanOrEqual(43);
    signOut(); // calendar apps are never signed in

    const { status, body, headers } = await fetchFeed(token);
    expect(status).toBe(200);
    expect(headers.get("content-type")).toMatch(/^text\/calendar/);
    expect(headers.get("cache-control")).toContain("no-store");

    const calendar = new ICAL.Component(ICAL.parse(body));
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(headers.get("content-type")).toBe("text/calendar; charset=utf-8; method=PUBLISH");
    // RFC 5546 PUBLISH: the owner as ORGANIZER on every event, never an ATTENDEE.
    const { email } = await prisma().user.findUniqueOrThrow({ where: { id: owner.id } });
    for (const vevent of calendar.getAllSubcomponents("vevent")) {
      expect(vevent.getFirstPropertyValue("organizer")).toBe(`mailto:${email}`);
      expect(vevent.getAllProperties("attendee")).toHaveLength(0);
    }
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    const meeting = events.find((e) => e.summary.includes("Zoë Müller") && !e.startDate.isDate);
    expect(meeting?.startDate.toJSDate().toISOString()).toBe("2026-12-02T16:30:00.000Z");
    // Pending reminders are all-day items on their local date: the 3B7 follow-ups and the prep reminder.
    const reminders = events.filter((e) => e.startDate.isDate);
    expect(reminders.map((e) => e.summary)).toContain("Prepare for your meeting with Zoë Müller");
    expect(reminders.find((e) => e.summary.startsWith("Prepare"))?.startDate.toString()).toBe("2026-12-01");
    expect(body).not.toContain("Private Person");
  });

  it("stores only a hash of the token", async () => {
    await signInAs(owner.id);
    const token = await newFeed();
    const rows = await prisma().calendarFeedToken.findMany({ where: { userId: owner.id } });
    expect(rows.some((row) => row.tokenHash.includes(token))).toBe(false);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.tokenHash))).toBe(true);
  });

  it("answers 404 for a revoked link at once, and for a link replaced by a new one", async () => {
    await signInAs(owner.id);
    const first = await newFeed();
    const second = await newFeed();
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);
    expect(await getCalendarFeedStatus()).toMatchObject({ active: true });

    await revokeCalendarFeedAction();
    expect((await fetchFeed(second)).status).toBe(404);
    expect(await getCalendarFeedStatus()).toEqual({ active: false, createdAt: null });
  });

  it("answers 404 for a made-up or malformed token", async () => {
    expect((await fetchFeed("x".repeat(43))).status).toBe(404);
    expect((await fetchFeed("../../etc/passwd")).status).toBe(404);
  });

  it("another user's revoke does not touch the owner's link", async () => {
    await signInAs(owner.id);
    const token = await newFeed();
    await signInAs(other.id);
    await revokeCalendarFeedAction();
    expect((await fetchFeed(token)).status).toBe(200);
  });
});
