// Interview mode: answers, takeaways, action items, resources, referrals and flags of one student
// are invisible and unchangeable to another; autosaves of different fields never overwrite each
// other; a referral lands in Find linked to the referrer; marking the meeting done is the pipeline
// move to Interviewed with exactly one thank-you reminder.
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addActionItemAction, addTakeawayAction, saveAnswerAction, setFlagAction, addReferralAction, markMeetingDoneAction } from "@/lib/actions/interview";
import { createContact } from "@/lib/data/contacts";
import { NotFoundError } from "@/lib/data/errors";
import {
  addActionItem,
  addQuestion,
  addReferral,
  addResource,
  addTakeaway,
  deriveActionItemReminders,
  getInterview,
  markMeetingDone,
  removeActionItem,
  removeResource,
  removeTakeaway,
  saveAnswer,
  setFlag,
  toggleActionItem,
  toggleResource,
} from "@/lib/data/interview";
import { moveContact } from "@/lib/data/pipeline";
import { listTodayReminders, settleReminder, snoozeReminder } from "@/lib/data/reminders";
import { getDatabase } from "@/lib/db";
import { actionItemView } from "@/lib/domain/interview";
import { toLocalInputValue } from "@/lib/domain/local-time";
import { contactFieldsSchema } from "@/lib/validation/contacts";
import { initialFormState } from "@/lib/validation/form-state";
import { createTestUser } from "../support/factories";
import { signInAs } from "../support/session";
import { DAY, plus, realNow } from "../support/time";

const prisma = () => getDatabase().prisma;
const now = new Date("2026-11-20T15:00:00Z");
const meetingStart = new Date("2026-11-24T15:00:00Z");
const afterMeeting = new Date("2026-11-24T16:00:00Z");

let owner: { id: string };
let other: { id: string };
let referralQuestionId: string;
let contactId: string;
let meetingId: string;
let itemA: string;
let itemB: string;
let itemWhoElse: string;

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

beforeAll(async () => {
  owner = await createTestUser("Interviewer");
  other = await createTestUser("Intruder");
  referralQuestionId = (await prisma().question.create({ data: { category: "REFERRALS", text: "Who else should I talk to?" } })).id;
});

beforeEach(async () => {
  await signInAs(owner.id);
  contactId = (await createContact(contactFieldsSchema.parse({ name: "Harper Nguyen", employer: "WOSU Public Media" }))).id;
  await moveContact(contactId, "OUTREACH", { kind: "outreach", channel: "EMAIL", sentAt: now }, undefined, now);
  await moveContact(contactId, "SCHEDULED", { kind: "meeting", startsAt: meetingStart, durationMinutes: 30, mode: "VIDEO" }, undefined, now);
  meetingId = (await prisma().meeting.findFirstOrThrow({ where: { contactId } })).id;
  // The referral question sits first on the agenda; interview mode still asks it last.
  itemWhoElse = (await prisma().agendaItem.create({ data: { meetingId, questionId: referralQuestionId, text: "Who else should I talk to?", position: 0 } })).id;
  itemA = (await prisma().agendaItem.create({ data: { meetingId, text: "How did you get started?", position: 1 } })).id;
  itemB = (await prisma().agendaItem.create({ data: { meetingId, text: "What is a typical day like?", position: 2 } })).id;
});

describe("reading", () => {
  it("returns the agenda with the referral question last, answers, takeaways, items, resources, referrals and flags", async () => {
    await saveAnswer(itemA, "Reporter first, then producer.");
    await addTakeaway(meetingId, randomUUID(), "Write for the ear.");
    await addActionItem(meetingId, "Email Sam at NPR", new Date("2026-11-27T22:00:00Z"), afterMeeting);
    await addResource(meetingId, "ORGANISATION", "PRSA Central Ohio", "https://prsa.example");
    await addReferral(meetingId, contactFieldsSchema.pick({ name: true }).parse({ name: "Sam Lee" }));
    await setFlag(meetingId, "businessCardReceived", true);

    const interview = await getInterview(meetingId);
    expect(interview.questions.map((q) => q.id)).toEqual([itemA, itemB, itemWhoElse]);
    expect(interview.questions.map((q) => q.isReferral)).toEqual([false, false, true]);
    expect(interview.questions[0]!.answer).toBe("Reporter first, then producer.");
    expect(interview.questions[1]!.answer).toBe("");
    expect(interview.takeaways.map((t) => t.body)).toEqual(["Write for the ear."]);
    expect(interview.actionItems).toMatchObject([{ text: "Email Sam at NPR", doneAt: null }]);
    expect(interview.resources).toMatchObject([{ kind: "ORGANISATION", title: "PRSA Central Ohio", done: false }]);
    expect(interview.referrals).toMatchObject([{ name: "Sam Lee", stage: "FIND" }]);
    expect(interview).toMatchObject({ businessCardReceived: true, sendResumeWithThanks: false, recordingAllowed: false, durationMinutes: 30 });
    expect(interview.contact).toMatchObject({ id: contactId, name: "Harper Nguyen" });
  });
});

describe("another student", () => {
  it("can neither read nor change any of the meeting's answers, notes, action items, referrals, resources or flags", async () => {
    await saveAnswer(itemA, "Mine.");
    const takeawayId = randomUUID();
    await addTakeaway(meetingId, takeawayId, "My takeaway.");
    const { id: actionId } = await addActionItem(meetingId, "My action", new Date("2026-11-27T22:00:00Z"), afterMeeting);
    const { id: resourceId } = await addResource(meetingId, "EVENT", "Creative Aging day", null);
    await addReferral(meetingId, contactFieldsSchema.pick({ name: true }).parse({ name: "Referred Once" }));

    await signInAs(other.id);
    await expect(getInterview(meetingId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveAnswer(itemA, "Overwritten")).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveAnswer(itemB, "Planted")).rejects.toBeInstanceOf(NotFoundError);
    await expect(setFlag(meetingId, "recordingAllowed", true)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addTakeaway(meetingId, randomUUID(), "Planted")).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeTakeaway(takeawayId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addQuestion(meetingId, "Planted?")).rejects.toBeInstanceOf(NotFoundError);
    await expect(addActionItem(meetingId, "Planted", null, afterMeeting)).rejects.toBeInstanceOf(NotFoundError);
    await expect(toggleActionItem(actionId, true, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeActionItem(actionId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addResource(meetingId, "OTHER", "Planted", null)).rejects.toBeInstanceOf(NotFoundError);
    await expect(toggleResource(resourceId, true)).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeResource(resourceId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addReferral(meetingId, contactFieldsSchema.pick({ name: true }).parse({ name: "Planted" }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(markMeetingDone(meetingId, afterMeeting, afterMeeting)).rejects.toBeInstanceOf(NotFoundError);
    // Through the actions, as a browser would call them: refused, nothing revealed.
    expect(await saveAnswerAction({ agendaItemId: itemA, body: "Overwritten" })).toMatchObject({ ok: false, retry: false });
    expect(await setFlagAction({ meetingId, flag: "sendResumeWithThanks", value: true })).toMatchObject({ ok: false });
    expect(await addTakeawayAction({ meetingId, id: randomUUID(), body: "Planted" })).toMatchObject({ ok: false });
    expect(await addReferralAction(meetingId, initialFormState, form({ name: "Planted" }))).toMatchObject({ status: "error" });
    expect(await markMeetingDoneAction(meetingId, initialFormState, form({ doneAt: "2026-11-24T10:00" }))).toMatchObject({ status: "error" });

    // Nothing changed, and the intruder owns nothing new.
    const meeting = await prisma().meeting.findUniqueOrThrow({ where: { id: meetingId } });
    expect(meeting).toMatchObject({ status: "SCHEDULED", recordingAllowed: false, sendResumeWithThanks: false });
    const notes = await prisma().note.findMany({ where: { meetingId }, select: { body: true, ownerId: true } });
    expect(notes.map((n) => n.body).sort()).toEqual(["Mine.", "My takeaway."]);
    expect(await prisma().actionItem.findUniqueOrThrow({ where: { id: actionId } })).toMatchObject({ doneAt: null });
    expect(await prisma().resource.findUniqueOrThrow({ where: { id: resourceId } })).toMatchObject({ done: false });
    expect(await prisma().agendaItem.count({ where: { meetingId } })).toBe(3);
    for (const table of ["note", "actionItem", "resource", "contact"] as const) {
      expect(await (prisma()[table] as unknown as { count: (args: object) => Promise<number> }).count({ where: { ownerId: other.id } })).toBe(0);
    }
    expect(await prisma().contact.count({ where: { referredById: contactId } })).toBe(1);
    expect(await prisma().reminder.count({ where: { ownerId: owner.id, meetingId, rule: "ACTION_ITEM", status: "PENDING" } })).toBe(1);
  });
});

describe("autosave", () => {
  it("keeps both of two concurrent saves of different fields of one meeting", async () => {
    await Promise.all([saveAnswer(itemA, "Answer A"), setFlag(meetingId, "sendResumeWithThanks", true), saveAnswer(itemB, "Answer B"), setFlag(meetingId, "recordingAllowed", true)]);
    const interview = await getInterview(meetingId);
    expect(interview.questions.find((q) => q.id === itemA)?.answer).toBe("Answer A");
    expect(interview.questions.find((q) => q.id === itemB)?.answer).toBe("Answer B");
    expect(interview).toMatchObject({ sendResumeWithThanks: true, recordingAllowed: true, businessCardReceived: false });
  });

  it("keeps one answer per question however often (and however concurrently) it is saved; empty removes it", async () => {
    await Promise.all([saveAnswer(itemA, "first"), saveAnswer(itemA, "second"), saveAnswer(itemA, "third")]);
    const answers = await prisma().note.findMany({ where: { agendaItemId: itemA, kind: "ANSWER" } });
    expect(answers).toHaveLength(1);
    expect(["first", "second", "third"]).toContain(answers[0]!.body);
    await saveAnswer(itemA, "final");
    expect((await prisma().note.findFirstOrThrow({ where: { agendaItemId: itemA, kind: "ANSWER" } })).body).toBe("final");
    await saveAnswer(itemA, "  ");
    expect(await prisma().note.count({ where: { agendaItemId: itemA, kind: "ANSWER" } })).toBe(0);
  });

  it("keeps one takeaway when the same one is sent twice (a retry after a lost connection)", async () => {
    const id = randomUUID();
    expect(await addTakeawayAction({ meetingId, id, body: "Post daily for a month." })).toEqual({ ok: true });
    expect(await addTakeawayAction({ meetingId, id, body: "Post daily for a month." })).toEqual({ ok: true });
    expect(await prisma().note.count({ where: { meetingId, kind: "TAKEAWAY" } })).toBe(1);
    expect(await saveAnswerAction({ agendaItemId: itemA, body: "x".repeat(10_001) })).toMatchObject({ ok: false, retry: false });
  });
});

describe("a question asked that was not on the agenda", () => {
  it("is added before the referral question that closes the agenda", async () => {
    await prisma().agendaItem.update({ where: { id: itemWhoElse }, data: { position: 5 } });
    const { id } = await addQuestion(meetingId, "What would you do differently?");
    const items = await prisma().agendaItem.findMany({ where: { meetingId }, orderBy: { position: "asc" } });
    expect(items.map((i) => i.id)).toEqual([itemA, itemB, id, itemWhoElse]);
    expect((await getInterview(meetingId)).questions.map((q) => q.id)).toEqual([itemA, itemB, id, itemWhoElse]);
  });
});

describe("action items", () => {
  it("derive one ACTION_ITEM reminder each; re-deriving adds none; done settles it; removing deletes it", async () => {
    const dueAt = new Date("2026-11-27T22:00:00Z");
    const { id } = await addActionItem(meetingId, "Start a clip portfolio", dueAt, afterMeeting);
    await addActionItem(meetingId, "Read the Trust Barometer", null, afterMeeting);
    const reminders = () => prisma().reminder.findMany({ where: { ownerId: owner.id, meetingId, rule: "ACTION_ITEM" } });
    expect(await reminders()).toMatchObject([{ ruleKey: id, dueAt, title: "Start a clip portfolio", status: "PENDING", contactId, meetingId }]);
    expect(await deriveActionItemReminders(meetingId)).toBe(0);
    expect(await reminders()).toHaveLength(1);
    await toggleActionItem(id, true, now);
    expect(await reminders()).toMatchObject([{ status: "DONE" }]);
    await toggleActionItem(id, false, now);
    expect(await reminders()).toMatchObject([{ status: "PENDING", settledAt: null }]);
    await removeActionItem(id);
    expect(await reminders()).toHaveLength(0);
    expect(await prisma().actionItem.count({ where: { meetingId } })).toBe(1);
  });

  it("are not called overdue while their reminder is snoozed, as Today leaves them out; once the snooze ends they are", async () => {
    const { id } = await addActionItem(meetingId, "Start a clip portfolio", new Date("2026-11-25T17:00:00Z"), afterMeeting);
    const reminder = await prisma().reminder.findFirstOrThrow({ where: { ownerId: owner.id, rule: "ACTION_ITEM", ruleKey: id } });
    const snoozedUntil = new Date("2026-12-02T14:00:00Z");
    await snoozeReminder(reminder.id, snoozedUntil);
    const shown = async (at: Date) => {
      const [item] = (await getInterview(meetingId)).actionItems.map((i) => actionItemView(i, at, "UTC"));
      const today = await listTodayReminders(at, 10);
      return { overdue: item!.overdue, snoozedLabel: item!.snoozedLabel, onTodayOverdue: today.overdue.reminders.some((r) => r.id === reminder.id) };
    };

    expect(await shown(new Date("2026-11-30T15:00:00Z"))).toEqual({ overdue: false, snoozedLabel: "Wed, Dec 2", onTodayOverdue: false });
    expect(await shown(plus(snoozedUntil, 60_000))).toEqual({ overdue: true, snoozedLabel: null, onTodayOverdue: true });
    // Done, it is neither, snoozed or not.
    await toggleActionItem(id, true, now);
    expect(await shown(new Date("2026-11-30T15:00:00Z"))).toEqual({ overdue: false, snoozedLabel: null, onTodayOverdue: false });
  });
});

describe("adding an action item through its form (real clock)", () => {
  it("says where it shows on Today as Today groups it: overdue and there now, due today and there now, or later", async () => {
    const at = realNow();
    const { timeZone } = await prisma().user.findUniqueOrThrow({ where: { id: owner.id }, select: { timeZone: true } });
    const day = (offset: number) => toLocalInputValue(plus(at, offset * DAY), timeZone).slice(0, 10);
    const add = (text: string, dueOn: string) => addActionItemAction(meetingId, initialFormState, form({ text, dueOn }));

    expect(await add("Email Sam at NPR", day(-5))).toEqual({ status: "saved", message: "Action item added. It is already overdue: it is on Today now, under Overdue." });
    // Due at 17:00 yesterday, local: overdue however few hours ago that was.
    expect(await add("Send Sam the clip", day(-1))).toEqual({ status: "saved", message: "Action item added. It is already overdue: it is on Today now, under Overdue." });
    expect(await add("Read the Trust Barometer", day(0))).toEqual({ status: "saved", message: "Action item added. It is due today: it is on Today now." });
    expect(await add("Start a clip portfolio", day(3))).toEqual({ status: "saved", message: "Action item added; it will show on Today when due." });
    expect(await add("Follow PRSA Central Ohio", "")).toEqual({ status: "saved", message: "Action item added." });

    // What each message says is where Today puts its reminder.
    const groups = await listTodayReminders(at, 50);
    const titles = (key: "overdue" | "today" | "upcoming") => groups[key].reminders.filter((r) => r.rule === "ACTION_ITEM" && r.meeting?.id === meetingId).map((r) => r.title);
    expect(titles("overdue")).toEqual(["Email Sam at NPR", "Send Sam the clip"]);
    expect(titles("today")).toEqual(["Read the Trust Barometer"]);
    expect(titles("upcoming")).toEqual(["Start a clip portfolio"]);
  });

  it("refuses a slip of the year on the date, keeping what was typed, and stores nothing", async () => {
    const add = (text: string, dueOn: string) => addActionItemAction(meetingId, initialFormState, form({ text, dueOn }));
    // The meeting was on Nov 24, 2026: a day in 2020 is years before both it and today.
    expect(await add("Email Marcus Lee", "2020-01-01")).toEqual({
      status: "invalid",
      message: "That is over a month before the meeting (Nov 24, 2026). Check the date, the year especially.",
      fieldErrors: { dueOn: "That is over a month before the meeting (Nov 24, 2026). Check the date, the year especially." },
      values: { text: "Email Marcus Lee", dueOn: "2020-01-01" },
    });
    expect(await add("Email Marcus Lee", "2062-01-01")).toMatchObject({ status: "invalid", fieldErrors: { dueOn: "That is more than 5 years away. Check the date, the year especially." } });
    expect(await prisma().actionItem.count({ where: { meetingId } })).toBe(0);
    // A few days before the meeting is fine (a prep task, recorded late).
    expect(await add("Email Marcus Lee", "2026-11-20")).toMatchObject({ status: "saved" });
  });
});

describe("referrals", () => {
  it("land in Find as the viewer's contact, referred by the meeting's contact, with the connection filled in", async () => {
    const result = await addReferralAction(meetingId, initialFormState, form({ name: "Sam Lee", title: "Producer", employer: "NPR", email: "Sam@NPR.example" }));
    expect(result).toMatchObject({ status: "saved", message: "Added Sam Lee to Find." });
    const referral = await prisma().contact.findFirstOrThrow({ where: { name: "Sam Lee", referredById: contactId }, include: { stageChanges: true } });
    expect(referral).toMatchObject({
      ownerId: owner.id,
      stage: "FIND",
      referredById: contactId,
      howFound: "REFERRAL",
      connection: "Referred by Harper Nguyen",
      email: "sam@npr.example",
      employer: "NPR",
    });
    expect(referral.stageChanges).toMatchObject([{ toStage: "FIND" }]);
    const invalid = await addReferralAction(meetingId, initialFormState, form({ name: "", email: "nope" }));
    expect(invalid).toMatchObject({ status: "invalid", fieldErrors: { name: "Enter the person's name.", email: "Enter an email like name@example.com." }, values: { email: "nope" } });
  });
});

describe("marking the meeting done", () => {
  it("moves the contact to Interviewed with exactly one thank-you reminder due 24 hours after", async () => {
    await markMeetingDone(meetingId, afterMeeting, afterMeeting);
    expect(await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({ stage: "INTERVIEWED" });
    expect(await prisma().meeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({ status: "DONE", doneAt: afterMeeting });
    const thanks = await prisma().reminder.findMany({ where: { ownerId: owner.id, meetingId, rule: "THANK_YOU_24H" } });
    expect(thanks).toHaveLength(1);
    expect(thanks[0]).toMatchObject({ contactId, meetingId, status: "PENDING", dueAt: new Date("2026-11-25T16:00:00Z") });
    // Again: refused on the field, still one reminder.
    await expect(markMeetingDone(meetingId, afterMeeting, afterMeeting)).rejects.toMatchObject({ field: "doneAt" });
    expect(await prisma().reminder.count({ where: { ownerId: owner.id, meetingId, rule: "THANK_YOU_24H" } })).toBe(1);
    const history = await prisma().stageChange.findMany({ where: { contactId, at: afterMeeting } });
    expect(history).toMatchObject([{ fromStage: "SCHEDULED", toStage: "INTERVIEWED" }]);
  });

  it("reads back the thank-you's open reminder, snoozed or not, and none once the student dismisses it", async () => {
    expect((await getInterview(meetingId)).thankYouReminder).toBeNull();
    await markMeetingDone(meetingId, afterMeeting, afterMeeting);
    expect((await getInterview(meetingId)).thankYouReminder).toEqual({ snoozedUntil: null });
    const { id } = await prisma().reminder.findFirstOrThrow({ where: { ownerId: owner.id, meetingId, rule: "THANK_YOU_24H" } });
    const until = new Date("2026-11-26T14:00:00Z");
    await snoozeReminder(id, until);
    expect((await getInterview(meetingId)).thankYouReminder).toEqual({ snoozedUntil: until });
    await settleReminder(id, "DISMISSED", afterMeeting);
    expect((await getInterview(meetingId)).thankYouReminder).toBeNull();
  });

  it("refuses a time in the future, on the field", async () => {
    await expect(markMeetingDone(meetingId, new Date("2026-11-24T18:00:00Z"), afterMeeting)).rejects.toMatchObject({ field: "doneAt" });
    expect(await prisma().meeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({ status: "SCHEDULED" });
  });
});
