// The pitch's versions through the DAL and the actions: numbered per user, a version only when the
// text changed, restore as a new version, concurrent saves that both land, and nothing of one
// user's pitch visible to or changeable by another.
import { beforeEach, describe, expect, it } from "vitest";
import { restorePitchVersionAction, savePitchAction } from "@/lib/actions/pitch";
import { NotFoundError } from "@/lib/data/errors";
import { getCurrentPitch, listPitchVersions, restorePitchVersion, savePitch } from "@/lib/data/pitch";
import { getDatabase } from "@/lib/db";
import { initialFormState } from "@/lib/validation/form-state";
import { createTestUser } from "../support/factories";
import { signInAs } from "../support/session";

const prisma = () => getDatabase().prisma;

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

const FIRST = "I'm Maya Chen, a communications junior at Ohio State.";
const SECOND = "I'm Maya Chen, a communications junior at Ohio State, and I write features for The Lantern.";

let owner: { id: string };
let other: { id: string };

beforeEach(async () => {
  // A fresh pair of students per test: versions start at 1 every time.
  owner = await createTestUser("Pitcher");
  other = await createTestUser("Stranger");
  await signInAs(owner.id);
});

describe("saving", () => {
  it("has no pitch before the first save", async () => {
    expect(await getCurrentPitch()).toBeNull();
    expect(await listPitchVersions()).toEqual([]);
  });

  it("numbers versions 1, 2, 3 and adds one only when the text changed", async () => {
    const t1 = new Date("2026-11-01T20:00:00Z");
    const t2 = new Date("2026-11-05T20:00:00Z");
    expect(await savePitch(FIRST, t1)).toEqual({ version: 1, created: true });
    expect(await savePitch(FIRST, t2)).toEqual({ version: 1, created: false });
    expect(await savePitch(SECOND, t2)).toEqual({ version: 2, created: true });
    expect(await getCurrentPitch()).toEqual({ body: SECOND, version: 2, createdAt: t2 });
    expect(await listPitchVersions()).toEqual([
      { body: SECOND, version: 2, createdAt: t2 },
      { body: FIRST, version: 1, createdAt: t1 },
    ]);
  });

  it("through the action: an empty pitch is an error on the field; spacing differences are no new version", async () => {
    const empty = await savePitchAction(initialFormState, form({ body: "  \n  " }));
    expect(empty).toMatchObject({ status: "invalid", fieldErrors: { body: "Write your pitch before saving." } });
    const tooLong = await savePitchAction(initialFormState, form({ body: "word ".repeat(700) }));
    expect(tooLong.fieldErrors?.body).toMatch(/under 3,000 characters/);
    expect(tooLong.values?.body).toBe("word ".repeat(700));

    expect(await savePitchAction(initialFormState, form({ body: `${FIRST}\r\n` }))).toMatchObject({ status: "saved", message: "Saved as version 1.", version: 1 });
    expect(await savePitchAction(initialFormState, form({ body: `  ${FIRST}   ` }))).toMatchObject({
      status: "saved",
      message: "No changes since version 1: nothing new to save.",
      version: 1,
    });
    expect(await prisma().pitch.count({ where: { ownerId: owner.id } })).toBe(1);
  });

  it("numbers each user's versions on their own", async () => {
    await savePitch(FIRST);
    await savePitch(SECOND);
    await signInAs(other.id);
    expect(await savePitch("I'm Sam, a junior studying journalism.")).toEqual({ version: 1, created: true });
  });
});

describe("two saves at the same moment", () => {
  it("both land, as consecutive versions, without an error", async () => {
    await savePitch(FIRST);
    // Ten tabs saving at once: each reads "the latest is version 1" unless saves take turns.
    const texts = Array.from({ length: 10 }, (_, i) => `Version from tab ${i + 1}.`);
    const results = await Promise.all(texts.map((text) => savePitch(text)));
    const expected = texts.map((_, i) => i + 2);
    expect(results.map((r) => r.version).sort((a, b) => a - b)).toEqual(expected);
    expect(results.every((r) => r.created)).toBe(true);
    const stored = await prisma().pitch.findMany({ where: { ownerId: owner.id }, orderBy: { version: "asc" }, select: { version: true, body: true } });
    expect(stored.map((p) => p.version)).toEqual([1, ...expected]);
    expect(stored.slice(1).map((p) => p.body).sort()).toEqual([...texts].sort());
  });

  it("with the same text (a double click) make one version", async () => {
    const results = await Promise.all([savePitch(SECOND), savePitch(SECOND), savePitch(SECOND)]);
    expect(results.map((r) => r.version)).toEqual([1, 1, 1]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await prisma().pitch.count({ where: { ownerId: owner.id } })).toBe(1);
  });
});

describe("restoring", () => {
  it("saves the old text as the newest version and keeps every version", async () => {
    await savePitch(FIRST);
    await savePitch(SECOND);
    expect(await restorePitchVersionAction(1)).toMatchObject({ status: "saved", message: "Restored version 1 as version 3.", version: 3 });
    expect(await getCurrentPitch()).toMatchObject({ body: FIRST, version: 3 });
    expect((await listPitchVersions()).map((v) => v.version)).toEqual([3, 2, 1]);
    // Restoring what is already current writes nothing.
    expect(await restorePitchVersion(1)).toEqual({ version: 3, created: false });
    expect(await restorePitchVersionAction(3)).toMatchObject({ status: "saved", message: "Version 3’s text is already your current pitch." });
  });

  it("refuses a version that does not exist", async () => {
    await savePitch(FIRST);
    await expect(restorePitchVersion(7)).rejects.toBeInstanceOf(NotFoundError);
    expect(await restorePitchVersionAction(7)).toMatchObject({ status: "error" });
    expect(await restorePitchVersionAction(0)).toMatchObject({ status: "error", message: "Choose a version to restore." });
  });
});

describe("another user", () => {
  it("can neither read nor restore someone's pitch, and their saves never touch it", async () => {
    await savePitch(FIRST);
    await savePitch(SECOND);

    await signInAs(other.id);
    expect(await getCurrentPitch()).toBeNull();
    expect(await listPitchVersions()).toEqual([]);
    await expect(restorePitchVersion(1)).rejects.toBeInstanceOf(NotFoundError);
    expect(await restorePitchVersionAction(2)).toMatchObject({ status: "error" });
    await savePitch("I'm Sam, a junior studying journalism.");

    const owners = await prisma().pitch.findMany({ where: { ownerId: owner.id }, orderBy: { version: "asc" }, select: { version: true, body: true } });
    expect(owners).toEqual([
      { version: 1, body: FIRST },
      { version: 2, body: SECOND },
    ]);
    await signInAs(owner.id);
    expect(await getCurrentPitch()).toMatchObject({ body: SECOND, version: 2 });
  });
});
