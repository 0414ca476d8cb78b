// Reminders follow what happens to a contact after they were derived: undone and redone moves,
// archiving and restoring, do-not-contact set and cleared, a meeting cancelled and asked for again.
// Each case once left a reminder missing or nagging about someone it should not.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createContact, getContact, setContactArchived, setContactsArchived, updateContact } from "@/lib/data/contacts";
import { FieldError } from "@/lib/data/errors";
import { logTouch, setKeepInTouch } from "@/lib/data/keep-in-touch";
import { cancelMeeting } from "@/lib/data/meetings";
import { logOutreach } from "@/lib/data/outreach";
import { moveContact } from "@/lib/data/pipeline";
import { countDueReminders, listTodayReminders } from "@/lib/data/reminders";
import { getDatabase } from "@/lib/db";
import { contactFieldsSchema } from "@/lib/validation/contacts";
import { createTestUser } from "../support/factories";
import { signInAs } from "../support/session";

const prisma = () => getDatabase().prisma;
const at = (iso: string) => new Date(iso);
let owner: { id: string };

const pending = async (contactId: string) =>
  (await prisma().reminder.findMany({ where: { contactId, status: "PENDING" }, select: { rule: true } })).map((r) => r.rule).sort();

async function newContact(name: string) {
  return (await createContact(contactFieldsSchema.parse({ name, employer: "Edelman" }))).id;
}

async function inFollowUp(name: string) {
  const id = await newContact(name);
  await moveContact(id, "INTERVIEWED", { kind: "meetingDone", doneAt: at("2026-11-02T16:00:00Z") }, undefined, at("2026-11-02T16:05:00Z"));
  await moveContact(id, "THANKED", { kind: "thankYou", channel: "EMAIL", sentAt: at("2026-11-02T20:00:00Z") }, undefined, at("2026-11-02T20:00:00Z"));
  await moveContact(id, "FOLLOW_UP", { kind: "cadence", keepInTouchMonths: 3 }, undefined, at("2026-11-03T15:00:00Z"));
  return id;
}

beforeAll(async () => {
  owner = await createTestUser("Rule Keeper");
  await prisma().user.update({ where: { id: owner.id }, data: { timeZone: "America/New_York" } });
});
beforeEach(async () => {
  await signInAs(owner.id);
});

describe("a reminder undone and derived again comes back", () => {
  it("a cadence changed and changed back leaves one pending keep-in-touch reminder", async () => {
    const id = await inFollowUp("Cadence Toggle");
    await setKeepInTouch(id, 6, at("2026-11-04T15:00:00Z"));
    await setKeepInTouch(id, 3, at("2026-11-04T15:01:00Z"));
    expect(await prisma().reminder.findMany({ where: { contactId: id, rule: "KEEP_IN_TOUCH", status: "PENDING" }, select: { dueAt: true } })).toEqual([
      { dueAt: at("2027-02-03T15:00:00Z") },
    ]);
  });

  it("follow-up → thanked → follow-up on the same day leaves one pending keep-in-touch reminder", async () => {
    const id = await inFollowUp("Board Bounce");
    await moveContact(id, "THANKED", null, undefined, at("2026-11-03T15:10:00Z"));
    expect(await pending(id)).toEqual([]);
    await moveContact(id, "FOLLOW_UP", { kind: "cadence", keepInTouchMonths: 3 }, undefined, at("2026-11-03T15:20:00Z"));
    expect(await pending(id)).toEqual(["KEEP_IN_TOUCH"]);
  });

  it("a request sent after a cancelled meeting is chased by 3B7 again", async () => {
    const id = await newContact("Cancelled Meeting");
    await logOutreach(id, { channel: "EMAIL", sentAt: at("2026-11-02T15:00:00Z") }, at("2026-11-02T15:01:00Z"));
    await moveContact(id, "SCHEDULED", { kind: "meeting", startsAt: at("2026-11-20T15:00:00Z"), durationMinutes: 30, mode: "VIDEO" }, undefined, at("2026-11-04T15:00:00Z"));
    const meeting = await prisma().meeting.findFirstOrThrow({ where: { contactId: id } });
    await cancelMeeting(meeting.id, at("2026-11-10T15:00:00Z"));
    expect((await getContact(id)).stage).toBe("OUTREACH");
    const ask = await logOutreach(id, { channel: "EMAIL", sentAt: at("2026-11-10T16:00:00Z"), body: "Could we find another time?" }, at("2026-11-10T16:01:00Z"));
    const chase = await prisma().reminder.findMany({ where: { contactId: id, status: "PENDING" }, select: { rule: true, ruleKey: true } });
    expect(chase.sort((a, b) => a.rule.localeCompare(b.rule))).toEqual([
      { rule: "FOLLOW_UP_7B", ruleKey: ask.id },
      { rule: "SUGGEST_ANOTHER_3B", ruleKey: ask.id },
    ]);
  });
});

describe("archiving puts a contact's reminders away; restoring brings back exactly those", () => {
  it("an archived contact is off Today and the tab's count, and back on both when restored", async () => {
    const id = await newContact("Archived Person");
    const now = new Date();
    await logOutreach(id, { channel: "EMAIL", sentAt: new Date(now.getTime() - 20 * 86_400_000) }, new Date(now.getTime() - 20 * 86_400_000 + 60_000));
    const mine = async () => (await listTodayReminders(new Date(), 50)).overdue.reminders.filter((r) => r.contact?.id === id).map((r) => r.rule).sort();
    expect(await mine()).toEqual(["FOLLOW_UP_7B", "SUGGEST_ANOTHER_3B"]);
    const due = await countDueReminders(new Date());

    await setContactArchived(id, true);
    expect(await mine()).toEqual([]);
    expect(await countDueReminders(new Date())).toBe(due - 2);
    await expect(logOutreach(id, { channel: "EMAIL", sentAt: new Date() })).rejects.toThrow(FieldError);

    await setContactArchived(id, false);
    expect(await mine()).toEqual(["FOLLOW_UP_7B", "SUGGEST_ANOTHER_3B"]);
  });

  it("a restore leaves alone what was cancelled for another reason, and works for many at once", async () => {
    const a = await inFollowUp("Bulk A");
    const b = await newContact("Bulk B");
    await logOutreach(b, { channel: "EMAIL", sentAt: at("2026-11-02T15:00:00Z") }, at("2026-11-02T15:01:00Z"));
    const cancelledBefore = await prisma().reminder.count({ where: { contactId: { in: [a, b] }, status: "CANCELLED" } });
    expect(await setContactsArchived([a, b], true)).toBe(2);
    expect(await pending(a)).toEqual([]);
    expect(await pending(b)).toEqual([]);
    expect(await setContactsArchived([a, b], false)).toBe(2);
    expect(await pending(a)).toEqual(["KEEP_IN_TOUCH"]);
    expect(await pending(b)).toEqual(["FOLLOW_UP_7B", "SUGGEST_ANOTHER_3B"]);
    expect(await prisma().reminder.count({ where: { contactId: { in: [a, b] }, status: "CANCELLED" } })).toBe(cancelledBefore);
  });
});

describe("do-not-contact wins over the student's own reminders", () => {
  it("setting it cancels the chase and refuses another message; clearing it derives the chase again", async () => {
    const id = await newContact("Changed Their Mind");
    await logOutreach(id, { channel: "EMAIL", sentAt: at("2026-11-02T15:00:00Z") }, at("2026-11-02T15:01:00Z"));
    expect(await pending(id)).toEqual(["FOLLOW_UP_7B", "SUGGEST_ANOTHER_3B"]);
    const contact = await getContact(id);
    const fields = contactFieldsSchema.parse({ name: contact.name, employer: contact.employer, doNotContact: true });
    await updateContact(id, contact.version, fields, at("2026-11-03T15:00:00Z"));
    expect(await pending(id)).toEqual([]);
    await expect(logOutreach(id, { channel: "EMAIL", sentAt: at("2026-11-12T15:00:00Z") }, at("2026-11-12T15:01:00Z"))).rejects.toThrow(/do-not-contact/);
    expect(await prisma().outreachAttempt.count({ where: { contactId: id } })).toBe(1);

    await updateContact(id, contact.version + 1, { ...fields, doNotContact: false }, at("2026-11-04T15:00:00Z"));
    expect(await pending(id)).toEqual(["FOLLOW_UP_7B", "SUGGEST_ANOTHER_3B"]);
  });

  it("a do-not-contact contact moved to follow-up gets no keep-in-touch reminder", async () => {
    const id = await newContact("Quiet Please");
    await moveContact(id, "THANKED", { kind: "thankYou", channel: "EMAIL", sentAt: at("2026-11-02T20:00:00Z") }, undefined, at("2026-11-02T20:00:00Z"));
    const contact = await getContact(id);
    await updateContact(id, contact.version, contactFieldsSchema.parse({ name: contact.name, employer: contact.employer, doNotContact: true }));
    await moveContact(id, "FOLLOW_UP", { kind: "cadence", keepInTouchMonths: 3 }, undefined, at("2026-11-03T15:00:00Z"));
    expect(await pending(id)).toEqual([]);
  });
});

describe("the same message logged twice is stored once", () => {
  it("a second 'Log as sent' of the same request is not taken for the follow-up", async () => {
    const id = await newContact("Double Tap");
    const message = { channel: "EMAIL" as const, sentAt: at("2026-11-02T15:00:00Z"), subject: "20 minutes?", body: "Hello" };
    const first = await logOutreach(id, message, at("2026-11-02T15:01:00Z"));
    const second = await logOutreach(id, message, at("2026-11-02T15:01:05Z"));
    expect(second.id).toBe(first.id);
    expect(await prisma().outreachAttempt.count({ where: { contactId: id } })).toBe(1);
    expect(await pending(id)).toEqual(["FOLLOW_UP_7B", "SUGGEST_ANOTHER_3B"]);
    // A different text is another message: the follow-up.
    await logOutreach(id, { ...message, body: "Just following up" }, at("2026-11-02T15:02:00Z"));
    expect(await prisma().outreachAttempt.count({ where: { contactId: id, kind: "FOLLOW_UP" } })).toBe(1);
  });

  it("a keep-in-touch note logged twice is one touch", async () => {
    const id = await inFollowUp("Twice Touched");
    const note = { channel: "EMAIL" as const, sentAt: at("2026-12-01T15:00:00Z"), subject: "News", body: "I started at Edelman" };
    await logTouch(id, note, at("2026-12-01T15:01:00Z"));
    await logTouch(id, note, at("2026-12-01T15:01:03Z"));
    expect(await prisma().outreachAttempt.count({ where: { contactId: id, kind: "TOUCH" } })).toBe(1);
  });
});
