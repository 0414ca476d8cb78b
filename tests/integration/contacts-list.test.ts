// The contacts list (/contacts): search, each filter, each sort and pagination, read through the
// data layer against a real database; the URL parameters' schema; another user's contacts never
// appear; and one page costs two queries whatever the number of contacts.
import { beforeAll, describe, expect, it } from "vitest";
import { listContactsPage } from "@/lib/data/contacts";
import { requireViewer } from "@/lib/data/viewer";
import { getDatabase } from "@/lib/db";
import { contactPriority } from "@/lib/domain/priority";
import type { HowFound, Stage } from "@/lib/generated/prisma/enums";
import { contactListHref, parseContactListParams, type ContactListParams } from "@/lib/validation/contacts";
import { createTestUser } from "../support/factories";
import { countStatements } from "../support/query-log";
import { signInAs } from "../support/session";

const prisma = () => getDatabase().prisma;

/** 12:00 UTC on Tuesday 10 March 2026: 08:00 in New York (EDT, UTC−4), whose day began at 04:00 UTC. */
const NOW = new Date("2026-03-10T12:00:00Z");

const params = (query: Record<string, string> = {}): ContactListParams => parseContactListParams(query);

interface Seed {
  name: string;
  employer?: string | null;
  title?: string;
  tags?: string[];
  stage?: Stage;
  howFound?: HowFound;
  motivation?: number;
  alumni?: boolean;
  postings?: number;
  doNotContact?: boolean;
  archived?: boolean;
  updatedAt?: string;
  distanceKm?: number;
}

async function seedContact(ownerId: string, seed: Seed): Promise<string> {
  const motivation = seed.motivation ?? 3;
  const isAlumniOrAdvocate = seed.alumni ?? false;
  const openPostings = seed.postings ?? 0;
  const contact = await prisma().contact.create({
    data: {
      ownerId,
      name: seed.name,
      employer: seed.employer ?? null,
      title: seed.title ?? null,
      tags: seed.tags ?? [],
      stage: seed.stage ?? "FIND",
      howFound: seed.howFound ?? "OTHER",
      motivation,
      isAlumniOrAdvocate,
      openPostings,
      priority: contactPriority({ motivation, isAlumniOrAdvocate, openPostings }),
      doNotContact: seed.doNotContact ?? false,
      archivedAt: seed.archived ? new Date("2026-03-01T10:00:00Z") : null,
      distanceKm: seed.distanceKm ?? null,
    },
    select: { id: true },
  });
  // @updatedAt is set on every write; pin it afterwards for the "recently updated" sort.
  if (seed.updatedAt) await prisma().$executeRaw`UPDATE "Contact" SET "updatedAt" = ${new Date(seed.updatedAt)} WHERE id = ${contact.id}`;
  return contact.id;
}

async function seedReminder(ownerId: string, contactId: string, dueAt: string, extra: { status?: "PENDING" | "DONE"; snoozedUntil?: string } = {}) {
  await prisma().reminder.create({
    data: {
      ownerId,
      contactId,
      rule: "FOLLOW_UP_7B",
      ruleKey: `${contactId}-${dueAt}-${extra.status ?? "PENDING"}-${extra.snoozedUntil ?? ""}`,
      title: "Follow up",
      dueAt: new Date(dueAt),
      status: extra.status ?? "PENDING",
      snoozedUntil: extra.snoozedUntil ? new Date(extra.snoozedUntil) : null,
    },
  });
}

let owner: { id: string };
let other: { id: string };
const ids: Record<string, string> = {};
const otherIds: string[] = [];

beforeAll(async () => {
  owner = await createTestUser("Lister");
  other = await createTestUser("Stranger");
  for (const user of [owner, other]) await prisma().user.update({ where: { id: user.id }, data: { timeZone: "America/New_York" } });

  const seeds: Record<string, Seed> = {
    priya: { name: "Priya Shah", employer: "Edelman", title: "Account Executive", tags: ["pr", "agency"], stage: "OUTREACH", howFound: "ALUMNI", motivation: 5, alumni: true, postings: 3, updatedAt: "2026-03-05T10:00:00Z", distanceKm: 570 },
    ethan: { name: "Ethan Brooks", employer: "Edelman", title: "Group Account Director", tags: ["pr"], howFound: "LINKEDIN", postings: 3, updatedAt: "2026-03-09T10:00:00Z" },
    aiko: { name: "Aiko Tanaka", employer: "Spotify", title: "Social Media Manager", tags: ["marketing", "nyc"], howFound: "LINKEDIN", motivation: 5, postings: 3, updatedAt: "2026-03-01T10:00:00Z", distanceKm: 860 },
    derek: { name: "Derek Olsen", employer: "Big Lots", title: "VP, Marketing", tags: ["retail"], howFound: "EVENT", motivation: 2, doNotContact: true, updatedAt: "2026-02-20T10:00:00Z" },
    marcus: { name: "Marcus Bell", employer: null, title: "Digital Producer", tags: ["journalism"], stage: "SCHEDULED", howFound: "REFERRAL", motivation: 4, updatedAt: "2026-03-08T10:00:00Z", distanceKm: 4 },
    chloe: { name: "Chloé Dubois", employer: "Wexner Center", title: "Communications Manager", tags: ["arts", "pr"], howFound: "EVENT", archived: true },
  };
  for (const [key, seed] of Object.entries(seeds)) ids[key] = await seedContact(owner.id, seed);

  // Overdue means pending and due before the start of today in the viewer's zone (New York).
  await seedReminder(owner.id, ids.priya!, "2026-03-10T03:00:00Z"); // 23:00 yesterday in New York: overdue
  await seedReminder(owner.id, ids.ethan!, "2026-03-10T05:00:00Z"); // 01:00 today in New York: not yet
  await seedReminder(owner.id, ids.aiko!, "2026-03-02T12:00:00Z", { status: "DONE" }); // settled
  await seedReminder(owner.id, ids.marcus!, "2026-03-02T12:00:00Z", { snoozedUntil: "2026-03-12T12:00:00Z" }); // snoozed
  await seedReminder(owner.id, ids.derek!, "2026-03-02T12:00:00Z", { snoozedUntil: "2026-03-09T12:00:00Z" }); // snooze over: overdue

  // Another student's contacts match every search and filter below, and must never show.
  for (const seed of Object.values(seeds)) otherIds.push(await seedContact(other.id, { ...seed, name: `${seed.name} (other)` }));
  for (const id of otherIds) await seedReminder(other.id, id, "2026-03-01T12:00:00Z");
});

async function names(query: Record<string, string> = {}): Promise<string[]> {
  await signInAs(owner.id);
  const page = await listContactsPage(params(query), NOW);
  return page.rows.map((row) => row.name);
}

describe("the contacts list", () => {
  it("lists active contacts, highest priority first, with the total", async () => {
    await signInAs(owner.id);
    const page = await listContactsPage(params(), NOW);
    expect(page.rows.map((r) => r.name)).toEqual(["Priya Shah", "Aiko Tanaka", "Ethan Brooks", "Marcus Bell", "Derek Olsen"]);
    expect(page).toMatchObject({ total: 5, page: 1, pageSize: 50, pageCount: 1 });
  });

  it("searches name, employer, title and tags, case-insensitively, every word matching", async () => {
    expect(await names({ q: "edelman" })).toEqual(["Priya Shah", "Ethan Brooks"]);
    expect(await names({ q: "PRIYA" })).toEqual(["Priya Shah"]);
    expect(await names({ q: "producer" })).toEqual(["Marcus Bell"]);
    expect(await names({ q: "nyc" })).toEqual(["Aiko Tanaka"]);
    expect(await names({ q: "edelman director" })).toEqual(["Ethan Brooks"]);
    expect(await names({ q: "nobody-by-this-name" })).toEqual([]);
  });

  it("filters by stage, tag, how found, do-not-contact and minimum priority", async () => {
    expect(await names({ stage: "OUTREACH" })).toEqual(["Priya Shah"]);
    expect(await names({ stage: "SCHEDULED" })).toEqual(["Marcus Bell"]);
    expect(await names({ tag: "PR" })).toEqual(["Priya Shah", "Ethan Brooks"]);
    expect(await names({ howFound: "LINKEDIN" })).toEqual(["Aiko Tanaka", "Ethan Brooks"]);
    expect(await names({ dnc: "only" })).toEqual(["Derek Olsen"]);
    expect(await names({ dnc: "hide" })).not.toContain("Derek Olsen");
    expect(await names({ minPriority: "60" })).toEqual(["Priya Shah", "Aiko Tanaka"]);
    expect(await names({ tag: "pr", minPriority: "60" })).toEqual(["Priya Shah"]);
  });

  it("filters by distance: near enough for coffee (80 km and under), farther, or not known", async () => {
    expect(await names({ distance: "near" })).toEqual(["Marcus Bell"]);
    expect(await names({ distance: "far" })).toEqual(["Priya Shah", "Aiko Tanaka"]);
    expect(await names({ distance: "unknown" })).toEqual(["Ethan Brooks", "Derek Olsen"]);
    expect(await names({ distance: "far", sort: "distance" })).toEqual(["Priya Shah", "Aiko Tanaka"]);
    // At exactly 80 km coffee is still on (distance.ts); one more and it is a call. Raw SQL keeps updatedAt as seeded.
    try {
      await prisma().$executeRaw`UPDATE "Contact" SET "distanceKm" = 80 WHERE "id" = ${ids.marcus!}`;
      expect(await names({ distance: "near" })).toEqual(["Marcus Bell"]);
      await prisma().$executeRaw`UPDATE "Contact" SET "distanceKm" = 81 WHERE "id" = ${ids.marcus!}`;
      expect(await names({ distance: "near" })).toEqual([]);
      expect(await names({ distance: "far" })).toEqual(["Priya Shah", "Aiko Tanaka", "Marcus Bell"]);
    } finally {
      await prisma().$executeRaw`UPDATE "Contact" SET "distanceKm" = 4 WHERE "id" = ${ids.marcus!}`;
    }
  });

  it("filters to contacts with a reminder overdue before today began in the viewer's zone", async () => {
    expect(await names({ overdue: "1" })).toEqual(["Priya Shah", "Derek Olsen"]);
    await signInAs(owner.id);
    const page = await listContactsPage(params(), NOW);
    expect(page.rows.filter((r) => r.overdue).map((r) => r.name)).toEqual(["Priya Shah", "Derek Olsen"]);
  });

  it("shows archived contacts instead of active ones when asked", async () => {
    expect(await names({ archived: "1" })).toEqual(["Chloé Dubois"]);
    expect(await names({ archived: "1", tag: "pr" })).toEqual(["Chloé Dubois"]);
    expect(await names({ tag: "arts" })).toEqual([]);
  });

  it("sorts by priority, name, employer (no employer last), distance (unknown last) and recently updated", async () => {
    expect(await names({ sort: "name" })).toEqual(["Aiko Tanaka", "Derek Olsen", "Ethan Brooks", "Marcus Bell", "Priya Shah"]);
    expect(await names({ sort: "employer" })).toEqual(["Derek Olsen", "Ethan Brooks", "Priya Shah", "Aiko Tanaka", "Marcus Bell"]);
    expect(await names({ sort: "distance" })).toEqual(["Marcus Bell", "Priya Shah", "Aiko Tanaka", "Derek Olsen", "Ethan Brooks"]);
    expect(await names({ sort: "updated" })).toEqual(["Ethan Brooks", "Marcus Bell", "Priya Shah", "Aiko Tanaka", "Derek Olsen"]);
    expect(await names({ sort: "priority" })).toEqual(await names());
  });

  it("never shows another user's contacts, whatever the filter", async () => {
    const queries: Record<string, string>[] = [
      {},
      { q: "edelman" },
      { q: "other" },
      { stage: "OUTREACH" },
      { tag: "pr" },
      { howFound: "EVENT" },
      { overdue: "1" },
      { dnc: "only" },
      { archived: "1" },
      { minPriority: "10" },
      { distance: "near" },
      { distance: "far" },
      { distance: "unknown" },
      { sort: "updated" },
      { sort: "distance" },
    ];
    await signInAs(owner.id);
    for (const query of queries) {
      const page = await listContactsPage(params(query), NOW);
      expect(page.rows.some((row) => otherIds.includes(row.id)), JSON.stringify(query)).toBe(false);
      expect(page.rows.every((row) => !row.name.endsWith("(other)"))).toBe(true);
    }
    expect((await listContactsPage(params({ q: "other" }), NOW)).total).toBe(0);
  });
});

describe("pagination at 2,000 contacts", () => {
  let many: { id: string };

  beforeAll(async () => {
    many = await createTestUser("Networker");
    const rows = Array.from({ length: 2000 }, (_, i) => {
      const motivation = (i % 5) + 1;
      return {
        id: `many-${String(i).padStart(4, "0")}`,
        ownerId: many.id,
        name: `Contact ${String(i).padStart(4, "0")}`,
        employer: `Employer ${i % 150}`,
        tags: i % 7 === 0 ? ["agency"] : ["pr"],
        motivation,
        priority: contactPriority({ motivation, isAlumniOrAdvocate: false, openPostings: 0 }),
      };
    });
    await prisma().contact.createMany({ data: rows });
    await prisma().reminder.createMany({
      data: rows.filter((_, i) => i % 2 === 0).map((row) => ({ ownerId: many.id, contactId: row.id, rule: "FOLLOW_UP_7B" as const, ruleKey: row.id, title: "Follow up", dueAt: new Date("2026-03-01T12:00:00Z") })),
    });
    // Embedded PGlite runs no autovacuum, so a bulk load leaves the planner without statistics
    // (and with nested-loop plans that take a second); PostgreSQL's autovacuum would analyze it.
    await getDatabase().sql.exec("ANALYZE");
  });

  it("pages 50 at a time, with the total and no row twice", async () => {
    await signInAs(many.id);
    const first = await listContactsPage(params({ sort: "name" }), NOW);
    expect(first).toMatchObject({ total: 2000, page: 1, pageCount: 40 });
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0]?.name).toBe("Contact 0000");
    const second = await listContactsPage(params({ sort: "name", page: "2" }), NOW);
    expect(second.rows[0]?.name).toBe("Contact 0050");
    expect(second.rows.at(-1)?.name).toBe("Contact 0099");
    const last = await listContactsPage(params({ sort: "name", page: "40" }), NOW);
    expect(last.rows.at(-1)?.name).toBe("Contact 1999");
    expect((await listContactsPage(params({ page: "41" }), NOW)).rows).toEqual([]);

    // Ties in priority keep a stable order, so paging through by priority sees every contact once.
    const seen = new Set<string>();
    for (let page = 1; page <= 40; page++) {
      for (const row of (await listContactsPage(params({ page: String(page) }), NOW)).rows) seen.add(row.id);
    }
    expect(seen.size).toBe(2000);
  });

  it("counts what the filters match, not the page", async () => {
    await signInAs(many.id);
    const agency = await listContactsPage(params({ tag: "agency", page: "2" }), NOW);
    expect(agency).toMatchObject({ total: 286, page: 2, pageCount: 6 });
    expect(agency.rows).toHaveLength(50);
    expect((await listContactsPage(params({ overdue: "1" }), NOW)).total).toBe(1000);
  });

  it("costs two queries a page (rows and count), whatever the filters", async () => {
    await signInAs(many.id);
    const queriesOf = async (run: () => Promise<unknown>) => (await countStatements(run)).queries;
    // Resolving the viewer is its own query; the page adds two to it.
    const viewerOnly = await queriesOf(() => requireViewer());
    expect(viewerOnly).toBeGreaterThan(0);
    const queries: Record<string, string>[] = [{}, { q: "employer 1", overdue: "1", tag: "pr", sort: "employer", page: "3" }, { sort: "updated", page: "40" }];
    for (const query of queries) {
      expect(await queriesOf(() => listContactsPage(params(query), NOW)), JSON.stringify(query)).toBe(viewerOnly + 2);
    }
  });
});


describe("the list's URL parameters", () => {
  it("read good values and fall back to defaults for bad ones, never throwing", () => {
    expect(parseContactListParams({})).toEqual({ overdue: false, archived: false, sort: "priority", page: 1 });
    expect(
      parseContactListParams({ q: "  Edelman ", stage: "OUTREACH", tag: " PR ", howFound: "ALUMNI", overdue: "1", dnc: "only", archived: "1", minPriority: "40", distance: "near", sort: "name", page: "3" }),
    ).toEqual({ q: "Edelman", stage: "OUTREACH", tag: "pr", howFound: "ALUMNI", overdue: true, dnc: "only", archived: true, minPriority: 40, distance: "near", sort: "name", page: 3 });
    const bad = parseContactListParams({ q: "   ", stage: "LOST", tag: "", howFound: "psychic", overdue: "maybe", dnc: "sometimes", minPriority: "-4", distance: "moon", sort: "random", page: "-2" });
    expect(bad).toEqual({ overdue: false, archived: false, sort: "priority", page: 1 });
    expect(parseContactListParams({ page: "abc", minPriority: "999" })).toMatchObject({ page: 1, minPriority: undefined });
    expect(parseContactListParams({ q: ["first", "second"], page: ["2", "9"] })).toMatchObject({ q: "first", page: 2 });
    expect(parseContactListParams({ q: "x".repeat(500) }).q).toHaveLength(100);
    expect(parseContactListParams(new URLSearchParams("stage=THANKED&page=4"))).toMatchObject({ stage: "THANKED", page: 4 });
  });

  it("write short, shareable URLs that read back the same", () => {
    const all = parseContactListParams({ q: "pr agency", stage: "FIND", tag: "nyc", howFound: "EVENT", overdue: "1", dnc: "hide", archived: "1", minPriority: "60", distance: "far", sort: "updated", page: "2" });
    const href = contactListHref(all, { page: 2 });
    expect(parseContactListParams(new URLSearchParams(href.split("?")[1]))).toEqual(all);
    expect(contactListHref(parseContactListParams({}))).toBe("/contacts");
    // Changing a filter starts again at page 1.
    expect(contactListHref(all, { stage: "OUTREACH" })).not.toMatch(/page=/);
  });
});
