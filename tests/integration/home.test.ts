// Where signing in lands ("/", the fallback of every sign-in): Today for everyone, except
// career-centre staff who keep no contacts of their own, whose work is their cohorts.
import { beforeAll, describe, expect, it } from "vitest";
import Home from "@/app/page";
import { getDatabase } from "@/lib/db";
import { createTestChapter, createTestUser } from "../support/factories";
import { signInAs, signOut } from "../support/session";

const prisma = () => getDatabase().prisma;

async function landing(): Promise<string> {
  try {
    await Home();
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2] ?? "";
    throw error;
  }
  throw new Error("expected a redirect");
}

async function staffOfACentre(role: "STAFF" | "ADMIN") {
  const user = await createTestUser(`Home ${role}`);
  const centre = await prisma().organisation.create({
    data: { kind: "CAREER_CENTRE", name: `Home Centre ${user.id}`, slug: `home-${user.id}`, inviteCode: `HOME-${user.id}` },
  });
  await prisma().membership.create({ data: { organisationId: centre.id, userId: user.id, role } });
  return user;
}

let student: { id: string };

beforeAll(async () => {
  student = await createTestUser("Home Student");
});

describe("the home page", () => {
  it("sends the signed-out to sign in", async () => {
    signOut();
    expect(await landing()).toBe("/sign-in");
  });

  it("sends a student to Today, with or without contacts", async () => {
    await signInAs(student.id);
    expect(await landing()).toBe("/today");
    await prisma().contact.create({ data: { ownerId: student.id, name: "Ana Ruiz" } });
    expect(await landing()).toBe("/today");
  });

  it("sends staff and admins with no contacts of their own to their cohorts", async () => {
    for (const role of ["STAFF", "ADMIN"] as const) {
      await signInAs((await staffOfACentre(role)).id);
      expect(await landing()).toBe("/cohorts");
    }
  });

  it("sends staff who keep contacts of their own to Today, archived ones included", async () => {
    const staff = await staffOfACentre("STAFF");
    await prisma().contact.create({ data: { ownerId: staff.id, name: "Old Colleague", archivedAt: new Date() } });
    await signInAs(staff.id);
    expect(await landing()).toBe("/today");
  });

  it("does not count a student's membership of a centre, or a chapter's officers, as staff", async () => {
    const member = await createTestUser("Home Centre Student");
    const centre = await prisma().organisation.create({
      data: { kind: "CAREER_CENTRE", name: `Student's Centre ${member.id}`, slug: `home-s-${member.id}`, inviteCode: `HOMES-${member.id}` },
    });
    await prisma().membership.create({ data: { organisationId: centre.id, userId: member.id, role: "STUDENT" } });
    await signInAs(member.id);
    expect(await landing()).toBe("/today");

    const officer = await createTestUser("Home Officer");
    await createTestChapter("Home Chapter", { officers: [officer], members: [] });
    await signInAs(officer.id);
    expect(await landing()).toBe("/today");
  });
});
