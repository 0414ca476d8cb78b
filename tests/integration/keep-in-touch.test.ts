// Keep-in-touch against a real database: a logged touch resets the cadence, re-deriving never
// duplicates the reminder, a reminder done or dismissed on Today keeps the cadence going (and its
// Undo puts everything back), and another user can neither log a touch, change the cadence, nor
// settle or bring back the reminder.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { declineCadenceAction, setCadenceAction } from "@/lib/actions/keep-in-touch";
import { reopenReminderAction, updateReminderAction } from "@/lib/actions/reminders";
import { createContact } from "@/lib/data/contacts";
import { NotFoundError } from "@/lib/data/errors";
import { declineKeepInTouch, dormantSinceByContact, listContactsNeedingCadence, logTouch, setKeepInTouch, syncKeepInTouch } from "@/lib/data/keep-in-touch";
import { CADENCE_MESSAGE } from "@/lib/domain/keep-in-touch";
import { logOutreach, setOutreachReply } from "@/lib/data/outreach";
import { moveContact } from "@/lib/data/pipeline";
import { reopenReminder, settleReminder } from "@/lib/data/reminders";
import { getContactTimeline } from "@/lib/data/timeline";
import { requireViewer } from "@/lib/data/viewer";
import { getDatabase } from "@/lib/db";
import { contactFieldsSchema } from "@/lib/validation/contacts";
import { initialFormState } from "@/lib/validation/form-state";
import { createTestUser } from "../support/factories";
import { signInAs } from "../support/session";

// The app's clock, fixed by the tests that go through the actions (which read it).
const clock = vi.hoisted(() => ({ at: new Date("2026-11-10T15:00:00Z") }));
vi.mock("@/lib/clock", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/clock")>()), now: () => new Date(clock.at) }));

const prisma = () => getDatabase().prisma;
const at = (iso: string) => new Date(iso);
let owner: { id: string };
let other: { id: string };
let contactId: string;

const pendingTouchReminders = () =>
  prisma().reminder.findMany({ where: { contactId, rule: "KEEP_IN_TOUCH", status: "PENDING" }, select: { dueAt: true, ruleKey: true } });

beforeAll(async () => {
  owner = await createTestUser("Keeper");
  other = await createTestUser("Intruder");
  await prisma().user.update({ where: { id: owner.id }, data: { timeZone: "America/New_York" } });
});

beforeEach(async () => {
  clock.at = at("2026-11-10T15:00:00Z");
  await signInAs(owner.id);
  contactId = (await createContact(contactFieldsSchema.parse({ name: "Priya Shah", employer: "Edelman" }))).id;
  await moveContact(contactId, "INTERVIEWED", { kind: "meetingDone", doneAt: at("2026-11-02T16:00:00Z") }, undefined, at("2026-11-02T16:05:00Z"));
  await moveContact(contactId, "THANKED", { kind: "thankYou", channel: "EMAIL", sentAt: at("2026-11-02T20:00:00Z") }, undefined, at("2026-11-02T20:00:00Z"));
  await moveContact(contactId, "FOLLOW_UP", { kind: "cadence", keepInTouchMonths: 3 }, undefined, at("2026-11-03T15:00:00Z"));
});

describe("keep in touch", () => {
  it("moving to follow-up derives the reminder one cadence later, and re-deriving adds none", async () => {
    expect(await pendingTouchReminders()).toEqual([{ dueAt: at("2027-02-03T15:00:00Z"), ruleKey: `${contactId}:2027-02-03` }]);
    const viewer = await requireViewer();
    for (let i = 0; i < 3; i++) await prisma().$transaction((tx) => syncKeepInTouch(tx, viewer, contactId, at("2026-12-01T00:00:00Z"), "CANCELLED"));
    expect(await prisma().reminder.count({ where: { contactId, rule: "KEEP_IN_TOUCH" } })).toBe(1);
  });

  it("a logged touch resets the cadence: the old reminder is done, the next one is due a cadence after the touch", async () => {
    await logTouch(contactId, { channel: "EMAIL", sentAt: at("2026-12-24T14:00:00Z"), subject: "Happy holidays" }, at("2026-12-24T14:00:00Z"));
    // 09:00 in New York three months on: 13:00 UTC once daylight saving has begun.
    expect(await pendingTouchReminders()).toEqual([{ dueAt: at("2027-03-24T13:00:00Z"), ruleKey: `${contactId}:2027-03-24` }]);
    expect(await prisma().reminder.count({ where: { contactId, rule: "KEEP_IN_TOUCH", status: "DONE" } })).toBe(1);
    expect(await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({ lastTouchAt: at("2026-12-24T14:00:00Z") });

    // A card from last month, logged late, does not move the clock back.
    await logTouch(contactId, { channel: "LETTER", sentAt: at("2026-12-01T14:00:00Z") }, at("2026-12-25T14:00:00Z"));
    // 09:00 in New York three months on: 13:00 UTC once daylight saving has begun.
    expect(await pendingTouchReminders()).toEqual([{ dueAt: at("2027-03-24T13:00:00Z"), ruleKey: `${contactId}:2027-03-24` }]);
    expect(await prisma().outreachAttempt.count({ where: { contactId, kind: "TOUCH" } })).toBe(2);
  });

  it("changing the cadence moves the reminder; clearing it leaves none", async () => {
    await setKeepInTouch(contactId, 12, at("2026-11-10T00:00:00Z"));
    // 10:00 in New York a year on, still daylight saving time on 3 November 2027: 14:00 UTC.
    expect(await pendingTouchReminders()).toEqual([{ dueAt: at("2027-11-03T14:00:00Z"), ruleKey: `${contactId}:2027-11-03` }]);
    await setKeepInTouch(contactId, null, at("2026-11-10T00:00:00Z"));
    expect(await pendingTouchReminders()).toEqual([]);
  });

  it("another user can neither log a touch nor change the cadence", async () => {
    await signInAs(other.id);
    await expect(logTouch(contactId, { channel: "EMAIL", sentAt: at("2026-12-24T14:00:00Z") })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setKeepInTouch(contactId, 1)).rejects.toBeInstanceOf(NotFoundError);
    await signInAs(owner.id);
    expect(await prisma().outreachAttempt.count({ where: { contactId, kind: "TOUCH" } })).toBe(0);
    expect(await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({ keepInTouchMonths: 3 });
    expect(await pendingTouchReminders()).toHaveLength(1);
  });

  it("the cadence action refuses a cadence longer than a year on its field; \"Never\" declines, which stops the prompt", async () => {
    const form = (months: string) => {
      const f = new FormData();
      f.set("contactId", contactId);
      f.set("keepInTouchMonths", months);
      return f;
    };
    const refused = await setCadenceAction(initialFormState, form("18"));
    expect(refused).toMatchObject({ status: "invalid", fieldErrors: { keepInTouchMonths: CADENCE_MESSAGE }, values: { keepInTouchMonths: "18" } });
    const prompted = async () => (await listContactsNeedingCadence()).contacts.some((c) => c.id === contactId);
    expect(await prompted()).toBe(false);
    await setKeepInTouch(contactId, null);
    expect(await prompted()).toBe(true);
    const all = await listContactsNeedingCadence(1000);
    expect(all.count).toBe(all.contacts.length);
    expect(await listContactsNeedingCadence(0)).toEqual({ count: all.count, contacts: [] });
    expect(await setCadenceAction(initialFormState, form(""))).toMatchObject({ status: "saved", message: "You won’t be reminded to keep in touch with Priya Shah." });
    expect(await prompted()).toBe(false);
    expect(await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({ keepInTouchMonths: 0 });
    expect(await pendingTouchReminders()).toEqual([]);
    // Saved in Follow-up: what, and when the next reminder is (6 months after reaching Follow-up).
    expect(await setCadenceAction(initialFormState, form("6"))).toMatchObject({ status: "saved", message: "Saved: every 6 months. Next reminder to write to Priya Shah: Mon, May 3, 2027." });
    expect(await pendingTouchReminders()).toHaveLength(1);
  });

  it("another user's cadence action finds nothing, and their prompt list never shows the owner's contacts", async () => {
    await setKeepInTouch(contactId, null);
    await signInAs(other.id);
    const f = new FormData();
    f.set("contactId", contactId);
    f.set("keepInTouchMonths", "1");
    expect(await setCadenceAction(initialFormState, f)).toMatchObject({ status: "error" });
    expect(await listContactsNeedingCadence()).toEqual({ count: 0, contacts: [] });
    await signInAs(owner.id);
    expect(await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({ keepInTouchMonths: null });
  });

  it("a thanked contact with no cadence is prompted; declining persists, stops the prompt and can be undone by choosing a cadence", async () => {
    const thanked = (await createContact(contactFieldsSchema.parse({ name: "Jordan Lee", employer: "Ketchum" }))).id;
    await moveContact(thanked, "INTERVIEWED", { kind: "meetingDone", doneAt: at("2026-11-02T16:00:00Z") }, undefined, at("2026-11-02T16:05:00Z"));
    await moveContact(thanked, "THANKED", { kind: "thankYou", channel: "EMAIL", sentAt: at("2026-11-02T20:00:00Z") }, undefined, at("2026-11-02T20:00:00Z"));
    const row = () => prisma().contact.findUniqueOrThrow({ where: { id: thanked }, select: { keepInTouchMonths: true, version: true } });
    expect(await row()).toMatchObject({ keepInTouchMonths: null });

    const f = new FormData();
    f.set("contactId", thanked);
    expect(await declineCadenceAction(initialFormState, f)).toMatchObject({ status: "saved", message: "You won’t be reminded to keep in touch with Jordan Lee." });
    expect(await row()).toMatchObject({ keepInTouchMonths: 0 });
    // Twice (a double tap) is the same decision.
    expect(await declineCadenceAction(initialFormState, f)).toMatchObject({ status: "saved" });
    expect(await row()).toMatchObject({ keepInTouchMonths: 0 });

    // In follow-up too: declined, the contact is not on Today's "choose a cadence" list and has no reminder.
    await setKeepInTouch(contactId, null);
    const g = new FormData();
    g.set("contactId", contactId);
    expect(await declineCadenceAction(initialFormState, g)).toMatchObject({ status: "saved" });
    expect((await listContactsNeedingCadence(1000)).contacts.map((c) => c.id)).not.toContain(contactId);
    expect(await pendingTouchReminders()).toEqual([]);

    // Reversible: a cadence chosen later replaces the decline and brings the reminder back.
    g.set("keepInTouchMonths", "6");
    expect(await setCadenceAction(initialFormState, g)).toMatchObject({ status: "saved", message: "Saved: every 6 months. Next reminder to write to Priya Shah: Mon, May 3, 2027." });
    expect(await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({ keepInTouchMonths: 6 });
    expect(await pendingTouchReminders()).toHaveLength(1);

    // In Thanked, saving says when reminders start; the form is told the value to keep.
    const h = new FormData();
    h.set("contactId", thanked);
    h.set("keepInTouchMonths", "12");
    expect(await setCadenceAction(initialFormState, h)).toMatchObject({
      status: "saved",
      message: "Saved: once a year. Reminders start once Jordan Lee is in Follow-up.",
      values: { keepInTouchMonths: "12" },
    });
    expect(await prisma().reminder.count({ where: { contactId: thanked, rule: "KEEP_IN_TOUCH" } })).toBe(0);

    // Long in Follow-up, a cadence shorter than the wait is due at once, and the message says so.
    await setKeepInTouch(contactId, null);
    clock.at = at("2027-01-10T15:00:00Z");
    g.set("keepInTouchMonths", "1");
    expect(await setCadenceAction(initialFormState, g)).toMatchObject({ status: "saved", message: "Saved: every month. It’s time to write to Priya Shah: the reminder is on Today." });
    expect(await pendingTouchReminders()).toEqual([{ dueAt: at("2026-12-03T15:00:00Z"), ruleKey: `${contactId}:2026-12-03` }]);
  });

  it("declining a cadence against a forged or another user's contact changes nothing", async () => {
    await setKeepInTouch(contactId, null);
    const f = new FormData();
    f.set("contactId", contactId);
    await signInAs(other.id);
    expect(await declineCadenceAction(initialFormState, f)).toMatchObject({ status: "error" });
    await expect(declineKeepInTouch(contactId)).rejects.toBeInstanceOf(NotFoundError);
    await signInAs(owner.id);
    expect(await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({ keepInTouchMonths: null });
    const bad = new FormData();
    bad.set("contactId", "x".repeat(200));
    expect(await declineCadenceAction(initialFormState, bad)).toMatchObject({ status: "invalid" });
    expect(await declineCadenceAction(initialFormState, new FormData())).toMatchObject({ status: "invalid" });
  });
});

describe("a keep-in-touch reminder done or dismissed on Today", () => {
  const reminders = () =>
    prisma().reminder.findMany({
      where: { contactId, rule: "KEEP_IN_TOUCH" },
      select: { id: true, status: true, dueAt: true, ruleKey: true, settledAt: true, snoozedUntil: true, title: true },
      orderBy: { dueAt: "asc" },
    });
  const contactRow = () => prisma().contact.findUniqueOrThrow({ where: { id: contactId } });
  const form = (fields: Record<string, string>) => {
    const f = new FormData();
    for (const [key, value] of Object.entries(fields)) f.set(key, value);
    return f;
  };
  const resync = async (times = 3) => {
    const viewer = await requireViewer();
    for (let i = 0; i < times; i++) await prisma().$transaction((tx) => syncKeepInTouch(tx, viewer, contactId, clock.at, "CANCELLED"));
  };

  it("done: the cadence goes on from then, without a touch invented; Undo puts back exactly what was there", async () => {
    const [due] = await reminders();
    expect(due).toMatchObject({ status: "PENDING", dueAt: at("2027-02-03T15:00:00Z") });
    const before = { reminders: await reminders(), contact: await contactRow() };

    // Three days late, Saturday 6 February at noon in New York: they wrote, outside the app.
    clock.at = at("2027-02-06T17:00:00Z");
    expect(await updateReminderAction(initialFormState, form({ action: "done", reminderId: due!.id }))).toEqual({
      status: "saved",
      message: "Done: Keep in touch with Priya Shah. Next reminder to write to Priya Shah: Thu, May 6.",
    });
    await resync();
    expect(await reminders()).toEqual([
      { ...due, status: "DONE", settledAt: at("2027-02-06T17:00:00Z") },
      // Three months on, same local time (daylight saving time by then).
      { id: expect.any(String), status: "PENDING", dueAt: at("2027-05-06T16:00:00Z"), ruleKey: `${contactId}:2027-05-06`, settledAt: null, snoozedUntil: null, title: "Keep in touch with Priya Shah" },
    ]);
    // Not a logged touch: no message, no channel, the last touch as it was.
    expect(await prisma().outreachAttempt.count({ where: { contactId, kind: "TOUCH" } })).toBe(0);
    expect(await contactRow()).toEqual(before.contact);
    // The timeline has both: this one done, when it was; the next one ahead.
    const timeline = (await getContactTimeline(contactId, new Date())).filter((e) => e.kind === "reminder" && e.rule === "KEEP_IN_TOUCH");
    expect(timeline.map((e) => e.kind === "reminder" && [e.status, e.dueAt])).toEqual([
      ["PENDING", at("2027-05-06T16:00:00Z")],
      ["DONE", at("2027-02-03T15:00:00Z")],
    ]);

    // Undo: the old one pending again, no next one left behind, the contact untouched. Twice is fine.
    expect(await reopenReminderAction(due!.id)).toMatchObject({ status: "saved" });
    expect(await reminders()).toEqual(before.reminders);
    expect(await contactRow()).toEqual(before.contact);
    expect(await reopenReminderAction(due!.id)).toMatchObject({ status: "saved" });
    await resync();
    expect(await reminders()).toEqual(before.reminders);

    // Done again, undone again: the same next reminder each time, never a second one.
    await settleReminder(due!.id, "DONE", at("2027-02-06T17:00:00Z"));
    await reopenReminder(due!.id);
    await settleReminder(due!.id, "DONE", at("2027-02-06T17:00:00Z"));
    await resync();
    expect((await reminders()).map((r) => [r.status, r.ruleKey])).toEqual([
      ["DONE", `${contactId}:2027-02-03`],
      ["PENDING", `${contactId}:2027-05-06`],
    ]);
  });

  it("dismissed: this one is skipped and the cadence goes on; after a touch is logged, Undo is refused and nothing changes", async () => {
    const [due] = await reminders();
    clock.at = at("2027-02-04T15:00:00Z");
    expect(await updateReminderAction(initialFormState, form({ action: "dismiss", reminderId: due!.id }))).toEqual({
      status: "saved",
      message: "Dismissed: Keep in touch with Priya Shah. Next reminder to write to Priya Shah: Tue, May 4.",
    });
    expect(await pendingTouchReminders()).toEqual([{ dueAt: at("2027-05-04T14:00:00Z"), ruleKey: `${contactId}:2027-05-04` }]);

    // A note sent on 10 February, logged ten days later: the clock runs from the note, not from the
    // logging, however often it is derived again.
    await logTouch(contactId, { channel: "EMAIL", sentAt: at("2027-02-10T15:00:00Z"), subject: "An article" }, at("2027-02-20T15:00:00Z"));
    await resync();
    expect(await pendingTouchReminders()).toEqual([{ dueAt: at("2027-05-10T14:00:00Z"), ruleKey: `${contactId}:2027-05-10` }]);
    expect(await prisma().reminder.findFirstOrThrow({ where: { contactId, ruleKey: `${contactId}:2027-05-04` } })).toMatchObject({
      status: "DONE",
      settledAt: at("2027-02-10T15:00:00Z"),
    });

    // The dismissed reminder is no longer the one the history calls for: not brought back.
    const after = await reminders();
    expect(await reopenReminderAction(due!.id)).toEqual({ status: "error", message: "This reminder can no longer be brought back." });
    expect(await reminders()).toEqual(after);
  });

  it("another user can neither settle the reminder nor bring it back", async () => {
    const [due] = await reminders();
    const before = await reminders();
    await signInAs(other.id);
    for (const action of ["done", "dismiss"]) {
      expect(await updateReminderAction(initialFormState, form({ action, reminderId: due!.id }))).toMatchObject({ status: "error" });
    }
    await expect(settleReminder(due!.id, "DONE", clock.at)).rejects.toBeInstanceOf(NotFoundError);
    await signInAs(owner.id);
    expect(await reminders()).toEqual(before);

    await settleReminder(due!.id, "DONE", at("2027-02-06T17:00:00Z"));
    const settled = await reminders();
    await signInAs(other.id);
    expect(await reopenReminderAction(due!.id)).toMatchObject({ status: "error" });
    await expect(reopenReminder(due!.id)).rejects.toBeInstanceOf(NotFoundError);
    await signInAs(owner.id);
    expect(await reminders()).toEqual(settled);
  });
});

describe("dormancy, derived when read", () => {
  let quiet: string;
  beforeEach(async () => {
    await signInAs(owner.id);
    quiet = (await createContact(contactFieldsSchema.parse({ name: "Nathan Brooks", employer: "Columbus Underground" }))).id;
    // Monday 2 November: the request; Wednesday 11 November: the one follow-up. Nothing is logged after.
    await logOutreach(quiet, { channel: "EMAIL", sentAt: at("2026-11-02T15:00:00Z"), subject: "Twenty minutes?" }, at("2026-11-02T15:00:00Z"));
    await logOutreach(quiet, { channel: "EMAIL", sentAt: at("2026-11-11T15:00:00Z"), subject: "Following up" }, at("2026-11-11T15:00:00Z"));
  });

  it("turns dormant on the day the follow-up's wait runs out, with nothing logged since", async () => {
    // 7 business days after the follow-up: Friday 20 November, 10:00 in New York.
    expect(await dormantSinceByContact([{ id: quiet, stage: "OUTREACH" }], at("2026-11-20T14:00:00Z"))).toEqual(new Map());
    expect(await dormantSinceByContact([{ id: quiet, stage: "OUTREACH" }], at("2027-01-15T12:00:00Z"))).toEqual(new Map([[quiet, at("2026-11-20T15:00:00Z")]]));
    // The student's holiday on Friday 13 November pushes it to Monday 23 November.
    await prisma().holiday.create({ data: { ownerId: owner.id, date: new Date("2026-11-13T00:00:00Z"), name: "Day off" } });
    expect(await dormantSinceByContact([{ id: quiet, stage: "OUTREACH" }], at("2027-01-15T12:00:00Z"))).toEqual(new Map([[quiet, at("2026-11-23T15:00:00Z")]]));
    await prisma().holiday.deleteMany({ where: { ownerId: owner.id } });
  });

  it("a reply logged late takes it back; other contacts and stages are left out", async () => {
    const attempts = await prisma().outreachAttempt.findMany({ where: { contactId: quiet }, orderBy: { sentAt: "asc" }, select: { id: true } });
    const later = at("2027-01-15T12:00:00Z");
    expect((await dormantSinceByContact([{ id: quiet, stage: "OUTREACH" }, { id: contactId, stage: "FOLLOW_UP" }], later)).has(quiet)).toBe(true);
    expect(await dormantSinceByContact([{ id: quiet, stage: "SCHEDULED" }], later)).toEqual(new Map());
    expect(await dormantSinceByContact([], later)).toEqual(new Map());
    await setOutreachReply(attempts[1]!.id, "REPLIED", at("2027-01-10T12:00:00Z"), later);
    expect(await dormantSinceByContact([{ id: quiet, stage: "OUTREACH" }], later)).toEqual(new Map());
  });

  it("another user never learns about the owner's contacts", async () => {
    await signInAs(other.id);
    expect(await dormantSinceByContact([{ id: quiet, stage: "OUTREACH" }], at("2027-01-15T12:00:00Z"))).toEqual(new Map());
    await signInAs(owner.id);
  });
});
