// A chapter's rules reach a member's own copy of a shared professional: the copy is written to only
// under the member's active claim, which then counts toward the cap and cool-down however it ends;
// and the chapter's "do not contact" flags every copy and silences its reminders.
import { addDays } from "date-fns";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { claimSharedContact, copySharedToPipeline, leaveChapter, listChapterDirectories, releaseClaim, setChapterRole, updateSharedSettings } from "@/lib/data/chapters";
import { scheduleGroupMeeting } from "@/lib/data/group-meetings";
import { rescheduleMeeting } from "@/lib/data/meetings";
import { FieldError, NotFoundError } from "@/lib/data/errors";
import { logOutreach } from "@/lib/data/outreach";
import { moveContact } from "@/lib/data/pipeline";
import { getDatabase } from "@/lib/db";
import { createTestChapter, createTestUser } from "../support/factories";
import { signInAs } from "../support/session";

const prisma = () => getDatabase().prisma;
const now = new Date("2026-11-20T15:00:00Z");
let officer: { id: string };
let maya: { id: string };
let sam: { id: string };
let chapterId: string;

async function entry(name: string, rules: { capPerTerm?: number; cooldownDays?: number } = {}) {
  const row = await prisma().sharedContact.create({
    data: { organisationId: chapterId, proposedById: officer.id, name, employer: `${name} Co`, email: `${name.split(" ")[0]!.toLowerCase()}@example.com`, status: "OPEN", ...rules },
    select: { id: true },
  });
  return row.id;
}

/** Maya claims the professional and copies them to her pipeline. */
async function claimAndCopy(id: string) {
  await signInAs(maya.id);
  expect((await claimSharedContact(id, now)).ok).toBe(true);
  return (await copySharedToPipeline(id, now)).contactId;
}

beforeAll(async () => {
  officer = await createTestUser("Rules Officer");
  maya = await createTestUser("Rules Maya");
  sam = await createTestUser("Rules Sam");
  chapterId = await createTestChapter("Rules PRSSA", { officers: [officer], members: [maya, sam] }, 14);
});

beforeEach(async () => {
  await prisma().claim.deleteMany({ where: { sharedContact: { organisationId: chapterId } } });
});

describe("writing to a chapter professional needs the claim", () => {
  it("a request from the copy is refused without an active claim, and nothing is stored", async () => {
    const id = await entry("Nora Unclaimed");
    const contactId = await claimAndCopy(id);
    await releaseClaim(id, now);
    await expect(logOutreach(contactId, { channel: "EMAIL", sentAt: now }, now)).rejects.toThrow(/claim them there first/);
    expect(await prisma().outreachAttempt.count({ where: { contactId } })).toBe(0);
    expect((await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).stage).toBe("FIND");
  });

  it("a request under the claim marks it contacted: given back at once, it still counts toward the cap and cool-down", async () => {
    const id = await entry("Cora Capped", { capPerTerm: 1, cooldownDays: 30 });
    const contactId = await claimAndCopy(id);
    await logOutreach(contactId, { channel: "EMAIL", sentAt: now }, now);
    expect(await prisma().claim.findFirstOrThrow({ where: { sharedContactId: id, userId: maya.id } })).toMatchObject({ outcome: "CONTACTED" });
    await releaseClaim(id, addDays(now, 1));

    await signInAs(sam.id);
    const refused = await claimSharedContact(id, addDays(now, 2));
    expect(refused.ok).toBe(false);
  });

  it("moving the copy to outreach on the board is the same request, under the same rule", async () => {
    const id = await entry("Bo Board");
    const contactId = await claimAndCopy(id);
    await releaseClaim(id, now);
    await expect(moveContact(contactId, "OUTREACH", { kind: "outreach", channel: "EMAIL", sentAt: now }, undefined, now)).rejects.toBeInstanceOf(FieldError);
  });
});

describe("the chapter's do-not-contact", () => {
  it("flags every member's copy and cancels its reminders; the claim it ends still counts", async () => {
    const id = await entry("Dana Declines", { capPerTerm: 1, cooldownDays: 30 });
    const contactId = await claimAndCopy(id);
    await logOutreach(contactId, { channel: "EMAIL", sentAt: now }, now);
    expect(await prisma().reminder.count({ where: { contactId, status: "PENDING" } })).toBe(2);

    await signInAs(officer.id);
    await updateSharedSettings(id, { status: "DO_NOT_CONTACT", capPerTerm: 1, cooldownDays: 30, officerOnly: [] }, addDays(now, 1));
    const copy = await prisma().contact.findUniqueOrThrow({ where: { id: contactId } });
    expect(copy.doNotContact).toBe(true);
    expect(await prisma().reminder.count({ where: { contactId, status: "PENDING" } })).toBe(0);

    await signInAs(maya.id);
    await expect(logOutreach(contactId, { channel: "EMAIL", sentAt: addDays(now, 2) }, addDays(now, 2))).rejects.toThrow(/do-not-contact/);
    // Still listed, so nobody proposes them again, but with no way of writing to them.
    const listed = (await listChapterDirectories(addDays(now, 2)))?.flatMap((d) => d.professionals).find((p) => p.id === id);
    expect(listed).toMatchObject({ name: "Dana Declines", status: "DO_NOT_CONTACT", email: null, phone: null, linkedinUrl: null });

    // Reopened two days later: the claim the officer ended counts, so the cap still holds.
    await signInAs(officer.id);
    await updateSharedSettings(id, { status: "OPEN", capPerTerm: 1, cooldownDays: 30, officerOnly: [] }, addDays(now, 3));
    await signInAs(sam.id);
    expect((await claimSharedContact(id, addDays(now, 3))).ok).toBe(false);
  });

  it("a claim the officer ends by closing the entry counts as if it had run out", async () => {
    const id = await entry("Cal Closed", { capPerTerm: 5, cooldownDays: 30 });
    await signInAs(maya.id);
    expect((await claimSharedContact(id, now)).ok).toBe(true);
    await signInAs(officer.id);
    await updateSharedSettings(id, { status: "CLOSED", capPerTerm: 5, cooldownDays: 30, officerOnly: [] }, addDays(now, 1));
    await updateSharedSettings(id, { status: "OPEN", capPerTerm: 5, cooldownDays: 30, officerOnly: [] }, addDays(now, 2));
    await signInAs(sam.id);
    const refused = await claimSharedContact(id, addDays(now, 3));
    expect(refused).toMatchObject({ ok: false, availableAt: addDays(now, 31) });
  });
});

describe("group meetings stay with the chapter's officers", () => {
  const tour = { title: "Agency tour", startsAt: addDays(now, 10), durationMinutes: 60, mode: "IN_PERSON" as const, location: "4030 Easton Station", memberIds: [] as string[], employer: "Fahlgren Mortine", sharedContactId: null };

  it("an officer who steps down or leaves hands their upcoming meetings to another officer and can no longer change them", async () => {
    const [ola, pia, quin] = [await createTestUser("Ola Officer"), await createTestUser("Pia Officer"), await createTestUser("Quin Member")];
    const chapter = await createTestChapter("Handover Chapter", { officers: [ola, pia], members: [quin] });
    await signInAs(ola.id);
    const { id: meetingId } = await scheduleGroupMeeting(chapter, tour, now);
    await leaveChapter(chapter, now);
    expect((await prisma().meeting.findUniqueOrThrow({ where: { id: meetingId } })).ownerId).toBe(pia.id);
    await expect(rescheduleMeeting(meetingId, { ...tour, location: "https://elsewhere.example/join" })).rejects.toBeInstanceOf(NotFoundError);

    // Pia steps down in favour of Quin: the meeting follows the officers again.
    await signInAs(pia.id);
    await setChapterRole(chapter, quin.id, "OFFICER");
    await setChapterRole(chapter, pia.id, "MEMBER");
    expect((await prisma().meeting.findUniqueOrThrow({ where: { id: meetingId } })).ownerId).toBe(quin.id);
  });

  it("the last person leaving cancels the chapter's upcoming meetings", async () => {
    const solo = await createTestUser("Solo Officer");
    const chapter = await createTestChapter("Solo Chapter", { officers: [solo], members: [] });
    await signInAs(solo.id);
    await prisma().membership.create({ data: { organisationId: chapter, userId: (await createTestUser("Soon Gone")).id, role: "MEMBER" } });
    const { id: meetingId } = await scheduleGroupMeeting(chapter, tour, now);
    await prisma().membership.deleteMany({ where: { organisationId: chapter, role: "MEMBER" } });
    await leaveChapter(chapter, now);
    expect(await prisma().meeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({ status: "CANCELLED" });
  });
});
