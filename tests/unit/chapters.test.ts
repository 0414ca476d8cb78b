import { addDays } from "date-fns";
import { describe, expect, it } from "vitest";
import {
  alreadyListedMessage,
  canLoseOfficer,
  findListedDuplicate,
  contactRouteHint,
  memberContactRoute,
  type RestrictableField,
  countsAsContact,
  decideClaim,
  decideMemberClaimLimit,
  MEMBER_CLAIM_LIMITS,
  matchesFilter,
  officerOnlyFields,
  hiddenFromMembers,
  redactShared,
  termOf,
  type ClaimRecord,
  type ClaimRules,
} from "@/lib/domain/chapters";

const TZ = "America/New_York";
const now = new Date("2026-11-22T15:00:00Z");
const open: ClaimRules = { name: "Rachel Goldberg", status: "OPEN", capPerTerm: 3, cooldownDays: 14 };
const claim = (claimedAt: Date, opts: Partial<ClaimRecord> = {}): ClaimRecord => ({
  claimedAt,
  expiresAt: addDays(claimedAt, 14),
  releasedAt: null,
  outcome: null,
  ...opts,
});

describe("termOf", () => {
  it.each<[string, string, string, string]>([
    ["2026-01-01T00:00:00Z", "2026-spring", "2026-01-01", "2026-06-01"],
    ["2026-05-31T23:59:59Z", "2026-spring", "2026-01-01", "2026-06-01"],
    ["2026-06-01T00:00:00Z", "2026-summer", "2026-06-01", "2026-08-15"],
    ["2026-08-14T23:59:59Z", "2026-summer", "2026-06-01", "2026-08-15"],
    ["2026-08-15T00:00:00Z", "2026-fall", "2026-08-15", "2027-01-01"],
    ["2026-12-31T23:59:59Z", "2026-fall", "2026-08-15", "2027-01-01"],
  ])("%s is in %s", (at, key, start, end) => {
    const term = termOf(new Date(at));
    expect(term.key).toBe(key);
    expect(term.start.toISOString().slice(0, 10)).toBe(start);
    expect(term.end.toISOString().slice(0, 10)).toBe(end);
  });

  it("labels the term in words", () => {
    expect(termOf(now).label).toBe("Fall 2026");
  });

  it("every instant of a year falls in exactly one term, and terms follow one another without gaps", () => {
    let term = termOf(new Date("2025-01-01T00:00:00Z"));
    for (let i = 0; i < 9; i++) {
      const next = termOf(term.end);
      expect(next.start.getTime()).toBe(term.end.getTime());
      expect(termOf(new Date(term.end.getTime() - 1)).key).toBe(term.key);
      term = next;
    }
  });
});

describe("decideClaim", () => {
  it("grants a claim for the chapter's claim days", () => {
    const decision = decideClaim(open, [], 14, now, TZ);
    expect(decision).toEqual({ ok: true, expiresAt: addDays(now, 14) });
  });

  it.each<[ClaimRules["status"], RegExp]>([
    ["DO_NOT_CONTACT", /asked not to be contacted/],
    ["CLOSED", /not taking requests/],
    ["PROPOSED", /waiting for an officer's approval/],
  ])("refuses a %s entry", (status, message) => {
    const decision = decideClaim({ ...open, status }, [], 14, now, TZ);
    expect(decision.ok).toBe(false);
    if (!decision.ok) {
      expect(decision.reason).toBe("status");
      expect(decision.message).toMatch(message);
    }
  });

  it("do-not-contact wins even with no claims and a free cap", () => {
    expect(decideClaim({ ...open, status: "DO_NOT_CONTACT", capPerTerm: 99, cooldownDays: 0 }, [], 14, now, TZ).ok).toBe(false);
  });

  it("LIMITED entries can be claimed", () => {
    expect(decideClaim({ ...open, status: "LIMITED" }, [], 14, now, TZ).ok).toBe(true);
  });

  it("leaves a claim someone holds right now to the database's unique index", () => {
    const active = claim(addDays(now, -2));
    expect(decideClaim(open, [active], 14, now, TZ).ok).toBe(true);
  });

  it("an expired claim no longer blocks, but starts the cool-down from its expiry", () => {
    const expired = claim(addDays(now, -20)); // expired 6 days ago
    const decision = decideClaim(open, [expired], 14, now, TZ);
    expect(decision).toMatchObject({ ok: false, reason: "cooldown", availableAt: addDays(expired.expiresAt, 14) });
    if (!decision.ok) expect(decision.message).toMatch(/14 days between contacts\. You can claim them from Nov 30, 2026/);
  });

  it("cool-down counts from an early release with an outcome", () => {
    const released = claim(addDays(now, -10), { releasedAt: addDays(now, -5), outcome: "MET" });
    const decision = decideClaim(open, [released], 14, now, TZ);
    expect(decision).toMatchObject({ ok: false, reason: "cooldown", availableAt: addDays(now, 9) });
  });

  it("passes once the cool-down is over", () => {
    const old = claim(addDays(now, -40), { releasedAt: addDays(now, -30), outcome: "MET" });
    expect(decideClaim(open, [old], 14, now, TZ).ok).toBe(true);
  });

  it("a claim released early with nothing reported counts as never contacted", () => {
    const mistake = claim(addDays(now, -1), { releasedAt: addDays(now, -1) });
    expect(countsAsContact(mistake)).toBe(false);
    expect(decideClaim(open, [mistake], 14, now, TZ).ok).toBe(true);
  });

  it("refuses once the term's cap is used, naming the next term's first day", () => {
    const inTerm = [claim(new Date("2026-08-20T12:00:00Z"), { outcome: "MET" }), claim(new Date("2026-09-20T12:00:00Z"), { outcome: "NO_REPLY" })];
    const decision = decideClaim({ ...open, capPerTerm: 2, cooldownDays: 0 }, inTerm, 14, now, TZ);
    expect(decision).toMatchObject({ ok: false, reason: "cap", availableAt: new Date("2027-01-01T00:00:00Z") });
    if (!decision.ok) expect(decision.message).toMatch(/at most 2 times a term.*Fall 2026.*from Dec 31, 2026/);
  });

  it("claims from an earlier term do not count toward this term's cap", () => {
    const lastTerm = [claim(new Date("2026-03-01T12:00:00Z"), { outcome: "MET" }), claim(new Date("2026-04-01T12:00:00Z"), { outcome: "MET" })];
    expect(decideClaim({ ...open, capPerTerm: 2 }, lastTerm, 14, now, TZ).ok).toBe(true);
  });

  it("a cap of one says 'once'", () => {
    const decision = decideClaim({ ...open, capPerTerm: 1, cooldownDays: 0 }, [claim(new Date("2026-09-01T12:00:00Z"))], 14, now, TZ);
    if (decision.ok) throw new Error("expected a refusal");
    expect(decision.message).toContain("at most once a term");
  });
});

describe("per-field visibility", () => {
  const entry = { title: "SVP", employer: "Fahlgren", topics: ["agency"], preferredChannel: "EMAIL", chapterRelation: "mentor", email: "r@x.com", phone: "555", linkedinUrl: null };

  it("reads only known fields marked officers", () => {
    expect([...officerOnlyFields({ email: "officers", phone: "everyone", name: "officers", bogus: "officers" })]).toEqual(["email"]);
    expect(officerOnlyFields(null).size).toBe(0);
    expect(officerOnlyFields(["email"]).size).toBe(0);
  });

  it("empties hidden fields and leaves the rest", () => {
    const redacted = redactShared(entry, new Set(["email", "topics"] as const));
    expect(redacted).toEqual({ ...entry, email: null, topics: [] });
    expect(entry.email).toBe("r@x.com");
  });
});

describe("matchesFilter", () => {
  const e = { name: "Tanya Brooks", title: "PR Manager", employer: "Columbus Crew", topics: ["sports PR", "media days"], status: "OPEN" as const };
  it.each<[string, Parameters<typeof matchesFilter>[1], boolean]>([
    ["no filter", {}, true],
    ["topic, any case", { topic: "Sports pr" }, true],
    ["another topic", { topic: "crisis" }, false],
    ["employer exact", { employer: "columbus crew" }, true],
    ["employer partial is not a match", { employer: "Columbus" }, false],
    ["status", { status: "OPEN" }, true],
    ["other status", { status: "CLOSED" }, false],
    ["search in the name", { q: "tanya" }, true],
    ["search in topics", { q: "media" }, true],
    ["search missing", { q: "anchor" }, false],
  ])("%s", (_name, filter, expected) => {
    expect(matchesFilter(e, filter)).toBe(expected);
  });
});

describe("canLoseOfficer", () => {
  it("keeps at least one officer while anyone else is in the chapter", () => {
    expect(canLoseOfficer(1, 4)).toBe(false);
    expect(canLoseOfficer(2, 4)).toBe(true);
    expect(canLoseOfficer(1, 1)).toBe(true);
  });
});

describe("decideMemberClaimLimit", () => {
  const DAY_MS = 86_400_000;
  const now = new Date("2026-11-20T15:00:00Z");
  const claim = (claimedDaysAgo: number, extra: Partial<ClaimRecord> = {}): ClaimRecord => ({
    // Fractions of a day too (date-fns' addDays drops them).
    claimedAt: new Date(now.getTime() - claimedDaysAgo * DAY_MS),
    expiresAt: new Date(now.getTime() + (14 - claimedDaysAgo) * DAY_MS),
    releasedAt: null,
    outcome: null,
    ...extra,
  });

  it.each<[string, ClaimRecord[], false | "member-active" | "member-day"]>([
    ["no claims", [], false],
    ["four held", [claim(10), claim(8), claim(6), claim(4)], false],
    ["five held", [claim(10), claim(8), claim(6), claim(4), claim(2)], "member-active"],
    ["five, one given back", [claim(10), claim(8), claim(6), claim(4), claim(2, { releasedAt: addDays(now, -1) })], false],
    ["five, one lapsed", [claim(20), claim(8), claim(6), claim(4), claim(2)], false],
    ["nine today, all given back", Array.from({ length: 9 }, () => claim(0.5, { releasedAt: now })), false],
    ["ten today, all given back", Array.from({ length: 10 }, () => claim(0.5, { releasedAt: now })), "member-day"],
    ["ten yesterday, all given back", Array.from({ length: 10 }, () => claim(1.5, { releasedAt: addDays(now, -1) })), false],
  ])("%s", (_name, claims, refusal) => {
    const decision = decideMemberClaimLimit(claims, now, "UTC");
    if (refusal === false) expect(decision).toEqual({ ok: true });
    else expect(decision).toMatchObject({ ok: false, reason: refusal });
  });

  it("says when the first held claim lapses, in the member's zone", () => {
    const claims = [claim(10), claim(8), claim(6), claim(4), claim(2)];
    expect(decideMemberClaimLimit(claims, now, "America/New_York")).toEqual({
      ok: false,
      reason: "member-active",
      message: "You already hold 5 claims in this chapter, the most one member may hold at once, so the list stays open to everyone. Release one you will not use, or wait until Nov 24, 2026, when your first one lapses.",
      availableAt: addDays(now, 4),
    });
  });

  it("says when the day's count frees a slot", () => {
    const claims = Array.from({ length: MEMBER_CLAIM_LIMITS.perDay }, (_, i) => claim(0.9 - i * 0.01, { releasedAt: now }));
    const decision = decideMemberClaimLimit(claims, now, "UTC");
    expect(decision).toMatchObject({ ok: false, reason: "member-day", availableAt: addDays(claims[0]!.claimedAt, 1) });
  });
});

describe("hiddenFromMembers", () => {
  it("hides the officer-only fields, and every way of reaching a do-not-contact professional", () => {
    const officerOnly = new Set(["employer"] as const);
    expect([...hiddenFromMembers("OPEN", officerOnly)]).toEqual(["employer"]);
    expect([...hiddenFromMembers("DO_NOT_CONTACT", officerOnly)].sort()).toEqual(["email", "employer", "linkedinUrl", "phone"]);
  });
});

describe("how a member reaches a professional", () => {
  const details = { email: "a@example.com", phone: "(614) 555-0100", linkedinUrl: "https://www.linkedin.com/in/a" };
  const none = { email: null, phone: null, linkedinUrl: null };
  it.each([
    ["everything shown", details, [], "direct"],
    ["one way still shown", details, ["email", "phone"], "direct"],
    ["every way kept for officers", details, ["email", "phone", "linkedinUrl"], "officer"],
    ["the ways it has kept for officers", { ...none, email: "a@example.com" }, ["email"], "officer"],
    ["an empty value is no way", { ...none, phone: "  " }, [], "none"],
    ["nothing at all", none, [], "none"],
  ] as const)("%s", (_label, entry, hidden, route) => {
    expect(memberContactRoute(entry, new Set<RestrictableField>(hidden))).toBe(route);
  });

  it("says to ask an officer for an introduction, only when the member cannot reach them", () => {
    expect(contactRouteHint("officer", "Ana")).toBe("The chapter's officers keep Ana's contact details. Ask an officer for an introduction.");
    expect(contactRouteHint("none", "Ana")).toMatch(/Ask an officer for an introduction/);
    expect(contactRouteHint("direct", "Ana")).toBeNull();
  });
});

describe("one professional, one entry on a chapter's list", () => {
  const elena = { id: "e", name: "Elena Vasquez", employer: "Battelle", email: "elena.vasquez@battelle.example", linkedinUrl: "https://www.linkedin.com/in/elena-vasquez" };
  const raj = { id: "r", name: "Raj Patel", employer: "Edelman", email: null, linkedinUrl: null };
  const list = [raj, elena];
  const blank = { name: "Someone Else", employer: null, email: null, linkedinUrl: null };

  it("the same email, trimmed and in any case, is the same professional whatever the name", () => {
    expect(findListedDuplicate({ ...blank, email: "  Elena.Vasquez@BATTELLE.example " }, list)).toEqual({ entry: elena, field: "email" });
  });

  it.each([
    ["another subdomain, a locale and a trailing slash", "https://m.linkedin.com/in/elena-vasquez/en/"],
    ["no scheme, other case, a query", "linkedin.com/in/Elena-Vasquez?trk=public_profile"],
    ["http and www with a trailing slash", "http://www.linkedin.com/in/elena-vasquez/"],
  ])("the same LinkedIn profile matches: %s", (_label, url) => {
    expect(findListedDuplicate({ ...blank, linkedinUrl: url }, list)).toEqual({ entry: elena, field: "linkedinUrl" });
  });

  it("a LinkedIn address that is not a profile is no key, as for imports: the name and employer decide", () => {
    const page = { ...blank, id: "p", name: "Page Person", employer: "Ologie", linkedinUrl: "https://www.linkedin.com/pub/page-person/1/2/3" };
    expect(findListedDuplicate({ ...blank, linkedinUrl: "linkedin.com/pub/Page-Person/1/2/3/" }, [page])).toBeNull();
    expect(findListedDuplicate({ ...blank, name: "Page Person", employer: "Ologie", linkedinUrl: "linkedin.com/pub/Page-Person/1/2/3/" }, [page])).toEqual({ entry: page, field: "name" });
    expect(findListedDuplicate({ ...blank, linkedinUrl: "https://www.linkedin.com/in/elena-vasquez-2" }, list)).toBeNull();
  });

  it("the same name and employer, in any case and spacing, matches when nothing tells them apart", () => {
    expect(findListedDuplicate({ ...blank, name: "  elena   VASQUEZ ", employer: "battelle " }, list)).toEqual({ entry: elena, field: "name" });
    expect(findListedDuplicate({ ...blank, name: "Raj Patel", employer: "EDELMAN", email: "raj@edelman.example" }, list)).toEqual({ entry: raj, field: "name" });
  });

  it("namesakes whose emails (or LinkedIn profiles) both exist and differ are two people", () => {
    expect(findListedDuplicate({ ...blank, name: "Elena Vasquez", employer: "Battelle", email: "evasquez@other.example" }, list)).toBeNull();
    expect(findListedDuplicate({ ...blank, name: "Elena Vasquez", employer: "Battelle", linkedinUrl: "https://www.linkedin.com/in/elena-v-2" }, list)).toBeNull();
  });

  it("the same name at another employer, or a new person, is not on the list", () => {
    expect(findListedDuplicate({ ...blank, name: "Elena Vasquez", employer: "Golin" }, list)).toBeNull();
    expect(findListedDuplicate({ ...blank, name: "Elena Vasquez" }, list)).toBeNull();
    expect(findListedDuplicate(blank, list)).toBeNull();
    expect(findListedDuplicate(elena, [])).toBeNull();
  });

  it("says who is listed, and what their status means", () => {
    expect(alreadyListedMessage({ name: "Elena Vasquez", employer: "Battelle", status: "OPEN" }, true)).toMatch(/^Elena Vasquez \(Battelle\) is already on the chapter's list\. /);
    expect(alreadyListedMessage({ name: "Elena Vasquez", employer: "Battelle", status: "OPEN" }, false)).toMatch(/^Elena Vasquez is already on the chapter's list\. /);
    expect(alreadyListedMessage({ name: "Raj Patel", employer: null, status: "PROPOSED" }, true)).toBe("Raj Patel is already on the chapter's list. They are waiting for an officer's approval.");
    expect(alreadyListedMessage({ name: "Raj Patel", employer: null, status: "DO_NOT_CONTACT" }, true)).toMatch(/asked not to be contacted/);
    expect(alreadyListedMessage({ name: "Raj Patel", employer: null, status: "CLOSED" }, true)).toMatch(/not taking requests/);
  });
});
