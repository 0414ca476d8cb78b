// Running a chapter: create it (its creator is the officer), invite by code, roles, leaving (own
// contacts kept, claims released, the list gone), proposals and officers' settings, and the forms'
// answers through the actions.
import { addDays } from "date-fns";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  claimSharedContactAction,
  proposeSharedContactAction,
  reportClaimOutcomeAction,
  updateSharedSettingsAction,
} from "@/lib/actions/chapters";
import {
  claimSharedContact,
  copySharedToPipeline,
  createChapter,
  findChapterByCode,
  joinChapter,
  leaveChapter,
  listChapterDirectories,
  listMyChapters,
  proposeSharedContact,
  reviewProposal,
  setChapterRole,
  updateSharedSettings,
} from "@/lib/data/chapters";
import { FieldError, NotFoundError } from "@/lib/data/errors";
import { rsvpGroupMeeting, scheduleGroupMeeting } from "@/lib/data/group-meetings";
import { getDatabase } from "@/lib/db";
import { initialFormState } from "@/lib/validation/form-state";
import { createTestUser } from "../support/factories";
import { signInAs } from "../support/session";

const prisma = () => getDatabase().prisma;
const now = new Date("2026-11-20T15:00:00Z");

let founder: { id: string };
let member: { id: string };
let other: { id: string };
let chapterId: string;
let inviteCode: string;

function form(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (Array.isArray(value)) for (const v of value) data.append(key, v);
    else data.set(key, value);
  }
  return data;
}

const blank = { title: null, employer: null, topics: [], preferredChannel: null, chapterRelation: null, email: null, phone: null, linkedinUrl: null, officerOnly: [] };

beforeAll(async () => {
  founder = await createTestUser("Founding Officer");
  member = await createTestUser("New Member");
  other = await createTestUser("Another Member");
  await signInAs(founder.id);
  ({ id: chapterId, inviteCode } = await createChapter("PRSSA Test State"));
});

beforeEach(async () => {
  await signInAs(founder.id);
});

describe("creating and joining", () => {
  it("the creator is the chapter's officer and sees its invite code", async () => {
    const [chapter] = await listMyChapters();
    expect(chapter).toMatchObject({ id: chapterId, name: "PRSSA Test State", role: "OFFICER", inviteCode });
    expect(inviteCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(await prisma().organisation.findUniqueOrThrow({ where: { id: chapterId } })).toMatchObject({ kind: "CHAPTER", claimDays: 14 });
  });

  it("joins by code as typed (any case, no dash), once even on a double submit", async () => {
    await signInAs(member.id);
    const typed = inviteCode.toLowerCase().replace("-", " ");
    expect(await findChapterByCode(typed)).toMatchObject({ id: chapterId, alreadyMember: false });
    const results = await Promise.all([joinChapter(typed), joinChapter(inviteCode)]);
    expect(results.map((r) => r.alreadyMember).sort()).toEqual([false, true]);
    expect(await prisma().membership.findMany({ where: { organisationId: chapterId, userId: member.id } })).toEqual([expect.objectContaining({ role: "MEMBER" })]);
    const [mine] = await listMyChapters();
    expect(mine).toMatchObject({ role: "MEMBER", inviteCode: null });
  });

  it("an unknown code is refused on the field", async () => {
    await signInAs(other.id);
    await expect(findChapterByCode("ZZZZ-9999")).rejects.toMatchObject({ field: "code" });
  });
});

describe("roles", () => {
  beforeAll(async () => {
    await signInAs(other.id);
    await joinChapter(inviteCode);
  });

  it("an officer promotes and demotes; a member cannot; the last officer cannot step down", async () => {
    await expect(setChapterRole(chapterId, founder.id, "MEMBER")).rejects.toThrow(/at least one officer/);
    await setChapterRole(chapterId, member.id, "OFFICER");
    await signInAs(other.id);
    await expect(setChapterRole(chapterId, other.id, "OFFICER")).rejects.toBeInstanceOf(FieldError);
    await signInAs(member.id);
    await setChapterRole(chapterId, member.id, "MEMBER");
    expect((await prisma().membership.findFirstOrThrow({ where: { organisationId: chapterId, userId: member.id } })).role).toBe("MEMBER");
  });

  it("someone outside the chapter cannot change anything in it", async () => {
    const outsider = await createTestUser("Outsider");
    await signInAs(outsider.id);
    await expect(setChapterRole(chapterId, outsider.id, "OFFICER")).rejects.toBeInstanceOf(NotFoundError);
    await expect(proposeSharedContact(chapterId, { ...blank, name: "Sneaky" }, now)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listMyChapters()).toEqual([]);
  });
});

describe("proposals and officers' settings", () => {
  it("a member's proposal waits, hidden from other members, until an officer approves it", async () => {
    await signInAs(member.id);
    const { id, approved } = await proposeSharedContact(chapterId, { ...blank, name: "Proposed Priya", topics: ["crisis"], email: "p@example.com", officerOnly: ["email"] }, now);
    expect(approved).toBe(false);
    await signInAs(other.id);
    expect((await listChapterDirectories(now))?.[0]?.professionals.map((p) => p.id)).not.toContain(id);
    await signInAs(member.id);
    // Members (even the one who proposed it) do not see proposals, so for them it does not exist.
    await expect(reviewProposal(id, "approve", now)).rejects.toBeInstanceOf(NotFoundError);

    await signInAs(founder.id);
    await reviewProposal(id, "approve", now);
    await signInAs(other.id);
    const seen = (await listChapterDirectories(now))?.[0]?.professionals.find((p) => p.id === id);
    expect(seen).toMatchObject({ status: "OPEN", email: null, topics: ["crisis"] });
  });

  it("a rejected proposal is removed; an officer's own entry is open at once", async () => {
    await signInAs(member.id);
    const { id } = await proposeSharedContact(chapterId, { ...blank, name: "Rejected Rob" }, now);
    await signInAs(founder.id);
    await reviewProposal(id, "reject", now);
    expect(await prisma().sharedContact.count({ where: { id } })).toBe(0);
    const own = await proposeSharedContact(chapterId, { ...blank, name: "Officer Added" }, now);
    expect(own.approved).toBe(true);
    expect((await prisma().sharedContact.findUniqueOrThrow({ where: { id: own.id } })).status).toBe("OPEN");
  });

  it("only officers change status, cap and cool-down; do-not-contact ends an active claim", async () => {
    const { id } = await proposeSharedContact(chapterId, { ...blank, name: "Settings Sue" }, now);
    await signInAs(member.id);
    expect((await claimSharedContact(id, now)).ok).toBe(true);
    await expect(updateSharedSettings(id, { status: "OPEN", capPerTerm: 9, cooldownDays: 0, officerOnly: [] }, now)).rejects.toBeInstanceOf(FieldError);
    await signInAs(founder.id);
    await updateSharedSettings(id, { status: "DO_NOT_CONTACT", capPerTerm: 2, cooldownDays: 30, officerOnly: ["phone"] }, now);
    const stored = await prisma().sharedContact.findUniqueOrThrow({ where: { id }, include: { claims: true } });
    expect(stored).toMatchObject({ status: "DO_NOT_CONTACT", capPerTerm: 2, cooldownDays: 30, fieldVisibility: { phone: "officers" } });
    expect(stored.claims.map((c) => c.activeFor)).toEqual([null]);
  });
});

describe("leaving", () => {
  it("keeps the member's own contacts, releases their claims and removes their access", async () => {
    const { id } = await proposeSharedContact(chapterId, { ...blank, name: "Leaving Lou" }, now);
    const leaver = await createTestUser("Leaver");
    await signInAs(leaver.id);
    await joinChapter(inviteCode);
    await claimSharedContact(id, now);
    const { contactId } = await copySharedToPipeline(id, now);
    await signInAs(founder.id);
    const tour = await scheduleGroupMeeting(chapterId, { title: "Tour before leaving", sharedContactId: id, employer: null, startsAt: addDays(now, 3), durationMinutes: 60, mode: "IN_PERSON", location: null, memberIds: [leaver.id] }, now);
    await signInAs(leaver.id);
    await rsvpGroupMeeting(tour.id, "GOING", now);
    await leaveChapter(chapterId, now);

    expect(await prisma().meetingAttendee.count({ where: { meetingId: tour.id, userId: leaver.id } })).toBe(0);
    expect(await prisma().reminder.findMany({ where: { ownerId: leaver.id, meetingId: tour.id } })).toEqual([expect.objectContaining({ status: "CANCELLED" })]);

    expect(await prisma().contact.findUnique({ where: { id: contactId } })).toMatchObject({ ownerId: leaver.id, name: "Leaving Lou" });
    expect(await prisma().claim.count({ where: { sharedContactId: id, activeFor: { not: null } } })).toBe(0);
    expect(await listChapterDirectories(now)).toBeNull();
    await expect(claimSharedContact(id, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(leaveChapter(chapterId, now)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the only officer cannot leave while members remain", async () => {
    await expect(leaveChapter(chapterId, now)).rejects.toThrow(/only officer/);
  });
});

describe("the forms' answers", () => {
  it("propose: errors on their fields, with what was typed and the ticked boxes kept", async () => {
    await signInAs(member.id);
    const state = await proposeSharedContactAction(
      initialFormState,
      form({ organisationId: chapterId, name: "", employer: "Kept Employer", email: "not-an-email", linkedinUrl: "https://example.com/x", officerOnly: ["email", "phone"] }),
    );
    expect(state.status).toBe("invalid");
    expect(state.fieldErrors).toMatchObject({ name: "Enter the professional's name.", email: expect.stringMatching(/email address/), linkedinUrl: expect.stringMatching(/LinkedIn/) });
    expect(state.values).toMatchObject({ employer: "Kept Employer", officerOnlyList: "email,phone" });
  });

  it("propose: saved with topics split on commas and visibility stored", async () => {
    await signInAs(member.id);
    const state = await proposeSharedContactAction(
      initialFormState,
      form({ organisationId: chapterId, name: "Form Fiona", topics: "sports PR, media days, sports PR", preferredChannel: "LINKEDIN", officerOnly: ["email"] }),
    );
    expect(state).toMatchObject({ status: "saved", message: "Thanks: Form Fiona waits for an officer's approval." });
    expect(await prisma().sharedContact.findFirstOrThrow({ where: { name: "Form Fiona" } })).toMatchObject({
      status: "PROPOSED",
      topics: ["sports PR", "media days"],
      preferredChannel: "LINKEDIN",
      fieldVisibility: { email: "officers" },
    });
  });

  it("claim: a refusal is a message; outcome without a choice is an error on its field", async () => {
    const { id } = await proposeSharedContact(chapterId, { ...blank, name: "Action Anna" }, now);
    await prisma().sharedContact.update({ where: { id }, data: { status: "DO_NOT_CONTACT" } });
    await signInAs(member.id);
    expect(await claimSharedContactAction(initialFormState, form({ sharedContactId: id }))).toMatchObject({ status: "error", message: expect.stringMatching(/asked not to be contacted/) });
    expect(await reportClaimOutcomeAction(initialFormState, form({ sharedContactId: id, outcome: "" }))).toMatchObject({ status: "invalid", fieldErrors: { outcome: expect.any(String) } });
    expect(await claimSharedContactAction(initialFormState, form({ sharedContactId: "nope" }))).toMatchObject({ status: "error" });
  });

  it("settings: a cap of zero is refused on its field", async () => {
    const { id } = await proposeSharedContact(chapterId, { ...blank, name: "Cap Zero" }, now);
    const state = await updateSharedSettingsAction(initialFormState, form({ sharedContactId: id, status: "OPEN", capPerTerm: "0", cooldownDays: "7" }));
    expect(state).toMatchObject({ status: "invalid", fieldErrors: { capPerTerm: "The cap must be at least 1." }, values: { capPerTerm: "0", cooldownDays: "7" } });
  });
});

describe("one professional, one entry on the list", () => {
  const elena = { ...blank, name: "Elena Vasquez", employer: "Battelle", email: "elena.vasquez@battelle.example", linkedinUrl: "https://www.linkedin.com/in/elena-vasquez-battelle" };
  const listed = (name: string) => prisma().sharedContact.count({ where: { organisationId: chapterId, name: { equals: name, mode: "insensitive" } } });

  it("an officer adding someone already listed gets the error on the email field, with the form kept, and no second card", async () => {
    await proposeSharedContact(chapterId, elena, now);
    const state = await proposeSharedContactAction(
      initialFormState,
      form({ organisationId: chapterId, name: "Elena Vasquez", employer: "Battelle", email: "  Elena.Vasquez@Battelle.EXAMPLE ", topics: "research", officerOnly: ["email", "phone"] }),
    );
    expect(state.status).toBe("invalid");
    expect(state.fieldErrors?.email).toMatch(/^Elena Vasquez \(Battelle\) is already on the chapter's list\./);
    expect(state.values).toMatchObject({ name: "Elena Vasquez", employer: "Battelle", topics: "research", officerOnlyList: "email,phone" });
    expect(await listed("Elena Vasquez")).toBe(1);
  });

  it("matches the same LinkedIn profile however it is written, and the same name and employer in any case or spacing", async () => {
    await expect(proposeSharedContact(chapterId, { ...blank, name: "E. Vasquez", linkedinUrl: "http://m.linkedin.com/in/Elena-Vasquez-Battelle/en/?trk=x" }, now)).rejects.toMatchObject({ field: "linkedinUrl" });
    await expect(proposeSharedContact(chapterId, { ...blank, name: "  elena  vasquez ", employer: "BATTELLE" }, now)).rejects.toMatchObject({
      field: "name",
      userMessage: expect.stringMatching(/^Elena Vasquez \(Battelle\) is already on the chapter's list\./),
    });
    expect(await listed("Elena Vasquez")).toBe(1);
  });

  it("a namesake with another email at the same employer is another person", async () => {
    const twin = await proposeSharedContact(chapterId, { ...blank, name: "Elena Vasquez", employer: "Battelle", email: "e.vasquez2@battelle.example" }, now);
    expect(twin.approved).toBe(true);
    await prisma().sharedContact.delete({ where: { id: twin.id } });
  });

  it("a member's proposal is refused too, and a waiting proposal blocks the officer's add", async () => {
    await signInAs(member.id);
    const state = await proposeSharedContactAction(initialFormState, form({ organisationId: chapterId, name: "elena vasquez", employer: "battelle" }));
    expect(state).toMatchObject({ status: "invalid", fieldErrors: { name: expect.stringMatching(/already on the chapter's list/) }, values: { name: "elena vasquez" } });

    await proposeSharedContact(chapterId, { ...blank, name: "Waiting Wanda", employer: "Ketchum", email: "wanda@ketchum.example" }, now);
    await signInAs(founder.id);
    await expect(proposeSharedContact(chapterId, { ...blank, name: "Wanda W.", email: "WANDA@ketchum.example" }, now)).rejects.toMatchObject({
      field: "email",
      userMessage: expect.stringMatching(/waiting for an officer's approval/),
    });
    expect(await listed("Waiting Wanda")).toBe(1);
  });

  it("a do-not-contact or closed entry cannot be added again as open", async () => {
    const dnc = await proposeSharedContact(chapterId, { ...blank, name: "Dana Nocontact", employer: "FleishmanHillard", email: "dana@fh.example" }, now);
    await updateSharedSettings(dnc.id, { status: "DO_NOT_CONTACT", capPerTerm: 3, cooldownDays: 14, officerOnly: [] }, now);
    await expect(proposeSharedContact(chapterId, { ...blank, name: "Dana Nocontact", employer: "FleishmanHillard" }, now)).rejects.toMatchObject({
      field: "name",
      userMessage: expect.stringMatching(/asked not to be contacted/),
    });
    const closed = await proposeSharedContact(chapterId, { ...blank, name: "Cole Closed", employer: "Weber" }, now);
    await updateSharedSettings(closed.id, { status: "CLOSED", capPerTerm: 3, cooldownDays: 14, officerOnly: [] }, now);
    await signInAs(member.id);
    await expect(proposeSharedContact(chapterId, { ...blank, name: "cole closed", employer: "weber" }, now)).rejects.toBeInstanceOf(FieldError);
    expect(await prisma().sharedContact.findMany({ where: { organisationId: chapterId, name: { in: ["Dana Nocontact", "Cole Closed"] } }, select: { status: true } })).toHaveLength(2);
  });

  it("a member is not told an employer the chapter keeps for officers", async () => {
    await proposeSharedContact(chapterId, { ...blank, name: "Hidden Hal", employer: "Secret Agency", email: "hal@secret.example", officerOnly: ["employer", "email"] }, now);
    await signInAs(member.id);
    await expect(proposeSharedContact(chapterId, { ...blank, name: "Hal", email: "hal@secret.example" }, now)).rejects.toMatchObject({
      field: "email",
      userMessage: expect.stringMatching(/^Hidden Hal is already on the chapter's list\./),
    });
  });

  it("another chapter keeps its own list", async () => {
    const elsewhere = await createTestUser("Elsewhere Officer");
    await signInAs(elsewhere.id);
    const { id: otherChapter } = await createChapter("PRSSA Elsewhere");
    expect((await proposeSharedContact(otherChapter, elena, now)).approved).toBe(true);
  });

  it("two adds of the same person at once make one entry", async () => {
    const ravi = { ...blank, name: "Ravi Raced", employer: "Burson", email: "ravi@burson.example" };
    const results = await Promise.allSettled([proposeSharedContact(chapterId, ravi, now), proposeSharedContact(chapterId, { ...ravi, email: "RAVI@burson.example" }, now)]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: expect.any(FieldError) });
    expect(await listed("Ravi Raced")).toBe(1);
  });
});
