// The student's own downloads (contacts.csv, .vcf, meetings.ics, the archive) are named for the
// student's day, which is not the UTC day in the evening in the Americas or the morning in New Zealand.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as exportRoute } from "@/app/api/export/[file]/route";
import { getDatabase } from "@/lib/db";
import { createTestUser } from "../support/factories";
import { signInAs } from "../support/session";

const clock = vi.hoisted(() => ({ at: new Date() }));
vi.mock("@/lib/clock", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/clock")>()), now: () => new Date(clock.at) }));

const prisma = () => getDatabase().prisma;
let student: { id: string };

async function fileName(file: string): Promise<string | undefined> {
  const response = await exportRoute(new Request(`http://localhost/api/export/${file}`), { params: Promise.resolve({ file }) });
  expect(response.status).toBe(200);
  return /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1];
}

beforeAll(async () => {
  student = await createTestUser("Export Student");
});

beforeEach(() => signInAs(student.id));

describe("the student's export file names", () => {
  it.each([
    // 20:30 on Friday 20 November in Los Angeles is already Saturday in UTC.
    ["America/Los_Angeles", "2026-11-21T04:30:00Z", "2026-11-20"],
    // 09:00 on Saturday 21 November in Auckland is still Friday in UTC.
    ["Pacific/Auckland", "2026-11-20T20:00:00Z", "2026-11-21"],
  ])("are dated by the student's own day in %s", async (timeZone, at, day) => {
    await prisma().user.update({ where: { id: student.id }, data: { timeZone } });
    clock.at = new Date(at);
    expect(await fileName("contacts.csv")).toBe(`contacts-${day}.csv`);
    expect(await fileName("meetings.ics")).toBe(`meetings-${day}.ics`);
  });
});
