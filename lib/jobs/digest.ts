// Sends the email digests that are due. A SYSTEM job, run by the job queue (lib/jobs/queue.ts), not
// by a signed-in person: there is no viewer, so it is deliberately NOT scoped by requireViewer().
// Instead it keeps each user's data apart itself: the users come from their own opt-in
// (User.digestFrequency), every item is fetched by `ownerId IN (those users)` and then handed only
// to the digest of the user whose id is its ownerId, and the message goes only to that user's own
// address. It takes the Prisma client from its caller (the queue worker opens its own connection),
// so it never imports the app's viewer-scoped client.
//
// Exactly once across instances: before sending, a worker claims the (user, period) pair by
// inserting the DigestDelivery row with INSERT … ON CONFLICT DO NOTHING; only the worker whose
// insert returned the row sends. A failed send deletes the claim so the next run retries. A worker
// that dies between claiming and sending loses that one digest rather than risking a second copy.
import "server-only";
import { randomUUID } from "node:crypto";
import { buildDigest, digestHorizon, digestPeriodKey, isDigestDue, type DigestFrequency, type DigestMessage } from "../domain/digest";
import { shownReminder } from "../domain/today";
import type { PrismaClient } from "../generated/prisma/client";

/** The part of a nodemailer transport the job uses (a test passes a capturing one). */
export interface DigestTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string; html: string }): Promise<unknown>;
}

export interface DigestJobContext {
  prisma: PrismaClient;
  /** The From address. */
  from: string;
  /** The app's public address, for the link to Today. */
  appUrl?: string;
  /** Called for a send that failed (its claim is released for a retry). */
  onError?: (error: unknown, userId: string) => void;
}

export interface DigestRunResult {
  /** User ids whose digest this call sent. */
  sent: string[];
  /** Due users whose digest was empty (the period is still marked, so it is not rebuilt every 15 minutes). */
  empty: string[];
  /** User ids whose send failed; their claims were released. */
  failed: string[];
}

interface Claim {
  userId: string;
  periodKey: string;
}

export async function sendDueDigests(now: Date, transport: DigestTransport, context: DigestJobContext): Promise<DigestRunResult> {
  const { prisma } = context;
  const result: DigestRunResult = { sent: [], empty: [], failed: [] };

  // 1. Who opted in and is due now (their local 07:00 has passed), with the period it is for.
  const subscribers = await prisma.user.findMany({
    where: { digestFrequency: { not: "NONE" } },
    select: { id: true, email: true, name: true, timeZone: true, digestFrequency: true },
  });
  const due = new Map<string, (typeof subscribers)[number] & { periodKey: string; frequency: Exclude<DigestFrequency, "NONE"> }>();
  for (const user of subscribers) {
    const frequency = user.digestFrequency;
    if (frequency === "NONE" || !isDigestDue(frequency, now, user.timeZone)) continue;
    const periodKey = digestPeriodKey(frequency, now, user.timeZone);
    if (periodKey) due.set(user.id, { ...user, periodKey, frequency });
  }
  if (due.size === 0) return result;

  // 2. Claim every due period in one statement; the rows it returns are ours to send.
  const userIds = [...due.keys()];
  const periodKeys = userIds.map((id) => due.get(id)?.periodKey ?? "");
  const ids = userIds.map(() => randomUUID());
  const claimed = await prisma.$queryRaw<Claim[]>`
    INSERT INTO "DigestDelivery" ("id", "userId", "periodKey", "sentAt")
    SELECT c.id, c.user_id, c.period_key, ${now}
    FROM unnest(${ids}::text[], ${userIds}::text[], ${periodKeys}::text[]) AS c(id, user_id, period_key)
    ON CONFLICT ("userId", "periodKey") DO NOTHING
    RETURNING "userId", "periodKey"`;
  if (claimed.length === 0) return result;

  // 3. Their items, in two queries whatever the number of users.
  const mine = claimed.map((c) => c.userId);
  const horizon = latest(claimed.map((c) => digestHorizon(now, due.get(c.userId)?.timeZone ?? "UTC")));
  const [reminders, meetings] = await Promise.all([
    prisma.reminder.findMany({
      where: {
        ownerId: { in: mine },
        status: "PENDING",
        dueAt: { lt: horizon },
        OR: [{ snoozedUntil: null }, { snoozedUntil: { lt: horizon } }],
      },
      select: {
        ownerId: true,
        rule: true,
        title: true,
        dueAt: true,
        snoozedUntil: true,
        contact: { select: { name: true } },
        meeting: { select: { ownerId: true, startsAt: true } },
      },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    }),
    prisma.meeting.findMany({
      where: { ownerId: { in: mine }, status: "SCHEDULED", startsAt: { gte: now, lt: horizon } },
      select: { ownerId: true, title: true, startsAt: true, location: true, contact: { select: { name: true } } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    }),
  ]);

  // 4. One message per claimed user, built only from rows whose ownerId is that user.
  for (const claim of claimed) {
    const user = due.get(claim.userId);
    if (!user) continue;
    const message: DigestMessage | null = buildDigest({
      frequency: user.frequency,
      now,
      timeZone: user.timeZone,
      userName: user.name,
      appUrl: context.appUrl,
      reminders: reminders
        .filter((r) => r.ownerId === user.id)
        .map((r) => ({ ...shownReminder(r, user.id), dueAt: r.dueAt, snoozedUntil: r.snoozedUntil })),
      meetings: meetings
        .filter((m) => m.ownerId === user.id)
        .map((m) => ({ title: m.title, startsAt: m.startsAt, location: m.location, contactName: m.contact?.name ?? null })),
    });
    if (!message) {
      result.empty.push(user.id);
      continue;
    }
    try {
      await transport.sendMail({ from: context.from, to: user.email, subject: message.subject, text: message.text, html: message.html });
      result.sent.push(user.id);
    } catch (error) {
      await prisma.digestDelivery.deleteMany({ where: { userId: user.id, periodKey: claim.periodKey } });
      result.failed.push(user.id);
      context.onError?.(error, user.id);
    }
  }
  return result;
}

function latest(dates: Date[]): Date {
  return new Date(Math.max(...dates.map((d) => d.getTime())));
}
