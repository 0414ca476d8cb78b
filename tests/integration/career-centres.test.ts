// Running a career centre: whoever creates one is its ADMIN; only ADMINs create cohorts, renew codes
// and remove staff; a centre's page and its writes are invisible to other centres' admins, to its
// students and to strangers; a renewed code kills the old one; joining the staff is idempotent,
// even racing; the centre always keeps an ADMIN; and a student cannot make themselves staff.
import { beforeAll, describe, expect, it } from "vitest";
import {
  acceptStaffInviteAction,
  changeStaffRoleAction,
  createCareerCentreAction,
  createCohortAction,
  regenerateCohortCodeAction,
  regenerateStaffInviteAction,
  removeStaffMemberAction,
} from "@/lib/actions/career-centres";
import {
  acceptStaffInvite,
  canOpenCentre,
  createCareerCentre,
  createCohort,
  findStaffInvite,
  getCentre,
  listMyCentres,
  regenerateCohortCode,
  regenerateStaffInvite,
  removeStaffMember,
} from "@/lib/data/career-centres";
import { findCohortByCode, joinCohort } from "@/lib/data/cohort-membership";
import { FieldError, NotFoundError } from "@/lib/data/errors";
import { getDatabase } from "@/lib/db";
import { INVITE_CODE_ALPHABET, isCohortCode, isStaffInviteCode } from "@/lib/domain/invite-codes";
import { INVITE_CODE_LIMITS } from "@/lib/domain/throttle";
import { initialFormState } from "@/lib/validation/form-state";
import { createTestUser } from "../support/factories";
import { signInAs } from "../support/session";

const prisma = () => getDatabase().prisma;
const now = new Date("2026-11-20T15:00:00Z");

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

async function redirectOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2] ?? "";
    throw error;
  }
  throw new Error("expected a redirect");
}

/** Everything about a centre that a refused write must leave as it was. */
async function snapshot(centreId: string) {
  const centre = await prisma().organisation.findUniqueOrThrow({
    where: { id: centreId },
    select: {
      name: true,
      inviteCode: true,
      cohorts: { select: { id: true, name: true, inviteCode: true }, orderBy: { id: "asc" } },
      memberships: { select: { id: true, userId: true, role: true }, orderBy: { id: "asc" } },
    },
  });
  return centre;
}

async function roleOf(centreId: string, userId: string) {
  return (await prisma().membership.findUnique({ where: { organisationId_userId: { organisationId: centreId, userId } }, select: { role: true } }))?.role ?? null;
}

let adminA: { id: string; name: string; email: string };
let staffA: { id: string; name: string };
let adminB: { id: string };
let studentA: { id: string };
let stranger: { id: string };
let centreA: string;
let centreB: string;
let cohortA: { id: string; inviteCode: string };
let cohortB: { id: string; inviteCode: string };

beforeAll(async () => {
  adminA = await createTestUser("Admin A");
  staffA = await createTestUser("Staff A");
  adminB = await createTestUser("Admin B");
  studentA = await createTestUser("Student A");
  stranger = await createTestUser("Stranger");

  await signInAs(adminA.id);
  centreA = (await createCareerCentre("Centre A")).id;
  cohortA = await createCohort(centreA, { name: "Cohort A", term: "Fall 2026" });

  await signInAs(adminB.id);
  centreB = (await createCareerCentre("Centre B")).id;
  cohortB = await createCohort(centreB, { name: "Cohort B", term: null });

  await signInAs(staffA.id);
  const invite = (await prisma().organisation.findUniqueOrThrow({ where: { id: centreA } })).inviteCode;
  await acceptStaffInvite(invite);

  await signInAs(studentA.id);
  await joinCohort(cohortA.inviteCode, "PROGRESS", now);
});

describe("creating a centre", () => {
  it("makes the creator its ADMIN, with a unique slug and an unguessable staff code", async () => {
    const creator = await createTestUser("Creator");
    await signInAs(creator.id);
    const first = await createCareerCentre("Ohio State Career Center");
    const second = await createCareerCentre("Ohio State Career Center");
    expect(first.slug).toBe("ohio-state-career-center");
    expect(second.slug).toBe("ohio-state-career-center-2");
    expect(await roleOf(first.id, creator.id)).toBe("ADMIN");
    const stored = await prisma().organisation.findUniqueOrThrow({ where: { id: first.id } });
    expect(stored.kind).toBe("CAREER_CENTRE");
    expect(isStaffInviteCode(stored.inviteCode)).toBe(true);
    expect(await canOpenCentre(first.id)).toBe(true);
    expect((await listMyCentres()).map((c) => [c.name, c.role])).toEqual([
      ["Ohio State Career Center", "ADMIN"],
      ["Ohio State Career Center", "ADMIN"],
    ]);
    const audit = await prisma().auditLog.findFirst({ where: { organisationId: first.id, action: "centre.create" } });
    expect(audit?.actorId).toBe(creator.id);
  });

  it("through the action: the name is checked on its field and kept; success opens the new centre", async () => {
    await signInAs(stranger.id);
    const short = await createCareerCentreAction(initialFormState, form({ name: " x " }));
    expect(short.status).toBe("invalid");
    expect(short.fieldErrors?.name).toBe("Use at least 3 characters.");
    expect(short.values?.name).toBe(" x ");
    const target = await redirectOf(createCareerCentreAction(initialFormState, form({ name: "Stranger's Centre" })));
    const centre = await prisma().organisation.findFirstOrThrow({ where: { name: "Stranger's Centre" } });
    expect(target).toBe(`/centres/${centre.id}?created=1`);
    expect(await roleOf(centre.id, stranger.id)).toBe("ADMIN");
    // Tidy: the stranger must stay a stranger to centres A and B only; this centre is theirs.
  });
});

describe("the centre's page", () => {
  it("shows an ADMIN the cohorts with codes and sizes, the staff, and the staff code", async () => {
    await signInAs(adminA.id);
    const view = await getCentre(centreA);
    expect(view.viewerRole).toBe("ADMIN");
    expect(view.staffInviteCode).not.toBeNull();
    expect(view.cohorts).toEqual([expect.objectContaining({ id: cohortA.id, name: "Cohort A", term: "Fall 2026", inviteCode: cohortA.inviteCode, memberCount: 1 })]);
    expect(view.staff.map((s) => [s.name, s.role, s.isViewer])).toEqual([
      ["Admin A", "ADMIN", true],
      ["Staff A", "STAFF", false],
    ]);
    expect(view.staff[0]?.email).toBe(adminA.email);
    expect(view.adminCount).toBe(1);
  });

  it("shows STAFF the cohort codes but not the staff invitation", async () => {
    await signInAs(staffA.id);
    const view = await getCentre(centreA);
    expect(view.viewerRole).toBe("STAFF");
    expect(view.staffInviteCode).toBeNull();
    expect(view.cohorts[0]?.inviteCode).toBe(cohortA.inviteCode);
  });

  it("is not found for a student of the centre, a stranger, and another centre's admin", async () => {
    for (const user of [studentA, stranger, adminB]) {
      await signInAs(user.id);
      await expect(getCentre(centreA)).rejects.toBeInstanceOf(NotFoundError);
      expect(await canOpenCentre(centreA)).toBe(false);
      expect((await listMyCentres()).some((c) => c.id === centreA)).toBe(false);
    }
  });
});

describe("only an ADMIN manages the centre", () => {
  it("refuses STAFF creating a cohort, renewing codes or removing staff, and changes nothing", async () => {
    await signInAs(adminA.id);
    const adminMembership = (await getCentre(centreA)).staff.find((s) => s.role === "ADMIN")?.membershipId ?? "";
    const before = await snapshot(centreA);

    await signInAs(staffA.id);
    await expect(createCohort(centreA, { name: "Sneaky", term: null })).rejects.toBeInstanceOf(FieldError);
    await expect(regenerateCohortCode(centreA, cohortA.id)).rejects.toBeInstanceOf(FieldError);
    await expect(regenerateStaffInvite(centreA)).rejects.toBeInstanceOf(FieldError);
    await expect(removeStaffMember(centreA, adminMembership)).rejects.toBeInstanceOf(FieldError);

    const viaAction = await createCohortAction(initialFormState, form({ centreId: centreA, name: "Sneaky", term: "Spring" }));
    expect(viaAction.status).toBe("invalid");
    expect(viaAction.fieldErrors?.form).toMatch(/Only an admin of this centre can create cohorts/);
    expect(viaAction.values).toMatchObject({ name: "Sneaky", term: "Spring" });
    expect((await regenerateCohortCodeAction(initialFormState, form({ centreId: centreA, cohortId: cohortA.id }))).fieldErrors?.form).toMatch(/Only an admin/);
    expect((await regenerateStaffInviteAction(initialFormState, form({ centreId: centreA }))).fieldErrors?.form).toMatch(/Only an admin/);
    expect((await removeStaffMemberAction(initialFormState, form({ centreId: centreA, membershipId: adminMembership }))).fieldErrors?.form).toMatch(/Only an admin/);

    expect(await snapshot(centreA)).toEqual(before);
  });

  it("an ADMIN of centre A can neither read nor change centre B", async () => {
    await signInAs(adminB.id);
    const bAdminMembership = (await getCentre(centreB)).staff[0]?.membershipId ?? "";
    const before = await snapshot(centreB);

    await signInAs(adminA.id);
    await expect(getCentre(centreB)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createCohort(centreB, { name: "Planted", term: null })).rejects.toBeInstanceOf(NotFoundError);
    await expect(regenerateCohortCode(centreB, cohortB.id)).rejects.toBeInstanceOf(NotFoundError);
    // B's cohort through A's centre id: the cohort is matched within the centre, so still nothing.
    await expect(regenerateCohortCode(centreA, cohortB.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(regenerateStaffInvite(centreB)).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeStaffMember(centreB, bAdminMembership)).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeStaffMember(centreA, bAdminMembership)).rejects.toBeInstanceOf(NotFoundError);
    const viaAction = await createCohortAction(initialFormState, form({ centreId: centreB, name: "Planted" }));
    expect(viaAction.status).toBe("error");

    expect(await snapshot(centreB)).toEqual(before);
  });

  it("a student of the centre and a stranger get not-found for every write", async () => {
    const before = await snapshot(centreA);
    for (const user of [studentA, stranger]) {
      await signInAs(user.id);
      await expect(createCohort(centreA, { name: "Planted", term: null })).rejects.toBeInstanceOf(NotFoundError);
      await expect(regenerateCohortCode(centreA, cohortA.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(regenerateStaffInvite(centreA)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await snapshot(centreA)).toEqual(before);
  });
});

describe("cohorts", () => {
  it("an ADMIN creates one with a join code students can use; the same name and term twice is refused on the name", async () => {
    await signInAs(adminA.id);
    const saved = await createCohortAction(initialFormState, form({ centreId: centreA, name: "  Marketing Spring 2027 ", term: "Spring 2027" }));
    expect(saved.status).toBe("saved");
    const cohort = await prisma().cohort.findFirstOrThrow({ where: { organisationId: centreA, name: "Marketing Spring 2027" } });
    expect(cohort.term).toBe("Spring 2027");
    expect(isCohortCode(cohort.inviteCode)).toBe(true);
    expect(saved.message).toContain(cohort.inviteCode);

    const twin = await createCohortAction(initialFormState, form({ centreId: centreA, name: "marketing spring 2027", term: "spring 2027" }));
    expect(twin.status).toBe("invalid");
    expect(twin.fieldErrors?.name).toMatch(/already has/);
    expect(twin.values?.name).toBe("marketing spring 2027");
    const noName = await createCohortAction(initialFormState, form({ centreId: centreA, name: "  ", term: "Fall" }));
    expect(noName.fieldErrors?.name).toMatch(/Name the cohort/);
    expect(noName.values?.term).toBe("Fall");

    await signInAs(stranger.id);
    expect((await findCohortByCode(cohort.inviteCode)).name).toBe("Marketing Spring 2027");
  });

  it("renewing a cohort's code kills the old one; its students stay", async () => {
    await signInAs(adminA.id);
    const old = (await prisma().cohort.findUniqueOrThrow({ where: { id: cohortA.id } })).inviteCode;
    const renewed = await regenerateCohortCode(centreA, cohortA.id);
    expect(renewed.inviteCode).not.toBe(old);
    expect(isCohortCode(renewed.inviteCode)).toBe(true);

    await signInAs(stranger.id);
    await expect(findCohortByCode(old)).rejects.toBeInstanceOf(FieldError);
    await expect(joinCohort(old, "NONE", now)).rejects.toBeInstanceOf(FieldError);
    expect((await findCohortByCode(renewed.inviteCode)).id).toBe(cohortA.id);
    expect(await prisma().cohortMember.count({ where: { cohortId: cohortA.id, userId: studentA.id } })).toBe(1);
    cohortA = { id: cohortA.id, inviteCode: renewed.inviteCode };
  });
});

describe("the staff invitation", () => {
  async function staffCode(centreId: string) {
    return (await prisma().organisation.findUniqueOrThrow({ where: { id: centreId } })).inviteCode;
  }

  it("joining twice, or twice at once, leaves one STAFF membership", async () => {
    const code = await staffCode(centreA);
    const newcomer = await createTestUser("Newcomer");
    await signInAs(newcomer.id);
    expect(await findStaffInvite(code)).toEqual({ centreId: centreA, centreName: "Centre A", viewerRole: null });
    const results = await Promise.all([acceptStaffInvite(code), acceptStaffInvite(code)]);
    expect(results.filter((r) => r.joined)).toHaveLength(1);
    expect(await acceptStaffInvite(code)).toMatchObject({ centreId: centreA, joined: false });
    expect(await redirectOf(acceptStaffInviteAction(initialFormState, form({ code: code.toLowerCase().replace(/-/g, " ") })))).toBe(`/centres/${centreA}`);
    expect(await prisma().membership.findMany({ where: { organisationId: centreA, userId: newcomer.id }, select: { role: true } })).toEqual([{ role: "STAFF" }]);
    expect(await prisma().auditLog.count({ where: { organisationId: centreA, action: "centre.staff.join", targetUserId: newcomer.id } })).toBe(1);

    const racer = await createTestUser("Racer");
    await signInAs(racer.id);
    const targets = await Promise.all([
      redirectOf(acceptStaffInviteAction(initialFormState, form({ code }))),
      redirectOf(acceptStaffInviteAction(initialFormState, form({ code }))),
    ]);
    expect(targets.sort()).toEqual([`/centres/${centreA}`, `/centres/${centreA}?joined=1`]);
    expect(await prisma().membership.count({ where: { organisationId: centreA, userId: racer.id } })).toBe(1);
    expect(await canOpenCentre(centreA)).toBe(true);
  });

  it("an ADMIN who follows the link stays ADMIN", async () => {
    await signInAs(adminA.id);
    expect(await acceptStaffInvite(await staffCode(centreA))).toMatchObject({ joined: false });
    expect(await roleOf(centreA, adminA.id)).toBe("ADMIN");
  });

  it("a STUDENT of the centre cannot join its staff, with a clear message on the code", async () => {
    await signInAs(studentA.id);
    const code = await staffCode(centreA);
    expect((await findStaffInvite(code)).viewerRole).toBe("STUDENT");
    await expect(acceptStaffInvite(code)).rejects.toBeInstanceOf(FieldError);
    const state = await acceptStaffInviteAction(initialFormState, form({ code }));
    expect(state.status).toBe("invalid");
    expect(state.fieldErrors?.code).toMatch(/You are a student of Centre A/);
    expect(await roleOf(centreA, studentA.id)).toBe("STUDENT");
    await expect(getCentre(centreA)).rejects.toBeInstanceOf(NotFoundError);
    // A refusal of a code that exists is no miss for the invite-code throttle.
    expect(await prisma().signInAttempt.count({ where: { key: `invite-code:${studentA.id}` } })).toBe(0);
  });

  it("renewing the staff code kills the old link at once; short, unknown and chapter codes find nothing", async () => {
    const old = await staffCode(centreA);
    await signInAs(adminA.id);
    const renewed = await regenerateStaffInvite(centreA);
    expect(renewed).not.toBe(old);
    expect(isStaffInviteCode(renewed)).toBe(true);
    expect((await getCentre(centreA)).staffInviteCode).toBe(renewed);

    const late = await createTestUser("Late Colleague");
    await signInAs(late.id);
    await expect(findStaffInvite(old)).rejects.toBeInstanceOf(NotFoundError);
    await expect(acceptStaffInvite(old)).rejects.toBeInstanceOf(NotFoundError);
    const state = await acceptStaffInviteAction(initialFormState, form({ code: old }));
    expect(state.status).toBe("error");
    expect(state.message).toMatch(/no longer works/);
    expect(await roleOf(centreA, late.id)).toBeNull();

    // A malformed code is refused on the field before any lookup.
    expect((await acceptStaffInviteAction(initialFormState, form({ code: "ABCD-EFGH" }))).fieldErrors?.code).toMatch(/incomplete/);
    // A centre whose stored code is short (made before codes were lengthened) cannot be joined by it.
    const legacy = await prisma().organisation.create({ data: { kind: "CAREER_CENTRE", name: "Legacy", slug: "legacy-centre", inviteCode: "LGCY-2345" } });
    await expect(acceptStaffInvite("LGCY-2345")).rejects.toBeInstanceOf(NotFoundError);
    // A chapter's code, even a long one, never makes anyone career-centre staff.
    const chapterCode = "CHAP-TERC-ODEA-AAAA-BBBB-CCCC-DDDD";
    await prisma().organisation.create({ data: { kind: "CHAPTER", name: "Chapter", slug: "chapter-x", inviteCode: chapterCode } });
    await expect(acceptStaffInvite(chapterCode)).rejects.toBeInstanceOf(NotFoundError);
    expect(await prisma().membership.count({ where: { userId: late.id } })).toBe(0);
    expect(await prisma().membership.count({ where: { organisationId: legacy.id } })).toBe(0);
  });
});

describe("guessing staff invitation codes", () => {
  const THROTTLED = /^Too many codes that matched nothing\. .* try again after /;
  /** A well-formed staff code that no centre has: the i-th of them. */
  const unknownCode = (i: number) => `ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-${INVITE_CODE_ALPHABET[i]!.repeat(4)}`;
  const missesOf = (userId: string) => prisma().signInAttempt.count({ where: { key: `invite-code:${userId}` } });
  const staffCode = async () => (await prisma().organisation.findUniqueOrThrow({ where: { id: centreA } })).inviteCode;

  it("after the limit's worth of unknown codes, even the right one is refused with the throttle's message, on the page's lookup and the form", async () => {
    const code = await staffCode();
    const guesser = await createTestUser("Staff Code Guesser");
    await signInAs(guesser.id);
    // Both the page's lookup and the accept count a miss.
    for (let i = 0; i < INVITE_CODE_LIMITS.maxFailures; i++) {
      await expect(i % 2 === 0 ? findStaffInvite(unknownCode(i)) : acceptStaffInvite(unknownCode(i))).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await missesOf(guesser.id)).toBe(INVITE_CODE_LIMITS.maxFailures);

    await expect(findStaffInvite(code)).rejects.toThrow(THROTTLED);
    await expect(findStaffInvite(code)).rejects.toBeInstanceOf(FieldError);
    await expect(acceptStaffInvite(code)).rejects.toThrow(THROTTLED);
    const state = await acceptStaffInviteAction(initialFormState, form({ code }));
    expect(state.status).toBe("invalid");
    expect(state.fieldErrors?.code).toMatch(THROTTLED);
    expect(state.message).toBe(state.fieldErrors?.code);
    expect(await roleOf(centreA, guesser.id)).toBeNull();
    // Refused lookups took their rows back; the misses are what they were.
    expect(await missesOf(guesser.id)).toBe(INVITE_CODE_LIMITS.maxFailures);
    // One count per user across invite codes: the cohort join page refuses them too.
    await expect(findCohortByCode(cohortA.inviteCode)).rejects.toThrow(THROTTLED);
  });

  it("a right code does not count, nor does a malformed one; only unknown codes do", async () => {
    const code = await staffCode();
    const careful = await createTestUser("Careful Colleague");
    await signInAs(careful.id);
    for (let i = 0; i < INVITE_CODE_LIMITS.maxFailures - 1; i++) {
      await expect(findStaffInvite(unknownCode(i))).rejects.toBeInstanceOf(NotFoundError);
      expect((await findStaffInvite(code)).centreId).toBe(centreA);
      // Refused on its shape before any lookup: no row.
      await expect(acceptStaffInvite("ABCD-EFGH")).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await missesOf(careful.id)).toBe(INVITE_CODE_LIMITS.maxFailures - 1);
    expect(await acceptStaffInvite(code)).toMatchObject({ centreId: centreA, joined: true });
    expect(await acceptStaffInvite(code)).toMatchObject({ centreId: centreA, joined: false });
    expect(await missesOf(careful.id)).toBe(INVITE_CODE_LIMITS.maxFailures - 1);
    // The last miss the limit allows is still answered as unknown; the one after it is refused.
    await expect(acceptStaffInvite(unknownCode(30))).rejects.toBeInstanceOf(NotFoundError);
    await expect(findStaffInvite(code)).rejects.toThrow(THROTTLED);
  });

  it("is per user: someone else's guesses do not lock out a colleague with the right link", async () => {
    const code = await staffCode();
    const guesser = await createTestUser("Another Guesser");
    await signInAs(guesser.id);
    for (let i = 0; i < INVITE_CODE_LIMITS.maxFailures; i++) await expect(findStaffInvite(unknownCode(i))).rejects.toBeInstanceOf(NotFoundError);
    await expect(findStaffInvite(code)).rejects.toThrow(THROTTLED);

    const colleague = await createTestUser("Unhurried Colleague");
    await signInAs(colleague.id);
    expect(await findStaffInvite(code)).toEqual({ centreId: centreA, centreName: "Centre A", viewerRole: null });
    expect(await redirectOf(acceptStaffInviteAction(initialFormState, form({ code })))).toBe(`/centres/${centreA}?joined=1`);
    expect(await roleOf(centreA, colleague.id)).toBe("STAFF");
    expect(await missesOf(colleague.id)).toBe(0);
  });
});

describe("removing staff", () => {
  it("the last ADMIN cannot be removed, not even by themselves", async () => {
    await signInAs(adminA.id);
    const view = await getCentre(centreA);
    expect(view.adminCount).toBe(1);
    const self = view.staff.find((s) => s.isViewer)?.membershipId ?? "";
    await expect(removeStaffMember(centreA, self)).rejects.toThrow(/only admin/);
    const state = await removeStaffMemberAction(initialFormState, form({ centreId: centreA, membershipId: self }));
    expect(state.fieldErrors?.form).toMatch(/You are this centre's only admin/);
    expect(await roleOf(centreA, adminA.id)).toBe("ADMIN");
  });

  it("an ADMIN removes a STAFF member, who then cannot open the centre", async () => {
    await signInAs(adminA.id);
    const target = (await getCentre(centreA)).staff.find((s) => s.name === "Staff A");
    expect(target).toBeDefined();
    const state = await removeStaffMemberAction(initialFormState, form({ centreId: centreA, membershipId: target?.membershipId ?? "" }));
    expect(state).toMatchObject({ status: "saved", message: "Staff A is no longer on the staff." });
    expect(await roleOf(centreA, staffA.id)).toBeNull();
    const audit = await prisma().auditLog.findFirst({ where: { organisationId: centreA, action: "centre.staff.remove", targetUserId: staffA.id } });
    expect(audit?.actorId).toBe(adminA.id);

    await signInAs(staffA.id);
    await expect(getCentre(centreA)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("with a second ADMIN, an admin may leave; a removed staff member who is in a cohort stays its student", async () => {
    const second = await createTestUser("Second Admin");
    await prisma().membership.create({ data: { organisationId: centreA, userId: second.id, role: "ADMIN" } });
    // A staff member who also joined a cohort of the centre as a student.
    const both = await createTestUser("Staff And Student");
    await signInAs(both.id);
    await acceptStaffInvite((await prisma().organisation.findUniqueOrThrow({ where: { id: centreA } })).inviteCode);
    await joinCohort(cohortA.inviteCode, "NONE", now);
    expect(await roleOf(centreA, both.id)).toBe("STAFF");

    await signInAs(second.id);
    const view = await getCentre(centreA);
    const bothId = view.staff.find((s) => s.name === "Staff And Student")?.membershipId ?? "";
    await removeStaffMember(centreA, bothId);
    expect(await roleOf(centreA, both.id)).toBe("STUDENT");
    expect(await prisma().cohortMember.count({ where: { cohortId: cohortA.id, userId: both.id } })).toBe(1);

    const mine = view.staff.find((s) => s.isViewer)?.membershipId ?? "";
    expect(await redirectOf(removeStaffMemberAction(initialFormState, form({ centreId: centreA, membershipId: mine })))).toBe("/centres?left=1");
    expect(await roleOf(centreA, second.id)).toBeNull();
    expect(await roleOf(centreA, adminA.id)).toBe("ADMIN");
  });
});

describe("changing who is an admin", () => {
  it("the only admin hands the centre over: makes a colleague admin, then leaves", async () => {
    const founder = await createTestUser("Founder");
    const colleague = await createTestUser("Colleague");
    await signInAs(founder.id);
    const centre = (await createCareerCentre("Handover Centre")).id;
    await signInAs(colleague.id);
    await acceptStaffInvite((await prisma().organisation.findUniqueOrThrow({ where: { id: centre } })).inviteCode);

    // A staff member can promote no one, themselves included.
    const colleagueRow = (await getCentre(centre)).staff.find((s) => s.isViewer)?.membershipId ?? "";
    const selfPromotion = await changeStaffRoleAction(initialFormState, form({ centreId: centre, membershipId: colleagueRow, role: "ADMIN" }));
    expect(selfPromotion.fieldErrors?.form).toMatch(/Only an admin of this centre can change who is an admin/);
    expect(await roleOf(centre, colleague.id)).toBe("STAFF");

    // The only admin can neither step down nor leave yet, and is told how to hand over.
    await signInAs(founder.id);
    const founderRow = (await getCentre(centre)).staff.find((s) => s.isViewer)?.membershipId ?? "";
    const stepDown = await changeStaffRoleAction(initialFormState, form({ centreId: centre, membershipId: founderRow, role: "STAFF" }));
    expect(stepDown.fieldErrors?.form).toMatch(/only admin. Make a colleague an admin first/);
    const leave = await removeStaffMemberAction(initialFormState, form({ centreId: centre, membershipId: founderRow }));
    expect(leave.fieldErrors?.form).toMatch(/Make a colleague an admin first/);
    expect(await roleOf(centre, founder.id)).toBe("ADMIN");

    const promoted = await changeStaffRoleAction(initialFormState, form({ centreId: centre, membershipId: colleagueRow, role: "ADMIN" }));
    expect(promoted).toMatchObject({ status: "saved", message: "Colleague is now an admin." });
    expect(await roleOf(centre, colleague.id)).toBe("ADMIN");
    const audit = await prisma().auditLog.findFirst({ where: { organisationId: centre, action: "centre.staff.role", targetUserId: colleague.id } });
    expect(audit).toMatchObject({ actorId: founder.id, meta: { from: "STAFF", to: "ADMIN" } });

    // Now the founder may step down, and then no longer manage anything.
    expect(await changeStaffRoleAction(initialFormState, form({ centreId: centre, membershipId: founderRow, role: "STAFF" }))).toMatchObject({
      status: "saved",
      message: "You are now staff, no longer an admin.",
    });
    expect(await roleOf(centre, founder.id)).toBe("STAFF");
    expect((await changeStaffRoleAction(initialFormState, form({ centreId: centre, membershipId: founderRow, role: "ADMIN" }))).fieldErrors?.form).toMatch(/Only an admin/);
    // Staff may leave on their own (only an admin removes someone else).
    expect(await redirectOf(removeStaffMemberAction(initialFormState, form({ centreId: centre, membershipId: founderRow })))).toBe("/centres?left=1");
    expect(await roleOf(centre, founder.id)).toBeNull();
    await signInAs(colleague.id);
    expect((await getCentre(centre)).staff.map((s) => [s.name, s.role])).toEqual([["Colleague", "ADMIN"]]);
  });

  it("an admin of another centre, a student of the centre and a stranger change no one's role", async () => {
    await signInAs(adminA.id);
    const staffRow = (await getCentre(centreA)).staff.find((s) => s.role === "STAFF")?.membershipId;
    const adminRow = (await getCentre(centreA)).staff.find((s) => s.isViewer)?.membershipId ?? "";
    const before = await snapshot(centreA);
    for (const user of [adminB, studentA, stranger]) {
      await signInAs(user.id);
      for (const [membershipId, role] of [[staffRow ?? adminRow, "ADMIN"], [adminRow, "STAFF"]] as const) {
        const state = await changeStaffRoleAction(initialFormState, form({ centreId: centreA, membershipId, role }));
        expect(state.status).toBe("error");
      }
      // Through the user's own centre id, another centre's membership is still not found.
      if (user === adminB) {
        expect((await changeStaffRoleAction(initialFormState, form({ centreId: centreB, membershipId: adminRow, role: "STAFF" }))).status).toBe("error");
      }
    }
    expect(await snapshot(centreA)).toEqual(before);
  });

  it("refuses a role that is neither admin nor staff, on the field", async () => {
    await signInAs(adminA.id);
    const adminRow = (await getCentre(centreA)).staff.find((s) => s.isViewer)?.membershipId ?? "";
    const state = await changeStaffRoleAction(initialFormState, form({ centreId: centreA, membershipId: adminRow, role: "STUDENT" }));
    expect(state.status).toBe("invalid");
    expect(state.fieldErrors?.role).toBeDefined();
    expect(await roleOf(centreA, adminA.id)).toBe("ADMIN");
  });
});
