// Outreach and its 3B7 reminders against a real database; settling reminders from Today.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { logOutreachAction, setReplyAction } from "@/lib/actions/outreach";
import { reopenReminderAction, updateReminderAction } from "@/lib/actions/reminders";
import { createContact } from "@/lib/data/contacts";
import { dormantSinceByContact } from "@/lib/data/keep-in-touch";
import { logOutreach, setOutreachReply, syncFollowUps } from "@/lib/data/outreach";
import { countDueReminders, listTodayReminders } from "@/lib/data/reminders";
import { requireViewer } from "@/lib/data/viewer";
import { getDatabase } from "@/lib/db";
import { contactFieldsSchema } from "@/lib/validation/contacts";
import { initialFormState } from "@/lib/validation/form-state";
import { createTestUser } from "../support/factories";
import { signInAs } from "../support/session";

const prisma = () => getDatabase().prisma;
const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
};
const pending = (contactId: string) =>
  prisma().reminder.findMany({ where: { contactId, status: "PENDING" }, orderBy: { dueAt: "asc" }, select: { rule: true, dueAt: true, ruleKey: true } });

let owner: { id: string };
let other: { id: string };
let contactId: string;
const monday = new Date("2026-11-16T15:00:00Z");

beforeAll(async () => {
  owner = await createTestUser("Writer");
  other = await createTestUser("Snoop");
  await prisma().user.update({ where: { id: owner.id }, data: { timeZone: "America/New_York" } });
});

beforeEach(async () => {
  await signInAs(owner.id);
  contactId = (await createContact(contactFieldsSchema.parse({ name: "Priya Shah", employer: "Edelman" }))).id;
});

describe("3B7", () => {
  it("logging outreach derives exactly one 3-day and one 7-day reminder; re-deriving adds none", async () => {
    const attempt = await logOutreach(contactId, { channel: "EMAIL", sentAt: monday, body: "Hello" }, monday);
    const expected = [
      { rule: "SUGGEST_ANOTHER_3B", dueAt: new Date("2026-11-19T15:00:00Z"), ruleKey: attempt.id },
      { rule: "FOLLOW_UP_7B", dueAt: new Date("2026-11-25T15:00:00Z"), ruleKey: attempt.id },
    ];
    expect(await pending(contactId)).toEqual(expected);
    const viewer = await requireViewer();
    for (let i = 0; i < 3; i++) await prisma().$transaction((tx) => syncFollowUps(tx, viewer, contactId, new Date("2026-11-20T15:00:00Z")));
    expect(await pending(contactId)).toEqual(expected);
    expect(await prisma().reminder.count({ where: { contactId } })).toBe(2);
    expect((await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).stage).toBe("OUTREACH");
  });

  it("a logged reply removes them", async () => {
    const attempt = await logOutreach(contactId, { channel: "EMAIL", sentAt: monday, body: "Hello" }, monday);
    await setOutreachReply(attempt.id, "REPLIED", new Date("2026-11-18T15:00:00Z"), new Date("2026-11-18T15:00:00Z"));
    expect(await pending(contactId)).toEqual([]);
    // Taken back (logged by mistake): the same two reminders are pending again, no new ones.
    await setOutreachReply(attempt.id, "NO_REPLY", null, new Date("2026-11-18T16:00:00Z"));
    expect((await pending(contactId)).map((r) => r.rule)).toEqual(["SUGGEST_ANOTHER_3B", "FOLLOW_UP_7B"]);
    expect(await prisma().reminder.count({ where: { contactId } })).toBe(2);
  });

  it("the one follow-up settles the 7-day reminder and then nothing more is asked", async () => {
    await logOutreach(contactId, { channel: "EMAIL", sentAt: monday, body: "Hello" }, monday);
    await logOutreach(contactId, { channel: "EMAIL", sentAt: new Date("2026-11-25T15:00:00Z"), body: "Following up" }, new Date("2026-11-25T15:00:00Z"));
    expect(await pending(contactId)).toEqual([]);
    const rules = await prisma().reminder.findMany({ where: { contactId }, select: { rule: true, status: true }, orderBy: { rule: "asc" } });
    expect(rules).toEqual([
      { rule: "SUGGEST_ANOTHER_3B", status: "CANCELLED" },
      { rule: "FOLLOW_UP_7B", status: "DONE" },
    ]);
    const viewer = await requireViewer();
    await prisma().$transaction((tx) => syncFollowUps(tx, viewer, contactId, new Date("2026-12-10T15:00:00Z")));
    expect(await pending(contactId)).toEqual([]);
    // What the contacts list and the contact page show: waiting until 7 business days after the
    // follow-up (Friday 4 December), dormant from then on.
    const { stage } = await prisma().contact.findUniqueOrThrow({ where: { id: contactId }, select: { stage: true } });
    expect(await dormantSinceByContact([{ id: contactId, stage }], new Date("2026-12-04T14:59:00Z"))).toEqual(new Map());
    expect(await dormantSinceByContact([{ id: contactId, stage }], new Date("2026-12-10T15:00:00Z"))).toEqual(new Map([[contactId, new Date("2026-12-04T15:00:00Z")]]));
  });

  it("a message or reply logged moves the contact's Updated date", async () => {
    // Set far back before each step, so the check does not depend on the clock ticking between writes.
    const long = new Date("2020-01-01T00:00:00Z");
    const wind = () => prisma().contact.update({ where: { id: contactId }, data: { updatedAt: long } });
    const updatedAt = async () => (await prisma().contact.findUniqueOrThrow({ where: { id: contactId }, select: { updatedAt: true } })).updatedAt;
    const attempt = await logOutreach(contactId, { channel: "EMAIL", sentAt: monday, body: "Hello" }, monday);
    await wind();
    await logOutreach(contactId, { channel: "EMAIL", sentAt: new Date("2026-11-25T15:00:00Z"), body: "Following up" }, new Date("2026-11-25T15:00:00Z"));
    expect((await updatedAt()).getTime()).toBeGreaterThan(long.getTime());
    await wind();
    await setOutreachReply(attempt.id, "REPLIED", new Date("2026-11-26T15:00:00Z"), new Date("2026-11-26T15:00:00Z"));
    expect((await updatedAt()).getTime()).toBeGreaterThan(long.getTime());
  });
});

describe("logging from the composer", () => {
  it("refuses a message with unfilled placeholders, on the message field, logging nothing", async () => {
    const state = await logOutreachAction(contactId, initialFormState, form({ channel: "EMAIL", sentAt: "2026-11-16T10:00", subject: "Hi", body: "Dear {{firstName}}, 20 minutes?" }));
    expect(state).toMatchObject({ status: "invalid", fieldErrors: { body: "Fill in {{firstName}} before sending." } });
    expect(state.values?.body).toBe("Dear {{firstName}}, 20 minutes?");
    expect(await prisma().outreachAttempt.count({ where: { contactId } })).toBe(0);
  });

  it("logs a filled message with its local send time", async () => {
    const state = await logOutreachAction(contactId, initialFormState, form({ channel: "LINKEDIN", sentAt: "2026-11-16T10:00", body: "Hi Priya, fellow OSU grad here. Would you have 20 minutes?" }));
    expect(state.status).toBe("saved");
    const attempt = await prisma().outreachAttempt.findFirstOrThrow({ where: { contactId } });
    expect(attempt).toMatchObject({ channel: "LINKEDIN", kind: "INITIAL", sentAt: new Date("2026-11-16T15:00:00Z") });
  });
});

describe("Today's reminders", () => {
  it("can be snoozed, completed and dismissed by their owner only", async () => {
    const before = await countDueReminders(new Date("2026-11-20T15:00:00Z"));
    await logOutreach(contactId, { channel: "EMAIL", sentAt: monday, body: "Hello" }, monday);
    const [suggest, followUp] = await prisma().reminder.findMany({ where: { contactId }, orderBy: { dueAt: "asc" } });
    // Due by the end of Friday: the 3-day suggestion, not yet the 7-day follow-up.
    expect(await countDueReminders(new Date("2026-11-20T15:00:00Z"))).toBe(before + 1);

    await signInAs(other.id);
    expect(await updateReminderAction(initialFormState, form({ action: "done", reminderId: suggest!.id }))).toMatchObject({ status: "error" });
    expect(await updateReminderAction(initialFormState, form({ action: "snooze", snooze: "3d", reminderId: suggest!.id }))).toMatchObject({ status: "error" });
    expect((await prisma().reminder.findUniqueOrThrow({ where: { id: suggest!.id } })).status).toBe("PENDING");

    await signInAs(owner.id);
    expect(await updateReminderAction(initialFormState, form({ action: "snooze", snooze: "nextWeek", reminderId: suggest!.id }))).toMatchObject({ status: "saved" });
    expect((await prisma().reminder.findUniqueOrThrow({ where: { id: suggest!.id } })).snoozedUntil).not.toBeNull();
    expect(await updateReminderAction(initialFormState, form({ action: "done", reminderId: followUp!.id }))).toMatchObject({ status: "saved", message: `Done: ${followUp!.title}.` });
    expect(await updateReminderAction(initialFormState, form({ action: "done", reminderId: followUp!.id }))).toMatchObject({ status: "error" });
    expect(await updateReminderAction(initialFormState, form({ action: "explode", reminderId: followUp!.id }))).toMatchObject({ status: "error" });

    // Undo: another user cannot bring it back; the owner can, and it is pending again.
    await signInAs(other.id);
    expect(await reopenReminderAction(followUp!.id)).toMatchObject({ status: "error" });
    expect((await prisma().reminder.findUniqueOrThrow({ where: { id: followUp!.id } })).status).toBe("DONE");
    await signInAs(owner.id);
    expect(await reopenReminderAction(followUp!.id)).toMatchObject({ status: "saved" });
    expect(await prisma().reminder.findUniqueOrThrow({ where: { id: followUp!.id } })).toMatchObject({ status: "PENDING", settledAt: null });
  });

  it("say what was settled as Today's card said it: an overdue thank-you as late, a prep past its meeting's start as recording it", async () => {
    // Real time here (no test clock): dated long before it, both are overdue and the meeting has started.
    const meeting = await prisma().meeting.create({
      data: { ownerId: owner.id, contactId, title: "Informational interview", startsAt: new Date("2026-11-18T15:00:00Z"), durationMinutes: 30, timeZone: "America/New_York", icsUid: `${contactId}@test` },
    });
    const base = { ownerId: owner.id, contactId, meetingId: meeting.id, ruleKey: meeting.id, dueAt: new Date("2026-11-17T15:00:00Z") };
    const prep = await prisma().reminder.create({ data: { ...base, rule: "PREP_DAY_BEFORE", title: "Prepare for your meeting with Priya Shah" } });
    const thanks = await prisma().reminder.create({ data: { ...base, rule: "THANK_YOU_24H", title: "Thank Priya Shah within 24 hours" } });
    expect(await updateReminderAction(initialFormState, form({ action: "done", reminderId: prep.id }))).toMatchObject({
      status: "saved",
      message: "Done: Record how your meeting with Priya Shah went.",
    });
    expect(await updateReminderAction(initialFormState, form({ action: "dismiss", reminderId: thanks.id }))).toMatchObject({
      status: "saved",
      message: "Dismissed: Thank Priya Shah — late, and still worth sending.",
    });
  });

  it("replies cannot be logged on another user's outreach", async () => {
    const attempt = await logOutreach(contactId, { channel: "EMAIL", sentAt: monday, body: "Hello" }, monday);
    await signInAs(other.id);
    expect(await setReplyAction(initialFormState, form({ attemptId: attempt.id, replyStatus: "REPLIED" }))).toMatchObject({ status: "error" });
    expect(await logOutreachAction(contactId, initialFormState, form({ channel: "EMAIL", sentAt: "2026-11-16T10:00", body: "Hi" }))).toMatchObject({ status: "error" });
    expect((await prisma().outreachAttempt.findUniqueOrThrow({ where: { id: attempt.id } })).replyStatus).toBe("NO_REPLY");
    expect(await prisma().outreachAttempt.count({ where: { contactId } })).toBe(1);
  });

  it("are grouped by the owner's calendar day, counted in full and shown up to the cap", async () => {
    // 01:30 on Friday Nov 20 in New York is 06:30 UTC: "today" runs from 05:00 UTC on the 20th.
    const now = new Date("2026-11-20T06:30:00Z");
    const reminder = (title: string, dueAt: string, extra: object = {}) => ({ ownerId: owner.id, rule: "ACTION_ITEM" as const, ruleKey: `today-${title}`, title, dueAt: new Date(dueAt), ...extra });
    await prisma().reminder.deleteMany({ where: { ownerId: owner.id } });
    await prisma().reminder.createMany({
      data: [
        reminder("old 1", "2026-11-01T12:00:00Z"),
        reminder("old 2", "2026-11-19T12:00:00Z"),
        reminder("old 3", "2026-11-20T04:59:00Z"), // 23:59 on Thursday in New York: overdue
        reminder("today 1", "2026-11-20T05:00:00Z"),
        reminder("today 2", "2026-11-21T04:59:00Z"),
        reminder("soon", "2026-11-21T05:00:00Z"),
        reminder("last upcoming day", "2026-12-05T04:59:00Z"), // Friday Dec 4, the 14th day after today
        reminder("too far", "2026-12-05T05:00:00Z"),
        reminder("snoozed", "2026-11-19T12:00:00Z", { snoozedUntil: new Date("2026-11-21T00:00:00Z") }),
        reminder("woke up", "2026-11-18T12:00:00Z", { snoozedUntil: new Date("2026-11-20T06:00:00Z") }),
        reminder("done", "2026-11-19T12:00:00Z", { status: "DONE" }),
        { ...reminder("not mine", "2026-11-19T12:00:00Z"), ownerId: other.id },
      ],
    });
    const titles = (group: { reminders: { title: string }[] }) => group.reminders.map((r) => r.title);

    const all = await listTodayReminders(now, 50);
    expect(titles(all.overdue)).toEqual(["old 1", "woke up", "old 2", "old 3"]);
    expect(titles(all.today)).toEqual(["today 1", "today 2"]);
    expect(titles(all.upcoming)).toEqual(["soon", "last upcoming day"]);
    expect([all.overdue.count, all.today.count, all.upcoming.count]).toEqual([4, 2, 2]);

    const capped = await listTodayReminders(now, 1);
    expect(titles(capped.overdue)).toEqual(["old 1"]);
    expect([capped.overdue.count, capped.today.count, capped.upcoming.count]).toEqual([4, 2, 2]);

    await signInAs(other.id);
    const theirs = await listTodayReminders(now, 50);
    expect(titles(theirs.overdue)).toEqual(["not mine"]);
    expect(theirs.today.count + theirs.upcoming.count).toBe(0);
  });
});
