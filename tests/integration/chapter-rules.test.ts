// A chapter's rules reach a member's own copy of a shared professional: the copy is written to only
// under the member's active claim, which then counts toward the cap and cool-down however it ends;
// and the chapter's "do not contact" flags every copy and silences its reminders.
import { addDays } from "date-fns";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { claimSharedContact, copySharedToPipeline, releaseClaim, updateSharedSettings } from "@/lib/data/chapters";
import { FieldError } from "@/lib/data/errors";
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
