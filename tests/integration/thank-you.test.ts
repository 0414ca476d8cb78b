// The thank-you: its draft's context (takeaway, résumé offer), logging it moves the contact to
// thanked and settles the 24-hour reminder, a late one is logged and said to be late, one dated
// before the meeting ended is refused on every path that records one, and another user can neither
// read the context nor log one.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { bulkContactsAction } from "@/lib/actions/contacts";
import { logThankYouAction } from "@/lib/actions/outreach";
import { moveContactAction } from "@/lib/actions/pipeline";
import { createContact } from "@/lib/data/contacts";
import { markMeetingDone } from "@/lib/data/interview";
import { moveContact } from "@/lib/data/pipeline";
import { getThankYouContext } from "@/lib/data/thank-you";
import { getContactTimeline } from "@/lib/data/timeline";
import { getDatabase } from "@/lib/db";
import { contactFieldsSchema } from "@/lib/validation/contacts";
import { initialFormState } from "@/lib/validation/form-state";
import { createTestUser } from "../support/factories";
import { signInAs } from "../support/session";

const prisma = () => getDatabase().prisma;
const at = (iso: string) => new Date(iso);
const doneAt = at("2026-11-18T17:30:00Z");
let owner: { id: string };
let other: { id: string };
let contactId: string;

function thankYouForm(sentAt: string) {
  const form = new FormData();
  form.set("channel", "EMAIL");
  form.set("sentAt", sentAt);
  form.set("subject", "Thank you, Priya");
  form.set("body", 'Dear Priya,\n\nThank you for your time. I keep coming back to what you said: "Write every day."\n\nMaya');
  return form;
}

beforeAll(async () => {
  owner = await createTestUser("Grateful");
  other = await createTestUser("Intruder");
  await prisma().user.update({ where: { id: owner.id }, data: { timeZone: "UTC" } });
});

beforeEach(async () => {
  await signInAs(owner.id);
  contactId = (await createContact(contactFieldsSchema.parse({ name: "Priya Shah", employer: "Edelman" }))).id;
  await moveContact(contactId, "INTERVIEWED", { kind: "meetingDone", doneAt }, undefined, at("2026-11-18T17:35:00Z"));
  const meeting = await prisma().meeting.findFirstOrThrow({ where: { contactId } });
  await prisma().meeting.update({ where: { id: meeting.id }, data: { sendResumeWithThanks: true } });
  await prisma().note.create({ data: { ownerId: owner.id, contactId, meetingId: meeting.id, kind: "TAKEAWAY", body: "Write every day." } });
});

describe("the thank-you", () => {
  it("has a draft context: the meeting's end, its takeaway and the résumé flag", async () => {
    expect(await getThankYouContext(contactId)).toEqual({ meetingDoneAt: doneAt, takeaway: "Write every day.", sendResume: true });
  });

  it("logged within 24 hours: the contact is thanked, the reminder settled, the message kept", async () => {
    const result = await logThankYouAction(contactId, initialFormState, thankYouForm("2026-11-19T09:00"));
    expect(result).toMatchObject({ status: "saved", message: "Logged your thank-you to Priya Shah." });
    expect(await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({ stage: "THANKED", lastTouchAt: at("2026-11-19T09:00:00Z") });
    expect(await prisma().reminder.findFirstOrThrow({ where: { contactId, rule: "THANK_YOU_24H" } })).toMatchObject({ status: "DONE" });
    expect(await prisma().outreachAttempt.findFirstOrThrow({ where: { contactId, kind: "THANK_YOU" } })).toMatchObject({ subject: "Thank you, Priya", channel: "EMAIL" });
  });

  it("after a second meeting, from Thanked: logged, and that meeting's 24-hour reminder settled", async () => {
    expect((await logThankYouAction(contactId, initialFormState, thankYouForm("2026-11-19T09:00"))).status).toBe("saved");
    const second = await prisma().meeting.create({
      data: { ownerId: owner.id, contactId, title: "Coffee again", startsAt: at("2026-11-25T15:00:00Z"), timeZone: "UTC", icsUid: `second-${contactId}@rapport.test` },
    });
    await markMeetingDone(second.id, at("2026-11-25T15:30:00Z"), at("2026-11-25T15:35:00Z"));
    const reminder = () => prisma().reminder.findFirstOrThrow({ where: { contactId, rule: "THANK_YOU_24H", meetingId: second.id } });
    expect(await reminder()).toMatchObject({ status: "PENDING" });
    expect((await logThankYouAction(contactId, initialFormState, thankYouForm("2026-11-25T18:00"))).status).toBe("saved");
    expect(await reminder()).toMatchObject({ status: "DONE" });
    expect(await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({ stage: "THANKED" });
  });

  it("logged late: still moves to thanked, and says it was late", async () => {
    const result = await logThankYouAction(contactId, initialFormState, thankYouForm("2026-11-20T09:30"));
    expect(result.status).toBe("saved");
    expect(result.message).toContain("40 hours after the meeting, so it is recorded as late");
    expect(await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({ stage: "THANKED" });
    // The contact's timeline keeps saying so.
    const sent = (await getContactTimeline(contactId, new Date())).find((e) => e.kind === "outreach" && e.outreachKind === "THANK_YOU");
    expect(sent).toMatchObject({ thankYouTiming: { late: true, hoursAfter: 40 } });
  });

  it("refuses before the meeting is done, on the stage, and keeps what was typed", async () => {
    await moveContact(contactId, "SCHEDULED", null, undefined, at("2026-11-19T00:00:00Z"));
    const result = await logThankYouAction(contactId, initialFormState, thankYouForm("2026-11-19T09:00"));
    expect(result).toMatchObject({ status: "invalid", fieldErrors: { stage: "Mark the meeting done first: a thank-you follows the conversation." } });
    expect(result.values?.subject).toBe("Thank you, Priya");
    expect(await prisma().outreachAttempt.count({ where: { contactId, kind: "THANK_YOU" } })).toBe(0);
  });

  it("another user can neither read the context nor log a thank-you", async () => {
    await signInAs(other.id);
    await expect(getThankYouContext(contactId)).resolves.toEqual({ meetingDoneAt: null, takeaway: null, sendResume: false });
    expect(await logThankYouAction(contactId, initialFormState, thankYouForm("2026-11-19T09:00"))).toMatchObject({ status: "error" });
    await signInAs(owner.id);
    expect(await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({ stage: "INTERVIEWED" });
    expect(await prisma().outreachAttempt.count({ where: { contactId, kind: "THANK_YOU" } })).toBe(0);
  });
});

describe("a thank-you dated before the meeting ended", () => {
  // The meeting ended at 12:30 PM in New York (17:30 UTC): the student types times in that zone.
  const ZONE = "America/New_York";
  const tooEarly = "2026-11-18T12:15";
  const refusal = "Your meeting with Priya Shah ended at 12:30 PM on Wed, Nov 18, so the thank-you can't have been sent before then. Check the date and time you sent it. If the meeting ended earlier, change when it ended in the contact's timeline.";

  beforeEach(async () => {
    await prisma().user.update({ where: { id: owner.id }, data: { timeZone: ZONE } });
  });
  afterEach(async () => {
    await prisma().user.update({ where: { id: owner.id }, data: { timeZone: "UTC" } });
  });

  /** Nothing of a refused thank-you was stored: no message, the contact and its reminder as they were. */
  async function expectNotThanked() {
    expect(await prisma().outreachAttempt.count({ where: { contactId, kind: "THANK_YOU" } })).toBe(0);
    expect(await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({ stage: "INTERVIEWED", lastTouchAt: null });
    expect(await prisma().stageChange.count({ where: { contactId, toStage: "THANKED" } })).toBe(0);
    expect(await prisma().reminder.findFirstOrThrow({ where: { contactId, rule: "THANK_YOU_24H" } })).toMatchObject({ status: "PENDING" });
  }

  const version = async () => (await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).version;
  const moveForm = (values: Record<string, string | string[]>) => {
    const form = new FormData();
    for (const [key, value] of Object.entries(values)) for (const v of [value].flat()) form.append(key, v);
    return form;
  };

  it("from the composer: refused on sentAt, naming the end in the student's zone, the form kept; at the end it is logged", async () => {
    const refused = await logThankYouAction(contactId, initialFormState, thankYouForm(tooEarly));
    // The reason sits on the field; the form-level alert only points there, not saying it twice.
    expect(refused).toMatchObject({ status: "invalid", message: "Check the highlighted field.", fieldErrors: { sentAt: refusal }, values: { sentAt: tooEarly, subject: "Thank you, Priya" } });
    expect(refused.values?.body).toContain("Write every day.");
    await expectNotThanked();

    expect(await logThankYouAction(contactId, initialFormState, thankYouForm("2026-11-18T12:30"))).toMatchObject({ status: "saved" });
    expect(await prisma().outreachAttempt.findFirstOrThrow({ where: { contactId, kind: "THANK_YOU" } })).toMatchObject({ sentAt: doneAt });
    expect(await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({ stage: "THANKED" });
  });

  it("a second thank-you, from Thanked after another meeting: refused before that meeting ended, logged after it", async () => {
    expect(await logThankYouAction(contactId, initialFormState, thankYouForm("2026-11-18T13:00"))).toMatchObject({ status: "saved" });
    // A second conversation a week later, done at 12:30 PM on Wednesday 25 November.
    const secondDone = at("2026-11-25T17:30:00Z");
    await prisma().meeting.create({
      data: { ownerId: owner.id, contactId, title: "Coffee with Priya Shah", startsAt: at("2026-11-25T17:00:00Z"), timeZone: ZONE, status: "DONE", doneAt: secondDone, icsUid: `second-${contactId}@rapport.test` },
    });
    const between = thankYouForm("2026-11-20T09:00");
    between.set("subject", "Thanks again");
    const refused = await logThankYouAction(contactId, initialFormState, between);
    expect(refused).toMatchObject({ status: "invalid", fieldErrors: { sentAt: refusal.replace("Wed, Nov 18", "Wed, Nov 25") }, values: { sentAt: "2026-11-20T09:00", subject: "Thanks again" } });
    expect(await prisma().outreachAttempt.count({ where: { contactId, kind: "THANK_YOU" } })).toBe(1);
    expect(await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({ stage: "THANKED", lastTouchAt: at("2026-11-18T18:00:00Z") });

    between.set("sentAt", "2026-11-25T14:00");
    expect(await logThankYouAction(contactId, initialFormState, between)).toMatchObject({ status: "saved" });
    expect(await prisma().outreachAttempt.count({ where: { contactId, kind: "THANK_YOU" } })).toBe(2);
  });

  it("through the board's move to Thanked: refused on sentAt with what was typed, moved with a time after the end", async () => {
    const fields = { contactId, to: "THANKED", version: String(await version()), channel: "EMAIL", sentAt: tooEarly };
    expect(await moveContactAction(initialFormState, moveForm(fields))).toMatchObject({ status: "invalid", fieldErrors: { sentAt: refusal }, values: { sentAt: tooEarly, channel: "EMAIL" } });
    await expectNotThanked();

    expect(await moveContactAction(initialFormState, moveForm({ ...fields, sentAt: "2026-11-18T14:00" }))).toMatchObject({ status: "saved" });
    expect(await prisma().outreachAttempt.findFirstOrThrow({ where: { contactId, kind: "THANK_YOU" } })).toMatchObject({ sentAt: at("2026-11-18T19:00:00Z") });
  });

  it("through the contacts list's bulk move: skipped with the reason, moved with a time after the end", async () => {
    const fields = { operation: "move", contactIds: [contactId], to: "THANKED", channel: "EMAIL", sentAt: tooEarly };
    expect(await bulkContactsAction(initialFormState, moveForm(fields))).toMatchObject({
      status: "saved",
      message: "Moved 0 contacts to Thanked.",
      skipped: [{ id: contactId, name: "Priya Shah", reason: refusal }],
    });
    await expectNotThanked();

    expect(await bulkContactsAction(initialFormState, moveForm({ ...fields, sentAt: "2026-11-19T08:00" }))).toMatchObject({ message: "Moved 1 contact to Thanked.", skipped: [] });
    expect(await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({ stage: "THANKED" });
  });
});
