// The demo's stage history names the channel a first message went by as the app does everywhere
// (CHANNEL_LABELS: "LinkedIn", "Email"): QA read "First message sent (linkedin)" on a contact's timeline.
import { beforeAll, describe, expect, it } from "vitest";
import { getDatabase } from "../../lib/db";
import { CHANNEL_LABELS } from "../../lib/domain/format";
import { seedDemoIfEmpty } from "../../prisma/seed";

const NOW = new Date("2026-11-18T15:00:00Z");

beforeAll(async () => {
  await seedDemoIfEmpty(getDatabase().prisma, NOW);
}, 120_000);

describe("the demo's stage reasons", () => {
  it("name each first message's channel by its label", async () => {
    const moves = await getDatabase().prisma.stageChange.findMany({
      where: { reason: { startsWith: "First message sent" } },
      select: { reason: true },
    });
    expect(moves.length).toBeGreaterThan(0);
    const labels: readonly string[] = Object.values(CHANNEL_LABELS);
    const named = moves.map((m) => /^First message sent \((.+)\)$/.exec(m.reason ?? "")?.[1]);
    for (const channel of named) expect(labels).toContain(channel);
    // Both kinds the demo sends, as QA saw them.
    expect(named).toEqual(expect.arrayContaining(["LinkedIn", "Email"]));
  });
});
