// Today's first-step empty state is for a student with no contacts at all: archived ones count, other people's don't.
import { beforeAll, describe, expect, it } from "vitest";
import { createContact, hasAnyContact, setContactArchived } from "@/lib/data/contacts";
import { contactFieldsSchema } from "@/lib/validation/contacts";
import { createTestUser } from "../support/factories";
import { signInAs } from "../support/session";

let owner: { id: string };
let newcomer: { id: string };

beforeAll(async () => {
  owner = await createTestUser("Owner");
  newcomer = await createTestUser("Newcomer");
});

describe("hasAnyContact", () => {
  it("is false for a new student, even when someone else has contacts", async () => {
    await signInAs(owner.id);
    const { id } = await createContact(contactFieldsSchema.parse({ name: "Priya Shah", employer: "Edelman" }));
    expect(await hasAnyContact()).toBe(true);
    await setContactArchived(id, true);
    expect(await hasAnyContact()).toBe(true);

    await signInAs(newcomer.id);
    expect(await hasAnyContact()).toBe(false);
  });
});
