// The contact and pipeline actions as the browser calls them: FormData in, FormState out.
import { beforeAll, describe, expect, it } from "vitest";
import {
  bulkContactsAction,
  createContactAction,
  deleteContactAction,
  setContactArchivedAction,
  updateContactAction,
} from "@/lib/actions/contacts";
import { moveContactAction } from "@/lib/actions/pipeline";
import { getDatabase } from "@/lib/db";
import { initialFormState } from "@/lib/validation/form-state";
import { createTestUser } from "../support/factories";
import { signInAs } from "../support/session";

const prisma = () => getDatabase().prisma;

function form(values: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  }
  return data;
}

/** Runs an action that redirects on success; returns the redirect target. */
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

let owner: { id: string };
let other: { id: string };

beforeAll(async () => {
  owner = await createTestUser("Owner");
  other = await createTestUser("Other");
});

async function newContact(values: Record<string, string> = {}) {
  await signInAs(owner.id);
  const target = await redirectOf(createContactAction(initialFormState, form({ name: "Priya Shah", employer: "Edelman", ...values, confirmDuplicate: "yes" })));
  return target.replace("/contacts/", "");
}

describe("creating a contact", () => {
  it("puts each error on its field and keeps everything typed", async () => {
    await signInAs(owner.id);
    const state = await createContactAction(
      initialFormState,
      form({ name: "", email: "priya@", phone: "12", linkedinUrl: "https://example.com/priya", motivation: "9", employer: "Edelman", notes: "Met at PRSA" }),
    );
    expect(state.status).toBe("invalid");
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["email", "linkedinUrl", "motivation", "name", "phone"]);
    expect(state.values).toMatchObject({ employer: "Edelman", notes: "Met at PRSA", email: "priya@" });
  });

  it("stores a distance typed in miles or km in whole km, and puts a bad one on its field", async () => {
    const id = await newContact({ distanceKm: "15 mi" });
    expect(await prisma().contact.findUniqueOrThrow({ where: { id } })).toMatchObject({ distanceKm: 24 });
    const bad = await createContactAction(initialFormState, form({ name: "Far Away", distanceKm: "a long way", notes: "kept" }));
    expect(bad.status).toBe("invalid");
    expect(bad.fieldErrors).toEqual({ distanceKm: "Enter a distance like 25 km or 15 mi." });
    expect(bad.values).toMatchObject({ name: "Far Away", distanceKm: "a long way", notes: "kept" });
    expect(await prisma().contact.count({ where: { ownerId: owner.id, name: "Far Away" } })).toBe(0);
  });

  it("warns about the same email or LinkedIn URL, and saves anyway when confirmed", async () => {
    const first = await newContact({ email: "dup@edelman.com", linkedinUrl: "https://www.linkedin.com/in/dup" });
    const warned = await createContactAction(initialFormState, form({ name: "P. Shah", email: "DUP@edelman.com" }));
    expect(warned).toMatchObject({ status: "invalid", duplicates: [{ id: first, name: "Priya Shah" }] });
    expect(warned.fieldErrors?.email).toMatch(/Priya Shah/);
    const byUrl = await createContactAction(initialFormState, form({ name: "P. Shah", linkedinUrl: "https://www.linkedin.com/in/dup/" }));
    expect(byUrl.fieldErrors?.linkedinUrl).toMatch(/Priya Shah/);
    const again = await redirectOf(createContactAction(initialFormState, form({ name: "P. Shah", email: "dup@edelman.com", confirmDuplicate: "yes" })));
    expect(again).toMatch(/^\/contacts\/\w+$/);
    expect(await prisma().contact.count({ where: { ownerId: owner.id, email: "dup@edelman.com" } })).toBe(2);
  });

  it("does not warn about another user's contact with the same email", async () => {
    await newContact({ email: "shared@agency.com" });
    await signInAs(other.id);
    const target = await redirectOf(createContactAction(initialFormState, form({ name: "Sam", email: "shared@agency.com" })));
    expect(target).toMatch(/^\/contacts\//);
  });
});

describe("a double-submitted new-contact form", () => {
  it("creates one contact, even when both submissions race; another form or another user creates their own", async () => {
    await signInAs(owner.id);
    const submit = () => createContactAction(initialFormState, form({ name: "Double Tap", employer: "Golin", idempotencyKey: "form-key-0001" }));
    const [first, second] = await Promise.all([redirectOf(submit()), redirectOf(submit())]);
    expect(second).toBe(first);
    expect(await redirectOf(submit())).toBe(first);
    expect(await prisma().contact.count({ where: { ownerId: owner.id, name: "Double Tap" } })).toBe(1);
    expect(await prisma().stageChange.count({ where: { ownerId: owner.id, contact: { name: "Double Tap" } } })).toBe(1);

    // A new form (a new key) is a new contact; the same key in another user's account is theirs alone.
    await redirectOf(createContactAction(initialFormState, form({ name: "Double Tap", employer: "Golin", idempotencyKey: "form-key-0002", confirmDuplicate: "yes" })));
    expect(await prisma().contact.count({ where: { ownerId: owner.id, name: "Double Tap" } })).toBe(2);
    await signInAs(other.id);
    const theirs = await redirectOf(createContactAction(initialFormState, form({ name: "Double Tap", idempotencyKey: "form-key-0001" })));
    expect(theirs).not.toBe(first);
    expect(await prisma().contact.count({ where: { ownerId: other.id, name: "Double Tap" } })).toBe(1);
  });
});

describe("editing in two tabs", () => {
  it("refuses the second save, shows what the first changed, and loses nothing", async () => {
    const id = await newContact({ title: "Manager" });
    const loaded = JSON.stringify({ name: "Priya Shah", title: "Manager", employer: "Edelman" });
    const tabA = await updateContactAction(id, initialFormState, form({ name: "Priya Shah", title: "Director", employer: "Edelman", version: "1", loaded }));
    expect(tabA.status).toBe("saved");
    const tabB = await updateContactAction(id, initialFormState, form({ name: "Priya Shah", title: "Manager", employer: "Weber Shandwick", version: "1", loaded }));
    expect(tabB).toMatchObject({ status: "conflict", version: 2, changes: [{ field: "title", label: "Title", value: "Director" }] });
    expect(tabB.values).toMatchObject({ employer: "Weber Shandwick" });
    expect(await prisma().contact.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Director", employer: "Edelman", version: 2 });
    // Saving again with the new version keeps tab B's edit knowingly.
    const retry = await updateContactAction(id, initialFormState, form({ name: "Priya Shah", title: "Director", employer: "Weber Shandwick", version: "2", loaded }));
    expect(retry.status).toBe("saved");
    expect(await prisma().contact.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Director", employer: "Weber Shandwick", version: 3 });
  });

  it("reads a distance as the form showed it, with its unit, so an untouched one is no change", async () => {
    const id = await newContact({ distanceKm: "570" });
    // The edit form shows "570 km" (contactFormValues); tab A changes it, tab B leaves it alone.
    const loaded = JSON.stringify({ name: "Priya Shah", employer: "Edelman", distanceKm: "570 km" });
    const tabA = await updateContactAction(id, initialFormState, form({ name: "Priya Shah", employer: "Edelman", distanceKm: "4 mi", version: "1", loaded }));
    expect(tabA.status).toBe("saved");
    const tabB = await updateContactAction(id, initialFormState, form({ name: "Priya Shah", employer: "Golin", distanceKm: "570 km", version: "1", loaded }));
    expect(tabB).toMatchObject({ status: "conflict", changes: [{ field: "distanceKm", label: "Distance", value: "6 km" }] });
    // Cleared, it is unknown again.
    expect((await updateContactAction(id, initialFormState, form({ name: "Priya Shah", employer: "Golin", distanceKm: "", version: "2", loaded: JSON.stringify({ name: "Priya Shah", employer: "Edelman", distanceKm: "6 km" }) }))).status).toBe("saved");
    expect(await prisma().contact.findUniqueOrThrow({ where: { id } })).toMatchObject({ distanceKm: null, employer: "Golin" });
  });
});

describe("another user's contact id", () => {
  it("is refused by every contact action, and nothing changes", async () => {
    const id = await newContact({ tags: "pr" });
    const before = await prisma().contact.findUniqueOrThrow({ where: { id } });
    await signInAs(other.id);
    expect(await updateContactAction(id, initialFormState, form({ name: "Hijacked", version: "1" }))).toMatchObject({ status: "error" });
    expect(await setContactArchivedAction(id, true)).toMatchObject({ status: "error" });
    expect(await deleteContactAction(id)).toMatchObject({ status: "error" });
    expect(await moveContactAction(initialFormState, form({ contactId: id, to: "FOLLOW_UP", keepInTouchMonths: "3" }))).toMatchObject({ status: "error" });
    expect(await bulkContactsAction(initialFormState, form({ operation: "tag", tag: "stolen", contactIds: [id] }))).toMatchObject({ message: "Tagged 0 contacts “stolen”." });
    expect(await bulkContactsAction(initialFormState, form({ operation: "archive", contactIds: [id] }))).toMatchObject({ message: "Archived 0 contacts." });
    const moved = await bulkContactsAction(initialFormState, form({ operation: "move", to: "FIND", contactIds: [id] }));
    expect(moved.skipped).toEqual([{ id, name: "A contact", reason: "It no longer exists." }]);
    expect(await prisma().contact.findUniqueOrThrow({ where: { id } })).toEqual(before);
  });
});

describe("moving from the board", () => {
  it("reads the record's local time in the user's zone and stores the move", async () => {
    await prisma().user.update({ where: { id: owner.id }, data: { timeZone: "America/Chicago" } });
    const id = await newContact();
    const state = await moveContactAction(initialFormState, form({ contactId: id, to: "OUTREACH", version: "1", channel: "EMAIL", sentAt: "2026-11-20T09:15" }));
    expect(state).toMatchObject({ status: "saved", message: "Moved Priya Shah to Outreach." });
    const attempt = await prisma().outreachAttempt.findFirstOrThrow({ where: { contactId: id } });
    expect(attempt.sentAt.toISOString()).toBe("2026-11-20T15:15:00.000Z");
  });

  it("asks for the stage's record on its fields, changing nothing", async () => {
    const id = await newContact();
    const state = await moveContactAction(initialFormState, form({ contactId: id, to: "SCHEDULED", startsAt: "", durationMinutes: "5", mode: "VIDEO" }));
    expect(state.status).toBe("invalid");
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["durationMinutes", "startsAt"]);
    expect((await prisma().contact.findUniqueOrThrow({ where: { id } })).stage).toBe("FIND");
  });
});

describe("bulk actions", () => {
  it("tag, archive, and move, reporting each contact that could not move", async () => {
    const a = await newContact();
    const b = await newContact({ doNotContact: "on" });
    expect((await bulkContactsAction(initialFormState, form({ operation: "tag", tag: " Agency ", contactIds: [a, b] }))).message).toBe("Tagged 2 contacts “agency”.");
    const moved = await bulkContactsAction(initialFormState, form({ operation: "move", to: "OUTREACH", channel: "LINKEDIN", sentAt: "2026-11-20T09:15", contactIds: [a, b] }));
    expect(moved.message).toBe("Moved 1 contact to Outreach.");
    expect(moved.skipped).toEqual([{ id: b, name: "Priya Shah", reason: expect.stringMatching(/do-not-contact/) }]);
    const noRecord = await bulkContactsAction(initialFormState, form({ operation: "move", to: "SCHEDULED", contactIds: [a, b] }));
    expect(noRecord.status).toBe("invalid");
    // A past time and a bad length are both said at once, on their fields, and nothing moves (not a skipped row per contact).
    const pastAndLong = await bulkContactsAction(initialFormState, form({ operation: "move", to: "SCHEDULED", startsAt: "2020-01-01T10:00", durationMinutes: "500", mode: "VIDEO", contactIds: [a, b] }));
    expect(pastAndLong).toMatchObject({ status: "invalid", fieldErrors: { startsAt: expect.stringMatching(/^That time has passed/), durationMinutes: expect.any(String) } });
    const past = await bulkContactsAction(initialFormState, form({ operation: "move", to: "SCHEDULED", startsAt: "2020-01-01T10:00", durationMinutes: "30", mode: "VIDEO", contactIds: [a, b] }));
    expect(past).toMatchObject({ status: "invalid", fieldErrors: { startsAt: expect.stringMatching(/^That time has passed/) } });
    expect(past.skipped).toBeUndefined();
    expect((await prisma().contact.findUniqueOrThrow({ where: { id: a } })).stage).toBe("OUTREACH");
    expect((await bulkContactsAction(initialFormState, form({ operation: "archive", contactIds: [a, b] }))).message).toBe("Archived 2 contacts.");
    const rows = await prisma().contact.findMany({ where: { id: { in: [a, b] } } });
    expect(rows.every((r) => r.archivedAt && r.tags.includes("agency"))).toBe(true);
  });

  it("a tag is held to the contact form's limits: 40 characters, 20 tags a contact", async () => {
    const a = await newContact();
    const tooLong = await bulkContactsAction(initialFormState, form({ operation: "tag", tag: "x".repeat(41), contactIds: [a] }));
    expect(tooLong).toMatchObject({ status: "invalid", fieldErrors: { tag: "Keep a tag to 40 characters." } });
    await prisma().contact.update({ where: { id: a }, data: { tags: Array.from({ length: 20 }, (_, i) => `t${i}`) } });
    const b = await newContact();
    expect((await bulkContactsAction(initialFormState, form({ operation: "tag", tag: "one more", contactIds: [a, b] }))).message).toBe(
      "Tagged 1 contact “one more”. 1 already has 20 tags, the most a contact can have.",
    );
    expect((await prisma().contact.findUniqueOrThrow({ where: { id: a } })).tags).toHaveLength(20);
  });
});
