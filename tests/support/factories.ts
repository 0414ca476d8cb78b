// Rows for tests, written straight through Prisma: the code under test is the data layer, not these.
import { randomBytes } from "node:crypto";
import { getDatabase } from "@/lib/db";

export async function createTestUser(name = "Test Student") {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${randomBytes(4).toString("hex")}@example.edu`;
  return getDatabase().prisma.user.create({ data: { email, name }, select: { id: true, email: true, name: true } });
}
