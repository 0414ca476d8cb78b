// npm run bench: server-side speed of the pages a student lives in, and of the career centre's
// cohort dashboard, at scale.
//
// Seeds a student with 2,000 contacts (spread over every stage, with history, outreach and
// reminders) and a career centre whose one cohort holds 1,000 students with 100 contacts each
// (100,000 contacts, with stage history, outreach, replies, meetings, thank-yous and reminders)
// into a fresh database — PostgreSQL when DATABASE_URL is set or a server answers on
// 127.0.0.1:5432, else the embedded one — serves a production build, signs in as the student and
// as a staff member, and requests each page sequentially. Reports the median and p95 server time
// and the SQL statements per request (counted by the app's Prisma client); then imports a
// 50,000-row LinkedIn export through the import job (scripts/bench-import.ts, in its own process so
// its peak memory is its own) and reports rows per second and peak memory. Results go to
// bench-results/bench.json and bench-results/bench.md.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import bcrypt from "bcryptjs";
import pg from "pg";
import { openDatabase, type DatabaseConfig } from "../lib/database";
import { migrate } from "../lib/migrations";
import { contactPriority } from "../lib/domain/priority";
import { STAGES } from "../lib/domain/stages";

const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 2000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 40);
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 1000);
const CONTACTS_PER_STUDENT = Number(process.env.BENCH_CONTACTS_PER_STUDENT ?? 100);
const EMAIL = "bench.student@rapport.test";
const STAFF_EMAIL = "bench.staff@rapport.test";
const PASSWORD = "bench-password-2026";
const outDir = path.resolve("bench-results");
const dataRoot = path.resolve(".data", "bench");
const countFile = path.join(dataRoot, "query-count");

async function chooseDatabase(): Promise<{ config: DatabaseConfig; label: string; env: Record<string, string> }> {
  const serverUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const admin = new pg.Client({ connectionString: serverUrl });
  try {
    await admin.connect();
    await admin.query("DROP DATABASE IF EXISTS rapport_bench WITH (FORCE)");
    await admin.query("CREATE DATABASE rapport_bench");
    const url = new URL(serverUrl);
    url.pathname = "/rapport_bench";
    const version = (await admin.query<{ server_version: string }>("SHOW server_version")).rows[0]?.server_version;
    return { config: { kind: "postgres", url: url.toString() }, label: `PostgreSQL ${version}`, env: { DATABASE_URL: url.toString() } };
  } catch {
    rmSync(path.join(dataRoot, "pglite"), { recursive: true, force: true });
    return { config: { kind: "pglite", dataDir: path.join(dataRoot, "pglite") }, label: "embedded PostgreSQL (PGlite)", env: { DATABASE_URL: "" } };
  } finally {
    await admin.end().catch(() => undefined);
  }
}

async function seed(config: DatabaseConfig) {
  const db = openDatabase(config);
  try {
    await migrate(db.sql);
    const prisma = db.prisma;
    const user = await prisma.user.create({
      data: { email: EMAIL, name: "Bench Student", timeZone: "America/New_York", passwordHash: await bcrypt.hash(PASSWORD, 10) },
    });
    const now = Date.now();
    const contacts = Array.from({ length: CONTACTS }, (_, i) => {
      const motivation = (i % 5) + 1;
      const isAlumniOrAdvocate = i % 3 === 0;
      const openPostings = i % 4;
      const stage = STAGES[i % STAGES.length]!;
      return {
        id: `bench-contact-${i}`,
        ownerId: user.id,
        name: `Contact ${String(i).padStart(4, "0")}`,
        title: "Account Executive",
        employer: `Employer ${i % 150}`,
        email: `contact${i}@employer${i % 150}.example`,
        tags: i % 7 === 0 ? ["agency", "nyc"] : ["pr"],
        motivation,
        isAlumniOrAdvocate,
        openPostings,
        priority: contactPriority({ motivation, isAlumniOrAdvocate, openPostings }),
        stage,
        stageChangedAt: new Date(now - (i % 60) * 86_400_000),
      };
    });
    for (let i = 0; i < contacts.length; i += 500) await prisma.contact.createMany({ data: contacts.slice(i, i + 500) });
    const changes = contacts.flatMap((c) =>
      STAGES.slice(0, STAGES.indexOf(c.stage) + 1).map((stage, k) => ({
        ownerId: user.id,
        contactId: c.id,
        fromStage: k === 0 ? null : STAGES[k - 1]!,
        toStage: stage,
        at: new Date(c.stageChangedAt.getTime() - (STAGES.indexOf(c.stage) - k) * 86_400_000),
      })),
    );
    for (let i = 0; i < changes.length; i += 1000) await prisma.stageChange.createMany({ data: changes.slice(i, i + 1000) });
    const outreach = contacts.filter((c) => c.stage !== "FIND").map((c) => ({ ownerId: user.id, contactId: c.id, channel: "EMAIL" as const, sentAt: c.stageChangedAt }));
    for (let i = 0; i < outreach.length; i += 1000) await prisma.outreachAttempt.createMany({ data: outreach.slice(i, i + 1000) });
    const reminders = contacts
      .filter((_, i) => i % 2 === 0)
      .map((c, i) => ({ ownerId: user.id, contactId: c.id, rule: "FOLLOW_UP_7B" as const, ruleKey: c.id, title: `Follow up with ${c.name}`, dueAt: new Date(now + ((i % 30) - 10) * 86_400_000) }));
    for (let i = 0; i < reminders.length; i += 1000) await prisma.reminder.createMany({ data: reminders.slice(i, i + 1000) });
    const centre = await seedCareerCentre(db, user.passwordHash ?? "");
    await db.sql.exec("ANALYZE");
    return { contacts: contacts.length, stageChanges: changes.length, outreach: outreach.length, reminders: reminders.length, centre };
  } finally {
    await db.close();
  }
}

/**
 * A career centre with one cohort of STUDENTS students, CONTACTS_PER_STUDENT contacts each, built in
 * SQL with generate_series (100,000 contacts through Prisma would take minutes). Consent: one in ten
 * shares nothing, one in five also shares contacts. A contact's stage history runs from Find to its
 * stage; outreach, replies, done meetings, thank-yous and pending reminders follow its stage.
 */
async function seedCareerCentre(db: ReturnType<typeof openDatabase>, passwordHash: string) {
  const run = (text: string, params: unknown[] = []) => db.sql.query(text, params);
  const staff = await db.prisma.user.create({ data: { email: STAFF_EMAIL, name: "Bench Staff", timeZone: "America/New_York", passwordHash } });
  const centre = await db.prisma.organisation.create({
    data: { kind: "CAREER_CENTRE", name: "Bench Career Centre", slug: "bench-centre", inviteCode: "BENCH-CENTRE", memberships: { create: { userId: staff.id, role: "STAFF" } } },
  });
  const cohort = await db.prisma.cohort.create({ data: { organisationId: centre.id, name: "Bench Cohort", term: "Fall", inviteCode: "BNCH-2026" } });
  await run(
    `INSERT INTO "User"(id, email, name, "passwordHash", "timeZone", "weeklyOutreachGoal", "createdAt", "updatedAt")
     SELECT 'bs-' || g, 'bench.student' || g || '@rapport.test', 'Student ' || lpad(g::text, 4, '0'), $1,
            (ARRAY['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/London'])[1 + g % 4], 5,
            now() - interval '200 days', now()
     FROM generate_series(1, $2::int) g`,
    [passwordHash, STUDENTS],
  );
  await run(
    `INSERT INTO "Membership"(id, "organisationId", "userId", role) SELECT 'bms-' || g, $1, 'bs-' || g, 'STUDENT' FROM generate_series(1, $2::int) g`,
    [centre.id, STUDENTS],
  );
  await run(
    `INSERT INTO "CohortMember"(id, "cohortId", "userId", consent, "consentAt", "joinedAt")
     SELECT 'bcm-' || g, $1, 'bs-' || g,
            (CASE WHEN g % 10 = 0 THEN 'NONE' WHEN g % 5 = 1 THEN 'CONTACTS' ELSE 'PROGRESS' END)::"ConsentLevel",
            now() - interval '90 days', now() - interval '90 days'
     FROM generate_series(1, $2::int) g`,
    [cohort.id, STUDENTS],
  );
  // Every seventh student has been quiet for a month: the dashboard's "stalled" flag has work to do.
  await run(
    `INSERT INTO "Contact"(id, "ownerId", name, employer, stage, "stageChangedAt", priority, "createdAt", "updatedAt")
     SELECT 'bc-' || s || '-' || c, 'bs-' || s, 'Contact ' || s || '-' || c, 'Employer ' || (c % 40),
            (enum_range(NULL::"Stage"))[1 + (s + c) % 6],
            now() - (CASE WHEN s % 7 = 0 THEN 30 ELSE 0 END + (s * 7 + c) % 60) * interval '1 day', 50,
            now() - interval '120 days', now()
     FROM generate_series(1, $1::int) s, generate_series(1, $2::int) c`,
    [STUDENTS, CONTACTS_PER_STUDENT],
  );
  const benchContacts = `SELECT *, array_position(enum_range(NULL::"Stage"), stage) AS idx FROM "Contact" WHERE id LIKE 'bc-%'`;
  await run(
    `INSERT INTO "StageChange"(id, "ownerId", "contactId", "fromStage", "toStage", at)
     SELECT c.id || '-' || k, c."ownerId", c.id,
            CASE WHEN k = 1 THEN NULL ELSE (enum_range(NULL::"Stage"))[k - 1] END, (enum_range(NULL::"Stage"))[k],
            c."stageChangedAt" - (c.idx - k) * interval '1 day'
     FROM (${benchContacts}) c CROSS JOIN LATERAL generate_series(1, c.idx) k`,
  );
  // Requests for every contact past Find, answered from Scheduled on; a follow-up for one in three
  // still in Outreach; a thank-you after each done meeting, on time for most.
  await run(
    `INSERT INTO "OutreachAttempt"(id, "ownerId", "contactId", kind, channel, "sentAt", "replyStatus", "repliedAt")
     SELECT 'bo-' || c.id, c."ownerId", c.id, 'INITIAL'::"OutreachKind", 'EMAIL'::"Channel", c."stageChangedAt" - (c.idx - 2) * interval '1 day' - interval '2 days',
            (CASE WHEN c.idx >= 3 THEN 'REPLIED' ELSE 'NO_REPLY' END)::"ReplyStatus",
            CASE WHEN c.idx >= 3 THEN c."stageChangedAt" - (c.idx - 3) * interval '1 day' ELSE NULL END
     FROM (${benchContacts}) c WHERE c.idx >= 2
     UNION ALL
     SELECT 'bf-' || c.id, c."ownerId", c.id, 'FOLLOW_UP'::"OutreachKind", 'EMAIL'::"Channel", c."stageChangedAt" + interval '3 days', 'NO_REPLY'::"ReplyStatus", NULL::timestamp
     FROM (${benchContacts}) c WHERE c.idx = 2 AND hashtext(c.id) % 3 = 0`,
  );
  await run(
    `INSERT INTO "Meeting"(id, "ownerId", "contactId", title, "startsAt", "timeZone", status, "doneAt", "icsUid", "updatedAt")
     SELECT 'bm-' || c.id, c."ownerId", c.id, 'Coffee chat', c."stageChangedAt" - (c.idx - 4) * interval '1 day' - interval '1 hour',
            'America/New_York', 'DONE', c."stageChangedAt" - (c.idx - 4) * interval '1 day', 'bm-' || c.id || '@bench', now()
     FROM (${benchContacts}) c WHERE c.idx >= 4`,
  );
  await run(
    `INSERT INTO "OutreachAttempt"(id, "ownerId", "contactId", kind, channel, "sentAt")
     SELECT 'bt-' || c.id, c."ownerId", c.id, 'THANK_YOU', 'EMAIL',
            c."stageChangedAt" - (c.idx - 5) * interval '1 day' + CASE WHEN hashtext(c.id) % 4 = 0 THEN interval '2 days' ELSE interval '0' END
     FROM (${benchContacts}) c WHERE c.idx >= 5`,
  );
  await run(
    `INSERT INTO "Reminder"(id, "ownerId", "contactId", rule, "ruleKey", title, "dueAt")
     SELECT 'br-' || c.id, c."ownerId", c.id, 'FOLLOW_UP_7B', c.id, 'Follow up with ' || c.name, now() + ((hashtext(c.id) % 20) - 10) * interval '1 day'
     FROM (${benchContacts}) c WHERE c.idx = 2`,
  );
  const [counts] = await db.sql.query<{ contacts: number; stageChanges: number; outreach: number; meetings: number }>(
    `SELECT (SELECT count(*) FROM "Contact" WHERE id LIKE 'bc-%')::int AS contacts,
            (SELECT count(*) FROM "StageChange" WHERE id LIKE 'bc-%')::int AS "stageChanges",
            (SELECT count(*) FROM "OutreachAttempt" WHERE "contactId" LIKE 'bc-%')::int AS outreach,
            (SELECT count(*) FROM "Meeting" WHERE id LIKE 'bm-%')::int AS meetings`,
  );
  const drillInto = await db.prisma.cohortMember.findFirstOrThrow({ where: { cohortId: cohort.id, consent: "CONTACTS" }, orderBy: { id: "asc" } });
  return { cohortId: cohort.id, drillInMemberId: drillInto.id, students: STUDENTS, contacts: counts?.contacts ?? 0, stageChanges: counts?.stageChanges ?? 0, outreach: counts?.outreach ?? 0, meetings: counts?.meetings ?? 0 };
}

function startServer(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: {
      ...process.env,
      ...env,
      PORT: String(PORT),
      RAPPORT_DATA_DIR: dataRoot,
      RAPPORT_DEMO: "0",
      AUTH_SECRET: "bench-secret-not-for-production",
      NEXTAUTH_URL: `http://localhost:${PORT}`,
      RAPPORT_QUERY_COUNT_FILE: countFile,
    },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
}

async function waitForServer(base: string, child: ChildProcess) {
  const deadline = Date.now() + 10 * 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error("the server exited before it answered");
    try {
      if ((await fetch(`${base}/sign-in`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not answer within 10 minutes");
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

async function signIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }),
  });
  const session = cookiesOf(response).find((c) => c.includes("session-token"));
  if (!session) throw new Error(`sign-in failed (${response.status})`);
  return [...jar, session].join("; ");
}

const readCount = () => (existsSync(countFile) ? Number(readFileSync(countFile, "utf8")) : 0);
const settle = () => new Promise((r) => setTimeout(r, 30));

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(base: string, cookie: string, pagePath: string, label = pagePath) {
  const get = async () => {
    const response = await fetch(`${base}${pagePath}`, { headers: { cookie }, redirect: "manual" });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${pagePath} answered ${response.status}`);
    return body.length;
  };
  for (let i = 0; i < 3; i++) await get();
  const times: number[] = [];
  const queries: number[] = [];
  let bytes = 0;
  for (let i = 0; i < REQUESTS; i++) {
    await settle();
    const before = readCount();
    const started = performance.now();
    bytes = await get();
    times.push(performance.now() - started);
    await settle();
    queries.push(readCount() - before);
  }
  times.sort((a, b) => a - b);
  queries.sort((a, b) => a - b);
  return {
    page: label,
    requests: REQUESTS,
    medianMs: Math.round(percentile(times, 50) * 10) / 10,
    p95Ms: Math.round(percentile(times, 95) * 10) / 10,
    queriesPerRequest: percentile(queries, 50),
    maxQueries: queries.at(-1)!,
    htmlKb: Math.round(bytes / 1024),
  };
}

const { config, label, env } = await chooseDatabase();
mkdirSync(dataRoot, { recursive: true });
rmSync(countFile, { force: true });
console.log(`Seeding ${CONTACTS} contacts, and ${STUDENTS} students with ${CONTACTS_PER_STUDENT} contacts each, into ${label}…`);
const seeded = await seed(config);
const server = startServer(env);
const base = `http://localhost:${PORT}`;
try {
  await waitForServer(base, server);
  const student = await signIn(base, EMAIL);
  const staff = await signIn(base, STAFF_EMAIL);
  const cohort = `/cohorts/${seeded.centre.cohortId}`;
  const pages: [cookie: string, path: string, label: string][] = [
    [student, "/pipeline", "/pipeline"],
    [student, "/contacts", "/contacts"],
    [student, "/today", "/today"],
    [staff, cohort, `cohort dashboard (${STUDENTS} students)`],
    [staff, `${cohort}?sort=stalled`, "cohort dashboard, sorted by stalled"],
    [staff, `${cohort}/export`, "cohort CSV export"],
    [staff, `${cohort}/students/${seeded.centre.drillInMemberId}`, "cohort student drill-in"],
  ];
  const results = [];
  for (const [cookie, page, label] of pages) {
    const result = await measure(base, cookie, page, label);
    results.push(result);
    console.log(`${label}: median ${result.medianMs} ms, p95 ${result.p95Ms} ms, ${result.queriesPerRequest} SQL statements per request`);
  }
  // The import benchmark, in a process of its own: the same database server (a fresh embedded one in
  // memory when the pages ran on the embedded database, whose folder the server holds).
  console.log("Importing a 50,000-row LinkedIn export…");
  const importRun = spawnSync(process.execPath, ["--import", "tsx", "scripts/bench-import.ts"], {
    env: { ...process.env, ...(env.DATABASE_URL ? { DATABASE_URL: env.DATABASE_URL } : { DATABASE_URL: "", RAPPORT_DATA_DIR: "memory://" }) },
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (importRun.status !== 0) throw new Error(`the import benchmark failed: ${importRun.stderr}`);
  const contactImport = JSON.parse(importRun.stdout.slice(importRun.stdout.indexOf("{"))) as { rows: number; seconds: number; rowsPerSecond: number; peakRssMb: number; peakHeapMb: number };
  console.log(`import: ${contactImport.rows} rows in ${contactImport.seconds} s (${contactImport.rowsPerSecond} rows/s), peak RSS ${contactImport.peakRssMb} MB, peak heap ${contactImport.peakHeapMb} MB`);
  const report = { date: new Date().toISOString(), database: label, machine: { cpus: (await import("node:os")).cpus().length }, seeded, results, contactImport };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, "bench.json"), `${JSON.stringify(report, null, 2)}\n`);
  const table = [
    `Rapport benchmark, ${report.date.slice(0, 10)}, ${label}, ${report.machine.cpus} cores, ${REQUESTS} sequential requests per page.`,
    `Student pages: one student with ${CONTACTS} contacts. Cohort pages: a career centre whose cohort has ${STUDENTS} students and ${seeded.centre.contacts} contacts (${seeded.centre.stageChanges} stage changes, ${seeded.centre.outreach} outreach, ${seeded.centre.meetings} meetings).`,
    "",
    "| page | median | p95 | SQL statements per request | response |",
    "|---|---|---|---|---|",
    ...results.map((r) => `| ${r.page} | ${r.medianMs} ms | ${r.p95Ms} ms | ${r.queriesPerRequest} | ${r.htmlKb} KB |`),
    "",
    `Import of a ${contactImport.rows}-row LinkedIn export: ${contactImport.seconds} s, ${contactImport.rowsPerSecond} rows per second, peak RSS ${contactImport.peakRssMb} MB (the import's own process), peak JS heap ${contactImport.peakHeapMb} MB.`,
  ].join("\n");
  writeFileSync(path.join(outDir, "bench.md"), `${table}\n`);
  console.log(`\n${table}\n\nWritten to bench-results/bench.json and bench-results/bench.md.`);
} finally {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
}
