// Today's "Referrals to reach out to": a referral still in Find is listed with who referred it,
// oldest first; writing to it, archiving it or marking it do not contact takes it off; another
// student's referrals never appear.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createContact, listReferralsToReachOut } from "@/lib/data/contacts";
import { moveContact } from "@/lib/data/pipeline";
import { getDatabase } from "@/lib/db";
import { contactFieldsSchema } from "@/lib/validation/contacts";
import { createTestUser } from "../support/factories";
import { signInAs } from "../support/session";

const prisma = () => getDatabase().prisma;
let owner: { id: string };
let other: { id: string };

async function referral(ownerId: string, name: string, referrerName: string, createdAt: Date) {
  await signInAs(ownerId);
  const referrer = await createContact(contactFieldsSchema.parse({ name: referrerName, employer: "Edelman" }));
  const contact = await createContact(contactFieldsSchema.parse({ name, employer: "Weber Shandwick", howFound: "REFERRAL" }));
  await prisma().contact.update({ where: { id: contact.id }, data: { referredById: referrer.id, createdAt } });
  return { id: contact.id, referrerId: referrer.id };
}

beforeAll(async () => {
  owner = await createTestUser("Referred Student");
  other = await createTestUser("Other Student");
});

beforeEach(async () => {
  await prisma().contact.deleteMany({ where: { ownerId: { in: [owner.id, other.id] } } });
});

describe("referrals to reach out to", () => {
  it("lists the viewer's referrals in Find, oldest first, with their referrer; not another student's, nor a contact found otherwise", async () => {
    const later = await referral(owner.id, "Noor Haddad", "Michelle Okoro", new Date("2026-11-20T12:00:00Z"));
    const earlier = await referral(owner.id, "Sam Ortiz", "Dana Whitfield", new Date("2026-11-10T12:00:00Z"));
    await referral(other.id, "Their Referral", "Their Referrer", new Date("2026-11-01T12:00:00Z"));
    await signInAs(owner.id);
    await createContact(contactFieldsSchema.parse({ name: "Found On LinkedIn" }));

    const list = await listReferralsToReachOut();
    expect(list.count).toBe(2);
    expect(list.contacts.map((c) => [c.name, c.referredBy?.name])).toEqual([
      ["Sam Ortiz", "Dana Whitfield"],
      ["Noor Haddad", "Michelle Okoro"],
    ]);
    expect(list.contacts.map((c) => c.referredBy?.id)).toEqual([earlier.referrerId, later.referrerId]);

    await signInAs(other.id);
    expect((await listReferralsToReachOut()).contacts.map((c) => c.name)).toEqual(["Their Referral"]);
  });

  it("a referral written to, archived or marked do not contact leaves the list; the count covers those not shown", async () => {
    const written = await referral(owner.id, "Written To", "A Referrer", new Date("2026-11-01T12:00:00Z"));
    const archived = await referral(owner.id, "Archived One", "B Referrer", new Date("2026-11-02T12:00:00Z"));
    const blocked = await referral(owner.id, "Do Not Contact", "C Referrer", new Date("2026-11-03T12:00:00Z"));
    await referral(owner.id, "Waiting One", "D Referrer", new Date("2026-11-04T12:00:00Z"));
    await referral(owner.id, "Waiting Two", "E Referrer", new Date("2026-11-05T12:00:00Z"));
    await signInAs(owner.id);
    expect((await listReferralsToReachOut()).count).toBe(5);

    const sentAt = new Date("2026-11-06T15:00:00Z");
    await moveContact(written.id, "OUTREACH", { kind: "outreach", channel: "EMAIL", sentAt }, undefined, sentAt);
    await prisma().contact.update({ where: { id: archived.id }, data: { archivedAt: sentAt } });
    await prisma().contact.update({ where: { id: blocked.id }, data: { doNotContact: true } });

    const list = await listReferralsToReachOut(1);
    expect(list.count).toBe(2);
    expect(list.contacts.map((c) => c.name)).toEqual(["Waiting One"]);
  });
});
