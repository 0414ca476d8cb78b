// The benchmark's data (npm run bench, scripts/bench.ts): one student with many contacts spread
// over every stage, with history, outreach and reminders, and a career centre whose one cohort holds
// `students` students with `contactsPerStudent` contacts each, all in a fresh database.
import bcrypt from "bcryptjs";
import { openDatabase, type DatabaseConfig } from "../../lib/database";
import { migrate } from "../../lib/migrations";
import { contactPriority } from "../../lib/domain/priority";
import { STAGES } from "../../lib/domain/stages";

export const BENCH_PASSWORD = "bench-password-2026";
export const BENCH_STUDENT_EMAIL = "bench.student@rapport.test";
export const BENCH_STAFF_EMAIL = "bench.staff@rapport.test";

export interface BenchSize {
  contacts: number;
  students: number;
  contactsPerStudent: number;
}

export type BenchSeed = Awaited<ReturnType<typeof seedBench>>;

export async function seedBench(config: DatabaseConfig, size: BenchSize) {
  const db = openDatabase(config);
  try {
    await migrate(db.sql);
    const prisma = db.prisma;
    const user = await prisma.user.create({
      data: { email: BENCH_STUDENT_EMAIL, name: "Bench Student", timeZone: "America/New_York", passwordHash: await bcrypt.hash(BENCH_PASSWORD, 10) },
    });
    const now = Date.now();
    const contacts = Array.from({ length: size.contacts }, (_, i) => {
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
    const centre = await seedCareerCentre(db, user.passwordHash ?? "", size);
    // A database in use has been vacuumed by autovacuum, which lets PostgreSQL answer from an
    // index alone; a freshly loaded one has not. Measure the steady state.
    await db.sql.exec("VACUUM ANALYZE");
    return {
      contacts: contacts.length,
      stageChanges: changes.length,
      outreach: outreach.length,
      reminders: reminders.length,
      // A contact with a history, a message and a reminder, for the contact page.
      contactPageId: contacts[3 % contacts.length]!.id,
      // The contacts a stage-move benchmark flips between Thanked and Follow-up.
      movePool: contacts.filter((c) => c.stage === "THANKED" || c.stage === "FOLLOW_UP").map((c) => ({ id: c.id, stage: c.stage })),
      centre,
    };
  } finally {
    await db.close();
  }
}

/**
 * A career centre with one cohort of `students` students, `contactsPerStudent` contacts each, built in
 * SQL with generate_series (100,000 contacts through Prisma would take minutes). Consent: one in ten
 * shares nothing, one in five also shares contacts. A contact's stage history runs from Find to its
 * stage; outreach, replies, done meetings, thank-yous and pending reminders follow its stage.
 */
async function seedCareerCentre(db: ReturnType<typeof openDatabase>, passwordHash: string, { students, contactsPerStudent }: BenchSize) {
  const run = (text: string, params: unknown[] = []) => db.sql.query(text, params);
  const staff = await db.prisma.user.create({ data: { email: BENCH_STAFF_EMAIL, name: "Bench Staff", timeZone: "America/New_York", passwordHash } });
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
    [passwordHash, students],
  );
  await run(
    `INSERT INTO "Membership"(id, "organisationId", "userId", role) SELECT 'bms-' || g, $1, 'bs-' || g, 'STUDENT' FROM generate_series(1, $2::int) g`,
    [centre.id, students],
  );
  await run(
    `INSERT INTO "CohortMember"(id, "cohortId", "userId", consent, "consentAt", "joinedAt")
     SELECT 'bcm-' || g, $1, 'bs-' || g,
            (CASE WHEN g % 10 = 0 THEN 'NONE' WHEN g % 5 = 1 THEN 'CONTACTS' ELSE 'PROGRESS' END)::"ConsentLevel",
            now() - interval '90 days', now() - interval '90 days'
     FROM generate_series(1, $2::int) g`,
    [cohort.id, students],
  );
  // Every seventh student has been quiet for a month: the dashboard's "stalled" flag has work to do.
  await run(
    `INSERT INTO "Contact"(id, "ownerId", name, employer, stage, "stageChangedAt", priority, "createdAt", "updatedAt")
     SELECT 'bc-' || s || '-' || c, 'bs-' || s, 'Contact ' || s || '-' || c, 'Employer ' || (c % 40),
            (enum_range(NULL::"Stage"))[1 + (s + c) % 6],
            now() - (CASE WHEN s % 7 = 0 THEN 30 ELSE 0 END + (s * 7 + c) % 60) * interval '1 day', 50,
            now() - interval '120 days', now()
     FROM generate_series(1, $1::int) s, generate_series(1, $2::int) c`,
    [students, contactsPerStudent],
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
  return { cohortId: cohort.id, drillInMemberId: drillInto.id, students, contacts: counts?.contacts ?? 0, stageChanges: counts?.stageChanges ?? 0, outreach: counts?.outreach ?? 0, meetings: counts?.meetings ?? 0 };
}
