// Group meetings (agency tours): an officer schedules, members RSVP, each member who goes finds the
// meeting in their own pipeline, Today, meetings and calendar feed, keeps their own notes, and
// gets their own thank-you reminder when it is marked done. Outsiders see nothing.
import { addDays, addHours, addMinutes, subDays } from "date-fns";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  cancelGroupMeetingAction,
  markGroupMeetingDoneAction,
  rescheduleGroupMeetingAction,
  rsvpGroupMeetingAction,
  scheduleGroupMeetingAction,
} from "@/lib/actions/chapters";
import { initialFormState } from "@/lib/validation/form-state";
import {
  cancelGroupMeeting,
  correctGroupMeeting,
  getGroupMeeting,
  listGroupMeetings,
  markGroupMeetingDone,
  rescheduleGroupMeeting,
  rsvpGroupMeeting,
  saveGroupMeetingNotes,
  scheduleGroupMeeting,
} from "@/lib/data/group-meetings";
import { getBoard } from "@/lib/data/board";
import { calendarFeedForToken, createCalendarFeed } from "@/lib/data/calendar-feed";
import { FieldError, NotFoundError } from "@/lib/data/errors";
import { progressForUsers } from "@/lib/data/metrics";
import { listTodayReminders } from "@/lib/data/reminders";
import { getDatabase } from "@/lib/db";
import { prepReminderDue } from "@/lib/domain/pipeline";
import { whileUncommitted } from "../support/concurrency";
import { createTestChapter, createTestUser } from "../support/factories";
import { signInAs } from "../support/session";

const prisma = () => getDatabase().prisma;
const now = new Date("2026-11-20T15:00:00Z");
const startsAt = addDays(now, 5);

let officer: { id: string };
let ana: { id: string };
let ben: { id: string };
let cleo: { id: string };
let outsider: { id: string };
let chapterId: string;
let hostId: string;

const base = { title: "Agency tour at Fahlgren", startsAt, durationMinutes: 60, mode: "IN_PERSON" as const, location: "Fahlgren, 4030 Easton Station", memberIds: [] as string[] };

beforeAll(async () => {
  officer = await createTestUser("Tour Officer");
  ana = await createTestUser("Ana Attendee");
  ben = await createTestUser("Ben Attendee");
  cleo = await createTestUser("Cleo Skipper");
  outsider = await createTestUser("Out Sider");
  chapterId = await createTestChapter("Tour Chapter", { officers: [officer], members: [ana, ben, cleo] });
  hostId = (
    await prisma().sharedContact.create({
      data: { organisationId: chapterId, proposedById: officer.id, name: "Rachel Host", title: "SVP", employer: "Fahlgren Mortine", email: "rachel@fahlgren.example", status: "OPEN", fieldVisibility: { email: "officers" } },
    })
  ).id;
});

beforeEach(async () => {
  await signInAs(officer.id);
});

describe("scheduling", () => {
  it("only officers schedule; a member is refused and an outsider sees no chapter", async () => {
    await signInAs(ana.id);
    await expect(scheduleGroupMeeting(chapterId, { ...base, sharedContactId: hostId, employer: null }, now)).rejects.toBeInstanceOf(FieldError);
    await signInAs(outsider.id);
    await expect(scheduleGroupMeeting(chapterId, { ...base, sharedContactId: hostId, employer: null }, now)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses a do-not-contact professional, a past time, and a meeting with nobody", async () => {
    const dnc = await prisma().sharedContact.create({ data: { organisationId: chapterId, proposedById: officer.id, name: "No Thanks", status: "DO_NOT_CONTACT" } });
    await expect(scheduleGroupMeeting(chapterId, { ...base, sharedContactId: dnc.id, employer: null }, now)).rejects.toMatchObject({ field: "sharedContactId" });
    await expect(scheduleGroupMeeting(chapterId, { ...base, sharedContactId: hostId, employer: null, startsAt: subDays(now, 1) }, now)).rejects.toMatchObject({ field: "startsAt" });
    await expect(scheduleGroupMeeting(chapterId, { ...base, sharedContactId: null, employer: null }, now)).rejects.toMatchObject({ field: "employer" });
  });
});

describe("a tour from scheduling to thank-yous", () => {
  let meetingId: string;

  it("invites every other member by default", async () => {
    const result = await scheduleGroupMeeting(chapterId, { ...base, sharedContactId: hostId, employer: null }, now);
    meetingId = result.id;
    expect(result.invited).toBe(3);
    const rows = await prisma().meetingAttendee.findMany({ where: { meetingId } });
    expect(rows.map((r) => r.rsvp)).toEqual(["INVITED", "INVITED", "INVITED"]);
    await signInAs(ana.id);
    expect(await listGroupMeetings(now)).toEqual([expect.objectContaining({ id: meetingId, myRsvp: "INVITED", with: "Rachel Host, Fahlgren Mortine", isOfficer: false })]);
  });

  it("an employer the chapter shows to officers only is not in the members' list of meetings", async () => {
    await prisma().sharedContact.update({ where: { id: hostId }, data: { fieldVisibility: { email: "officers", employer: "officers" } } });
    try {
      await signInAs(ana.id);
      expect(await listGroupMeetings(now)).toEqual([expect.objectContaining({ id: meetingId, with: "Rachel Host" })]);
      await signInAs(officer.id);
      expect(await listGroupMeetings(now)).toEqual([expect.objectContaining({ id: meetingId, with: "Rachel Host, Fahlgren Mortine" })]);
    } finally {
      await prisma().sharedContact.update({ where: { id: hostId }, data: { fieldVisibility: { email: "officers" } } });
    }
  });

  it("members RSVP: going or maybe puts it in their own pipeline and Today; not going does not", async () => {
    await signInAs(ana.id);
    await rsvpGroupMeeting(meetingId, "GOING", now);
    await signInAs(ben.id);
    await rsvpGroupMeeting(meetingId, "MAYBE", now);
    await rsvpGroupMeeting(meetingId, "GOING", now); // changing one's mind keeps one contact
    await signInAs(cleo.id);
    await rsvpGroupMeeting(meetingId, "NOT_GOING", now);

    for (const user of [ana, ben]) {
      await signInAs(user.id);
      const contacts = await prisma().contact.findMany({ where: { ownerId: user.id } });
      expect(contacts).toEqual([expect.objectContaining({ name: "Rachel Host", stage: "SCHEDULED", sharedContactId: hostId, email: null, employer: "Fahlgren Mortine" })]);
      const board = await getBoard(now);
      expect(JSON.stringify(board)).toContain("Rachel Host");
      const today = await listTodayReminders(now, 50);
      expect([today.overdue, today.today].map((group) => group.count)).toEqual([0, 0]);
      expect(today.upcoming.count).toBe(1);
      expect(today.upcoming.reminders).toEqual([expect.objectContaining({ rule: "PREP_DAY_BEFORE", dueAt: subDays(startsAt, 1) })]);
      const detail = await getGroupMeeting(meetingId);
      expect(detail.myContactId).toBe(contacts[0]?.id);
    }
    expect(await prisma().contact.count({ where: { ownerId: cleo.id } })).toBe(0);
  });

  it("shows in each going member's calendar feed, not in the one who declined", async () => {
    for (const [user, expected] of [[ana, true], [ben, true], [cleo, false]] as const) {
      await signInAs(user.id);
      const text = await calendarFeedForToken(await createCalendarFeed(now), now);
      expect(text.includes("Agency tour at Fahlgren")).toBe(expected);
    }
  });

  it("each attendee's notes are their own", async () => {
    await signInAs(ana.id);
    await saveGroupMeetingNotes(meetingId, "ANA-PRIVATE: ask about the crisis team");
    expect((await getGroupMeeting(meetingId)).myNotes).toBe("ANA-PRIVATE: ask about the crisis team");
    await signInAs(ben.id);
    expect((await getGroupMeeting(meetingId)).myNotes).toBe("");
    await signInAs(officer.id);
    const officerView = await getGroupMeeting(meetingId);
    expect(JSON.stringify(officerView)).not.toContain("ANA-PRIVATE");
    expect(officerView.attendees.map((a) => a.rsvp).sort()).toEqual(["GOING", "GOING", "NOT_GOING"]);
  });

  it("an outsider sees nothing of it", async () => {
    await signInAs(outsider.id);
    await expect(getGroupMeeting(meetingId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(rsvpGroupMeeting(meetingId, "GOING", now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveGroupMeetingNotes(meetingId, "x")).rejects.toBeInstanceOf(NotFoundError);
    await expect(markGroupMeetingDone(meetingId, now, now)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listGroupMeetings(now)).toEqual([]);
  });

  it("marked done by an officer: each going member gets their own thank-you and moves to Interviewed", async () => {
    await signInAs(ana.id);
    await expect(markGroupMeetingDone(meetingId, now, now)).rejects.toBeInstanceOf(NotFoundError);
    await signInAs(officer.id);
    const doneAt = addHours(startsAt, 1);
    expect(await markGroupMeetingDone(meetingId, doneAt, addHours(startsAt, 2))).toEqual({ reminded: 2, absent: 0 });
    for (const user of [ana, ben]) {
      const reminders = await prisma().reminder.findMany({ where: { ownerId: user.id }, orderBy: { rule: "asc" } });
      expect(reminders.map((r) => [r.rule, r.status])).toEqual(
        expect.arrayContaining([
          ["PREP_DAY_BEFORE", "CANCELLED"],
          ["THANK_YOU_24H", "PENDING"],
        ]),
      );
      expect(reminders.find((r) => r.rule === "THANK_YOU_24H")?.dueAt).toEqual(addHours(doneAt, 24));
      expect((await prisma().contact.findFirstOrThrow({ where: { ownerId: user.id } })).stage).toBe("INTERVIEWED");
    }
    expect(await prisma().reminder.count({ where: { ownerId: cleo.id } })).toBe(0);
    await expect(markGroupMeetingDone(meetingId, doneAt, addHours(startsAt, 2))).rejects.toMatchObject({ field: "doneAt" });

    // Each reads back their own thank-you's reminder, as it stands; the officer, who owes none, none.
    expect((await getGroupMeeting(meetingId)).myThankYou).toBeNull();
    await signInAs(ana.id);
    expect((await getGroupMeeting(meetingId)).myThankYou).toEqual({ status: "PENDING", snoozedUntil: null });
    await prisma().reminder.updateMany({ where: { ownerId: ben.id, rule: "THANK_YOU_24H" }, data: { status: "DISMISSED" } });
    expect((await getGroupMeeting(meetingId)).myThankYou).toEqual({ status: "PENDING", snoozedUntil: null });
    await signInAs(ben.id);
    expect((await getGroupMeeting(meetingId)).myThankYou).toEqual({ status: "DISMISSED", snoozedUntil: null });
  });
});

describe("an employer visit", () => {
  it("gives each member who goes a contact for the visit, and only invited members", async () => {
    const { id } = await scheduleGroupMeeting(chapterId, { ...base, title: "Studio visit: Ologie", location: null, sharedContactId: null, employer: "Ologie", memberIds: [cleo.id] }, now);
    expect(await prisma().meetingAttendee.count({ where: { meetingId: id } })).toBe(1);
    expect((await prisma().meeting.findUniqueOrThrow({ where: { id } })).location).toBe("Ologie");
    await signInAs(ana.id);
    await expect(rsvpGroupMeeting(id, "GOING", now)).rejects.toBeInstanceOf(NotFoundError);
    await signInAs(cleo.id);
    await rsvpGroupMeeting(id, "GOING", now);
    expect(await prisma().contact.findMany({ where: { ownerId: cleo.id } })).toEqual([expect.objectContaining({ name: "Studio visit: Ologie", stage: "SCHEDULED", sharedContactId: null })]);
  });
});

describe("an officer moves or cancels a meeting", () => {
  let dee: { id: string };
  let eli: { id: string };
  let fay: { id: string };
  let moveChapterId: string;
  const visit = { ...base, title: "Studio visit: Ologie", location: null, sharedContactId: null, employer: "Ologie" };

  beforeAll(async () => {
    dee = await createTestUser("Dee Chicago");
    eli = await createTestUser("Eli Tokyo");
    fay = await createTestUser("Fay Declines");
    await prisma().user.update({ where: { id: dee.id }, data: { timeZone: "America/Chicago" } });
    await prisma().user.update({ where: { id: eli.id }, data: { timeZone: "Asia/Tokyo" } });
    moveChapterId = await createTestChapter("Move Chapter", { officers: [officer], members: [dee, eli, fay] });
  });

  async function scheduledWithRsvps(rsvps: [{ id: string }, "GOING" | "MAYBE" | "NOT_GOING"][]) {
    await signInAs(officer.id);
    const { id } = await scheduleGroupMeeting(moveChapterId, visit, now);
    for (const [user, rsvp] of rsvps) {
      await signInAs(user.id);
      await rsvpGroupMeeting(id, rsvp, now);
    }
    await signInAs(officer.id);
    return id;
  }
  const prepDue = async (userId: string, meetingId: string) =>
    (await prisma().reminder.findFirstOrThrow({ where: { ownerId: userId, meetingId, rule: "PREP_DAY_BEFORE" }, select: { dueAt: true, status: true } }));
  const contactOf = async (userId: string, meetingId: string) =>
    prisma().contact.findFirstOrThrow({ where: { ownerId: userId, attendances: { some: { meetingId } } }, select: { id: true, stage: true } });

  it("moved: the same calendar event at the new time, each member's prep reminder moved with it (the day before, in their zone)", async () => {
    const id = await scheduledWithRsvps([[dee, "GOING"], [eli, "MAYBE"], [fay, "NOT_GOING"]]);
    const later = { startsAt: addDays(startsAt, 3), durationMinutes: 90, mode: "VIDEO" as const, location: "https://meet.example/ologie" };
    // A member, or anyone outside the chapter, cannot move it.
    for (const user of [dee, outsider]) {
      await signInAs(user.id);
      await expect(rescheduleGroupMeeting(id, later)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect((await prisma().meeting.findUniqueOrThrow({ where: { id } })).startsAt).toEqual(startsAt);

    await signInAs(officer.id);
    expect(await rescheduleGroupMeeting(id, later)).toEqual({ attending: 2 });
    expect(await prisma().meeting.findUniqueOrThrow({ where: { id } })).toMatchObject({ startsAt: later.startsAt, durationMinutes: 90, mode: "VIDEO", icsSequence: 1 });
    expect(await prepDue(dee.id, id)).toEqual({ dueAt: prepReminderDue(later.startsAt, "America/Chicago"), status: "PENDING" });
    expect(await prepDue(eli.id, id)).toEqual({ dueAt: prepReminderDue(later.startsAt, "Asia/Tokyo"), status: "PENDING" });
    // The member's calendar feed has the same event, a newer sequence.
    await signInAs(dee.id);
    const feed = await calendarFeedForToken(await createCalendarFeed(now), now);
    expect(feed).toContain("Studio visit: Ologie");
    expect(feed).toMatch(/SEQUENCE:1\r?\n/);
  });

  it("a member who said going, then not going, has the professional back in Outreach; going again brings them forward", async () => {
    const id = await scheduledWithRsvps([[dee, "GOING"]]);
    await signInAs(dee.id);
    await rsvpGroupMeeting(id, "NOT_GOING", now);
    const contact = await contactOf(dee.id, id);
    expect(contact.stage).toBe("OUTREACH");
    expect(await prisma().stageChange.findFirst({ where: { contactId: contact.id, toStage: "OUTREACH" }, select: { reason: true } })).toEqual({
      reason: "Not going to group meeting: Studio visit: Ologie",
    });
    expect((await prepDue(dee.id, id)).status).toBe("CANCELLED");
    await rsvpGroupMeeting(id, "GOING", now);
    expect(await contactOf(dee.id, id)).toEqual({ id: contact.id, stage: "SCHEDULED" });
    expect((await prepDue(dee.id, id)).status).toBe("PENDING");
  });

  it("marked done without a list of who went: a member who only said maybe is recorded as not going, with no reminder left to prepare or to thank", async () => {
    const id = await scheduledWithRsvps([[dee, "GOING"], [eli, "MAYBE"]]);
    expect(await markGroupMeetingDone(id, addHours(startsAt, 1), addHours(startsAt, 2))).toEqual({ reminded: 1, absent: 1 });
    for (const user of [dee, eli]) expect((await prepDue(user.id, id)).status).toBe("CANCELLED");
    expect(await prisma().reminder.count({ where: { meetingId: id, rule: "THANK_YOU_24H", ownerId: eli.id } })).toBe(0);
    expect(await prisma().reminder.count({ where: { meetingId: id, rule: "THANK_YOU_24H", ownerId: dee.id } })).toBe(1);
    expect((await contactOf(eli.id, id)).stage).toBe("OUTREACH");
  });

  it("marked done with who went: a no-show goes back to Outreach, a maybe and a silent member who came move to Interviewed with a thank-you each", async () => {
    const gus = await createTestUser("Gus Silent");
    await prisma().membership.create({ data: { organisationId: moveChapterId, userId: gus.id, role: "MEMBER" } });
    const id = await scheduledWithRsvps([[dee, "GOING"], [eli, "MAYBE"], [fay, "NOT_GOING"]]);
    const endedAt = addHours(startsAt, 1);
    // Nobody outside the invitation list can be ticked; nothing is written.
    await expect(markGroupMeetingDone(id, endedAt, addHours(startsAt, 2), [eli.id, outsider.id])).rejects.toMatchObject({ field: "attended" });
    expect(await prisma().meeting.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SCHEDULED", doneAt: null });

    const meetingsDone = async () => {
      const progress = await progressForUsers([dee.id, eli.id, gus.id], addHours(startsAt, 3));
      return [dee, eli, gus].map((u) => progress.get(u.id)?.meetingsDone ?? 0);
    };
    const before = await meetingsDone();
    expect(await markGroupMeetingDone(id, endedAt, addHours(startsAt, 2), [eli.id, gus.id])).toEqual({ reminded: 2, absent: 1 });
    const rsvps = await prisma().meetingAttendee.findMany({ where: { meetingId: id }, select: { userId: true, rsvp: true } });
    expect(Object.fromEntries(rsvps.map((r) => [r.userId, r.rsvp]))).toEqual({ [dee.id]: "NOT_GOING", [eli.id]: "GOING", [fay.id]: "NOT_GOING", [gus.id]: "GOING" });
    // Dee said going and did not come: back in Outreach, kept in the history, no thank-you owed.
    const deeContact = await contactOf(dee.id, id);
    expect(deeContact.stage).toBe("OUTREACH");
    expect(await prisma().stageChange.findFirst({ where: { contactId: deeContact.id, toStage: "OUTREACH" }, select: { reason: true } })).toEqual({
      reason: "Did not go to group meeting: Studio visit: Ologie",
    });
    expect(await prisma().reminder.count({ where: { meetingId: id, rule: "THANK_YOU_24H", ownerId: dee.id } })).toBe(0);
    // Eli (maybe) and Gus (never answered) came: Interviewed, each with a thank-you due a day after it ended.
    for (const user of [eli, gus]) {
      expect((await contactOf(user.id, id)).stage).toBe("INTERVIEWED");
      expect(await prisma().reminder.findFirstOrThrow({ where: { meetingId: id, rule: "THANK_YOU_24H", ownerId: user.id }, select: { dueAt: true, status: true } })).toEqual({
        dueAt: addHours(endedAt, 24),
        status: "PENDING",
      });
    }
    // Progress counts the meeting for those who went, not for the no-show.
    expect((await meetingsDone()).map((n, i) => n - before[i]!)).toEqual([0, 1, 1]);
    // Fay declined and stayed away: nothing of hers changes.
    expect(await prisma().contact.count({ where: { ownerId: fay.id } })).toBe(0);
    // Members see who went; the one who did not is told so.
    const detail = await getGroupMeeting(id);
    expect(detail).toMatchObject({ status: "DONE", going: 2 });
    await signInAs(dee.id);
    expect((await getGroupMeeting(id)).myRsvp).toBe("NOT_GOING");
  });

  it("held earlier than planned: refused without the choice or with a start that isn't earlier; with it, the meeting moves to when it started and each who went owes a thank-you from its end", async () => {
    const id = await scheduledWithRsvps([[dee, "GOING"], [eli, "MAYBE"]]);
    // The host asked to meet four days sooner: 10:00 to 11:00 UTC, recorded that afternoon.
    const startedAt = new Date(addDays(startsAt, -4).getTime() - 5 * 3_600_000);
    const endedAt = addHours(startedAt, 1);
    const recordedAt = addHours(endedAt, 3);
    const untouched = async () => expect(await prisma().meeting.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SCHEDULED", startsAt, doneAt: null, icsSequence: 0 });
    // Without the choice, an end before the scheduled start is refused on the end, as before.
    await expect(markGroupMeetingDone(id, endedAt, recordedAt, [dee.id, fay.id])).rejects.toMatchObject({ field: "doneAt" });
    // A start that isn't earlier than planned, or after the end, is refused on the start.
    await expect(markGroupMeetingDone(id, endedAt, recordedAt, [dee.id, fay.id], addHours(endedAt, 1))).rejects.toMatchObject({ field: "startedAt" });
    await expect(markGroupMeetingDone(id, addHours(startsAt, 1), addHours(startsAt, 2), [dee.id], addMinutes(startsAt, 10))).rejects.toMatchObject({ field: "startedAt", message: expect.stringMatching(/isn't earlier than planned/) });
    // An end in the future is refused too, whatever the start.
    await expect(markGroupMeetingDone(id, addHours(recordedAt, 1), recordedAt, [dee.id], startedAt)).rejects.toMatchObject({ field: "doneAt" });
    await untouched();
    // A member or an outsider can't record it.
    for (const user of [dee, outsider]) {
      await signInAs(user.id);
      await expect(markGroupMeetingDone(id, endedAt, recordedAt, [dee.id], startedAt)).rejects.toBeInstanceOf(NotFoundError);
    }
    await untouched();

    await signInAs(officer.id);
    // Dee (going) and Fay (had said not going) came; Eli (maybe) did not.
    expect(await markGroupMeetingDone(id, endedAt, recordedAt, [dee.id, fay.id], startedAt)).toEqual({ reminded: 2, absent: 1 });
    expect(await prisma().meeting.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DONE", startsAt: startedAt, doneAt: endedAt, icsSequence: 1 });
    for (const user of [dee, fay]) {
      const contact = await contactOf(user.id, id);
      expect(contact.stage).toBe("INTERVIEWED");
      expect(await prisma().stageChange.findFirstOrThrow({ where: { contactId: contact.id, toStage: "INTERVIEWED" }, select: { at: true } })).toEqual({ at: endedAt });
      expect(await prisma().reminder.findFirstOrThrow({ where: { meetingId: id, rule: "THANK_YOU_24H", ownerId: user.id }, select: { dueAt: true } })).toEqual({ dueAt: addHours(endedAt, 24) });
    }
    // Fay's contact, made now, was scheduled as of when it really began, not the planned day.
    const fayContact = await contactOf(fay.id, id);
    expect(await prisma().stageChange.findFirstOrThrow({ where: { contactId: fayContact.id, toStage: "SCHEDULED" }, select: { at: true } })).toEqual({ at: startedAt });
    expect((await contactOf(eli.id, id)).stage).toBe("OUTREACH");
    for (const user of [dee, eli]) expect((await prepDue(user.id, id)).status).toBe("CANCELLED");
    // Dee's calendar feed has the same event at the time it happened, a newer sequence.
    await signInAs(dee.id);
    const feed = await calendarFeedForToken(await createCalendarFeed(recordedAt), recordedAt);
    expect(feed).toMatch(/SEQUENCE:1\r?\n/);
    expect(feed).toContain(`DTSTART:${startedAt.toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`);
  });

  it("who went, corrected after it is done: a member added owes a thank-you; one taken off owes none and goes back, unless they moved on since", async () => {
    const id = await scheduledWithRsvps([[dee, "GOING"], [eli, "GOING"], [fay, "GOING"]]);
    const endedAt = addHours(startsAt, 1);
    const later = addDays(startsAt, 1);
    // Not done yet: there is nothing to correct.
    await expect(correctGroupMeeting(id, { endedAt: null, attended: [dee.id] }, later)).rejects.toMatchObject({ field: "form" });
    await markGroupMeetingDone(id, endedAt, addHours(startsAt, 2), [eli.id, fay.id]);
    // Fay has since logged her thank-you: her contact moved on to Thanked.
    const fayContact = await contactOf(fay.id, id);
    await prisma().contact.update({ where: { id: fayContact.id }, data: { stage: "THANKED" } });
    await prisma().stageChange.create({ data: { ownerId: fay.id, contactId: fayContact.id, fromStage: "INTERVIEWED", toStage: "THANKED", at: addHours(startsAt, 5) } });

    // A member, or anyone outside the chapter, cannot correct it.
    for (const user of [dee, outsider]) {
      await signInAs(user.id);
      await expect(correctGroupMeeting(id, { endedAt: null, attended: [dee.id] }, later)).rejects.toBeInstanceOf(NotFoundError);
    }
    await signInAs(officer.id);
    await expect(correctGroupMeeting(id, { endedAt: null, attended: [dee.id, outsider.id] }, later)).rejects.toMatchObject({ field: "attended" });

    // Dee did come after all; Eli and Fay were ticked by mistake.
    expect(await correctGroupMeeting(id, { endedAt: null, attended: [dee.id] }, later)).toEqual({ endMoved: false, added: 1, removed: 2 });
    expect((await contactOf(dee.id, id)).stage).toBe("INTERVIEWED");
    const thankYou = (userId: string) => prisma().reminder.findFirst({ where: { ownerId: userId, meetingId: id, rule: "THANK_YOU_24H" }, select: { dueAt: true, status: true } });
    expect(await thankYou(dee.id)).toEqual({ dueAt: addHours(endedAt, 24), status: "PENDING" });
    const eliContact = await contactOf(eli.id, id);
    expect(eliContact.stage).toBe("OUTREACH");
    expect(await prisma().stageChange.findFirst({ where: { contactId: eliContact.id }, orderBy: { at: "desc" }, select: { fromStage: true, toStage: true, reason: true } })).toEqual({
      fromStage: "INTERVIEWED",
      toStage: "OUTREACH",
      reason: "Did not go to group meeting: Studio visit: Ologie",
    });
    expect(await thankYou(eli.id)).toMatchObject({ status: "CANCELLED" });
    // Fay's own later move stands.
    expect((await contactOf(fay.id, id)).stage).toBe("THANKED");
    const rsvps = await prisma().meetingAttendee.findMany({ where: { meetingId: id }, select: { userId: true, rsvp: true } });
    expect(Object.fromEntries(rsvps.map((r) => [r.userId, r.rsvp]))).toMatchObject({ [dee.id]: "GOING", [eli.id]: "NOT_GOING", [fay.id]: "NOT_GOING" });
    // The same list again changes nothing.
    expect(await correctGroupMeeting(id, { endedAt: null, attended: [dee.id] }, later)).toEqual({ endMoved: false, added: 0, removed: 0 });

    // When it ended: not past a thank-you a member who went has logged for it; earlier, every
    // pending thank-you reminder follows.
    const deeContact = await contactOf(dee.id, id);
    await prisma().outreachAttempt.create({ data: { ownerId: dee.id, contactId: deeContact.id, kind: "THANK_YOU", channel: "EMAIL", sentAt: addHours(endedAt, 3) } });
    await expect(correctGroupMeeting(id, { endedAt: addHours(endedAt, 4), attended: [dee.id] }, later)).rejects.toMatchObject({
      field: "doneAt",
      userMessage: expect.stringMatching(/^A member’s thank-you for this meeting was sent at/),
    });
    const earlier = addHours(endedAt, -0.25);
    expect(await correctGroupMeeting(id, { endedAt: earlier, attended: [dee.id] }, later)).toEqual({ endMoved: true, added: 0, removed: 0 });
    expect(await prisma().meeting.findUniqueOrThrow({ where: { id }, select: { doneAt: true } })).toEqual({ doneAt: earlier });
    expect(await thankYou(dee.id)).toEqual({ dueAt: addHours(earlier, 24), status: "PENDING" });
    // The same minute sent back (the form shows no seconds) leaves it as it was.
    expect(await correctGroupMeeting(id, { endedAt: addHours(earlier, 0.005), attended: [dee.id] }, later)).toMatchObject({ endMoved: false });
    // Nor before it started.
    await expect(correctGroupMeeting(id, { endedAt: addHours(startsAt, -1), attended: [dee.id] }, later)).rejects.toMatchObject({ field: "doneAt" });
  });

  it.skipIf(!process.env.DATABASE_URL)("marked done while another officer moves it later: checked against the new start, and refused", async () => {
    const id = await scheduledWithRsvps([[dee, "GOING"]]);
    const result = await whileUncommitted(
      (tx) => tx.meeting.update({ where: { id }, data: { startsAt: addHours(startsAt, 3), icsSequence: { increment: 1 } } }),
      () => markGroupMeetingDone(id, addHours(startsAt, 1), addHours(startsAt, 2)),
    );
    expect(result).toMatchObject({ status: "rejected", reason: { field: "doneAt" } });
    expect(await prisma().meeting.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SCHEDULED", doneAt: null });
  });

  it("cancelled: listed as cancelled, prep reminders cancelled, and a member with nothing else scheduled with them back in Outreach", async () => {
    const id = await scheduledWithRsvps([[dee, "GOING"], [eli, "GOING"], [fay, "NOT_GOING"]]);
    // Eli also arranged a meeting of their own with the same person: Eli stays in Scheduled.
    const eliContact = await contactOf(eli.id, id);
    await prisma().meeting.create({
      data: { ownerId: eli.id, contactId: eliContact.id, title: "Coffee with Ologie", startsAt: addDays(startsAt, 10), timeZone: "Asia/Tokyo", icsUid: `${id}-eli@rapport.test` },
    });
    await signInAs(dee.id);
    await expect(cancelGroupMeeting(id, now)).rejects.toBeInstanceOf(NotFoundError);
    expect((await prisma().meeting.findUniqueOrThrow({ where: { id } })).status).toBe("SCHEDULED");

    await signInAs(officer.id);
    expect(await cancelGroupMeeting(id, now)).toEqual({ movedBack: 1 });
    expect(await prisma().meeting.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "CANCELLED", cancelledAt: now, icsSequence: 1 });
    for (const user of [dee, eli]) expect((await prepDue(user.id, id)).status).toBe("CANCELLED");
    const deeContact = await contactOf(dee.id, id);
    expect(deeContact.stage).toBe("OUTREACH");
    expect(await prisma().stageChange.findFirst({ where: { contactId: deeContact.id, toStage: "OUTREACH" }, select: { fromStage: true, at: true, reason: true } })).toEqual({
      fromStage: "SCHEDULED",
      at: now,
      reason: "Group meeting cancelled: Studio visit: Ologie",
    });
    expect((await contactOf(eli.id, id)).stage).toBe("SCHEDULED");
    // Members see it listed as cancelled; their calendar feed cancels the event.
    await signInAs(dee.id);
    expect((await listGroupMeetings(now)).find((m) => m.id === id)).toMatchObject({ status: "CANCELLED", myRsvp: "GOING" });
    expect(await calendarFeedForToken(await createCalendarFeed(now), now)).toContain("STATUS:CANCELLED");
    // Over: it can't be cancelled again, moved, or marked done.
    await signInAs(officer.id);
    await expect(cancelGroupMeeting(id, now)).rejects.toBeInstanceOf(FieldError);
    await expect(rescheduleGroupMeeting(id, { startsAt: addDays(startsAt, 1), durationMinutes: 60, mode: "VIDEO" })).rejects.toMatchObject({ field: "startsAt" });
    await expect(markGroupMeetingDone(id, null, addDays(startsAt, 1))).rejects.toMatchObject({ field: "doneAt" });
  });
});

describe("the forms' answers", () => {
  function form(values: Record<string, string | string[]>): FormData {
    const data = new FormData();
    for (const [key, value] of Object.entries(values)) {
      if (Array.isArray(value)) for (const v of value) data.append(key, v);
      else data.set(key, value);
    }
    return data;
  }

  it("schedule: a past or unreal time is refused on its field, with what was typed kept", async () => {
    const typed = { organisationId: chapterId, title: "Kept title", employer: "Kept Employer", durationMinutes: "45", mode: "VIDEO" };
    const past = await scheduleGroupMeetingAction(initialFormState, form({ ...typed, startsAt: "2020-01-01T10:00" }));
    expect(past).toMatchObject({ status: "invalid", fieldErrors: { startsAt: expect.stringMatching(/passed/) }, values: { title: "Kept title", employer: "Kept Employer" } });
    const missing = await scheduleGroupMeetingAction(initialFormState, form({ ...typed, title: "", startsAt: "" }));
    expect(missing).toMatchObject({ status: "invalid", fieldErrors: { title: expect.any(String), startsAt: expect.any(String) } });
    // The members ticked come back ticked: sent again without them, it would invite the whole chapter.
    const ticked = await scheduleGroupMeetingAction(initialFormState, form({ ...typed, title: "", startsAt: "2099-03-02T14:00", memberIds: [ana.id, ben.id] }));
    expect(ticked).toMatchObject({ status: "invalid", fieldErrors: { title: expect.any(String) }, values: { memberIds: `${ana.id},${ben.id}`, employer: "Kept Employer" } });
    const pastTicked = await scheduleGroupMeetingAction(initialFormState, form({ ...typed, startsAt: "2020-01-01T10:00", memberIds: [ana.id] }));
    expect(pastTicked).toMatchObject({ status: "invalid", values: { memberIds: ana.id } });
  });

  it("schedule and RSVP through the actions", async () => {
    const saved = await scheduleGroupMeetingAction(
      initialFormState,
      form({ organisationId: chapterId, title: "Form tour", employer: "Form Agency", startsAt: "2099-03-02T14:00", durationMinutes: "60", mode: "IN_PERSON", memberIds: [ana.id] }),
    );
    expect(saved).toMatchObject({ status: "saved", message: "Scheduled. 1 member is invited to RSVP." });
    await signInAs(ana.id);
    expect(await rsvpGroupMeetingAction(initialFormState, form({ meetingId: saved.values?.meetingId ?? "", rsvp: "MAYBE" }))).toMatchObject({ status: "saved", values: { rsvp: "MAYBE" } });
    expect(await rsvpGroupMeetingAction(initialFormState, form({ meetingId: saved.values?.meetingId ?? "", rsvp: "SOMETIMES" }))).toMatchObject({ status: "invalid", fieldErrors: { rsvp: expect.any(String) } });
  });

  it("reschedule and cancel through the actions: a past time is refused on its field and kept; a member is told only officers can", async () => {
    const saved = await scheduleGroupMeetingAction(
      initialFormState,
      form({ organisationId: chapterId, title: "Moving tour", employer: "Form Agency", startsAt: "2099-03-02T14:00", durationMinutes: "60", mode: "IN_PERSON", memberIds: [ana.id] }),
    );
    const meetingId = saved.values?.meetingId ?? "";
    const moved = { meetingId, startsAt: "2099-03-09T15:30", durationMinutes: "45", mode: "VIDEO", location: "https://meet.example/x" };
    expect(await rescheduleGroupMeetingAction(initialFormState, form({ ...moved, startsAt: "2020-01-01T10:00" }))).toMatchObject({
      status: "invalid",
      fieldErrors: { startsAt: expect.stringMatching(/passed/) },
      values: { startsAt: "2020-01-01T10:00", location: "https://meet.example/x" },
    });
    await signInAs(ana.id);
    expect(await rescheduleGroupMeetingAction(initialFormState, form(moved))).toEqual({ status: "error", message: "Only the chapter's officers can change this meeting.", values: expect.any(Object) });
    expect(await cancelGroupMeetingAction(initialFormState, form({ meetingId }))).toEqual({ status: "error", message: "Only the chapter's officers can change this meeting." });
    await signInAs(officer.id);
    expect(await rescheduleGroupMeetingAction(initialFormState, form(moved))).toMatchObject({ status: "saved", message: expect.stringMatching(/^Moved to .+ at 3:30 PM\.$/) });
    expect(await cancelGroupMeetingAction(initialFormState, form({ meetingId }))).toMatchObject({ status: "saved", message: expect.stringMatching(/^Meeting cancelled\./) });
    expect(await cancelGroupMeetingAction(initialFormState, form({ meetingId }))).toEqual({ status: "error", message: "This meeting is already over or cancelled." });
  });

  it("mark done through the action: who went as ticked; a refused end keeps the ticks as they were", async () => {
    // Begun an hour ago by the real clock the action reads.
    const began = new Date(Date.now() - 60 * 60_000);
    const { id: meetingId } = await scheduleGroupMeeting(chapterId, { ...base, title: "Ticked tour", sharedContactId: null, employer: "Tick Agency", startsAt: began, memberIds: [ana.id, ben.id] }, subDays(began, 1));
    const refused = await markGroupMeetingDoneAction(initialFormState, form({ meetingId, doneAt: "2020-01-01T10:00", attendance: "listed", attended: [ana.id, ben.id] }));
    expect(refused).toMatchObject({ status: "invalid", fieldErrors: { doneAt: expect.any(String) }, values: { doneAt: "2020-01-01T10:00", attended: `${ana.id},${ben.id}` } });
    // Listed with nobody ticked: nobody went (not "those who said going").
    expect(await markGroupMeetingDoneAction(initialFormState, form({ meetingId, attendance: "listed" }))).toMatchObject({
      status: "saved",
      message: "Marked done. 0 members have a thank-you reminder.",
    });
    expect(await prisma().reminder.count({ where: { meetingId, rule: "THANK_YOU_24H" } })).toBe(0);
  });

  it("mark done held earlier through the action: the choice needs a start, a refusal keeps the ticks, and the answer says where it moved", async () => {
    // Planned for tomorrow by the real clock the action reads; it happened two hours ago, for an hour.
    const planned = new Date(Date.now() + 24 * 3_600_000);
    const { id: meetingId } = await scheduleGroupMeeting(chapterId, { ...base, title: "Early tour", sharedContactId: null, employer: "Early Agency", startsAt: planned, memberIds: [ana.id, ben.id] }, subDays(planned, 2));
    const local = (date: Date) => date.toISOString().slice(0, 16); // the officer's zone is UTC
    const startedAt = new Date(Math.floor((Date.now() - 2 * 3_600_000) / 60_000) * 60_000);
    const typed = { meetingId, doneAt: local(addHours(startedAt, 1)), attendance: "listed", attended: [ana.id] };
    expect(await markGroupMeetingDoneAction(initialFormState, form({ ...typed, heldEarlier: "on" }))).toMatchObject({
      status: "invalid",
      fieldErrors: { startedAt: "Enter the time the meeting started." },
      values: { attended: ana.id },
    });
    expect(await markGroupMeetingDoneAction(initialFormState, form({ ...typed, heldEarlier: "on", startedAt: "not a time" }))).toMatchObject({
      status: "invalid",
      fieldErrors: { startedAt: "Enter a real date and time." },
      values: { attended: ana.id, startedAt: "not a time" },
    });
    // A start sent without the box ticked is ignored: the end before the planned start is refused.
    expect(await markGroupMeetingDoneAction(initialFormState, form({ ...typed, startedAt: local(startedAt) }))).toMatchObject({ status: "invalid", fieldErrors: { doneAt: expect.any(String) } });
    expect(await markGroupMeetingDoneAction(initialFormState, form({ ...typed, heldEarlier: "on", startedAt: local(startedAt) }))).toMatchObject({
      status: "saved",
      message: expect.stringMatching(/^Marked done\. 1 member has a thank-you reminder\. It now shows at the time it started, .+\.$/),
    });
    expect(await prisma().meeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({ status: "DONE", startsAt: startedAt, doneAt: addHours(startedAt, 1) });
  });
});
