// Stage moves against a real database: the record and the move are stored together or not at all,
// and another user's contact cannot be moved.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { moveContactAction } from "@/lib/actions/pipeline";
import { createContact } from "@/lib/data/contacts";
import { ConflictError, FieldError, NotFoundError } from "@/lib/data/errors";
import { moveContact } from "@/lib/data/pipeline";
import { getDatabase } from "@/lib/db";
import { toLocalInputValue } from "@/lib/domain/local-time";
import { contactFieldsSchema } from "@/lib/validation/contacts";
import { initialFormState } from "@/lib/validation/form-state";
import { createTestUser } from "../support/factories";
import { signInAs } from "../support/session";
import { DAY, HOUR, plus, realNow } from "../support/time";

const prisma = () => getDatabase().prisma;
const at = (iso: string) => new Date(iso);

let owner: { id: string };
let other: { id: string };
let contactId: string;

beforeAll(async () => {
  owner = await createTestUser("Mover");
  other = await createTestUser("Intruder");
  await prisma().user.update({ where: { id: owner.id }, data: { timeZone: "America/New_York" } });
});

beforeEach(async () => {
  await signInAs(owner.id);
  contactId = (await createContact(contactFieldsSchema.parse({ name: "Priya Shah", employer: "Edelman" }))).id;
});

describe("moving a contact through the pipeline", () => {
  it("stores each stage's record, its history and its reminders", async () => {
    await moveContact(contactId, "OUTREACH", { kind: "outreach", channel: "EMAIL", sentAt: at("2026-12-02T15:00:00Z"), subject: "Hello" }, undefined, at("2026-12-02T15:01:00Z"));
    let reminders = await prisma().reminder.findMany({ where: { contactId }, orderBy: { dueAt: "asc" } });
    expect(reminders.map((r) => [r.rule, r.status, r.dueAt.toISOString()])).toEqual([
      ["SUGGEST_ANOTHER_3B", "PENDING", "2026-12-07T15:00:00.000Z"],
      ["FOLLOW_UP_7B", "PENDING", "2026-12-11T15:00:00.000Z"],
    ]);

    await moveContact(contactId, "SCHEDULED", { kind: "meeting", startsAt: at("2026-12-09T17:00:00Z"), durationMinutes: 30, mode: "COFFEE", location: "Fox in the Snow" }, undefined, at("2026-12-03T15:00:00Z"));
    const outreach = await prisma().outreachAttempt.findFirstOrThrow({ where: { contactId } });
    expect(outreach).toMatchObject({ replyStatus: "REPLIED", subject: "Hello" });
    const meeting = await prisma().meeting.findFirstOrThrow({ where: { contactId } });
    expect(meeting).toMatchObject({ status: "SCHEDULED", durationMinutes: 30, mode: "COFFEE", timeZone: "America/New_York" });
    expect(meeting.icsUid).toMatch(/@rapport\.app$/);

    await moveContact(contactId, "INTERVIEWED", { kind: "meetingDone", doneAt: at("2026-12-09T17:30:00Z") }, undefined, at("2026-12-09T17:31:00Z"));
    await moveContact(contactId, "THANKED", { kind: "thankYou", channel: "EMAIL", sentAt: at("2026-12-09T22:00:00Z") }, undefined, at("2026-12-09T22:00:00Z"));
    await moveContact(contactId, "FOLLOW_UP", { kind: "cadence", keepInTouchMonths: 3 }, undefined, at("2026-12-10T15:00:00Z"));

    const contact = await prisma().contact.findUniqueOrThrow({ where: { id: contactId } });
    expect(contact).toMatchObject({ stage: "FOLLOW_UP", keepInTouchMonths: 3, version: 6 });
    // The creation row carries the real time; the moves carry the test's fixed times.
    const history = await prisma().stageChange.findMany({ where: { contactId }, orderBy: [{ fromStage: { sort: "asc", nulls: "first" } }, { at: "asc" }] });
    expect(history.map((h) => `${h.fromStage ?? "·"}→${h.toStage}`)).toEqual([
      "·→FIND", "FIND→OUTREACH", "OUTREACH→SCHEDULED", "SCHEDULED→INTERVIEWED", "INTERVIEWED→THANKED", "THANKED→FOLLOW_UP",
    ]);
    reminders = await prisma().reminder.findMany({ where: { contactId }, orderBy: { createdAt: "asc" } });
    expect(Object.fromEntries(reminders.map((r) => [r.rule, r.status]))).toEqual({
      SUGGEST_ANOTHER_3B: "CANCELLED",
      FOLLOW_UP_7B: "CANCELLED",
      PREP_DAY_BEFORE: "DONE",
      THANK_YOU_24H: "DONE",
      KEEP_IN_TOUCH: "PENDING",
    });
    expect(await prisma().meeting.findFirstOrThrow({ where: { contactId } })).toMatchObject({ status: "DONE" });
  });

  it("keeps a move logged late at the time it happened, never before the previous move", async () => {
    const now = realNow();
    // Found ten days ago; the request went out four days ago and is logged only now.
    await prisma().contact.update({ where: { id: contactId }, data: { stageChangedAt: plus(now, -10 * DAY) } });
    const sentAt = plus(now, -4 * DAY);
    await moveContact(contactId, "OUTREACH", { kind: "outreach", channel: "EMAIL", sentAt }, undefined, now);
    const doneAt = plus(now, -2 * DAY);
    await moveContact(contactId, "INTERVIEWED", { kind: "meetingDone", doneAt }, undefined, now);
    const thankedAt = plus(doneAt, 3 * HOUR);
    await moveContact(contactId, "THANKED", { kind: "thankYou", channel: "EMAIL", sentAt: thankedAt }, undefined, now);
    await moveContact(contactId, "FOLLOW_UP", { kind: "cadence", keepInTouchMonths: 3 }, undefined, now);

    const history = await prisma().stageChange.findMany({ where: { contactId, fromStage: { not: null } }, orderBy: { at: "asc" } });
    expect(history.map((h) => [h.toStage, h.at.toISOString()])).toEqual([
      ["OUTREACH", sentAt.toISOString()],
      ["INTERVIEWED", doneAt.toISOString()],
      ["THANKED", thankedAt.toISOString()],
      ["FOLLOW_UP", now.toISOString()],
    ]);
    // What the moves settled was settled when they were logged.
    const followUp = await prisma().reminder.findFirstOrThrow({ where: { contactId, rule: "FOLLOW_UP_7B" } });
    expect(followUp.settledAt).toEqual(now);

    // Emailed a week before being added yesterday: the history keeps the order it was recorded in.
    const late = (await createContact(contactFieldsSchema.parse({ name: "Ana Ruiz" }))).id;
    const added = plus(now, -1 * DAY);
    await prisma().contact.update({ where: { id: late }, data: { stageChangedAt: added } });
    await moveContact(late, "OUTREACH", { kind: "outreach", channel: "EMAIL", sentAt: plus(now, -7 * DAY) }, undefined, now);
    expect(await prisma().contact.findUniqueOrThrow({ where: { id: late }, select: { stageChangedAt: true } })).toEqual({ stageChangedAt: added });
    expect(await prisma().stageChange.findFirstOrThrow({ where: { contactId: late, toStage: "OUTREACH" }, select: { at: true } })).toEqual({ at: added });
  });

  it("moving back from scheduled cancels the meeting and keeps both moves in the history", async () => {
    await moveContact(contactId, "OUTREACH", { kind: "outreach", channel: "LINKEDIN", sentAt: at("2026-12-02T15:00:00Z") }, undefined, at("2026-12-02T15:00:00Z"));
    await moveContact(contactId, "SCHEDULED", { kind: "meeting", startsAt: at("2026-12-09T17:00:00Z"), durationMinutes: 20, mode: "PHONE" }, undefined, at("2026-12-03T15:00:00Z"));
    await moveContact(contactId, "OUTREACH", null, undefined, at("2026-12-04T15:00:00Z"));
    expect(await prisma().meeting.findFirstOrThrow({ where: { contactId } })).toMatchObject({ status: "CANCELLED", icsSequence: 1 });
    const prep = await prisma().reminder.findFirstOrThrow({ where: { contactId, rule: "PREP_DAY_BEFORE" } });
    expect(prep.status).toBe("CANCELLED");
    const back = await prisma().stageChange.findMany({ where: { contactId, fromStage: "SCHEDULED" } });
    expect(back).toMatchObject([{ toStage: "OUTREACH" }]);
  });

  it("refuses a move without its record, on the record field, changing nothing", async () => {
    await expect(moveContact(contactId, "SCHEDULED", null)).rejects.toMatchObject({ field: "record" });
    await expect(moveContact(contactId, "SCHEDULED", null)).rejects.toBeInstanceOf(FieldError);
    expect(await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({ stage: "FIND", version: 1 });
  });

  it("refuses a stale version (another tab moved it first)", async () => {
    await moveContact(contactId, "OUTREACH", { kind: "outreach", channel: "EMAIL", sentAt: new Date() }, 1);
    await expect(moveContact(contactId, "FIND", null, 1)).rejects.toBeInstanceOf(ConflictError);
    expect((await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).stage).toBe("OUTREACH");
  });

  it("is all-or-nothing: a failure while writing the reminders leaves no trace of the move", async () => {
    const sql = getDatabase().sql;
    await sql.exec(`
      CREATE FUNCTION refuse_reminders() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full'; END; $$ LANGUAGE plpgsql;
      CREATE TRIGGER refuse_reminders BEFORE INSERT ON "Reminder" FOR EACH ROW EXECUTE FUNCTION refuse_reminders();`);
    try {
      await expect(moveContact(contactId, "OUTREACH", { kind: "outreach", channel: "EMAIL", sentAt: new Date() })).rejects.toThrow();
    } finally {
      await sql.exec(`DROP TRIGGER refuse_reminders ON "Reminder"; DROP FUNCTION refuse_reminders();`);
    }
    expect(await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({ stage: "FIND", version: 1 });
    expect(await prisma().stageChange.count({ where: { contactId } })).toBe(1);
    expect(await prisma().outreachAttempt.count({ where: { contactId } })).toBe(0);
  });
});

describe("the move dialog's action reports every bad field at once", () => {
  // The action reads the real clock: times are placed around the real now.
  const form = (values: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(values)) data.append(key, value);
    return data;
  };
  const zone = "America/New_York";

  it("a meeting in the past with a length out of range: both fields' errors in one answer, the typed values kept, nothing stored", async () => {
    const typed = { contactId, to: "SCHEDULED", version: "1", startsAt: toLocalInputValue(plus(realNow(), -5 * DAY), zone), durationPreset: "custom", durationMinutes: "500", mode: "VIDEO", location: "" };
    const refused = await moveContactAction(initialFormState, form(typed));
    expect(refused.status).toBe("invalid");
    expect(refused.fieldErrors).toEqual({
      durationMinutes: "Choose 10 to 180 minutes.",
      startsAt: "That time has passed. If the meeting happened, move the contact to Interviewed.",
    });
    expect(refused.values).toMatchObject({ startsAt: typed.startsAt, durationMinutes: "500", mode: "VIDEO" });
    expect(await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({ stage: "FIND", version: 1 });
    expect(await prisma().meeting.count({ where: { contactId } })).toBe(0);
  });

  it("a date that is not a real one beside a bad length: both reported; a future time beside it: only the length", async () => {
    const base = { contactId, to: "SCHEDULED", version: "1", durationMinutes: "5", mode: "VIDEO" };
    const unreal = await moveContactAction(initialFormState, form({ ...base, startsAt: "2026-02-30T10:00" }));
    expect(unreal.fieldErrors).toEqual({ durationMinutes: "Choose 10 to 180 minutes.", startsAt: "Enter a real date and time." });
    const ahead = await moveContactAction(initialFormState, form({ ...base, startsAt: toLocalInputValue(plus(realNow(), 3 * DAY + 2 * HOUR), zone) }));
    expect(ahead.fieldErrors).toEqual({ durationMinutes: "Choose 10 to 180 minutes." });
  });

  it("an outreach sent in the future beside a channel that is not one: both reported", async () => {
    const refused = await moveContactAction(
      initialFormState,
      form({ contactId, to: "OUTREACH", version: "1", channel: "CARRIER_PIGEON", sentAt: toLocalInputValue(plus(realNow(), 2 * DAY), zone) }),
    );
    expect(refused.fieldErrors).toEqual({ channel: "Choose how you reached out.", sentAt: "The message can't have been sent in the future." });
  });
});

describe("thanking the referrer", () => {
  it("marking a referred contact's meeting done reminds the student to thank the referrer, once; moving back retires it", async () => {
    const referrer = await createContact(contactFieldsSchema.parse({ name: "Ana Gómez", employer: "Edelman" }));
    await prisma().contact.update({ where: { id: contactId }, data: { referredById: referrer.id } });
    await moveContact(contactId, "SCHEDULED", { kind: "meeting", startsAt: at("2026-12-09T17:00:00Z"), durationMinutes: 30, mode: "VIDEO" }, undefined, at("2026-12-03T15:00:00Z"));
    await moveContact(contactId, "INTERVIEWED", { kind: "meetingDone", doneAt: at("2026-12-09T17:30:00Z") }, undefined, at("2026-12-09T17:35:00Z"));

    const thanks = await prisma().reminder.findMany({ where: { ownerId: owner.id, rule: "THANK_REFERRER" } });
    expect(thanks).toHaveLength(1);
    expect(thanks[0]).toMatchObject({ contactId: referrer.id, status: "PENDING", dueAt: at("2026-12-11T17:30:00Z") });
    expect(thanks[0]!.title).toBe("Thank Ana Gómez for the introduction to Priya Shah and say how it went");

    await moveContact(contactId, "SCHEDULED", null, undefined, at("2026-12-09T18:00:00Z"));
    expect(await prisma().reminder.findUniqueOrThrow({ where: { id: thanks[0]!.id } })).toMatchObject({ status: "CANCELLED" });
  });

  it("never files a reminder under another user's contact, even through a stale referral link", async () => {
    await signInAs(other.id);
    const theirs = await createContact(contactFieldsSchema.parse({ name: "Their Referrer" }));
    await signInAs(owner.id);
    await prisma().contact.update({ where: { id: contactId }, data: { referredById: theirs.id } });
    await moveContact(contactId, "INTERVIEWED", { kind: "meetingDone", doneAt: at("2026-12-09T17:30:00Z") }, undefined, at("2026-12-09T17:35:00Z"));
    expect(await prisma().reminder.count({ where: { rule: "THANK_REFERRER", contactId: theirs.id } })).toBe(0);
    expect(await prisma().reminder.count({ where: { ownerId: other.id } })).toBe(0);
  });
});

describe("another user", () => {
  it("cannot move the contact: not found, nothing changed", async () => {
    await signInAs(other.id);
    await expect(moveContact(contactId, "OUTREACH", { kind: "outreach", channel: "EMAIL", sentAt: new Date() })).rejects.toBeInstanceOf(NotFoundError);
    expect(await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({ stage: "FIND", version: 1 });
    expect(await prisma().stageChange.count({ where: { contactId } })).toBe(1);
  });
});
