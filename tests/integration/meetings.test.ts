// Meetings: reschedule, cancel, overlaps, and the .ics invitation read back by an independent parser.
import ICAL from "ical.js";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as invitationRoute } from "@/app/api/meetings/[meetingId]/invitation/route";
import { checkMeetingOverlapsAction } from "@/lib/actions/meetings";
import { meetingCalendarFile } from "@/lib/data/calendar-feed";
import { createContact } from "@/lib/data/contacts";
import { NotFoundError } from "@/lib/data/errors";
import { cancelMeeting, findOverlappingMeetings, listUpcomingMeetingsForContact, rescheduleMeeting } from "@/lib/data/meetings";
import { moveContact } from "@/lib/data/pipeline";
import { getDatabase } from "@/lib/db";
import { parseLocalDateTime } from "@/lib/domain/local-time";
import { contactFieldsSchema } from "@/lib/validation/contacts";
import { createTestUser } from "../support/factories";
import { signInAs } from "../support/session";

const prisma = () => getDatabase().prisma;
const now = new Date("2026-11-20T15:00:00Z");
let owner: { id: string };
let other: { id: string };
let contactId: string;
let meetingId: string;

beforeAll(async () => {
  owner = await createTestUser("Planner");
  other = await createTestUser("Stranger");
  // A student in Los Angeles.
  await prisma().user.update({ where: { id: owner.id }, data: { timeZone: "America/Los_Angeles" } });
});

beforeEach(async () => {
  await signInAs(owner.id);
  contactId = (await createContact(contactFieldsSchema.parse({ name: "Zoë Müller", employer: "Weber Shandwick" }))).id;
  await moveContact(contactId, "OUTREACH", { kind: "outreach", channel: "EMAIL", sentAt: now }, undefined, now);
  const startsAt = parseLocalDateTime("2026-12-02T09:30", "America/Los_Angeles")!;
  await moveContact(contactId, "SCHEDULED", { kind: "meeting", startsAt, durationMinutes: 30, mode: "VIDEO", location: "https://meet.example/abc" }, undefined, now);
  meetingId = (await prisma().meeting.findFirstOrThrow({ where: { contactId } })).id;
});

describe("the invitation", () => {
  it("parses with ical.js and starts at the right instant for a user in another zone", async () => {
    const { filename, ics } = await meetingCalendarFile(meetingId, now);
    expect(filename).toBe("rapport-zoe-muller.ics");
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!);
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-12-02T17:30:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-12-02T18:00:00.000Z");
    expect(event.summary).toBe("Informational interview with Zoë Müller");
    expect(event.location).toBe("https://meet.example/abc");
    expect(event.uid).toMatch(/@rapport\.app$/);
  });

  it("keeps its UID and bumps SEQUENCE when rescheduled, and the prep reminder follows", async () => {
    const before = await meetingCalendarFile(meetingId, now);
    const startsAt = parseLocalDateTime("2026-12-03T14:00", "America/Los_Angeles")!;
    await rescheduleMeeting(meetingId, { startsAt, durationMinutes: 20, mode: "PHONE", location: "+1 614 555 0100" });
    const after = await meetingCalendarFile(meetingId, now);
    const parse = (ics: string) => new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!);
    expect(parse(after.ics).uid).toBe(parse(before.ics).uid);
    expect(parse(after.ics).sequence).toBe(parse(before.ics).sequence + 1);
    expect(parse(after.ics).startDate.toJSDate().toISOString()).toBe("2026-12-03T22:00:00.000Z");
    const prep = await prisma().reminder.findFirstOrThrow({ where: { meetingId, rule: "PREP_DAY_BEFORE" } });
    expect(prep.dueAt.toISOString()).toBe("2026-12-02T22:00:00.000Z");
  });

  it("is a PUBLISH for the owner's own calendar: the owner as ORGANIZER, no ATTENDEE, and the Content-Type's method matches (RFC 5546)", async () => {
    const { email, name } = await prisma().user.findUniqueOrThrow({ where: { id: owner.id } });
    const response = await invitationRoute(new Request("http://x"), { params: Promise.resolve({ meetingId }) });
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8; method=PUBLISH");
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    const vevent = calendar.getFirstSubcomponent("vevent")!;
    expect(vevent.getFirstPropertyValue("organizer")).toBe(`mailto:${email}`);
    expect(vevent.getFirstProperty("organizer")!.getParameter("cn")).toBe(name);
    expect(vevent.getAllProperties("attendee")).toHaveLength(0);
  });

  it("gives an attendee the meeting without the owner's email address", async () => {
    const guest = await createTestUser("Guest");
    await prisma().meetingAttendee.create({ data: { meetingId, userId: guest.id, rsvp: "GOING" } });
    await signInAs(guest.id);
    const { ics, method } = await meetingCalendarFile(meetingId, now);
    expect(method).toBe("PUBLISH");
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!;
    expect(vevent.getFirstPropertyValue("summary")).toBe("Informational interview with Zoë Müller");
    expect(vevent.getFirstProperty("organizer")).toBeNull();
    const { email } = await prisma().user.findUniqueOrThrow({ where: { id: owner.id } });
    expect(ics).not.toContain(email);
  });

  it("is a 404 for anyone but the owner, through the route too", async () => {
    const ok = await invitationRoute(new Request("http://x"), { params: Promise.resolve({ meetingId }) });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toMatch(/^text\/calendar/);
    expect(await ok.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
    await signInAs(other.id);
    const refused = await invitationRoute(new Request("http://x"), { params: Promise.resolve({ meetingId }) });
    expect(refused.status).toBe(404);
    await expect(rescheduleMeeting(meetingId, { startsAt: now, durationMinutes: 30, mode: "VIDEO" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(cancelMeeting(meetingId, now)).rejects.toBeInstanceOf(NotFoundError);
    expect(await prisma().meeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({ status: "SCHEDULED", icsSequence: 0 });
  });
});

describe("cancelling", () => {
  it("moves the contact back to outreach, kept in the history, and cancels the prep reminder", async () => {
    await cancelMeeting(meetingId, new Date("2026-11-21T15:00:00Z"));
    expect(await prisma().meeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({ status: "CANCELLED", icsSequence: 1 });
    expect((await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).stage).toBe("OUTREACH");
    const back = await prisma().stageChange.findMany({ where: { contactId, fromStage: "SCHEDULED" } });
    expect(back).toMatchObject([{ toStage: "OUTREACH", at: new Date("2026-11-21T15:00:00Z") }]);
    expect((await prisma().reminder.findFirstOrThrow({ where: { meetingId, rule: "PREP_DAY_BEFORE" } })).status).toBe("CANCELLED");
    // The cancellation is the same event (UID), one SEQUENCE on, STATUS:CANCELLED, still a PUBLISH.
    const { ics, method } = await meetingCalendarFile(meetingId, now);
    expect(method).toBe("PUBLISH");
    const cancelled = new ICAL.Component(ICAL.parse(ics));
    expect(cancelled.getFirstPropertyValue("method")).toBe("PUBLISH");
    const vevent = cancelled.getFirstSubcomponent("vevent")!;
    expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(vevent.getFirstPropertyValue("sequence")).toBe(1);
    expect(vevent.getFirstPropertyValue("uid")).toBe((await prisma().meeting.findUniqueOrThrow({ where: { id: meetingId } })).icsUid);
  });
});

describe("overlaps", () => {
  it("are found for the viewer's own scheduled meetings only", async () => {
    const meeting = await prisma().meeting.findUniqueOrThrow({ where: { id: meetingId } });
    const clash = await findOverlappingMeetings(new Date(meeting.startsAt.getTime() + 15 * 60_000), 30);
    expect(clash.map((m) => m.id)).toContain(meetingId);
    expect(await findOverlappingMeetings(new Date(meeting.startsAt.getTime() + 30 * 60_000), 30, undefined).then((m) => m.map((x) => x.id))).not.toContain(meetingId);
    expect((await findOverlappingMeetings(meeting.startsAt, 30, meetingId)).map((m) => m.id)).not.toContain(meetingId);
    await signInAs(other.id);
    expect(await findOverlappingMeetings(meeting.startsAt, 30)).toEqual([]);
  });
});

describe("the contact's upcoming meetings", () => {
  it("lists the scheduled meeting for its owner only, and drops it once cancelled", async () => {
    expect(await listUpcomingMeetingsForContact(contactId)).toEqual([
      expect.objectContaining({ id: meetingId, durationMinutes: 30, mode: "VIDEO", location: "https://meet.example/abc", canChange: true }),
    ]);
    await signInAs(other.id);
    expect(await listUpcomingMeetingsForContact(contactId)).toEqual([]);
    await signInAs(owner.id);
    expect(await cancelMeeting(meetingId, now)).toEqual({ contactId, contactName: "Zoë Müller", movedToOutreach: true });
    expect(await listUpcomingMeetingsForContact(contactId)).toEqual([]);
  });
});

describe("a meeting set in the professional's time zone", () => {
  it("keeps the zone with the meeting, through a reschedule, and checks overlaps in the zone typed", async () => {
    // The Los Angeles student agrees 2:00 PM New York time with a New Yorker.
    const second = (await createContact(contactFieldsSchema.parse({ name: "Ines Ortiz", employer: "Edelman" }))).id;
    await moveContact(second, "OUTREACH", { kind: "outreach", channel: "EMAIL", sentAt: now }, undefined, now);
    const startsAt = parseLocalDateTime("2026-12-04T14:00", "America/New_York")!;
    await moveContact(second, "SCHEDULED", { kind: "meeting", startsAt, durationMinutes: 30, mode: "VIDEO", timeZone: "America/New_York" }, undefined, now);
    const [listed] = await listUpcomingMeetingsForContact(second);
    expect(listed).toMatchObject({ startsAt: new Date("2026-12-04T19:00:00Z"), timeZone: "America/New_York" });

    // Moved to 9:00 AM London time: the zone follows.
    await rescheduleMeeting(listed!.id, { startsAt: parseLocalDateTime("2026-12-05T09:00", "Europe/London")!, timeZone: "Europe/London", durationMinutes: 30, mode: "VIDEO" });
    expect(await listUpcomingMeetingsForContact(second)).toEqual([expect.objectContaining({ startsAt: new Date("2026-12-05T09:00:00Z"), timeZone: "Europe/London" })]);
    // A meeting set in the student's own zone says so.
    expect((await listUpcomingMeetingsForContact(contactId))[0]?.timeZone).toBe("America/Los_Angeles");

    // The first meeting is 9:30 AM in Los Angeles, 12:30 PM in New York: 12:45 typed in New York time overlaps it.
    const typedInNewYork = await checkMeetingOverlapsAction({ startsAt: "2026-12-02T12:45", durationMinutes: 30, meetingTimeZone: "America/New_York" });
    expect(typedInNewYork.map((m) => m.id)).toContain(meetingId);
    // The same figures read in the student's own zone (12:45 PM in Los Angeles) do not.
    expect((await checkMeetingOverlapsAction({ startsAt: "2026-12-02T12:45", durationMinutes: 30 })).map((m) => m.id)).not.toContain(meetingId);
    // A zone no one has gives no warning rather than one read in the wrong zone.
    expect(await checkMeetingOverlapsAction({ startsAt: "2026-12-02T12:45", durationMinutes: 30, meetingTimeZone: "Mars/Base" })).toEqual([]);
  });
});
