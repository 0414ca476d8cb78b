// Rows for tests, written straight through Prisma: the code under test is the data layer, not these.
import { randomBytes } from "node:crypto";
import { getDatabase } from "@/lib/db";

export async function createTestUser(name = "Test Student") {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${randomBytes(4).toString("hex")}@example.edu`;
  return getDatabase().prisma.user.create({ data: { email, name }, select: { id: true, email: true, name: true } });
}

/** A chapter with its officers and members (a unique slug and invite code each call). */
export async function createTestChapter(name: string, people: { officers: { id: string }[]; members: { id: string }[] }, claimDays?: number) {
  const suffix = randomBytes(3).toString("hex").toUpperCase();
  const prisma = getDatabase().prisma;
  const chapter = await prisma.organisation.create({
    data: { kind: "CHAPTER", name, slug: `${name.toLowerCase().replace(/\W+/g, "-")}-${suffix.toLowerCase()}`, inviteCode: `CH${suffix.slice(0, 2)}-${suffix.slice(2)}PQ`, ...(claimDays ? { claimDays } : {}) },
    select: { id: true },
  });
  await prisma.membership.createMany({
    data: [
      ...people.officers.map((u) => ({ organisationId: chapter.id, userId: u.id, role: "OFFICER" as const })),
      ...people.members.map((u) => ({ organisationId: chapter.id, userId: u.id, role: "MEMBER" as const })),
    ],
  });
  return chapter.id;
}
