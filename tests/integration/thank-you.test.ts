// The thank-you: its draft's context (takeaway, résumé offer), logging it moves the contact to
// thanked and settles the 24-hour reminder, a late one is logged and said to be late, and another
// user can neither read the context nor log one.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { logThankYouAction } from "@/lib/actions/outreach";
import { createContact } from "@/lib/data/contacts";
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

  it("logged late: still moves to thanked, and says it was late", async () => {
    const result = await logThankYouAction(contactId, initialFormState, thankYouForm("2026-11-20T09:30"));
    expect(result.status).toBe("saved");
    expect(result.message).toContain("40 hours after the meeting, so it is recorded as late");
    expect(await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({ stage: "THANKED" });
    // The contact's timeline keeps saying so.
    const sent = (await getContactTimeline(contactId)).find((e) => e.kind === "outreach" && e.outreachKind === "THANK_YOU");
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
