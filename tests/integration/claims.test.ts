// Claims on a chapter's shared professionals: one member at a time (the database decides, under
// truly concurrent requests), the cap per term and the cool-down refuse with a date, do-not-contact
// wins, expired claims stop holding anyone without a job, a non-member sees nothing, and a
// member's private notes never reach the shared entry.
import { addDays, addMinutes } from "date-fns";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  claimSharedContact,
  copySharedToPipeline,
  listChapterDirectories,
  releaseClaim,
  reportClaimOutcome,
  type ChapterDirectory,
} from "@/lib/data/chapters";
import { createSession } from "@/lib/data/auth";
import { FieldError, NotFoundError } from "@/lib/data/errors";
import { getViewer } from "@/lib/data/viewer";
import { getDatabase } from "@/lib/db";
import { createTestChapter, createTestUser } from "../support/factories";
import { sessionHolder, signInAs } from "../support/session";

const prisma = () => getDatabase().prisma;
const now = new Date("2026-11-20T15:00:00Z");

let officer: { id: string };
let maya: { id: string };
let sam: { id: string };
let lena: { id: string };
let outsider: { id: string };
let chapterId: string;
const sessions = new Map<string, string>();

/**
 * Runs `call` as `userId`. The DAL reads the session synchronously when it is called, so two calls
 * started one after the other inside a Promise.all run concurrently, each as its own user; the
 * previous session is back as soon as the call has started.
 */
function as<T>(userId: string, call: () => Promise<T>): Promise<T> {
  const sessionId = sessions.get(userId);
  if (!sessionId) throw new Error("no session for user");
  const previous = sessionHolder.current;
  sessionHolder.current = { sessionId, expires: new Date(Date.now() + 86_400_000).toISOString() };
  try {
    return call();
  } finally {
    sessionHolder.current = previous;
  }
}

async function entry(name: string, data: Partial<{ status: "PROPOSED" | "OPEN" | "LIMITED" | "CLOSED" | "DO_NOT_CONTACT"; capPerTerm: number; cooldownDays: number; fieldVisibility: Record<string, string> }> = {}) {
  const row = await prisma().sharedContact.create({
    data: {
      organisationId: chapterId,
      proposedById: officer.id,
      name,
      title: "Director",
      employer: `${name} Co`,
      email: `${name.toLowerCase().replace(/\W+/g, ".")}@example.com`,
      phone: "(614) 555-0100",
      topics: ["agency life"],
      status: "OPEN",
      ...data,
    },
    select: { id: true },
  });
  return row.id;
}

function findIn(directories: ChapterDirectory[] | null, id: string) {
  return directories?.flatMap((d) => d.professionals).find((p) => p.id === id);
}

beforeAll(async () => {
  officer = await createTestUser("Chapter Officer");
  maya = await createTestUser("Maya Member");
  sam = await createTestUser("Sam Member");
  lena = await createTestUser("Lena Member");
  outsider = await createTestUser("Not A Member");
  chapterId = await createTestChapter("Test PRSSA", { officers: [officer], members: [maya, sam, lena] }, 14);
  for (const user of [officer, maya, sam, lena, outsider]) sessions.set(user.id, await createSession(user.id));
});

beforeEach(async () => {
  await signInAs(maya.id);
  // Each test claims professionals of its own, all at the same `now`. Without this, the members'
  // own limits (MEMBER_CLAIM_LIMITS, tested at the end) would count every earlier test's claims.
  await prisma().claim.deleteMany({});
});

describe("two members claiming at the same moment", () => {
  it("each concurrent call runs as its own user", async () => {
    const [a, b] = await Promise.all([as(maya.id, () => getViewer()), as(sam.id, () => getViewer())]);
    expect([a?.id, b?.id]).toEqual([maya.id, sam.id]);
  });

  it("gives the professional to exactly one; the other is refused with a clear message", async () => {
    const id = await entry("Rachel Race");
    const results = await Promise.all([as(maya.id, () => claimSharedContact(id, now)), as(sam.id, () => claimSharedContact(id, now))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refusal = results.find((r) => !r.ok);
    expect(refusal).toMatchObject({ ok: false, message: "Rachel Race is claimed by another member until Dec 4, 2026." });
    const claims = await prisma().claim.findMany({ where: { sharedContactId: id } });
    expect(claims).toHaveLength(1);
    expect(claims[0]?.activeFor).toBe(id);
    const winner = results[0]?.ok ? maya.id : sam.id;
    expect(claims[0]?.userId).toBe(winner);
  });

  it("holds with four members at once", async () => {
    const id = await entry("Crowded Carol");
    const results = await Promise.all([maya, sam, lena, officer].map((u) => as(u.id, () => claimSharedContact(id, now))));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await prisma().claim.count({ where: { sharedContactId: id } })).toBe(1);
  });

  it("a double submit by one member is one claim, and both answers say it is theirs", async () => {
    const id = await entry("Double Dot");
    const results = await Promise.all([claimSharedContact(id, now), claimSharedContact(id, now)]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await prisma().claim.count({ where: { sharedContactId: id } })).toBe(1);
  });

  it("the database itself refuses a second active claim on one professional", async () => {
    const id = await entry("Index Ida");
    await prisma().claim.create({ data: { sharedContactId: id, userId: maya.id, activeFor: id, expiresAt: addDays(now, 14) } });
    await expect(prisma().claim.create({ data: { sharedContactId: id, userId: sam.id, activeFor: id, expiresAt: addDays(now, 14) } })).rejects.toMatchObject({
      code: "P2002",
    });
  });
});

describe("claiming", () => {
  it("claims for the chapter's claim days; claiming again is the same claim", async () => {
    const id = await entry("Default Dana");
    expect(await claimSharedContact(id, now)).toEqual({ ok: true, expiresAt: addDays(now, 14), alreadyYours: false });
    expect(await claimSharedContact(id, addDays(now, 1))).toEqual({ ok: true, expiresAt: addDays(now, 14), alreadyYours: true });
    const mine = findIn(await listChapterDirectories(now), id);
    expect(mine?.claim).toEqual({ byViewer: true, expiresAt: addDays(now, 14), holder: null });
  });

  it("another member sees it claimed, until when, but not by whom", async () => {
    const id = await entry("Hidden Holder");
    await claimSharedContact(id, now);
    const seen = await as(sam.id, () => listChapterDirectories(now));
    expect(findIn(seen, id)?.claim).toEqual({ byViewer: false, expiresAt: addDays(now, 14), holder: null });
    expect(JSON.stringify(findIn(seen, id))).not.toContain("Maya Member");
    const officerView = await as(officer.id, () => listChapterDirectories(now));
    expect(findIn(officerView, id)?.claim?.holder).toBe("Maya Member");
  });

  it("refuses over the cap per term, saying from when", async () => {
    const id = await entry("Capped Cathy", { capPerTerm: 2, cooldownDays: 0 });
    await prisma().claim.createMany({
      data: [
        { sharedContactId: id, userId: sam.id, claimedAt: new Date("2026-09-01T12:00:00Z"), expiresAt: new Date("2026-09-15T12:00:00Z"), outcome: "MET" },
        { sharedContactId: id, userId: lena.id, claimedAt: new Date("2026-10-01T12:00:00Z"), expiresAt: new Date("2026-10-15T12:00:00Z"), outcome: "NO_REPLY" },
      ],
    });
    const result = await claimSharedContact(id, now);
    expect(result).toEqual({
      ok: false,
      message: "The chapter contacts Capped Cathy at most 2 times a term, and that is used up for Fall 2026. You can claim them from Jan 1, 2027.", // the test users keep the default zone, UTC
      availableAt: new Date("2027-01-01T00:00:00Z"),
    });
    expect(await prisma().claim.count({ where: { sharedContactId: id, userId: maya.id } })).toBe(0);
    // Next term it opens again.
    expect((await claimSharedContact(id, new Date("2027-01-02T15:00:00Z"))).ok).toBe(true);
  });

  it("refuses during the cool-down after someone else's claim, saying from when", async () => {
    const id = await entry("Cooling Cora", { cooldownDays: 14 });
    expect((await as(sam.id, () => claimSharedContact(id, addDays(now, -10)))).ok).toBe(true);
    await as(sam.id, () => reportClaimOutcome(id, "MET", addDays(now, -4)));
    const result = await claimSharedContact(id, now);
    expect(result).toMatchObject({ ok: false, availableAt: addDays(now, 10) });
    if (!result.ok) expect(result.message).toBe(
      "Cooling Cora was last contacted through the chapter on Nov 16, 2026, and the chapter leaves 14 days between contacts. You can claim them from Nov 30, 2026.",
    );
    expect((await claimSharedContact(id, addDays(now, 10))).ok).toBe(true);
  });

  it("an expired claim is released without any job: on read and inside the next claim", async () => {
    const id = await entry("Lapsed Lou", { cooldownDays: 0 });
    await as(sam.id, () => claimSharedContact(id, addDays(now, -20)));
    // Reading the list frees the unique slot.
    const list = await listChapterDirectories(now);
    expect(findIn(list, id)?.claim).toBeNull();
    expect(await prisma().claim.count({ where: { activeFor: id } })).toBe(0);

    const other = await entry("Lapsed Lee", { cooldownDays: 0 });
    await as(sam.id, () => claimSharedContact(other, addDays(now, -15)));
    // No read in between: the claim transaction releases it itself.
    expect((await claimSharedContact(other, now)).ok).toBe(true);
    const claims = await prisma().claim.findMany({ where: { sharedContactId: other }, orderBy: { claimedAt: "asc" } });
    expect(claims.map((c) => [c.userId, c.activeFor])).toEqual([
      [sam.id, null],
      [maya.id, other],
    ]);
  });

  it("releasing early frees the professional for the next member", async () => {
    const id = await entry("Released Rita");
    await claimSharedContact(id, now);
    await releaseClaim(id, now);
    expect((await as(sam.id, () => claimSharedContact(id, now))).ok).toBe(true);
    await expect(releaseClaim(id, now)).rejects.toBeInstanceOf(FieldError);
  });

  it.each(["DO_NOT_CONTACT", "CLOSED"] as const)("a %s entry can be neither claimed nor copied", async (status) => {
    const id = await entry(`Blocked ${status}`, { status });
    const result = await claimSharedContact(id, now);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(status === "DO_NOT_CONTACT" ? /asked not to be contacted/ : /not taking requests/);
    await expect(copySharedToPipeline(id, now)).rejects.toBeInstanceOf(FieldError);
    expect(await prisma().claim.count({ where: { sharedContactId: id } })).toBe(0);
    expect(await prisma().contact.count({ where: { sharedContactId: id } })).toBe(0);
  });

  it("marking an entry do-not-contact after a claim still refuses the copy", async () => {
    const id = await entry("Changed Mind");
    await claimSharedContact(id, now);
    await prisma().sharedContact.update({ where: { id }, data: { status: "DO_NOT_CONTACT" } });
    await expect(copySharedToPipeline(id, now)).rejects.toThrow(/asked not to be contacted/);
  });
});

describe("copy to my pipeline", () => {
  it("needs the viewer's active claim", async () => {
    const id = await entry("Unclaimed Una");
    await expect(copySharedToPipeline(id, now)).rejects.toThrow(/Claim Unclaimed Una first/);
    await as(sam.id, () => claimSharedContact(id, now));
    await expect(copySharedToPipeline(id, now)).rejects.toThrow(/Claim Unclaimed Una first/);
  });

  it("creates one private contact at Find, linked to the entry, with only the fields the member may see", async () => {
    const id = await entry("Copied Cleo", { fieldVisibility: { email: "officers", phone: "officers" } });
    await claimSharedContact(id, now);
    const [first, second] = await Promise.all([copySharedToPipeline(id, now), copySharedToPipeline(id, now)]);
    expect(first?.contactId).toBe(second?.contactId);
    const copies = await prisma().contact.findMany({ where: { sharedContactId: id } });
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ ownerId: maya.id, name: "Copied Cleo", stage: "FIND", howFound: "CHAPTER_LIST", email: null, phone: null, employer: "Copied Cleo Co" });
    expect(await prisma().stageChange.count({ where: { contactId: copies[0]?.id, toStage: "FIND" } })).toBe(1);
    expect(await copySharedToPipeline(id, now)).toEqual({ contactId: copies[0]?.id, created: false });
    expect(findIn(await listChapterDirectories(now), id)?.myContactId).toBe(copies[0]?.id);
  });
});

describe("outcomes and history", () => {
  it("a reported outcome reaches the entry's history; the member's private notes never do", async () => {
    const id = await entry("Historic Hana");
    await claimSharedContact(id, now);
    const { contactId } = await copySharedToPipeline(id, now);
    await prisma().contact.update({ where: { id: contactId }, data: { notes: "PRIVATE-NOTE-Hana-was-curt" } });
    await prisma().note.create({ data: { ownerId: maya.id, contactId, body: "PRIVATE-NOTE-second" } });

    await reportClaimOutcome(id, "CONTACTED", addDays(now, 1));
    let seen = findIn(await listChapterDirectories(addDays(now, 1)), id);
    expect(seen?.claim?.byViewer).toBe(true); // contacted keeps the claim while waiting
    await reportClaimOutcome(id, "MET", addDays(now, 5));
    seen = findIn(await listChapterDirectories(addDays(now, 5)), id);
    expect(seen?.claim).toBeNull(); // met closes it
    expect(seen?.history).toEqual([
      expect.objectContaining({ who: "You", outcome: "MET", outcomeAt: addDays(now, 5), claimedAt: now, endedAt: addDays(now, 5) }),
    ]);

    const samView = await as(sam.id, () => listChapterDirectories(addDays(now, 5)));
    const officerView = await as(officer.id, () => listChapterDirectories(addDays(now, 5)));
    expect(findIn(samView, id)?.history).toEqual([expect.objectContaining({ who: null, outcome: "MET" })]);
    expect(findIn(officerView, id)?.history).toEqual([expect.objectContaining({ who: "Maya Member", outcome: "MET" })]);
    for (const view of [samView, officerView]) expect(JSON.stringify(view)).not.toContain("PRIVATE-NOTE");
    const stored = await prisma().sharedContact.findUniqueOrThrow({ where: { id }, include: { claims: true } });
    expect(JSON.stringify(stored)).not.toContain("PRIVATE-NOTE");
  });

  it("reporting without a claim is refused on the field", async () => {
    const id = await entry("Never Claimed");
    await expect(reportClaimOutcome(id, "MET", now)).rejects.toMatchObject({ field: "outcome" });
  });
});

describe("who sees what", () => {
  it("a non-member sees nothing, not even that an entry exists", async () => {
    const id = await entry("Secret Sally");
    await signInAs(outsider.id);
    expect(await listChapterDirectories(now)).toBeNull();
    await expect(claimSharedContact(id, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(copySharedToPipeline(id, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(releaseClaim(id, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(reportClaimOutcome(id, "MET", now)).rejects.toBeInstanceOf(NotFoundError);
    // The same error as for an id that does not exist.
    await expect(claimSharedContact("does-not-exist", now)).rejects.toBeInstanceOf(NotFoundError);
    expect(await prisma().claim.count({ where: { sharedContactId: id } })).toBe(0);
  });

  it("members do not see proposed entries or fields restricted to officers; officers see both", async () => {
    const proposed = await entry("Proposed Pat", { status: "PROPOSED" });
    const restricted = await entry("Restricted Rae", { fieldVisibility: { email: "officers", employer: "officers" } });
    const member = await listChapterDirectories(now);
    expect(findIn(member, proposed)).toBeUndefined();
    await expect(claimSharedContact(proposed, now)).rejects.toBeInstanceOf(NotFoundError);
    const rae = findIn(member, restricted);
    expect(rae).toMatchObject({ email: null, employer: null, phone: "(614) 555-0100", officerOnly: null });
    expect(JSON.stringify(member)).not.toContain("restricted.rae@example.com");
    expect(JSON.stringify(member)).not.toContain("Restricted Rae Co");
    // A filter on a hidden field finds nothing rather than revealing it.
    expect(findIn(await listChapterDirectories(now, { employer: "Restricted Rae Co" }), restricted)).toBeUndefined();

    const officerView = await as(officer.id, () => listChapterDirectories(now));
    expect(findIn(officerView, proposed)?.status).toBe("PROPOSED");
    expect(findIn(officerView, restricted)).toMatchObject({ email: "restricted.rae@example.com", employer: "Restricted Rae Co" });
    expect(findIn(officerView, restricted)?.officerOnly?.sort()).toEqual(["email", "employer"]);
  });

  it("filters by topic, employer and status", async () => {
    const id = await entry("Filter Fay", { status: "LIMITED" });
    await prisma().sharedContact.update({ where: { id }, data: { topics: ["sports PR"] } });
    expect(findIn(await listChapterDirectories(now, { topic: "sports pr" }), id)).toBeDefined();
    expect(findIn(await listChapterDirectories(now, { topic: "agency life" }), id)).toBeUndefined();
    expect(findIn(await listChapterDirectories(now, { employer: "Filter Fay Co" }), id)).toBeDefined();
    expect(findIn(await listChapterDirectories(now, { status: "OPEN" }), id)).toBeUndefined();
    expect(findIn(await listChapterDirectories(now, { status: "LIMITED", q: "fay" }), id)).toBeDefined();
  });
});

describe("a member's own limits", () => {
  const professionals = (prefix: string, count: number) => Promise.all(Array.from({ length: count }, (_, i) => entry(`${prefix} ${i + 1}`, { cooldownDays: 0 })));

  it("holds at most five claims at once; the sixth is refused with when the first lapses, and releasing one makes room", async () => {
    const ids = await professionals("Held", 6);
    for (const [i, id] of ids.slice(0, 5).entries()) expect((await claimSharedContact(id, addDays(now, i - 5))).ok).toBe(true);
    const refused = await claimSharedContact(ids[5]!, now);
    expect(refused).toEqual({
      ok: false,
      message: "You already hold 5 claims in this chapter, the most one member may hold at once, so the list stays open to everyone. Release one you will not use, or wait until Nov 29, 2026, when your first one lapses.",
      availableAt: addDays(now, 9),
    });
    expect(await prisma().claim.count({ where: { sharedContactId: ids[5]! } })).toBe(0);
    // Another member is not held back by Maya's claims.
    expect((await as(sam.id, () => claimSharedContact(ids[5]!, now))).ok).toBe(true);
    await as(sam.id, () => releaseClaim(ids[5]!, now));
    await releaseClaim(ids[0]!, now);
    expect((await claimSharedContact(ids[5]!, now)).ok).toBe(true);
  });

  it("makes at most ten claims a day, released or not, then says from when", async () => {
    const ids = await professionals("Churned", 11);
    for (const [i, id] of ids.slice(0, 10).entries()) {
      const at = addMinutes(now, i);
      expect((await claimSharedContact(id, at)).ok).toBe(true);
      await releaseClaim(id, at);
    }
    const refused = await claimSharedContact(ids[10]!, addMinutes(now, 30));
    expect(refused).toMatchObject({ ok: false, availableAt: addDays(now, 1) });
    if (!refused.ok) expect(refused.message).toBe("You have made 10 claims in this chapter in the last 24 hours, the most one member may in a day. You can claim again from Nov 21, 2026, 3:00 PM.");
    expect((await claimSharedContact(ids[10]!, addDays(now, 1))).ok).toBe(true);
  });

  it("counts claims made at the same moment one after the other", async () => {
    const ids = await professionals("Burst", 8);
    for (const id of ids.slice(0, 3)) expect((await claimSharedContact(id, now)).ok).toBe(true);
    const burst = await Promise.all(ids.slice(3).map((id) => claimSharedContact(id, now)));
    expect(burst.filter((r) => r.ok)).toHaveLength(2);
    expect(await prisma().claim.count({ where: { userId: maya.id, activeFor: { not: null } } })).toBe(5);
  });
});

describe("a professional whose contact details only officers see", () => {
  it("a member is told to ask an officer before claiming, may still claim, and never receives the hidden details", async () => {
    const id = await entry("Hidden Hana", { fieldVisibility: { email: "officers", phone: "officers", linkedinUrl: "officers" } });
    await prisma().sharedContact.update({ where: { id }, data: { phone: "(614) 555-0199", linkedinUrl: "https://www.linkedin.com/in/hidden-hana" } });

    const seen = findIn(await listChapterDirectories(now), id);
    expect(seen).toMatchObject({ email: null, phone: null, linkedinUrl: null, contactHint: "The chapter's officers keep Hidden Hana's contact details. Ask an officer for an introduction." });
    // Nothing of the hidden values is in what the page is given for a member.
    expect(JSON.stringify(await listChapterDirectories(now))).not.toMatch(/hidden\.hana@|555-0199|in\/hidden-hana/);
    // Claiming stays open: an officer can introduce them, and the claim keeps others from asking meanwhile.
    expect(await claimSharedContact(id, now)).toMatchObject({ ok: true });

    const officerView = findIn(await as(officer.id, () => listChapterDirectories(now)), id);
    expect(officerView).toMatchObject({ email: "hidden.hana@example.com", contactHint: null });
  });

  it("no hint when one way to reach them is shown; another hint when the chapter has no details at all", async () => {
    const partly = await entry("Partly Pat", { fieldVisibility: { email: "officers" } });
    expect(findIn(await listChapterDirectories(now), partly)).toMatchObject({ email: null, phone: "(614) 555-0100", contactHint: null });

    const bare = await entry("Bare Bo");
    await prisma().sharedContact.update({ where: { id: bare }, data: { email: null, phone: null, linkedinUrl: null } });
    expect(findIn(await listChapterDirectories(now), bare)?.contactHint).toBe("The chapter has no contact details for Bare Bo. Ask an officer for an introduction.");

    // Do-not-contact hides every way to reach them too, but nobody is to be introduced.
    const blocked = await entry("Blocked Bea", { status: "DO_NOT_CONTACT" });
    expect(findIn(await listChapterDirectories(now), blocked)).toMatchObject({ email: null, contactHint: null });
  });
});
