// A contact's timeline places each reminder where it belongs: an open one at its due date, a settled
// one when it was settled (when that came before it was due), saying what settled it. A follow-up
// cancelled because a meeting was agreed is history from that day, not an entry "in the future" at
// the top of the timeline.
import { describe, expect, it } from "vitest";
import { createContact, getContact, setContactsArchived, updateContact } from "@/lib/data/contacts";
import { moveContact } from "@/lib/data/pipeline";
import { getContactTimeline, type TimelineEvent } from "@/lib/data/timeline";
import { getDatabase } from "@/lib/db";
import { contactFieldsSchema } from "@/lib/validation/contacts";
import { studentsInZone } from "../support/session";
import { DAY, plus } from "../support/time";

const prisma = () => getDatabase().prisma;
studentsInZone("America/New_York", "Timeline Owner", "Timeline Other");

// Outreach on Monday 16 November 2026, 10:00 in New York; the professional agreed on Wednesday to
// meet on Tuesday 1 December. The follow-up was due Wednesday 25 November.
const sentAt = new Date("2026-11-16T15:00:00Z");
const agreed = new Date("2026-11-18T17:30:00Z");
const meetingAt = new Date("2026-12-01T20:00:00Z");

const describeEvent = (e: TimelineEvent) => (e.kind === "reminder" ? `reminder:${e.rule}:${e.status}` : e.kind === "stage" ? `stage:${e.toStage}` : e.kind);

async function contactInOutreach(name: string) {
  const contactId = (await createContact(contactFieldsSchema.parse({ name, employer: "Ketchum" }))).id;
  // Added the week before the outreach (createContact stamps the real now).
  await prisma().stageChange.updateMany({ where: { contactId, fromStage: null }, data: { at: plus(sentAt, -7 * DAY) } });
  await moveContact(contactId, "OUTREACH", { kind: "outreach", channel: "EMAIL", sentAt }, undefined, sentAt);
  return contactId;
}

describe("the contact timeline", () => {
  it("places a follow-up cancelled by a meeting agreed at the agreement, saying so, and open reminders at their due dates", async () => {
    const contactId = await contactInOutreach("Grace Obi");
    const followUp = await prisma().reminder.findFirstOrThrow({ where: { contactId, rule: "FOLLOW_UP_7B" } });
    expect(followUp.dueAt.getTime()).toBeGreaterThan(agreed.getTime());
    await moveContact(contactId, "SCHEDULED", { kind: "meeting", startsAt: meetingAt, durationMinutes: 30, mode: "VIDEO" }, undefined, agreed);

    const timeline = await getContactTimeline(contactId, new Date());
    const order = timeline.map(describeEvent);
    // Settled with the move: at the move (in either order, they share its instant), not at their due dates (19 and 25 November).
    expect([...order.slice(2, 4)].sort()).toEqual(["reminder:FOLLOW_UP_7B:CANCELLED", "reminder:SUGGEST_ANOTHER_3B:CANCELLED"]);
    expect([...order.slice(0, 2), ...order.slice(4)]).toEqual(["meeting", "reminder:PREP_DAY_BEFORE:PENDING", "stage:SCHEDULED", "outreach", "stage:OUTREACH", "stage:FIND"]);
    const cancelled = timeline.find((e) => e.kind === "reminder" && e.rule === "FOLLOW_UP_7B");
    expect(cancelled).toMatchObject({ at: agreed, dueAt: followUp.dueAt, status: "CANCELLED", settledAt: agreed, settledReason: "meeting agreed" });
    const prep = timeline.find((e) => e.kind === "reminder" && e.rule === "PREP_DAY_BEFORE");
    expect(prep).toMatchObject({ at: plus(meetingAt, -DAY), status: "PENDING", settledReason: null });
  });

  it("says a follow-up was cancelled by a reply, or by archiving the contact, and keeps one settled after it came due at its due date", async () => {
    const replied = await contactInOutreach("Hana Sato");
    const repliedAt = plus(sentAt, 2 * DAY);
    await prisma().outreachAttempt.updateMany({ where: { contactId: replied }, data: { replyStatus: "REPLIED", repliedAt } });
    await prisma().reminder.updateMany({ where: { contactId: replied, status: "PENDING" }, data: { status: "CANCELLED", settledAt: repliedAt } });
    const byReply = (await getContactTimeline(replied, new Date())).find((e) => e.kind === "reminder" && e.rule === "FOLLOW_UP_7B");
    expect(byReply).toMatchObject({ at: repliedAt, settledReason: "they replied" });

    const archived = await contactInOutreach("Ivan Petrov");
    await setContactsArchived([archived], true, plus(sentAt, DAY));
    const byArchive = (await getContactTimeline(archived, new Date())).find((e) => e.kind === "reminder" && e.rule === "FOLLOW_UP_7B");
    expect(byArchive).toMatchObject({ at: plus(sentAt, DAY), status: "CANCELLED", settledReason: "contact archived" });

    const late = await contactInOutreach("Jana Novak");
    const due = (await prisma().reminder.findFirstOrThrow({ where: { contactId: late, rule: "FOLLOW_UP_7B" } })).dueAt;
    await prisma().reminder.updateMany({ where: { contactId: late, rule: "FOLLOW_UP_7B" }, data: { status: "DONE", settledAt: plus(due, 2 * DAY) } });
    const doneLate = (await getContactTimeline(late, new Date())).find((e) => e.kind === "reminder" && e.rule === "FOLLOW_UP_7B");
    expect(doneLate).toMatchObject({ at: due, status: "DONE", settledAt: plus(due, 2 * DAY), settledReason: null });
  });

  it("says a reminder was cancelled by marking the contact do-not-contact, still once that is cleared", async () => {
    const contactId = await contactInOutreach("Karl Berg");
    await moveContact(contactId, "SCHEDULED", { kind: "meeting", startsAt: meetingAt, durationMinutes: 30, mode: "VIDEO" }, undefined, agreed);
    const marked = plus(agreed, DAY);
    const contact = await getContact(contactId);
    const fields = contactFieldsSchema.parse({ name: contact.name, employer: contact.employer, doNotContact: true });
    await updateContact(contactId, contact.version, fields, marked);
    const prep = (await getContactTimeline(contactId, new Date())).find((e) => e.kind === "reminder" && e.rule === "PREP_DAY_BEFORE");
    expect(prep).toMatchObject({ at: marked, status: "CANCELLED", settledAt: marked, settledReason: "marked do-not-contact" });
    // The follow-ups the meeting cancelled earlier keep their own reason.
    const followUp = (await getContactTimeline(contactId, new Date())).find((e) => e.kind === "reminder" && e.rule === "FOLLOW_UP_7B");
    expect(followUp).toMatchObject({ status: "CANCELLED", settledReason: "meeting agreed" });

    // Cleared: nothing brings the prep reminder back, and it still says what cancelled it.
    await updateContact(contactId, contact.version + 1, { ...fields, doNotContact: false }, plus(marked, DAY));
    const after = (await getContactTimeline(contactId, new Date())).find((e) => e.kind === "reminder" && e.rule === "PREP_DAY_BEFORE");
    expect(after).toMatchObject({ at: marked, status: "CANCELLED", settledReason: "marked do-not-contact" });
  });

  it("shows an open prep reminder as Today does: to prepare before the meeting, to record how it went once it has started", async () => {
    const contactId = await contactInOutreach("Hana Ito");
    await moveContact(contactId, "SCHEDULED", { kind: "meeting", startsAt: meetingAt, durationMinutes: 30, mode: "VIDEO" }, undefined, agreed);
    const prep = async (now: Date) => (await getContactTimeline(contactId, now)).find((e) => e.kind === "reminder" && e.rule === "PREP_DAY_BEFORE");
    expect(await prep(plus(meetingAt, -DAY))).toMatchObject({ status: "PENDING", label: "Prepare", title: "Prepare for your meeting with Hana Ito" });
    expect(await prep(plus(meetingAt, DAY))).toMatchObject({ status: "PENDING", label: "Record notes", title: "Record how your meeting with Hana Ito went" });
    // Settled, it stays as it was written: the history of what it asked.
    await prisma().reminder.updateMany({ where: { contactId, rule: "PREP_DAY_BEFORE" }, data: { status: "DONE", settledAt: plus(meetingAt, -DAY) } });
    expect(await prep(plus(meetingAt, DAY))).toMatchObject({ status: "DONE", label: "Prepare", title: "Prepare for your meeting with Hana Ito" });
  });
});
