// The job queue: pg-boss, in the app's PostgreSQL (its own "pgboss" schema), so every app instance
// shares one queue and one schedule. It runs only where both DATABASE_URL (a real PostgreSQL; the
// embedded PGlite is one process's and has no room for a queue several instances share) and
// SMTP_URL are set. Each instance starts a worker; pg-boss hands a job to one of them (SKIP LOCKED),
// and the schedule fires once per slot whatever the number of instances. Even if two runs overlap,
// sendDueDigests claims each (user, period) in the database first, so a digest goes out once.
import "server-only";
import nodemailer from "nodemailer";
import PgBoss from "pg-boss";
import { now as clockNow } from "../clock";
import { openDatabase } from "../database";
import { sendDueDigests, type DigestRunResult, type DigestTransport } from "./digest";

export const DIGEST_QUEUE = "digests";
/** Every 15 minutes: a user's 07:00 local is reached within a quarter hour whatever their zone. */
export const DIGEST_CRON = "*/15 * * * *";

export interface DigestQueueOptions {
  databaseUrl: string;
  smtpUrl: string;
  from?: string;
  appUrl?: string;
  /** Tests: poll faster than pg-boss's default 2 s. */
  pollingIntervalSeconds?: number;
  /** Tests: the clock the job reads (default lib/clock's now()). */
  now?: () => Date;
  /** Tests: a transport instead of one built from smtpUrl. */
  transport?: DigestTransport;
  log?: (message: string) => void;
}

export interface DigestQueue {
  boss: PgBoss;
  /** Queues one run now (the schedule does this every 15 minutes). */
  trigger(): Promise<string | null>;
  stop(): Promise<void>;
}

/** Reads the environment: the options when the digest is configured, else null. */
export function digestQueueOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): DigestQueueOptions | null {
  const databaseUrl = env.DATABASE_URL?.trim();
  const smtpUrl = env.SMTP_URL?.trim();
  if (!databaseUrl || !smtpUrl) return null;
  return { databaseUrl, smtpUrl, from: env.DIGEST_FROM?.trim() || undefined, appUrl: env.NEXTAUTH_URL?.trim() || undefined };
}

/** The From address when DIGEST_FROM is not set: no-reply at the SMTP server's host. */
export function defaultFrom(smtpUrl: string): string {
  let host = "localhost";
  try {
    host = new URL(smtpUrl).hostname || host;
  } catch {
    // keep localhost
  }
  return `Rapport <no-reply@${host}>`;
}

export async function startDigestQueue(options: DigestQueueOptions): Promise<DigestQueue> {
  const log = options.log ?? ((message: string) => console.log(`[digest] ${message}`));
  const database = openDatabase({ kind: "postgres", url: options.databaseUrl });
  const transport: DigestTransport = options.transport ?? nodemailer.createTransport(options.smtpUrl);
  const from = options.from ?? defaultFrom(options.smtpUrl);
  const clock = options.now ?? clockNow;

  const boss = new PgBoss({ connectionString: options.databaseUrl, max: 4, application_name: "rapport-jobs" });
  boss.on("error", (error) => log(`queue error: ${String(error)}`));
  await boss.start();
  await boss.createQueue(DIGEST_QUEUE);
  await boss.schedule(DIGEST_QUEUE, DIGEST_CRON);
  await boss.work(DIGEST_QUEUE, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async () => {
    const result: DigestRunResult = await sendDueDigests(clock(), transport, {
      prisma: database.prisma,
      from,
      appUrl: options.appUrl,
      onError: (error, userId) => log(`sending to user ${userId} failed, will retry: ${String(error)}`),
    });
    if (result.sent.length || result.failed.length) log(`sent ${result.sent.length}, failed ${result.failed.length}`);
    return result;
  });

  let stopped = false;
  return {
    boss,
    trigger: () => boss.send(DIGEST_QUEUE, {}),
    async stop() {
      if (stopped) return;
      stopped = true;
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      await database.close();
    },
  };
}
