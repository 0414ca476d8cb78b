// Signs a test in as a user the way the app does: a real Session row, whose id next-auth's
// getServerSession (mocked in the setup file) hands to requireViewer().
import { beforeAll, beforeEach } from "vitest";
import { createSession } from "@/lib/data/auth";
import { getDatabase } from "@/lib/db";
import { createTestUser } from "./factories";

export const sessionHolder: { current: { sessionId: string; expires: string } | null } = { current: null };

export async function signInAs(userId: string): Promise<void> {
  sessionHolder.current = { sessionId: await createSession(userId), expires: new Date(Date.now() + 86_400_000).toISOString() };
}

export function signOut(): void {
  sessionHolder.current = null;
}

/**
 * A test file's student, signed in before each test, and another student (the intruder), both in
 * `timeZone`: made once, before the file's tests, when their ids are filled in.
 */
export function studentsInZone(timeZone: string, ownerName: string, otherName: string): { owner: { id: string }; other: { id: string } } {
  const students = { owner: { id: "" }, other: { id: "" } };
  beforeAll(async () => {
    students.owner.id = (await createTestUser(ownerName)).id;
    students.other.id = (await createTestUser(otherName)).id;
    await getDatabase().prisma.user.updateMany({ where: { id: { in: [students.owner.id, students.other.id] } }, data: { timeZone } });
  });
  beforeEach(() => signInAs(students.owner.id));
  return students;
}
