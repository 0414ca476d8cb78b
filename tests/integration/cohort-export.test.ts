// The cohort's CSV download, through its route: the file is named for the staff member's own day,
// which is not the UTC day in the evening in the Americas or the morning in New Zealand.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as exportRoute } from "@/app/(app)/cohorts/[cohortId]/export/route";
import { getDatabase } from "@/lib/db";
import { createTestUser } from "../support/factories";
import { signInAs } from "../support/session";

const clock = vi.hoisted(() => ({ at: new Date() }));
vi.mock("@/lib/clock", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/clock")>()), now: () => new Date(clock.at) }));

const prisma = () => getDatabase().prisma;
let staff: { id: string };
let cohortId: string;

async function download(): Promise<{ status: number; fileName: string | undefined }> {
  const response = await exportRoute(new Request(`http://localhost/cohorts/${cohortId}/export`), { params: Promise.resolve({ cohortId }) });
  return { status: response.status, fileName: /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] };
}

beforeAll(async () => {
  staff = await createTestUser("Export Staff");
  const centre = await prisma().organisation.create({ data: { kind: "CAREER_CENTRE", name: "Export Centre", slug: "export-centre", inviteCode: "EXPO-RTCC" } });
  await prisma().membership.create({ data: { organisationId: centre.id, userId: staff.id, role: "STAFF" } });
  cohortId = (await prisma().cohort.create({ data: { organisationId: centre.id, name: "Communications Fall 2026", inviteCode: "EXPO-2222" } })).id;
});

beforeEach(() => signInAs(staff.id));

describe("the cohort CSV's file name", () => {
  it.each([
    // 20:30 on Friday 20 November in Los Angeles is already Saturday in UTC.
    ["America/Los_Angeles", "2026-11-21T04:30:00Z", "communications-fall-2026-2026-11-20.csv"],
    // 09:00 on Saturday 21 November in Auckland is still Friday in UTC.
    ["Pacific/Auckland", "2026-11-20T20:00:00Z", "communications-fall-2026-2026-11-21.csv"],
    // Where the days agree, as before.
    ["Europe/London", "2026-11-20T12:00:00Z", "communications-fall-2026-2026-11-20.csv"],
  ])("is dated by the viewer's own day in %s", async (timeZone, at, expected) => {
    await prisma().user.update({ where: { id: staff.id }, data: { timeZone } });
    clock.at = new Date(at);
    expect(await download()).toEqual({ status: 200, fileName: expected });
  });
});
