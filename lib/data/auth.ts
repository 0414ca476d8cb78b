// Accounts, sign-in checks and sessions: the only part of the data layer that runs before there is a
// viewer, so it is deliberately small. Passwords are hashed with bcrypt and never leave this file.
import "server-only";
import bcrypt from "bcryptjs";
import { addDays, subMinutes } from "date-fns";
import { db } from "../db";
import {
  rateLimitState,
  RECOGNISED_ADDRESS_MINUTES,
  signInThrottleState,
  SIGN_UP_ADDRESS_LIMITS,
  SIGN_UP_EMAIL_LIMITS,
  THROTTLE_RETENTION_MINUTES,
  WINDOW_MINUTES,
  type RateLimit,
  type SignInThrottleBy,
} from "../domain/throttle";
import { EMAIL_TAKEN_MESSAGE, type SignUpInput } from "../validation/auth";
import { requestClientAddress } from "./client";
import { FieldError } from "./errors";

const BCRYPT_COST = 12;
export const SESSION_DAYS = 30;
// Compared against when the email is unknown, so a wrong email takes as long as a wrong password.
const DUMMY_HASH = bcrypt.hashSync("rapport-timing-equaliser", BCRYPT_COST);

/** Too many failed sign-ins: for this email from this address, from this address, or for this email. */
export class ThrottledError extends Error {
  constructor(
    public readonly retryAt: Date,
    public readonly by: SignInThrottleBy = "email-and-address",
  ) {
    super(`too many failed sign-ins by ${by}`);
  }
}

/** Too many sign-ups from this client address (`address`) or naming this email (`email`). */
export class SignUpThrottledError extends Error {
  constructor(
    public readonly retryAt: Date,
    public readonly by: "address" | "email",
  ) {
    super(`too many sign-ups by ${by}`);
  }
}

export interface AuthUser {
  id: string;
  email: string;
  name: string;
}

/**
 * Creates an account. Throws SignUpThrottledError when the client's address or the email has had
 * too many sign-ups lately (SIGN_UP_*_LIMITS), before any password is hashed.
 */
export async function createUser(input: SignUpInput, timeZone: string, now = new Date()): Promise<AuthUser> {
  await admitSignUp(input.email, await requestClientAddress(), now);
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new FieldError("email", EMAIL_TAKEN_MESSAGE);
  const passwordHash = await bcrypt.hash(input.password, BCRYPT_COST);
  try {
    return await db.user.create({
      data: { email: input.email, name: input.name, passwordHash, timeZone },
      select: { id: true, email: true, name: true },
    });
  } catch (error) {
    // Two sign-ups racing for one email: the unique index decides.
    if ((error as { code?: string }).code === "P2002") {
      throw new FieldError("email", EMAIL_TAKEN_MESSAGE);
    }
    throw error;
  }
}

/**
 * Counts this sign-up against its address and its email, or refuses it. Every attempt that gets
 * this far counts, created or not (an "already exists" answer tells a prober something too). The
 * rows are written first and counted after, so attempts racing on several instances cannot all
 * pass a check made before any of them wrote; a refused attempt takes its rows back, so retrying
 * while refused does not push the time to try again further out. Rows share the sign-in attempt
 * table under their own keys (`succeeded` means nothing for them).
 */
async function admitSignUp(email: string, address: string, now: Date): Promise<void> {
  const checks: { key: string; limits: readonly RateLimit[]; by: "address" | "email" }[] = [
    { key: `sign-up:address:${address}`, limits: SIGN_UP_ADDRESS_LIMITS, by: "address" },
    { key: `sign-up:email:${email}`, limits: SIGN_UP_EMAIL_LIMITS, by: "email" },
  ];
  const mine = await recordAttempts(checks.map((c) => c.key), now);
  await forgetExpiredAttempts(checks.map((c) => c.key), now);
  const longest = Math.max(...checks.flatMap((c) => c.limits.map((l) => l.windowMinutes)));
  const earlier = await db.signInAttempt.findMany({
    where: { key: { in: checks.map((c) => c.key) }, createdAt: { gt: subMinutes(now, longest) }, id: { notIn: mine.map((m) => m.id) } },
    select: { key: true, createdAt: true },
  });
  let refusal: SignUpThrottledError | null = null;
  for (const { key, limits, by } of checks) {
    const state = rateLimitState(earlier.filter((a) => a.key === key).map((a) => a.createdAt), now, limits);
    if (state.locked && (!refusal || state.retryAt > refusal.retryAt)) refusal = new SignUpThrottledError(state.retryAt, by);
  }
  if (refusal) {
    await db.signInAttempt.deleteMany({ where: { id: { in: mine.map((m) => m.id) } } });
    throw refusal;
  }
}

/**
 * Records one failed attempt under each key, in order, in a single INSERT: atomic without a
 * transaction, which on the embedded database would queue behind any running one and could time
 * out before it started (P2028), failing the sign-in.
 */
async function recordAttempts(keys: string[], now: Date): Promise<{ id: string }[]> {
  const rows = await db.signInAttempt.createManyAndReturn({ data: keys.map((key) => ({ key, succeeded: false, createdAt: now })), select: { id: true, key: true } });
  return keys.map((key) => rows.find((row) => row.key === key)!);
}

/** The attempt-table keys one sign-in counts under (lib/domain/throttle.ts says why three). */
function signInKeys(email: string, address: string) {
  // A space never appears in an email the sign-in form accepts, nor in an address.
  return { emailAndAddress: `sign-in:email-address:${email} ${address}`, address: `sign-in:address:${address}`, email: `sign-in:email:${email}` };
}

/**
 * Checks an email and password; throws ThrottledError after repeated failures (signInThrottleState).
 * `address` is the client's, from the request unless given.
 *
 * The attempt is recorded as a failure under each key first and the others counted after, so
 * guesses racing on several instances cannot all pass a check made before any of them wrote; a
 * refused attempt takes its rows back (retrying while refused does not push the wait further out),
 * and a success turns its email-and-address row into a success and takes back the other two.
 */
export async function verifyCredentials(email: string, password: string, now = new Date(), address?: string): Promise<AuthUser | null> {
  const normalised = email.trim().toLowerCase();
  const keys = signInKeys(normalised, address ?? (await requestClientAddress()));
  const [pairRow, addressRow, emailRow] = await recordAttempts([keys.emailAndAddress, keys.address, keys.email], now);
  const mine = [pairRow!.id, addressRow!.id, emailRow!.id];
  const since = (minutes: number) => ({ gt: subMinutes(now, minutes) });
  const earlier = await db.signInAttempt.findMany({
    where: {
      id: { notIn: mine },
      OR: [
        { key: keys.emailAndAddress, createdAt: since(Math.max(WINDOW_MINUTES, RECOGNISED_ADDRESS_MINUTES)) },
        { key: { in: [keys.address, keys.email] }, createdAt: since(WINDOW_MINUTES) },
      ],
    },
    select: { key: true, succeeded: true, createdAt: true },
  });
  const state = signInThrottleState(
    {
      emailAndAddress: earlier.filter((a) => a.key === keys.emailAndAddress),
      addressFailures: earlier.filter((a) => a.key === keys.address).map((a) => a.createdAt),
      emailFailures: earlier.filter((a) => a.key === keys.email).map((a) => a.createdAt),
    },
    now,
  );
  if (state.locked) {
    await db.signInAttempt.deleteMany({ where: { id: { in: mine } } });
    throw new ThrottledError(state.retryAt, state.by);
  }

  const user = await db.user.findUnique({
    where: { email: normalised },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  const ok = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  const succeeded = Boolean(user?.passwordHash) && ok;
  if (succeeded) {
    // Two statements, not a transaction: if the second fails, two failure rows stay behind, and
    // those count only toward the loose ceilings.
    await db.signInAttempt.update({ where: { id: pairRow!.id }, data: { succeeded: true }, select: { id: true } });
    await db.signInAttempt.deleteMany({ where: { id: { in: [addressRow!.id, emailRow!.id] } } });
  }
  await forgetExpiredAttempts(Object.values(keys), now);
  if (!succeeded || !user) return null;
  return { id: user.id, email: user.email, name: user.name };
}

/**
 * Deletes these keys' attempt rows that no limit counts any more (older than
 * THROTTLE_RETENTION_MINUTES), through the (key, createdAt) index, each time a key gets a new row;
 * `npm start` deletes every key's (scripts/start.ts), for keys that never come back.
 */
export async function forgetExpiredAttempts(keys: readonly string[], now: Date): Promise<void> {
  await db.signInAttempt.deleteMany({ where: { key: { in: [...keys] }, createdAt: { lt: subMinutes(now, THROTTLE_RETENTION_MINUTES) } } });
}

export async function createSession(userId: string, now = new Date()): Promise<string> {
  const session = await db.session.create({
    data: { userId, expiresAt: addDays(now, SESSION_DAYS) },
    select: { id: true },
  });
  return session.id;
}

export async function deleteSession(sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}

export interface OAuthIdentity {
  provider: string;
  providerAccountId: string;
  email: string;
  name: string;
  /** The provider vouches that this person controls the address (lib/auth.ts decides per provider). */
  emailVerified: boolean;
}

/**
 * Whether an outside identity may sign in, and as whom. An address is only trusted when its
 * provider verified it, and it is never joined to an account someone made with a password: Rapport
 * does not verify addresses at sign-up, so that password may be a stranger's who registered the
 * address first, and a provider whose addresses anyone can set (Microsoft's multi-tenant sign-in)
 * would otherwise open any account. An identity already linked always signs in.
 */
export async function oauthSignInRefusal(identity: OAuthIdentity): Promise<"unverified" | "password-account" | null> {
  const linked = await db.account.findUnique({ where: { provider_providerAccountId: { provider: identity.provider, providerAccountId: identity.providerAccountId } }, select: { id: true } });
  if (linked) return null;
  if (!identity.emailVerified || !identity.email) return "unverified";
  const existing = await db.user.findUnique({ where: { email: identity.email.toLowerCase() }, select: { passwordHash: true } });
  return existing?.passwordHash ? "password-account" : null;
}

/** Links an OAuth identity to the user with that email, creating the user on first sign-in (see oauthSignInRefusal). */
export async function upsertOAuthUser(identity: OAuthIdentity, timeZone: string): Promise<AuthUser> {
  const { provider, providerAccountId } = identity;
  const linked = await db.account.findUnique({
    where: { provider_providerAccountId: { provider, providerAccountId } },
    select: { user: { select: { id: true, email: true, name: true } } },
  });
  if (linked) return linked.user;
  const refusal = await oauthSignInRefusal(identity);
  if (refusal) throw new Error(`OAuth sign-in refused: ${refusal}`);
  const profile = identity;
  const email = profile.email.toLowerCase();
  const user = await db.user.upsert({
    where: { email },
    update: {},
    create: { email, name: profile.name || email, timeZone },
    select: { id: true, email: true, name: true },
  });
  await db.account.create({ data: { userId: user.id, provider, providerAccountId } });
  return user;
}
