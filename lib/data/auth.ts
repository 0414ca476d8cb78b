// Accounts, sign-in checks and sessions: the only part of the data layer that runs before there is a
// viewer, so it is deliberately small. Passwords are hashed with bcrypt and never leave this file.
import "server-only";
import bcrypt from "bcryptjs";
import { addDays, subMinutes } from "date-fns";
import { db } from "../db";
import { throttleState, WINDOW_MINUTES } from "../domain/throttle";
import type { SignUpInput } from "../validation/auth";
import { FieldError } from "./errors";

const BCRYPT_COST = 12;
export const SESSION_DAYS = 30;
// Compared against when the email is unknown, so a wrong email takes as long as a wrong password.
const DUMMY_HASH = bcrypt.hashSync("rapport-timing-equaliser", BCRYPT_COST);

export class ThrottledError extends Error {
  constructor(public readonly retryAt: Date) {
    super("too many failed sign-ins");
  }
}

export interface AuthUser {
  id: string;
  email: string;
  name: string;
}

export async function createUser(input: SignUpInput, timeZone: string): Promise<AuthUser> {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new FieldError("email", "An account with this email already exists. Sign in instead.");
  const passwordHash = await bcrypt.hash(input.password, BCRYPT_COST);
  try {
    return await db.user.create({
      data: { email: input.email, name: input.name, passwordHash, timeZone },
      select: { id: true, email: true, name: true },
    });
  } catch (error) {
    // Two sign-ups racing for one email: the unique index decides.
    if ((error as { code?: string }).code === "P2002") {
      throw new FieldError("email", "An account with this email already exists. Sign in instead.");
    }
    throw error;
  }
}

/** Checks an email and password; throws ThrottledError after repeated failures. */
export async function verifyCredentials(email: string, password: string, now = new Date()): Promise<AuthUser | null> {
  const key = email.trim().toLowerCase();
  const attempts = await db.signInAttempt.findMany({
    where: { key, createdAt: { gt: subMinutes(now, WINDOW_MINUTES) } },
    select: { succeeded: true, createdAt: true },
  });
  const state = throttleState(attempts, now);
  if (state.locked) throw new ThrottledError(state.retryAt);

  const user = await db.user.findUnique({
    where: { email: key },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  const ok = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  const succeeded = Boolean(user?.passwordHash) && ok;
  await db.signInAttempt.create({ data: { key, succeeded, createdAt: now } });
  if (!succeeded || !user) return null;
  return { id: user.id, email: user.email, name: user.name };
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

/** Links an OAuth identity to the user with that email, creating the user on first sign-in. */
export async function upsertOAuthUser(
  provider: string,
  providerAccountId: string,
  profile: { email: string; name: string },
  timeZone: string,
): Promise<AuthUser> {
  const linked = await db.account.findUnique({
    where: { provider_providerAccountId: { provider, providerAccountId } },
    select: { user: { select: { id: true, email: true, name: true } } },
  });
  if (linked) return linked.user;
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
