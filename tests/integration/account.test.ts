// Deleting an account (#9): a typed confirmation; everything the user owns goes (contacts, notes,
// reminders, claims, memberships, sessions); the career centre's staff and the chapter no longer
// see them.
import { describe, expect, it } from "vitest";
import { deleteAccount } from "@/lib/data/account";
import { getCohortDashboard } from "@/lib/data/cohort-dashboard";
import { FieldError } from "@/lib/data/errors";
import { getViewer } from "@/lib/data/viewer";
import { getDatabase } from "@/lib/db";
import { createTestUser } from "../support/factories";
import { signInAs } from "../support/session";

const prisma = () => getDatabase().prisma;
const now = new Date("2026-11-20T15:00:00Z");

describe("delete account", () => {
  it("asks for the email, then removes everything the user owns and signs every browser out", async () => {
    const staff = await createTestUser("Centre Staff");
    const student = await createTestUser("Leaving Student");
    const stays = await createTestUser("Staying Student");
    const centre = await prisma().organisation.create({ data: { kind: "CAREER_CENTRE", name: "Centre", slug: "centre-del", inviteCode: "DELE-TEAA" } });
    const chapter = await prisma().organisation.create({ data: { kind: "CHAPTER", name: "Chapter", slug: "chapter-del", inviteCode: "DELE-TEBB" } });
    await prisma().membership.createMany({
      data: [
        { organisationId: centre.id, userId: staff.id, role: "STAFF" },
        { organisationId: chapter.id, userId: student.id, role: "MEMBER" },
        { organisationId: chapter.id, userId: stays.id, role: "OFFICER" },
      ],
    });
    const cohort = await prisma().cohort.create({ data: { organisationId: centre.id, name: "Cohort", inviteCode: "DELC-OHOR" } });
    await prisma().cohortMember.createMany({
      data: [
        { cohortId: cohort.id, userId: student.id, consent: "CONTACTS", consentAt: now },
        { cohortId: cohort.id, userId: stays.id, consent: "CONTACTS", consentAt: now },
      ],
    });
    const contact = await prisma().contact.create({ data: { ownerId: student.id, name: "Their Contact" } });
    await prisma().note.create({ data: { ownerId: student.id, contactId: contact.id, body: "note" } });
    await prisma().reminder.create({ data: { ownerId: student.id, contactId: contact.id, rule: "FOLLOW_UP_7B", ruleKey: "x", title: "Follow up", dueAt: now } });
    const shared = await prisma().sharedContact.create({ data: { organisationId: chapter.id, proposedById: stays.id, name: "Shared Pro", status: "OPEN" } });
    await prisma().claim.create({ data: { sharedContactId: shared.id, userId: student.id, activeFor: shared.id, expiresAt: new Date("2026-12-01T00:00:00Z") } });
    // A professional the leaving student proposed belongs to the chapter, and stays.
    const proposed = await prisma().sharedContact.create({ data: { organisationId: chapter.id, proposedById: student.id, name: "Proposed Pro", status: "OPEN" } });

    await signInAs(staff.id);
    expect((await getCohortDashboard(cohort.id, now)).students.map((s) => s.name).sort()).toEqual(["Leaving Student", "Staying Student"]);

    await signInAs(student.id);
    await expect(deleteAccount("not my email")).rejects.toBeInstanceOf(FieldError);
    expect(await prisma().user.count({ where: { id: student.id } })).toBe(1);
    await deleteAccount(student.email.toUpperCase());

    for (const count of [
      prisma().user.count({ where: { id: student.id } }),
      prisma().contact.count({ where: { ownerId: student.id } }),
      prisma().note.count({ where: { ownerId: student.id } }),
      prisma().reminder.count({ where: { ownerId: student.id } }),
      prisma().claim.count({ where: { userId: student.id } }),
      prisma().membership.count({ where: { userId: student.id } }),
      prisma().cohortMember.count({ where: { userId: student.id } }),
      prisma().session.count({ where: { userId: student.id } }),
    ]) {
      expect(await count).toBe(0);
    }
    // Their browser is signed out: the session cookie's row is gone.
    expect(await getViewer()).toBeNull();
    // The chapter's shared entry is free to claim again; the staff no longer see the student.
    expect(await prisma().sharedContact.findUniqueOrThrow({ where: { id: shared.id }, include: { claims: true } })).toMatchObject({ claims: [] });
    expect(await prisma().sharedContact.findUniqueOrThrow({ where: { id: proposed.id } })).toMatchObject({ name: "Proposed Pro", proposedById: null });
    await signInAs(staff.id);
    expect((await getCohortDashboard(cohort.id, now)).students.map((s) => s.name)).toEqual(["Staying Student"]);
  });
});
