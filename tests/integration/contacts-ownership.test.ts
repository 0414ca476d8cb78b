// A contact belongs to one student: through the data layer another user can neither read nor change it.
import { beforeAll, describe, expect, it } from "vitest";
import {
  countContactsByStage,
  createContact,
  deleteContact,
  getContact,
  listContacts,
  setContactArchived,
  updateContact,
} from "@/lib/data/contacts";
import { ConflictError, NotFoundError } from "@/lib/data/errors";
import { getDatabase } from "@/lib/db";
import { contactFieldsSchema } from "@/lib/validation/contacts";
import { createTestUser } from "../support/factories";
import { signInAs, signOut } from "../support/session";

const fields = (overrides: Record<string, unknown> = {}) =>
  contactFieldsSchema.parse({ name: "Priya Shah", employer: "Edelman", email: "priya@edelman.com", ...overrides });

let owner: { id: string };
let other: { id: string };
let contactId: string;

beforeAll(async () => {
  owner = await createTestUser("Owner");
  other = await createTestUser("Other");
  await signInAs(owner.id);
  contactId = (await createContact(fields())).id;
});

async function storedContact() {
  return getDatabase().prisma.contact.findUniqueOrThrow({ where: { id: contactId } });
}

describe("another user", () => {
  beforeAll(async () => signInAs(other.id));

  it("does not see the contact in lists or counts", async () => {
    expect(await listContacts()).toEqual([]);
    expect(await listContacts({ query: "Edelman" })).toEqual([]);
    expect((await countContactsByStage()).FIND).toBe(0);
  });

  it("cannot open it by id", async () => {
    await expect(getContact(contactId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("cannot change, archive or delete it, and nothing changes", async () => {
    const before = await storedContact();
    await expect(updateContact(contactId, before.version, fields({ name: "Hijacked" }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(setContactArchived(contactId, true)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteContact(contactId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await storedContact()).toEqual(before);
  });
});

describe("the owner", () => {
  beforeAll(async () => signInAs(owner.id));

  it("reads the contact, with its priority derived and its creation in the history", async () => {
    const contact = await getContact(contactId);
    expect(contact).toMatchObject({ name: "Priya Shah", employer: "Edelman", stage: "FIND", priority: 30 });
    const history = await getDatabase().prisma.stageChange.findMany({ where: { contactId } });
    expect(history).toMatchObject([{ fromStage: null, toStage: "FIND", ownerId: owner.id }]);
    expect((await listContacts({ query: "edel" })).map((c) => c.id)).toEqual([contactId]);
  });

  it("gets a conflict, not a silent overwrite, when saving a stale version", async () => {
    const { version } = await getContact(contactId);
    await updateContact(contactId, version, fields({ title: "Account Director" }));
    const stale = updateContact(contactId, version, fields({ title: "Intern" }));
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await stale.catch((error: ConflictError<{ title: string }>) => expect(error.current.title).toBe("Account Director"));
    expect((await storedContact()).title).toBe("Account Director");
  });

  it("is sent to sign-in when signed out", async () => {
    signOut();
    await expect(listContacts()).rejects.toThrow(/NEXT_REDIRECT/);
  });
});
