// Joining a career-centre cohort and consent: what staff see follows the student's choice on the
// very next request, staff of one centre see nothing of another's, staff never receive notes,
// agendas or messages, and every staff view of a student's data leaves an audit row.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { hasCohortAccess } from "@/components/app-shell/nav-items";
import { changeConsentAction, findCohortAction, joinCohortAction, leaveCohortAction, shareNoteAction } from "@/lib/actions/cohorts";
import { findCohortByCode, getSharingPreview, joinCohort, leaveCohort, listMyCohorts, setCohortConsent, setNoteShared } from "@/lib/data/cohort-membership";
import { FieldError, NotFoundError } from "@/lib/data/errors";
import { getCohortDashboard, getCohortForExport, getCohortStudent, listStaffCohorts } from "@/lib/data/cohort-dashboard";
import { getViewer } from "@/lib/data/viewer";
import { getDatabase } from "@/lib/db";
import { initialFormState } from "@/lib/validation/form-state";
import { normaliseCode } from "@/lib/domain/invite-codes";
import { createTestUser } from "../support/factories";
import { signInAs } from "../support/session";

const prisma = () => getDatabase().prisma;
const now = new Date("2026-11-20T15:00:00Z");
const SECRETS = ["SECRET-NOTE-TEXT", "SECRET-AGENDA-QUESTION", "SECRET-MESSAGE-BODY", "SECRET-SUBJECT"];

let staffA: { id: string };
let staffB: { id: string };
let student: { id: string };
let classmate: { id: string };
let centreA: string;
let cohortA: string;
let cohortB: string;
const CODE_A = "AAAA-2222";
const CODE_B = "BBBB-3333";

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

/** What the signed-in staff member gets of one student: their dashboard row and their drill-in page. */
async function staffViewOf(cohortId: string, userName: string) {
  const dashboard = await getCohortDashboard(cohortId, now);
  const row = dashboard.students.find((s) => s.name === userName);
  const detail = row ? await getCohortStudent(cohortId, row.memberId, now) : undefined;
  return { dashboard, row, detail, text: JSON.stringify([dashboard, detail]) };
}

beforeAll(async () => {
  staffA = await createTestUser("Staff A");
  staffB = await createTestUser("Staff B");
  student = await createTestUser("Sharing Student");
  classmate = await createTestUser("Other Student");
  const a = await prisma().organisation.create({ data: { kind: "CAREER_CENTRE", name: "Centre A", slug: "centre-a", inviteCode: "ORGA-AAAA" } });
  const b = await prisma().organisation.create({ data: { kind: "CAREER_CENTRE", name: "Centre B", slug: "centre-b", inviteCode: "ORGB-BBBB" } });
  centreA = a.id;
  await prisma().membership.createMany({
    data: [
      { organisationId: a.id, userId: staffA.id, role: "STAFF" },
      { organisationId: b.id, userId: staffB.id, role: "STAFF" },
    ],
  });
  cohortA = (await prisma().cohort.create({ data: { organisationId: a.id, name: "Cohort A", inviteCode: CODE_A } })).id;
  cohortB = (await prisma().cohort.create({ data: { organisationId: b.id, name: "Cohort B", inviteCode: CODE_B } })).id;

  // The student's private writing, which staff must never receive.
  const contact = await prisma().contact.create({
    data: { ownerId: student.id, name: "Priya Shah", employer: "Edelman", stage: "OUTREACH", notes: "SECRET-NOTE-TEXT" },
  });
  await prisma().note.create({ data: { ownerId: student.id, contactId: contact.id, body: "SECRET-NOTE-TEXT" } });
  await prisma().outreachAttempt.create({
    data: { ownerId: student.id, contactId: contact.id, channel: "EMAIL", subject: "SECRET-SUBJECT", body: "SECRET-MESSAGE-BODY", sentAt: now },
  });
  const meeting = await prisma().meeting.create({ data: { ownerId: student.id, contactId: contact.id, title: "Coffee with Priya", startsAt: now, timeZone: "America/New_York", icsUid: "consent-test@rapport.app", researchNotes: "SECRET-NOTE-TEXT" } });
  await prisma().agendaItem.create({ data: { meetingId: meeting.id, text: "SECRET-AGENDA-QUESTION", position: 0 } });
  await prisma().contact.create({ data: { ownerId: student.id, name: "Marcus Lee", employer: null, stage: "FIND" } });
  // The classmate joins cohort B and shares everything: staff of A must not see them.
  await prisma().cohortMember.create({ data: { cohortId: cohortB, userId: classmate.id, consent: "CONTACTS", consentAt: now } });
  await prisma().contact.create({ data: { ownerId: classmate.id, name: "Only In B", employer: "B Corp", stage: "FIND" } });
});

beforeEach(async () => {
  await prisma().cohortMember.deleteMany({ where: { userId: student.id } });
  await prisma().membership.deleteMany({ where: { userId: student.id } });
  await prisma().auditLog.deleteMany({});
  await signInAs(student.id);
});

describe("joining by code", () => {
  it("refuses an unknown code on the code field, and keeps what was typed", async () => {
    await expect(findCohortByCode("ZZZZ-9999")).rejects.toBeInstanceOf(FieldError);
    const state = await findCohortAction(initialFormState, form({ code: "zzzz 9999" }));
    expect(state.status).toBe("invalid");
    expect(state.fieldErrors?.code).toMatch(/No cohort has that invite code/);
    expect(state.values?.code).toBe("zzzz 9999");
    const malformed = await joinCohortAction(initialFormState, form({ code: "abc", consent: "PROGRESS" }));
    expect(malformed.fieldErrors?.code).toMatch(/K7QM-2XPA/);
    expect(await prisma().cohortMember.count({ where: { userId: student.id } })).toBe(0);
  });

  it("finds a code typed in any case, with or without the dash, and opens the cohort's page", async () => {
    expect(normaliseCode(" aaaa2222 ")).toBe(CODE_A);
    expect(await redirectOf(findCohortAction(initialFormState, form({ code: "aaaa 2222" })))).toBe(`/join/${CODE_A}`);
    const invite = await findCohortByCode(CODE_A);
    expect(invite).toMatchObject({ id: cohortA, name: "Cohort A", organisationName: "Centre A", joined: null });
  });

  it("defaults to nothing shared when no level is chosen, and joins with the chosen level", async () => {
    const missing = await joinCohortAction(initialFormState, form({ code: CODE_A }));
    expect(missing.fieldErrors?.consent).toBe("Choose what staff may see.");

    const target = await redirectOf(joinCohortAction(initialFormState, form({ code: CODE_A, consent: "PROGRESS" })));
    expect(target).toBe(`/sharing?joined=${cohortA}`);
    const row = await prisma().cohortMember.findUniqueOrThrow({ where: { cohortId_userId: { cohortId: cohortA, userId: student.id } } });
    expect(row.consent).toBe("PROGRESS");
    expect(row.consentAt).not.toBeNull();
    // Joining made the student a STUDENT of the career centre, which is not staff access.
    const membership = await prisma().membership.findUniqueOrThrow({ where: { organisationId_userId: { organisationId: centreA, userId: student.id } } });
    expect(membership.role).toBe("STUDENT");
    expect(await listMyCohorts()).toEqual([expect.objectContaining({ cohortId: cohortA, name: "Cohort A", consent: "PROGRESS" })]);
  });

  it("joining twice is idempotent and says already joined, without changing the level", async () => {
    expect((await joinCohort(CODE_A, "NONE", now)).alreadyJoined).toBe(false);
    const again = await joinCohortAction(initialFormState, form({ code: CODE_A, consent: "CONTACTS" }));
    expect(again.status).toBe("saved");
    expect(again.message).toMatch(/already in Cohort A/);
    expect(await prisma().cohortMember.findMany({ where: { userId: student.id } })).toEqual([expect.objectContaining({ consent: "NONE", consentAt: null })]);
    expect(await prisma().membership.count({ where: { userId: student.id } })).toBe(1);
  });

  it("a double submit joins once", async () => {
    const results = await Promise.all([joinCohort(CODE_A, "PROGRESS", now), joinCohort(CODE_A, "PROGRESS", now)]);
    expect(results.map((r) => r.alreadyJoined).sort()).toEqual([false, true]);
    expect(await prisma().cohortMember.count({ where: { userId: student.id } })).toBe(1);
    expect(await prisma().auditLog.count({ where: { actorId: student.id, action: "cohort.join" } })).toBe(1);
  });

  it("keeps an existing staff role when a staff member joins a cohort as a student", async () => {
    await signInAs(staffA.id);
    await joinCohort(CODE_A, "NONE", now);
    expect((await prisma().membership.findUniqueOrThrow({ where: { organisationId_userId: { organisationId: centreA, userId: staffA.id } } })).role).toBe("STAFF");
    await leaveCohort(cohortA);
    expect((await prisma().membership.findUniqueOrThrow({ where: { organisationId_userId: { organisationId: centreA, userId: staffA.id } } })).role).toBe("STAFF");
  });
});

describe("what staff see follows consent on the next request", () => {
  it("NONE: enrolled with no data; PROGRESS: counts only; CONTACTS: names and employers too; withdrawn: nothing", async () => {
    await joinCohort(CODE_A, "NONE", now);
    await signInAs(staffA.id);
    let view = await staffViewOf(cohortA, "Sharing Student");
    expect(view.row).toMatchObject({ consent: "NONE", metrics: null });
    expect(view.detail).toMatchObject({ metrics: null, contacts: null, sharedNotes: [] });

    await signInAs(student.id);
    await setCohortConsent(cohortA, "PROGRESS", now);
    await signInAs(staffA.id);
    view = await staffViewOf(cohortA, "Sharing Student");
    expect(view.row?.metrics?.totalContacts).toBe(2);
    expect(view.row?.metrics?.funnel.filter((s) => s.current > 0).map((s) => [s.stage, s.current])).toEqual([["FIND", 1], ["OUTREACH", 1]]);
    expect(view.row?.metrics?.outreachLast7Days).toBe(1);
    expect(view.detail?.metrics?.totalContacts).toBe(2);
    expect(view.detail?.contacts).toBeNull();
    expect(view.text).not.toContain("Priya Shah");

    await signInAs(student.id);
    const saved = await changeConsentAction(initialFormState, form({ cohortId: cohortA, consent: "CONTACTS" }));
    expect(saved.status).toBe("saved");
    expect(saved.message).toBe("Saved. You now share your progress and contacts with the staff of Cohort A.");
    await signInAs(staffA.id);
    view = await staffViewOf(cohortA, "Sharing Student");
    expect(view.detail?.contacts).toEqual([
      { name: "Marcus Lee", employer: null, stage: "FIND" },
      { name: "Priya Shah", employer: "Edelman", stage: "OUTREACH" },
    ]);
    // The dashboard itself never lists contacts, at any level: only the drill-in does.
    expect(JSON.stringify(view.dashboard)).not.toContain("Priya Shah");

    // Withdraw consent: the next staff request shows nothing again.
    await signInAs(student.id);
    expect((await changeConsentAction(initialFormState, form({ cohortId: cohortA, consent: "NONE" }))).message).toBe("Saved. You now share nothing with the staff of Cohort A.");
    await signInAs(staffA.id);
    view = await staffViewOf(cohortA, "Sharing Student");
    expect(view.row).toMatchObject({ consent: "NONE", metrics: null });
    expect(view.detail).toMatchObject({ metrics: null, contacts: null, sharedNotes: [] });
    expect(view.text).not.toContain("Priya Shah");

    // Leave: the student is gone from the cohort altogether, and their old drill-in link finds nothing.
    const memberId = view.row?.memberId ?? "";
    await signInAs(student.id);
    expect(await redirectOf(leaveCohortAction(initialFormState, form({ cohortId: cohortA })))).toBe("/sharing?left=1");
    expect(await listMyCohorts()).toEqual([]);
    expect(await prisma().membership.count({ where: { userId: student.id } })).toBe(0);
    await signInAs(staffA.id);
    view = await staffViewOf(cohortA, "Sharing Student");
    expect(view.dashboard.students).toEqual([]);
    await expect(getCohortStudent(cohortA, memberId, now)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("staff never receive note, agenda or message text, even at CONTACTS; a note the student shared is shown", async () => {
    const shared = await prisma().note.create({ data: { ownerId: student.id, kind: "TAKEAWAY", body: "SHARED-TAKEAWAY", sharedAt: now } });
    try {
      await joinCohort(CODE_A, "CONTACTS", now);
      await signInAs(staffA.id);
      const view = await staffViewOf(cohortA, "Sharing Student");
      expect(view.text).toContain("Priya Shah");
      for (const secret of SECRETS) expect(view.text).not.toContain(secret);
      expect(view.detail?.sharedNotes.map((n) => n.body)).toEqual(["SHARED-TAKEAWAY"]);
      const exported = JSON.stringify(await getCohortForExport(cohortA, now));
      for (const secret of [...SECRETS, "Priya Shah", "SHARED-TAKEAWAY"]) expect(exported).not.toContain(secret);
    } finally {
      await prisma().note.delete({ where: { id: shared.id } });
    }
  });

  it("a shared takeaway comes with its meeting's date, and its contact only when contacts are shared", async () => {
    const contact = await prisma().contact.findFirstOrThrow({ where: { ownerId: student.id, name: "Priya Shah" } });
    const meeting = await prisma().meeting.findFirstOrThrow({ where: { ownerId: student.id, contactId: contact.id } });
    const takeaway = await prisma().note.create({
      data: { ownerId: student.id, contactId: contact.id, meetingId: meeting.id, kind: "TAKEAWAY", body: "SHARED-TAKEAWAY", sharedAt: now },
    });
    const loose = await prisma().note.create({ data: { ownerId: student.id, kind: "GENERAL", body: "SHARED-LOOSE-NOTE", sharedAt: new Date(now.getTime() - 60_000) } });
    const shared = async () => {
      await signInAs(staffA.id);
      const { detail } = await staffViewOf(cohortA, "Sharing Student");
      return { notes: detail?.sharedNotes.map(({ body, contact, meetingAt }) => ({ body, contact, meetingAt })), text: JSON.stringify(detail?.sharedNotes) };
    };
    try {
      // Progress only: who the meeting was with is not shared, nor the meeting's title (it names them).
      await joinCohort(CODE_A, "PROGRESS", now);
      let seen = await shared();
      expect(seen.notes).toEqual([
        { body: "SHARED-TAKEAWAY", contact: null, meetingAt: meeting.startsAt },
        { body: "SHARED-LOOSE-NOTE", contact: null, meetingAt: null },
      ]);
      for (const hidden of ["Priya", "Edelman", "Coffee"]) expect(seen.text).not.toContain(hidden);

      await signInAs(student.id);
      await setCohortConsent(cohortA, "CONTACTS", now);
      seen = await shared();
      expect(seen.notes).toEqual([
        { body: "SHARED-TAKEAWAY", contact: { name: "Priya Shah", employer: "Edelman" }, meetingAt: meeting.startsAt },
        { body: "SHARED-LOOSE-NOTE", contact: null, meetingAt: null },
      ]);
      expect(seen.text).not.toContain("Coffee");

      // An archived contact is not in the staff's list of contacts, so not named beside the takeaway either.
      await prisma().contact.update({ where: { id: contact.id }, data: { archivedAt: now } });
      expect((await shared()).notes?.[0]).toEqual({ body: "SHARED-TAKEAWAY", contact: null, meetingAt: meeting.startsAt });
    } finally {
      await prisma().contact.update({ where: { id: contact.id }, data: { archivedAt: null } });
      await prisma().note.deleteMany({ where: { id: { in: [takeaway.id, loose.id] } } });
    }
  });

  it("staff of cohort A see nothing of cohort B, and the reverse", async () => {
    await joinCohort(CODE_A, "CONTACTS", now);
    const classmateMember = await prisma().cohortMember.findFirstOrThrow({ where: { userId: classmate.id, cohortId: cohortB } });
    const studentMember = await prisma().cohortMember.findFirstOrThrow({ where: { userId: student.id, cohortId: cohortA } });
    await signInAs(staffA.id);
    const seenByA = await listStaffCohorts();
    expect(seenByA?.flatMap((o) => o.cohorts).map((c) => c.id)).toEqual([cohortA]);
    await expect(getCohortDashboard(cohortB, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCohortForExport(cohortB, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCohortStudent(cohortB, classmateMember.id, now)).rejects.toBeInstanceOf(NotFoundError);
    // A member of B addressed through A's cohort id is not found either.
    await expect(getCohortStudent(cohortA, classmateMember.id, now)).rejects.toBeInstanceOf(NotFoundError);
    expect(JSON.stringify((await staffViewOf(cohortA, "Sharing Student")).text)).not.toContain("Only In B");

    await signInAs(staffB.id);
    const seenByB = await listStaffCohorts();
    expect(seenByB?.flatMap((o) => o.cohorts).map((c) => c.id)).toEqual([cohortB]);
    await expect(getCohortDashboard(cohortA, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCohortStudent(cohortA, studentMember.id, now)).rejects.toBeInstanceOf(NotFoundError);
    const b = await getCohortDashboard(cohortB, now);
    expect(b.students.map((s) => s.name)).toEqual(["Other Student"]);
    expect(await prisma().auditLog.count({ where: { actorId: staffB.id, targetUserId: student.id } })).toBe(0);
  });

  it("every staff view of a student's data leaves an audit row; NONE leaves none for that student", async () => {
    await joinCohort(CODE_A, "CONTACTS", now);
    await signInAs(staffA.id);
    await getCohortDashboard(cohortA, now);
    await getCohortDashboard(cohortA, now);
    await getCohortForExport(cohortA, now);
    const { memberId } = (await getCohortDashboard(cohortA, now)).students[0] ?? { memberId: "" };
    await getCohortStudent(cohortA, memberId, now);
    const rows = await prisma().auditLog.findMany({ where: { actorId: staffA.id, targetUserId: student.id } });
    const count = (action: string) => rows.filter((r) => r.action === action).length;
    expect([count("cohort.progress.view"), count("cohort.export"), count("cohort.student.view"), count("cohort.contacts.view")]).toEqual([3, 1, 1, 1]);
    expect(rows.every((r) => r.organisationId === centreA)).toBe(true);
    expect(rows.filter((r) => r.subjectType === "Cohort").every((r) => r.subjectId === cohortA)).toBe(true);

    await signInAs(student.id);
    await setCohortConsent(cohortA, "NONE", now);
    await signInAs(staffA.id);
    await getCohortDashboard(cohortA, now);
    await getCohortStudent(cohortA, memberId, now);
    expect(await prisma().auditLog.count({ where: { actorId: staffA.id, targetUserId: student.id } })).toBe(6);
    // The student's own joins and changes are on the record too.
    expect(await prisma().auditLog.count({ where: { actorId: student.id, action: { in: ["cohort.join", "cohort.consent.change"] } } })).toBe(2);
  });
});

describe("guessing invite codes", () => {
  it("after ten codes that match nothing, even a right code is refused for a while; nobody else is affected", async () => {
    const guesser = await createTestUser("Code Guesser");
    await signInAs(guesser.id);
    for (let i = 0; i < 10; i++) {
      const state = await findCohortAction(initialFormState, form({ code: `ZZZZ-${String(2000 + i)}` }));
      expect(state.fieldErrors?.code).toMatch(/No cohort has that invite code/);
    }
    const locked = await findCohortAction(initialFormState, form({ code: CODE_A }));
    expect(locked.fieldErrors?.code).toMatch(/^Too many codes that matched nothing\. .* try again after /);
    await expect(joinCohort(CODE_A, "PROGRESS", new Date())).rejects.toBeInstanceOf(FieldError);
    expect(await prisma().cohortMember.count({ where: { userId: guesser.id } })).toBe(0);

    // The student, who typed right, still gets in.
    await signInAs(student.id);
    expect((await findCohortByCode(CODE_A)).id).toBe(cohortA);
  });
});

describe("sharing one note", () => {
  it("reaches staff while the student shares progress; unsharing or withdrawing hides it; nobody else can share it", async () => {
    await joinCohort(CODE_A, "PROGRESS", now);
    const note = await prisma().note.create({ data: { ownerId: student.id, body: "ONE-SHARED-NOTE" } });
    const sharedSeenByStaff = async () => {
      await signInAs(staffA.id);
      return (await staffViewOf(cohortA, "Sharing Student")).detail?.sharedNotes.map((n) => n.body);
    };
    try {
      expect(await sharedSeenByStaff()).toEqual([]);
      await signInAs(student.id);
      expect((await shareNoteAction(initialFormState, form({ noteId: note.id, shared: "1" }))).status).toBe("saved");
      expect(await sharedSeenByStaff()).toEqual(["ONE-SHARED-NOTE"]);

      // Another user can neither unshare nor share it.
      await signInAs(classmate.id);
      await expect(setNoteShared(note.id, false, now)).rejects.toBeInstanceOf(NotFoundError);
      expect((await shareNoteAction(initialFormState, form({ noteId: note.id, shared: "0" }))).status).toBe("error");
      expect((await prisma().note.findUniqueOrThrow({ where: { id: note.id } })).sharedAt).not.toBeNull();

      // Withdrawing consent hides it with everything else; unsharing hides it on its own.
      await signInAs(student.id);
      await setCohortConsent(cohortA, "NONE", now);
      expect(await sharedSeenByStaff()).toEqual([]);
      await signInAs(student.id);
      await setCohortConsent(cohortA, "PROGRESS", now);
      expect((await shareNoteAction(initialFormState, form({ noteId: note.id, shared: "0" }))).status).toBe("saved");
      expect(await sharedSeenByStaff()).toEqual([]);
      expect(await prisma().auditLog.count({ where: { actorId: student.id, subjectId: note.id, action: { in: ["note.share", "note.unshare"] } } })).toBe(2);
    } finally {
      await prisma().note.delete({ where: { id: note.id } });
    }
  });
});

describe("another user", () => {
  it("cannot read, change or leave someone else's cohort membership", async () => {
    await signInAs(classmate.id);
    expect((await listMyCohorts()).map((c) => c.cohortId)).toEqual([cohortB]);
    // The student is not in cohort B; changing or leaving it as them is refused and changes nothing.
    await signInAs(student.id);
    await expect(setCohortConsent(cohortB, "NONE", now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(leaveCohort(cohortB)).rejects.toBeInstanceOf(NotFoundError);
    expect((await changeConsentAction(initialFormState, form({ cohortId: cohortB, consent: "NONE" }))).status).toBe("error");
    expect((await leaveCohortAction(initialFormState, form({ cohortId: cohortB }))).status).toBe("error");
    const row = await prisma().cohortMember.findUniqueOrThrow({ where: { cohortId_userId: { cohortId: cohortB, userId: classmate.id } } });
    expect(row.consent).toBe("CONTACTS");
    expect(await listMyCohorts()).toEqual([]);
    // The preview is the viewer's own data only.
    const preview = await getSharingPreview();
    expect(preview.contacts.map((c) => c.name)).toEqual(["Marcus Lee", "Priya Shah"]);
  });

  it("a student cannot open a staff page or function, even after joining a cohort", async () => {
    await joinCohort(CODE_A, "CONTACTS", now);
    expect(await listStaffCohorts()).toBeNull();
    const viewer = await getViewer();
    expect(viewer && hasCohortAccess(viewer.roles)).toBe(false);
    const memberId = (await prisma().cohortMember.findFirstOrThrow({ where: { userId: student.id, cohortId: cohortA } })).id;
    await expect(getCohortDashboard(cohortA, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCohortForExport(cohortA, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCohortStudent(cohortA, memberId, now)).rejects.toBeInstanceOf(NotFoundError);
    expect(await prisma().auditLog.count({ where: { actorId: student.id, action: { startsWith: "cohort." }, NOT: { action: { in: ["cohort.join", "cohort.consent.change"] } } } })).toBe(0);
  });
});
