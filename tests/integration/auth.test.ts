// Sign-up and sign-in against the database: field messages, hashing, throttling, sessions.
import { addMinutes, subMinutes } from "date-fns";
import { afterEach, describe, expect, it, vi } from "vitest";
import { signUpAction } from "@/lib/actions/auth";
import { createSession, deleteSession, oauthSignInRefusal, ThrottledError, upsertOAuthUser, verifyCredentials } from "@/lib/data/auth";
import { getViewer } from "@/lib/data/viewer";
import { getDatabase } from "@/lib/db";
import { SIGN_IN_ADDRESS_LIMITS, SIGN_IN_EMAIL_LIMITS } from "@/lib/domain/throttle";
import { initialFormState } from "@/lib/validation/form-state";
import { setRequestHeaders } from "../support/request";
import { sessionHolder } from "../support/session";

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

const strongPassword = "correct horse battery staple";

afterEach(() => vi.unstubAllEnvs());

describe("sign-up", () => {
  it("creates an account with a bcrypt hash, never the password", async () => {
    const state = await signUpAction(
      initialFormState,
      form({ name: "Maya", email: "Maya@Example.edu ", password: strongPassword, timeZone: "Europe/Berlin" }),
    );
    expect(state.status).toBe("saved");
    expect(state.values).not.toHaveProperty("password");
    const user = await getDatabase().prisma.user.findUniqueOrThrow({ where: { email: "maya@example.edu" } });
    expect(user.timeZone).toBe("Europe/Berlin");
    expect(user.passwordHash).toMatch(/^\$2[aby]\$12\$/);
    expect(user.passwordHash).not.toContain(strongPassword);
  });

  it("stores the browser's zone under its canonical name, and one PostgreSQL would refuse not at all", async () => {
    // JavaScript still accepts US/Pacific-New; PostgreSQL does not, and one such zone in a cohort
    // broke every staff member's dashboard query that converts times per student.
    expect((await signUpAction(initialFormState, form({ name: "Zed", email: "zed@example.edu", password: strongPassword, timeZone: "US/Pacific-New" }))).status).toBe("saved");
    expect((await getDatabase().prisma.user.findUniqueOrThrow({ where: { email: "zed@example.edu" } })).timeZone).toBe("America/Los_Angeles");
    expect((await signUpAction(initialFormState, form({ name: "Yan", email: "yan@example.edu", password: strongPassword, timeZone: "Mars/Olympus_Mons" }))).status).toBe("saved");
    expect((await getDatabase().prisma.user.findUniqueOrThrow({ where: { email: "yan@example.edu" } })).timeZone).toBe("America/New_York");
    const zones = await getDatabase().prisma.$queryRaw<{ ok: boolean }[]>`SELECT now() AT TIME ZONE ${"America/Los_Angeles"} IS NOT NULL AS ok`;
    expect(zones[0]?.ok).toBe(true);
  });

  it("rejects a taken email on the email field and keeps what was typed", async () => {
    const state = await signUpAction(initialFormState, form({ name: "Maya Two", email: "maya@example.edu", password: strongPassword }));
    expect(state.status).toBe("invalid");
    expect(state.fieldErrors?.email).toMatch(/already exists/);
    expect(state.values).toEqual({ name: "Maya Two", email: "maya@example.edu" });
    expect(await getDatabase().prisma.user.count({ where: { email: "maya@example.edu" } })).toBe(1);
  });

  it.each([
    ["short", "Use at least 10 characters."],
    ["password123", "leaked"],
    ["aaaaaaaaaaaa", "different characters"],
  ])("rejects the weak password %j with a message on the password field", async (password, message) => {
    const state = await signUpAction(initialFormState, form({ name: "Sam", email: "sam@example.edu", password }));
    expect(state.status).toBe("invalid");
    expect(state.fieldErrors?.password).toContain(message);
    expect(state.fieldErrors?.email).toBeUndefined();
    expect(await getDatabase().prisma.user.count({ where: { email: "sam@example.edu" } })).toBe(0);
  });

  it("says which fields are missing", async () => {
    const state = await signUpAction(initialFormState, form({ name: "", email: "not-an-email", password: strongPassword }));
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["email", "name"]);
  });
});

describe("sign-up throttling", () => {
  const prisma = () => getDatabase().prisma;
  async function earlierSignUps(key: string, count: number, minutesAgo: number) {
    const at = subMinutes(new Date(), minutesAgo);
    await prisma().signInAttempt.createMany({ data: Array.from({ length: count }, () => ({ key, succeeded: false, createdAt: at })) });
  }

  it("forgets attempts no limit counts any more when their key gets a new one", async () => {
    await earlierSignUps("sign-up:address:198.51.100.40", 3, 25 * 60);
    await earlierSignUps("sign-up:address:198.51.100.40", 2, 23 * 60);
    await earlierSignUps("sign-in:email:elsewhere@example.edu", 2, 25 * 60);
    await earlierSignUps("sign-in:email:old.hand@example.edu", 4, 25 * 60);
    await earlierSignUps("sign-in:email-address:old.hand@example.edu 198.51.100.40", 4, 25 * 60);
    setRequestHeaders({ "x-rapport-peer": "198.51.100.40" });
    expect((await signUpAction(initialFormState, form({ name: "Ada", email: "ada@example.edu", password: strongPassword }))).status).toBe("saved");
    // The day-old ones went; the 23-hour-old ones still count against the day's limit.
    expect(await prisma().signInAttempt.count({ where: { key: "sign-up:address:198.51.100.40" } })).toBe(3);
    expect(await verifyCredentials("Old.Hand@example.edu", "wrong password")).toBeNull();
    expect(await prisma().signInAttempt.count({ where: { key: "sign-in:email:old.hand@example.edu" } })).toBe(1);
    expect(await prisma().signInAttempt.count({ where: { key: "sign-in:email-address:old.hand@example.edu 198.51.100.40" } })).toBe(1);
    // Other keys are left for their own next attempt (or the next start).
    expect(await prisma().signInAttempt.count({ where: { key: "sign-in:email:elsewhere@example.edu" } })).toBe(2);
  });

  it("records each sign-up against its client address and its email", async () => {
    setRequestHeaders({ "x-rapport-peer": "::ffff:198.51.100.20" });
    expect((await signUpAction(initialFormState, form({ name: "Rui", email: "rui@example.edu", password: strongPassword }))).status).toBe("saved");
    // IPv4-mapped IPv6 (what a dual-stack socket reports) counts as the IPv4 address.
    const rows = await prisma().signInAttempt.findMany({ where: { key: { contains: "198.51.100.20" } }, select: { key: true } });
    expect(rows.map((r) => r.key)).toEqual(["sign-up:address:198.51.100.20"]);
    expect(await prisma().signInAttempt.count({ where: { key: "sign-up:email:rui@example.edu" } })).toBe(1);
  });

  it("lets a whole lecture through from one address, then refuses with when to try again, keeping what was typed", async () => {
    setRequestHeaders({ "x-rapport-peer": "198.51.100.30" });
    await earlierSignUps("sign-up:address:198.51.100.30", 149, 30);
    const last = await signUpAction(initialFormState, form({ name: "Student 150", email: "s150@example.edu", password: strongPassword }));
    expect(last.status).toBe("saved");

    const refused = await signUpAction(
      initialFormState,
      form({ name: "Student 151", email: "s151@example.edu", password: strongPassword, timeZone: "UTC" }),
    );
    expect(refused.status).toBe("invalid");
    expect(refused.message).toMatch(/^Too many accounts were created from your network recently\. Try again after .+ \d{1,2}:\d{2} (AM|PM)\.$/);
    expect(refused.values).toEqual({ name: "Student 151", email: "s151@example.edu", timeZone: "UTC" });
    expect(await prisma().user.count({ where: { email: "s151@example.edu" } })).toBe(0);
    // The refused attempt took its rows back: retrying while refused does not push the wait further.
    expect(await prisma().signInAttempt.count({ where: { key: "sign-up:address:198.51.100.30" } })).toBe(150);
    expect(await prisma().signInAttempt.count({ where: { key: "sign-up:email:s151@example.edu" } })).toBe(0);

    // Another network is not affected.
    setRequestHeaders({ "x-rapport-peer": "198.51.100.31" });
    expect((await signUpAction(initialFormState, form({ name: "Elsewhere", email: "elsewhere@example.edu", password: strongPassword }))).status).toBe("saved");
  });

  it("counts a day's sign-ups from one address, not only the last hour's", async () => {
    setRequestHeaders({ "x-rapport-peer": "198.51.100.40" });
    await earlierSignUps("sign-up:address:198.51.100.40", 500, 6 * 60);
    const refused = await signUpAction(initialFormState, form({ name: "Bot", email: "bot1@example.edu", password: strongPassword }));
    expect(refused.message).toMatch(/from your network/);
  });

  it("ignores a forged X-Forwarded-For unless a trusted proxy is configured", async () => {
    await earlierSignUps("sign-up:address:198.51.100.50", 150, 10);
    // The socket is the throttled address; the header names a fresh one.
    setRequestHeaders({ "x-rapport-peer": "198.51.100.50", "x-forwarded-for": "192.0.2.99" });
    expect((await signUpAction(initialFormState, form({ name: "Forger", email: "forger@example.edu", password: strongPassword }))).message).toMatch(/from your network/);
    // Behind one trusted proxy, the entry that proxy appended is the client.
    vi.stubEnv("RAPPORT_TRUSTED_PROXIES", "1");
    setRequestHeaders({ "x-rapport-peer": "10.0.0.2", "x-forwarded-for": "6.6.6.6, 198.51.100.50" });
    expect((await signUpAction(initialFormState, form({ name: "Behind proxy", email: "proxied@example.edu", password: strongPassword }))).message).toMatch(/from your network/);
    setRequestHeaders({ "x-rapport-peer": "10.0.0.2", "x-forwarded-for": "198.51.100.50, 198.51.100.51" });
    expect((await signUpAction(initialFormState, form({ name: "Other client", email: "other.client@example.edu", password: strongPassword }))).status).toBe("saved");
  });

  it("refuses a sixth sign-up naming one email within the hour, on the email field", async () => {
    setRequestHeaders({ "x-rapport-peer": "198.51.100.60" });
    await earlierSignUps("sign-up:email:maya@example.edu", 5, 20);
    const refused = await signUpAction(initialFormState, form({ name: "Maya Again", email: "maya@example.edu", password: strongPassword, timeZone: "UTC" }));
    expect(refused.status).toBe("invalid");
    expect(refused.fieldErrors?.email).toMatch(/^Too many sign-ups with this email in the last hour\. If it is yours, sign in instead, or try again after /);
    expect(refused.values).toMatchObject({ name: "Maya Again", email: "maya@example.edu" });
  });
});

describe("sign-in", () => {
  it("accepts the right password and refuses a wrong one", async () => {
    await signUpAction(initialFormState, form({ name: "Ana", email: "ana@example.edu", password: strongPassword }));
    expect(await verifyCredentials("ANA@example.edu", strongPassword)).toMatchObject({ email: "ana@example.edu" });
    expect(await verifyCredentials("ana@example.edu", "wrong password")).toBeNull();
    expect(await verifyCredentials("nobody@example.edu", strongPassword)).toBeNull();
  });

  it("throttles an email from one address after five failures, even for the right password, until the window passes", async () => {
    await signUpAction(initialFormState, form({ name: "Lee", email: "lee@example.edu", password: strongPassword }));
    const start = new Date("2026-11-22T10:00:00Z");
    for (let i = 0; i < 5; i++) {
      expect(await verifyCredentials("lee@example.edu", `guess ${i}`, addMinutes(start, i))).toBeNull();
    }
    await expect(verifyCredentials("lee@example.edu", strongPassword, addMinutes(start, 5))).rejects.toMatchObject({ by: "email-and-address", retryAt: addMinutes(start, 15) });
    // Another email is not affected.
    await signUpAction(initialFormState, form({ name: "Kim", email: "kim@example.edu", password: strongPassword }));
    expect(await verifyCredentials("kim@example.edu", strongPassword, addMinutes(start, 5))).not.toBeNull();
    // 15 minutes after the first failure, one slot frees up.
    expect(await verifyCredentials("lee@example.edu", strongPassword, addMinutes(start, 15))).not.toBeNull();
  });
});

describe("sign-in throttling by address", () => {
  const prisma = () => getDatabase().prisma;
  const from = (address: string) => setRequestHeaders({ "x-rapport-peer": address });
  async function earlierFailures(key: string, count: number, at: Date) {
    await prisma().signInAttempt.createMany({ data: Array.from({ length: count }, () => ({ key, succeeded: false, createdAt: at })) });
  }

  it("a stranger failing on someone's email is refused from their address; the owner still signs in from theirs", async () => {
    await signUpAction(initialFormState, form({ name: "Victim", email: "victim@example.edu", password: strongPassword }));
    const start = new Date("2026-11-23T10:00:00Z");
    from("198.51.100.70");
    for (let i = 0; i < 5; i++) expect(await verifyCredentials("victim@example.edu", `guess ${i}`, addMinutes(start, i))).toBeNull();
    await expect(verifyCredentials("victim@example.edu", "guess 5", addMinutes(start, 5))).rejects.toBeInstanceOf(ThrottledError);
    // A forged X-Forwarded-For from the same socket is still the same address.
    setRequestHeaders({ "x-rapport-peer": "198.51.100.70", "x-forwarded-for": "192.0.2.123" });
    await expect(verifyCredentials("victim@example.edu", "guess 6", addMinutes(start, 6))).rejects.toBeInstanceOf(ThrottledError);

    from("203.0.113.77");
    expect(await verifyCredentials("victim@example.edu", strongPassword, addMinutes(start, 6))).toMatchObject({ email: "victim@example.edu" });
  });

  it("one address failing across many emails is refused for every email it has not signed in to lately", async () => {
    await signUpAction(initialFormState, form({ name: "Campus User", email: "campus.user@example.edu", password: strongPassword }));
    const start = new Date("2026-11-24T10:00:00Z");
    from("198.51.100.80");
    // The owner signed in from this network an hour earlier.
    expect(await verifyCredentials("campus.user@example.edu", strongPassword, subMinutes(start, 60))).not.toBeNull();
    await earlierFailures("sign-in:address:198.51.100.80", SIGN_IN_ADDRESS_LIMITS[0]!.max - 1, start);
    expect(await verifyCredentials("stuffed.1@example.edu", "leaked password", start)).toBeNull();
    await expect(verifyCredentials("stuffed.2@example.edu", "leaked password", addMinutes(start, 1))).rejects.toMatchObject({ by: "address", retryAt: addMinutes(start, 15) });
    // A real account is refused too, unless it signed in from this address lately.
    await expect(verifyCredentials("victim@example.edu", strongPassword, addMinutes(start, 1))).rejects.toBeInstanceOf(ThrottledError);
    expect(await verifyCredentials("campus.user@example.edu", strongPassword, addMinutes(start, 1))).not.toBeNull();
    // Other addresses are not affected.
    from("198.51.100.81");
    expect(await verifyCredentials("stuffed.3@example.edu", "leaked password", addMinutes(start, 1))).toBeNull();
  });

  it("failures on one email from many addresses lock it only for addresses it has not signed in from lately", async () => {
    await signUpAction(initialFormState, form({ name: "Popular", email: "popular@example.edu", password: strongPassword }));
    const start = new Date("2026-11-25T10:00:00Z");
    from("203.0.113.90");
    expect(await verifyCredentials("popular@example.edu", strongPassword, subMinutes(start, 120))).not.toBeNull();
    // Far more failures than one address may make: a distributed guess.
    await earlierFailures("sign-in:email:popular@example.edu", SIGN_IN_EMAIL_LIMITS[0]!.max, start);
    from("198.51.100.91");
    await expect(verifyCredentials("popular@example.edu", strongPassword, addMinutes(start, 1))).rejects.toMatchObject({ by: "email" });
    from("203.0.113.90");
    expect(await verifyCredentials("popular@example.edu", strongPassword, addMinutes(start, 1))).toMatchObject({ email: "popular@example.edu" });
  });

  it("a success from an address clears that pair's failures but not the address's", async () => {
    await signUpAction(initialFormState, form({ name: "Typo", email: "typo@example.edu", password: strongPassword }));
    const start = new Date("2026-11-26T10:00:00Z");
    from("198.51.100.95");
    for (let i = 0; i < 4; i++) expect(await verifyCredentials("typo@example.edu", `typo ${i}`, addMinutes(start, i))).toBeNull();
    expect(await verifyCredentials("typo@example.edu", strongPassword, addMinutes(start, 4))).not.toBeNull();
    expect(await verifyCredentials("typo@example.edu", "typo again", addMinutes(start, 5))).toBeNull();
    expect(await prisma().signInAttempt.count({ where: { key: "sign-in:address:198.51.100.95" } })).toBe(5);
    expect(await prisma().signInAttempt.count({ where: { key: "sign-in:email:typo@example.edu" } })).toBe(5);
  });

  it("guesses fired in parallel get no more than five passwords checked", async () => {
    await signUpAction(initialFormState, form({ name: "Burst", email: "burst@example.edu", password: strongPassword }));
    from("198.51.100.99");
    const now = new Date();
    const settled = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => verifyCredentials("burst@example.edu", `parallel ${i}`, now)));
    const checked = settled.filter((s) => s.status === "fulfilled");
    const refused = settled.filter((s) => s.status === "rejected" && s.reason instanceof ThrottledError);
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(checked.length + refused.length).toBe(20);
    expect(await prisma().signInAttempt.count({ where: { key: { startsWith: "sign-in:email-address:burst@example.edu" } } })).toBe(checked.length);
  });
});

describe("sessions", () => {
  it("end when their row is deleted", async () => {
    const user = await getDatabase().prisma.user.findUniqueOrThrow({ where: { email: "maya@example.edu" } });
    const sessionId = await createSession(user.id);
    sessionHolder.current = { sessionId, expires: new Date(Date.now() + 60_000).toISOString() };
    expect((await getViewer())?.id).toBe(user.id);
    await deleteSession(sessionId);
    expect(await getViewer()).toBeNull();
  });

  it("are refused once expired", async () => {
    const user = await getDatabase().prisma.user.findUniqueOrThrow({ where: { email: "maya@example.edu" } });
    const sessionId = await createSession(user.id, new Date("2020-01-01T00:00:00Z"));
    sessionHolder.current = { sessionId, expires: new Date(Date.now() + 60_000).toISOString() };
    expect(await getViewer()).toBeNull();
  });
});

describe("sign-in with an outside provider", () => {
  const identity = (email: string, emailVerified: boolean, providerAccountId = `sub-${email}`) => ({ provider: "oidc", providerAccountId, email, name: "Outside", emailVerified });

  it("creates an account for a verified address, and signs the same identity in again", async () => {
    const first = await upsertOAuthUser(identity("new.person@univ.edu", true), "America/New_York");
    expect(await oauthSignInRefusal(identity("new.person@univ.edu", true))).toBeNull();
    expect((await upsertOAuthUser(identity("new.person@univ.edu", true), "America/New_York")).id).toBe(first.id);
  });

  it("refuses an address the provider has not verified, creating nothing", async () => {
    expect(await oauthSignInRefusal(identity("unverified@univ.edu", false))).toBe("unverified");
    await expect(upsertOAuthUser(identity("unverified@univ.edu", false), "America/New_York")).rejects.toThrow(/refused/);
    expect(await getDatabase().prisma.user.count({ where: { email: "unverified@univ.edu" } })).toBe(0);
  });

  it("never joins an outside identity to an account made with a password, even with a verified address", async () => {
    // Whoever registered the address first may not own it: Rapport does not verify addresses at sign-up.
    expect((await signUpAction(initialFormState, form({ name: "Pat", email: "pat@univ.edu", password: strongPassword }))).status).toBe("saved");
    expect(await oauthSignInRefusal(identity("pat@univ.edu", true))).toBe("password-account");
    await expect(upsertOAuthUser(identity("Pat@Univ.edu", true), "America/New_York")).rejects.toThrow(/refused/);
    expect(await getDatabase().prisma.account.count({ where: { user: { email: "pat@univ.edu" } } })).toBe(0);
  });

  it("joins a second verified provider to an account that has no password", async () => {
    const first = await upsertOAuthUser(identity("two.ways@univ.edu", true, "google-1"), "America/New_York");
    const second = await upsertOAuthUser({ ...identity("two.ways@univ.edu", true, "ms-1"), provider: "azure-ad" }, "America/New_York");
    expect(second.id).toBe(first.id);
  });
});
