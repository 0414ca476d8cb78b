// The email digest: the preference (viewer-scoped), and the system job that sends what is due.
// (a) On any database: two concurrent runs deliver one digest per due user; off means none; a user's
//     digest holds only their own items; a failed send is retried by the next run.
// (b) With DATABASE_URL (a real PostgreSQL): a local SMTP server and TWO pg-boss workers against the
//     same database; the SMTP server receives exactly one message per due user.
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { updateDigestPreferenceAction } from "@/lib/actions/digest";
import { getDigestPreference, updateDigestPreference } from "@/lib/data/settings";
import { getDatabase } from "@/lib/db";
import { sendDueDigests, type DigestTransport } from "@/lib/jobs/digest";
import { DIGEST_QUEUE, startDigestQueue, type DigestQueue } from "@/lib/jobs/queue";
import { initialFormState } from "@/lib/validation/form-state";
import { createTestUser } from "../support/factories";
import { signInAs } from "../support/session";

const prisma = () => getDatabase().prisma;
const NY = "America/New_York";
/** Monday 2026-11-23, 08:00 in New York: daily and weekly digests are both due. */
const MONDAY_8AM = new Date("2026-11-23T13:00:00Z");

type User = { id: string; email: string; name: string };
let daily: User;
let weekly: User;
let other: User;
let off: User;
let empty: User;

interface Sent {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

function capturing(fail?: (to: string) => boolean): DigestTransport & { sent: Sent[] } {
  const sent: Sent[] = [];
  return {
    sent,
    async sendMail(message) {
      // Yield first, so two concurrent runs really interleave.
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (fail?.(message.to)) throw new Error("SMTP 451 try again later");
      sent.push(message);
      return { messageId: randomBytes(4).toString("hex") };
    },
  };
}

const context = () => ({ prisma: prisma(), from: "Rapport <digest@example.edu>", appUrl: "https://rapport.example.edu" });

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

async function reminder(ownerId: string, title: string, dueAt: Date, contactName?: string) {
  const contact = contactName ? await prisma().contact.create({ data: { ownerId, name: contactName } }) : null;
  await prisma().reminder.create({
    data: { ownerId, contactId: contact?.id, rule: "FOLLOW_UP_7B", ruleKey: randomBytes(6).toString("hex"), title, dueAt },
  });
}

beforeAll(async () => {
  daily = await createTestUser("Daily Dana");
  weekly = await createTestUser("Weekly Wes");
  other = await createTestUser("Other Olive");
  off = await createTestUser("Off Otto");
  empty = await createTestUser("Empty Emma");
  await prisma().user.updateMany({ data: { timeZone: NY } });

  await reminder(daily.id, "Follow up with Ana", new Date("2026-11-23T15:00:00Z"), "Ana Ruiz");
  await prisma().meeting.create({
    data: { ownerId: daily.id, title: "Coffee with Cy", startsAt: new Date("2026-11-24T16:00:00Z"), timeZone: NY, icsUid: `${randomBytes(8).toString("hex")}@test` },
  });
  await reminder(weekly.id, "Thank Dee", new Date("2026-11-26T15:00:00Z"));
  await reminder(other.id, "Olive's private reminder", new Date("2026-11-23T14:00:00Z"), "Olive's secret contact");
  await reminder(off.id, "Otto's reminder", new Date("2026-11-23T14:00:00Z"));
  // Empty Emma has only a reminder already done: nothing to say.
  await reminder(empty.id, "Already done", new Date("2026-11-23T14:00:00Z"));
  await prisma().reminder.updateMany({ where: { ownerId: empty.id }, data: { status: "DONE" } });
});

beforeEach(async () => {
  await prisma().digestDelivery.deleteMany({});
  // Users the preference tests created stay out of the job's way.
  await prisma().user.updateMany({ data: { digestFrequency: "NONE" } });
  await prisma().user.update({ where: { id: daily.id }, data: { digestFrequency: "DAILY" } });
  await prisma().user.update({ where: { id: weekly.id }, data: { digestFrequency: "WEEKLY" } });
  await prisma().user.update({ where: { id: other.id }, data: { digestFrequency: "DAILY" } });
  await prisma().user.update({ where: { id: off.id }, data: { digestFrequency: "NONE" } });
  await prisma().user.update({ where: { id: empty.id }, data: { digestFrequency: "DAILY" } });
});

describe("the digest preference", () => {
  it("is off by default, saved through the action, and refused on the field when unknown", async () => {
    const fresh = await createTestUser("Fresh Fay");
    await signInAs(fresh.id);
    expect(await getDigestPreference()).toEqual({ digestFrequency: "NONE", email: fresh.email });
    const saved = await updateDigestPreferenceAction(initialFormState, form({ digestFrequency: "WEEKLY" }));
    expect(saved.status).toBe("saved");
    expect((await getDigestPreference()).digestFrequency).toBe("WEEKLY");
    const refused = await updateDigestPreferenceAction(initialFormState, form({ digestFrequency: "HOURLY" }));
    expect(refused.status).toBe("invalid");
    expect(refused.fieldErrors?.digestFrequency).toBe("Choose off, daily or weekly.");
    expect(refused.values?.digestFrequency).toBe("HOURLY");
    expect((await getDigestPreference()).digestFrequency).toBe("WEEKLY");
  });

  it("is each user's own: another user neither reads nor changes it", async () => {
    const a = await createTestUser("Pref Owner");
    const b = await createTestUser("Pref Snoop");
    await signInAs(a.id);
    await updateDigestPreference("DAILY");
    await signInAs(b.id);
    expect(await getDigestPreference()).toEqual({ digestFrequency: "NONE", email: b.email });
    await updateDigestPreference("WEEKLY");
    expect((await updateDigestPreferenceAction(initialFormState, form({ digestFrequency: "NONE" }))).status).toBe("saved");
    const rows = await prisma().user.findMany({ where: { id: { in: [a.id, b.id] } }, select: { id: true, digestFrequency: true } });
    expect(rows.find((r) => r.id === a.id)?.digestFrequency).toBe("DAILY");
    expect(rows.find((r) => r.id === b.id)?.digestFrequency).toBe("NONE");
  });
});

describe("sendDueDigests", () => {
  it("delivers exactly one digest per due user across two concurrent runs", async () => {
    const first = capturing();
    const second = capturing();
    const [r1, r2] = await Promise.all([sendDueDigests(MONDAY_8AM, first, context()), sendDueDigests(MONDAY_8AM, second, context())]);
    const sent = [...first.sent, ...second.sent];
    expect(sent.map((m) => m.to).sort()).toEqual([daily.email, other.email, weekly.email].sort());
    expect([...r1.sent, ...r2.sent].sort()).toEqual([daily.id, other.id, weekly.id].sort());
    // One claim row per due user and period, the empty digest's included.
    const rows = await prisma().digestDelivery.findMany({ select: { userId: true, periodKey: true } });
    expect(rows).toHaveLength(4);
    expect(rows).toContainEqual({ userId: weekly.id, periodKey: "2026-W48" });
    expect(rows).toContainEqual({ userId: daily.id, periodKey: "2026-11-23" });

    // A later run in the same period sends nothing more.
    const later = capturing();
    await sendDueDigests(new Date("2026-11-23T20:00:00Z"), later, context());
    expect(later.sent).toEqual([]);
  });

  it("sends nothing to a user whose digest is off, nor an empty digest, nor before 07:00 local", async () => {
    const early = capturing();
    await sendDueDigests(new Date("2026-11-23T11:45:00Z"), early, context()); // 06:45 in New York
    expect(early.sent).toEqual([]);
    const transport = capturing();
    const result = await sendDueDigests(MONDAY_8AM, transport, context());
    expect(transport.sent.map((m) => m.to)).not.toContain(off.email);
    expect(transport.sent.map((m) => m.to)).not.toContain(empty.email);
    expect(result.empty).toEqual([empty.id]);
  });

  it("puts only the user's own items in their digest", async () => {
    const transport = capturing();
    await sendDueDigests(MONDAY_8AM, transport, context());
    const dana = transport.sent.find((m) => m.to === daily.email);
    const olive = transport.sent.find((m) => m.to === other.email);
    expect(dana?.text).toContain("Follow up with Ana (Ana Ruiz)");
    expect(dana?.text).toContain("Coffee with Cy");
    expect(dana?.from).toBe("Rapport <digest@example.edu>");
    for (const part of [dana?.text, dana?.html]) {
      expect(part).not.toContain("Olive");
      expect(part).not.toContain("Otto");
      expect(part).not.toContain("Thank Dee");
    }
    expect(olive?.html).toContain("Olive&#39;s private reminder");
    expect(olive?.text).not.toContain("Ana");
    expect(transport.sent.find((m) => m.to === weekly.email)?.subject).toBe("Your week in Rapport: 1 coming up");
  });

  it("releases the claim when sending fails, so the next run sends it", async () => {
    const failing = capturing((to) => to === daily.email);
    const result = await sendDueDigests(MONDAY_8AM, failing, context());
    expect(result.failed).toEqual([daily.id]);
    expect(failing.sent.map((m) => m.to)).not.toContain(daily.email);
    expect(await prisma().digestDelivery.count({ where: { userId: daily.id } })).toBe(0);

    const retry = capturing();
    await sendDueDigests(new Date("2026-11-23T13:15:00Z"), retry, context());
    expect(retry.sent.map((m) => m.to)).toEqual([daily.email]);
  });

  it("sends the next day's daily digest again, and no weekly one on Tuesday", async () => {
    await sendDueDigests(MONDAY_8AM, capturing(), context());
    const tuesday = capturing();
    await sendDueDigests(new Date("2026-11-24T13:00:00Z"), tuesday, context());
    expect(tuesday.sent.map((m) => m.to).sort()).toEqual([daily.email, other.email].sort());
  });
});

describe.skipIf(!process.env.DATABASE_URL)("the queue on PostgreSQL with a real SMTP server", () => {
  let smtp: SMTPServer;
  let port = 0;
  const received: { to: string[]; raw: string }[] = [];
  const workers: DigestQueue[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", () => resolve()));
    port = (smtp.server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it("delivers one digest per due user even with two workers each running the job", async () => {
    const databaseUrl = process.env.DATABASE_URL ?? "";
    const options = {
      databaseUrl,
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: "Rapport <digest@example.edu>",
      pollingIntervalSeconds: 0.5,
      now: () => MONDAY_8AM,
      log: () => undefined,
    };
    // Two app instances: separate pg-boss instances and database connections, one database.
    workers.push(await startDigestQueue(options), await startDigestQueue(options));
    const [a, b] = workers as [DigestQueue, DigestQueue];
    // Each instance queues a run, as if both schedules fired: two jobs, picked up by either worker.
    const jobs = await Promise.all([a.trigger(), b.trigger(), a.trigger()]);
    expect(jobs.every(Boolean)).toBe(true);

    const deadline = Date.now() + 30_000;
    for (;;) {
      const states = await Promise.all(jobs.map((id) => a.boss.getJobById(DIGEST_QUEUE, id ?? "", { includeArchive: true })));
      if (states.every((job) => job?.state === "completed")) break;
      expect(states.some((job) => job?.state === "failed")).toBe(false);
      if (Date.now() > deadline) throw new Error(`jobs did not complete: ${states.map((j) => j?.state).join(", ")}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }

    const recipients = received.flatMap((m) => m.to).sort();
    expect(recipients).toEqual([daily.email, other.email, weekly.email].sort());
    const dana = received.find((m) => m.to.includes(daily.email));
    expect(dana?.raw).toContain("Follow up with Ana");
    expect(dana?.raw).not.toContain("Olive");
  });
});
