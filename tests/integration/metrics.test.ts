// Progress metrics read by SQL aggregation: the numbers on a small hand-built set match the ones
// worked out by hand, the statement count does not grow with the contacts, and another user's rows
// never count in the viewer's metrics (nor the viewer's in theirs).
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getCohortDashboard, getCohortForExport } from "@/lib/data/cohort-dashboard";
import { markGroupMeetingDone, rsvpGroupMeeting, scheduleGroupMeeting } from "@/lib/data/group-meetings";
import { cohortProgressForUsers, getMyProgress, progressForUsers } from "@/lib/data/metrics";
import { listTodayReminders } from "@/lib/data/reminders";
import {
  countThankYous,
  thankYouOnTime,
  thankYouOnTimeRate,
  thankYousDue,
  thankYouStates,
  type DoneMeetingInput,
  type ProgressMetrics,
  type ThankYouInput,
} from "@/lib/domain/metrics";
import { isOverdue, startOfViewerToday } from "@/lib/domain/today";
import { requireViewer } from "@/lib/data/viewer";
import { getDatabase } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OutreachKind, ReplyStatus, Stage } from "@/lib/generated/prisma/enums";
import { createTestChapter, createTestUser } from "../support/factories";
import { countStatements } from "../support/query-log";
import { signInAs } from "../support/session";

const prisma = () => getDatabase().prisma;

// 10:00 on Wednesday 2 December 2026 in Chicago; the local day began at 06:00 UTC, the week on
// Monday 30 November at 06:00 UTC.
const NOW = new Date("2026-12-02T16:00:00Z");
const DAY_MS = 24 * 60 * 60 * 1000;

let owner: { id: string };
let other: { id: string };

async function contact(ownerId: string, name: string, stage: Stage, extra: { referredById?: string; archived?: boolean; history?: [Stage | null, Stage, string][] } = {}) {
  const row = await prisma().contact.create({
    data: {
      ownerId,
      name,
      stage,
      employer: "Edelman",
      referredById: extra.referredById ?? null,
      archivedAt: extra.archived ? new Date("2026-11-01T00:00:00Z") : null,
    },
    select: { id: true },
  });
  for (const [fromStage, toStage, at] of extra.history ?? []) {
    await prisma().stageChange.create({ data: { ownerId, contactId: row.id, fromStage, toStage, at: new Date(at) } });
  }
  return row;
}

async function outreach(ownerId: string, contactId: string, kind: OutreachKind, sentAt: string, reply: { status?: ReplyStatus; at?: string } = {}) {
  await prisma().outreachAttempt.create({
    data: {
      ownerId,
      contactId,
      kind,
      channel: "EMAIL",
      body: "Private message text",
      sentAt: new Date(sentAt),
      replyStatus: reply.status ?? "NO_REPLY",
      repliedAt: reply.at ? new Date(reply.at) : null,
    },
  });
}

async function meeting(ownerId: string, contactId: string, status: "DONE" | "SCHEDULED", at: string) {
  return prisma().meeting.create({
    data: {
      ownerId,
      contactId,
      title: "Informational interview",
      startsAt: new Date(at),
      timeZone: "America/Chicago",
      status,
      doneAt: status === "DONE" ? new Date(at) : null,
      icsUid: `${randomBytes(8).toString("hex")}@rapport.test`,
    },
  });
}

async function reminder(ownerId: string, contactId: string, title: string, dueAt: string, status: "PENDING" | "DONE" = "PENDING") {
  await prisma().reminder.create({
    data: { ownerId, contactId, rule: "ACTION_ITEM", ruleKey: `${contactId}:${title}`, title, dueAt: new Date(dueAt), status },
  });
}

/**
 * The student's metrics as the cohort dashboard reads them: all but the weekly goal and streak and
 * the median time to reply, which it does not show (the export reads the median too).
 */
function dashboardShare(m: ProgressMetrics) {
  const shown: Partial<ProgressMetrics> = { ...m };
  delete shown.weekly;
  delete shown.medianHoursToReply;
  return shown;
}

function exportShare(m: ProgressMetrics) {
  const shown: Partial<ProgressMetrics> = { ...m };
  delete shown.weekly;
  return shown;
}

/** getMyProgress's SQL statements beyond the viewer's session lookup, which the page has already made. */
async function countedProgress() {
  const viewer = await countStatements(requireViewer);
  const { result, queries } = await countStatements(() => getMyProgress(NOW));
  return { progress: result, queries: queries - viewer.queries };
}

beforeAll(async () => {
  owner = await createTestUser("Metrics Owner");
  other = await createTestUser("Metrics Other");
  await prisma().user.update({ where: { id: owner.id }, data: { timeZone: "America/Chicago", weeklyOutreachGoal: 2 } });

  const a = await contact(owner.id, "Ava Find", "FIND");
  const b = await contact(owner.id, "Ben Outreach", "OUTREACH", { history: [[null, "FIND", "2026-11-10T15:00:00Z"], ["FIND", "OUTREACH", "2026-11-12T15:00:00Z"]] });
  // Scheduled, then the meeting was cancelled: back in outreach, but it reached scheduled.
  const c = await contact(owner.id, "Cleo Back", "OUTREACH", {
    history: [["OUTREACH", "SCHEDULED", "2026-11-21T15:00:00Z"], ["SCHEDULED", "OUTREACH", "2026-11-22T15:00:00Z"]],
  });
  const e = await contact(owner.id, "Eve Follow", "FOLLOW_UP");
  const d = await contact(owner.id, "Dan Thanked", "THANKED", { referredById: e.id });
  await contact(owner.id, "Gus Referred", "FIND", { referredById: d.id });
  await contact(owner.id, "Old Archived", "FOLLOW_UP", { archived: true });

  await outreach(owner.id, b.id, "INITIAL", "2026-12-01T15:00:00Z");
  await outreach(owner.id, c.id, "INITIAL", "2026-11-20T15:00:00Z", { status: "REPLIED", at: "2026-11-21T15:00:00Z" });
  await outreach(owner.id, d.id, "INITIAL", "2026-11-01T15:00:00Z", { status: "REPLIED", at: "2026-11-03T15:00:00Z" });
  await outreach(owner.id, e.id, "INITIAL", "2026-10-01T15:00:00Z", { status: "DECLINED", at: "2026-10-02T03:00:00Z" });
  // 01:00 Monday in Chicago: this week. 23:00 Sunday in Chicago (Monday in UTC): last week.
  await outreach(owner.id, b.id, "FOLLOW_UP", "2026-11-30T07:00:00Z");
  await outreach(owner.id, a.id, "FOLLOW_UP", "2026-11-30T05:00:00Z");
  // Thank-yous: Dan's five hours after the meeting, Eve's two days after.
  await meeting(owner.id, d.id, "DONE", "2026-11-05T15:00:00Z");
  await outreach(owner.id, d.id, "THANK_YOU", "2026-11-05T20:00:00Z");
  await meeting(owner.id, e.id, "DONE", "2026-10-08T15:00:00Z");
  await outreach(owner.id, e.id, "THANK_YOU", "2026-10-10T15:00:00Z");
  await meeting(owner.id, c.id, "SCHEDULED", "2026-12-10T15:00:00Z");

  // 23:00 yesterday in Chicago: overdue. 01:00 today in Chicago: due today. Done: not counted.
  await reminder(owner.id, b.id, "Overdue", "2026-12-02T05:00:00Z");
  await reminder(owner.id, b.id, "Due today", "2026-12-02T07:00:00Z");
  await reminder(owner.id, c.id, "Settled", "2026-11-20T05:00:00Z", "DONE");

  // Another user with plenty of activity, a referral, an overdue reminder and a done meeting.
  const x = await contact(other.id, "Their Referrer", "FOLLOW_UP", { history: [[null, "FOLLOW_UP", "2026-12-02T10:00:00Z"]] });
  const y = await contact(other.id, "Their Referral", "INTERVIEWED", { referredById: x.id });
  for (const day of ["2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30"]) await outreach(other.id, y.id, "INITIAL", `${day}T12:00:00Z`);
  await meeting(other.id, x.id, "DONE", "2026-12-01T15:00:00Z");
  await outreach(other.id, x.id, "THANK_YOU", "2026-12-01T16:00:00Z");
  await reminder(other.id, x.id, "Their overdue", "2026-11-20T05:00:00Z");
});

describe("progress metrics", () => {
  it("match the hand-computed numbers for a small set", async () => {
    await signInAs(owner.id);
    const { metrics: m, referralTree, timeZone } = (await countedProgress()).progress;
    expect(timeZone).toBe("America/Chicago");
    // Archived contacts are left out; Cleo counts as having reached scheduled.
    expect(m.funnel.map((s) => [s.stage, s.current, s.reached])).toEqual([
      ["FIND", 2, 6],
      ["OUTREACH", 2, 4],
      ["SCHEDULED", 0, 3],
      ["INTERVIEWED", 0, 2],
      ["THANKED", 1, 2],
      ["FOLLOW_UP", 1, 1],
    ]);
    expect(m.funnel.map((s) => s.conversionFromPrevious)).toEqual([null, 4 / 6, 3 / 4, 2 / 3, 1, 1 / 2]);
    expect(m.totalContacts).toBe(6);
    expect([m.outreachLast7Days, m.outreachLast30Days]).toEqual([3, 4]);
    expect([m.initialSent, m.initialAnswered, m.replyRate]).toEqual([4, 3, 0.75]);
    // Replies after 24, 48 and 12 hours.
    expect(m.medianHoursToReply).toBeCloseTo(24, 5);
    expect(m.meetingsDone).toBe(2);
    expect([m.thankYousDue, m.thankYousOnTime, m.thankYousLate, m.thankYousOverdue, m.thankYouOnTimeRate]).toEqual([2, 1, 1, 0, 0.5]);
    expect(m.referralsGained).toBe(2);
    expect(m.overdueReminders).toBe(1);
    expect(m.lastActivity).toEqual(new Date("2026-12-01T15:00:00Z"));
    expect(m.stalled).toBe(false);
    // This week in Chicago: Ben's request and follow-up; last week only Ava's follow-up.
    expect(m.weekly).toEqual({ goal: 2, thisWeek: 2, progress: 1, streak: 1 });
    expect(referralTree).toEqual([
      {
        id: expect.any(String),
        name: "Eve Follow",
        employer: "Edelman",
        referrals: [
          { id: expect.any(String), name: "Dan Thanked", employer: "Edelman", referrals: [{ id: expect.any(String), name: "Gus Referred", employer: "Edelman", referrals: [] }] },
        ],
      },
    ]);
  });

  it("never counts another user's rows, and the cohort read keeps each user's apart", async () => {
    await signInAs(owner.id);
    const mine = (await getMyProgress(NOW)).metrics;
    await signInAs(other.id);
    const theirs = await getMyProgress(NOW);
    expect(theirs.metrics.totalContacts).toBe(2);
    expect([theirs.metrics.initialSent, theirs.metrics.replyRate, theirs.metrics.meetingsDone, theirs.metrics.referralsGained]).toEqual([4, 0, 1, 1]);
    expect(theirs.metrics.overdueReminders).toBe(1);
    expect(theirs.referralTree.map((n) => n.name)).toEqual(["Their Referrer"]);
    expect(JSON.stringify(theirs)).not.toContain("Eve Follow");

    const both = await progressForUsers([owner.id, other.id, "no-such-user"], NOW);
    expect([...both.keys()].sort()).toEqual([owner.id, other.id].sort());
    expect(both.get(owner.id)).toEqual(mine);
    expect(both.get(other.id)).toEqual(theirs.metrics);
  });

  it("counts each user's outreach per week in that user's own time zone, several users in one read", async () => {
    // 05:30 UTC on Monday 30 November: still Sunday in Chicago (last week), already Monday in New York (this week).
    const sentAt = "2026-11-30T05:30:00Z";
    const chicago = await createTestUser("Metrics Chicago");
    const newYork = await createTestUser("Metrics New York");
    for (const [user, timeZone] of [[chicago, "America/Chicago"], [newYork, "America/New_York"]] as const) {
      await prisma().user.update({ where: { id: user.id }, data: { timeZone, weeklyOutreachGoal: 1 } });
      const lead = await contact(user.id, "Week Lead", "OUTREACH");
      await outreach(user.id, lead.id, "INITIAL", sentAt);
    }
    const both = await progressForUsers([chicago.id, newYork.id], NOW);
    const lastTwoWeeks = (id: string) => both.get(id)?.recentWeeks.slice(-2);
    expect(lastTwoWeeks(chicago.id)).toEqual([
      { week: "2026-11-23", count: 1 },
      { week: "2026-11-30", count: 0 },
    ]);
    expect(lastTwoWeeks(newYork.id)).toEqual([
      { week: "2026-11-23", count: 0 },
      { week: "2026-11-30", count: 1 },
    ]);
    expect([both.get(chicago.id)?.weekly.thisWeek, both.get(newYork.id)?.weekly.thisWeek]).toEqual([0, 1]);
  });

  it("reads a new student's empty progress without rates", async () => {
    const fresh = await createTestUser("Metrics Fresh");
    await signInAs(fresh.id);
    const { metrics, referralTree } = await getMyProgress(NOW);
    expect(metrics.totalContacts).toBe(0);
    expect(metrics.replyRate).toBeNull();
    expect(metrics.medianHoursToReply).toBeNull();
    expect(metrics.thankYouOnTimeRate).toBeNull();
    expect(metrics.weekly).toMatchObject({ thisWeek: 0, streak: 0 });
    expect(referralTree).toEqual([]);
  });

  // The SQL counts on-time thank-yous with THANK_YOU_ON_TIME_BEFORE_MS; thankYouOnTime (date-fns,
  // whole minutes) is the definition. Either side of the boundary, and against the latest meeting
  // done before the thanks went (not a later one, not a cancelled one).
  it("counts thank-yous on time by the same rule as thankYouOnTime, against the latest earlier meeting", async () => {
    const student = await createTestUser("Metrics Thanks Boundary");
    const done = "2026-11-20T15:00:00.000Z";
    const cases: [string, string][] = [
      ["On the minute", "2026-11-21T15:00:00.000Z"], // 24 h 0 min: on time
      ["Seconds over", "2026-11-21T15:00:59.999Z"], // 24 h 0 min 59.999 s: still 1,440 whole minutes, on time
      ["A minute over", "2026-11-21T15:01:00.000Z"], // 1,441 minutes: late
    ];
    const expected: boolean[] = [];
    for (const [name, sent] of cases) {
      const c = await contact(student.id, name, "THANKED");
      await meeting(student.id, c.id, "DONE", done);
      await outreach(student.id, c.id, "THANK_YOU", sent);
      expected.push(thankYouOnTime(new Date(done), new Date(sent)));
    }
    // A later meeting (after the thanks) and a scheduled one are not "the meeting it follows".
    const later = await contact(student.id, "Met again later", "THANKED");
    await meeting(student.id, later.id, "DONE", "2026-11-10T15:00:00Z");
    await outreach(student.id, later.id, "THANK_YOU", "2026-11-10T20:00:00Z"); // on time for the 10th
    await meeting(student.id, later.id, "DONE", "2026-11-12T15:00:00Z");
    await meeting(student.id, later.id, "SCHEDULED", "2026-11-10T19:00:00Z");
    expected.push(true);
    // No meeting done before it: not counted at all.
    const none = await contact(student.id, "Thanks before meeting", "THANKED");
    await outreach(student.id, none.id, "THANK_YOU", "2026-11-01T15:00:00Z");
    await meeting(student.id, none.id, "DONE", "2026-11-02T15:00:00Z");

    const m = (await progressForUsers([student.id], NOW)).get(student.id);
    expect(expected).toEqual([true, true, false, true]);
    // On time: two at the boundary and the 10th's; late: a minute over; overdue: the meeting on the
    // 12th (never thanked after it) and the one thanked only before it.
    expect([m?.thankYousOnTime, m?.thankYousLate, m?.thankYousOverdue, m?.thankYousDue]).toEqual([3, 1, 2, 6]);
  });

  // Every done meeting owes a thank-you: an unsent one past the window lowers the on-time rate.
  // Contacts in each state; the student's own dashboard and the cohort dashboard (the same SQL)
  // must both give the counts that thankYouStates (the pure definition) gives for the same rows.
  it("counts on-time, late and overdue unsent thank-yous as thankYouStates does, for the student and the cohort", async () => {
    const student = await createTestUser("Thanks States Student");
    const staff = await createTestUser("Thanks States Staff");
    const suffix = randomBytes(4).toString("hex");
    const centre = await prisma().organisation.create({
      data: { kind: "CAREER_CENTRE", name: `Thanks Centre ${suffix}`, slug: `thanks-${suffix}`, inviteCode: `TC-${suffix}`, memberships: { create: { userId: staff.id, role: "STAFF" } } },
    });
    const cohort = await prisma().cohort.create({ data: { organisationId: centre.id, name: "Thanks Cohort", inviteCode: `TCC-${suffix}` } });
    await prisma().cohortMember.create({ data: { cohortId: cohort.id, userId: student.id, consent: "PROGRESS" } });

    const meetings: DoneMeetingInput[] = [];
    const thanks: ThankYouInput[] = [];
    const done = async (contactId: string, at: string) => {
      const row = await meeting(student.id, contactId, "DONE", at);
      meetings.push({ id: row.id, contactId, doneAt: new Date(at) });
    };
    const thank = async (contactId: string, at: string) => {
      await outreach(student.id, contactId, "THANK_YOU", at);
      thanks.push({ contactId, sentAt: new Date(at) });
    };
    const onTime = await contact(student.id, "Thanked on time", "THANKED");
    await done(onTime.id, "2026-11-20T15:00:00Z");
    await thank(onTime.id, "2026-11-20T19:00:00Z");
    await thank(onTime.id, "2026-11-25T19:00:00Z"); // a second thank-you changes nothing
    const late = await contact(student.id, "Thanked late", "THANKED");
    await done(late.id, "2026-11-20T15:00:00Z");
    await thank(late.id, "2026-11-22T15:00:00Z");
    const overdue = await contact(student.id, "Never thanked", "INTERVIEWED");
    await done(overdue.id, "2026-11-28T15:00:00Z");
    const notYet = await contact(student.id, "Met this morning", "INTERVIEWED");
    await done(notYet.id, "2026-12-02T14:00:00Z"); // two hours before NOW: still in the window
    const twice = await contact(student.id, "Met twice", "THANKED");
    await done(twice.id, "2026-11-10T15:00:00Z"); // never thanked before the second meeting: overdue
    await done(twice.id, "2026-11-15T15:00:00Z");
    await thank(twice.id, "2026-11-15T18:00:00Z");
    const before = await contact(student.id, "Thanked before meeting", "INTERVIEWED");
    await thank(before.id, "2026-11-01T15:00:00Z");
    await done(before.id, "2026-11-02T15:00:00Z");
    const cancelled = await contact(student.id, "Cancelled meeting", "OUTREACH");
    await meeting(student.id, cancelled.id, "SCHEDULED", "2026-11-20T15:00:00Z"); // not done: owes nothing

    const expected = countThankYous(thankYouStates(meetings, thanks, NOW).values());
    expect(expected).toEqual({ onTime: 2, late: 1, overdue: 3 });

    await signInAs(student.id);
    const own = (await getMyProgress(NOW)).metrics;
    expect({ onTime: own.thankYousOnTime, late: own.thankYousLate, overdue: own.thankYousOverdue }).toEqual(expected);
    expect(own.thankYousDue).toBe(thankYousDue(expected));
    expect(own.thankYouOnTimeRate).toBe(thankYouOnTimeRate(expected));
    expect(own.thankYouOnTimeRate).toBeCloseTo(2 / 6, 10);

    await signInAs(staff.id);
    const row = (await getCohortDashboard(cohort.id, NOW)).students.find((s) => s.name === "Thanks States Student");
    expect(row?.metrics).toEqual(dashboardShare(own));

    // The overdue one, thanked now (late): no longer overdue, and still not on time.
    await signInAs(student.id);
    await thank(overdue.id, "2026-12-02T15:00:00Z");
    const after = (await getMyProgress(NOW)).metrics;
    expect([after.thankYousOnTime, after.thankYousLate, after.thankYousOverdue]).toEqual([2, 2, 2]);
    expect(countThankYous(thankYouStates(meetings, thanks, NOW).values())).toEqual({ onTime: 2, late: 2, overdue: 2 });
  });

  // A chapter's agency tour is the officer's meeting, with no contact: each member who went met the
  // professional too, through their own contact, and owes their own thank-you.
  it("counts a chapter's group meeting for each member who went, with their thank-you, as thankYouStates does", async () => {
    const officer = await createTestUser("Tour Organiser");
    const ana = await createTestUser("Tour Ana");
    const ben = await createTestUser("Tour Ben");
    const cleo = await createTestUser("Tour Cleo");
    const dev = await createTestUser("Tour Dev");
    const chapterId = await createTestChapter("Metrics Tour Chapter", { officers: [officer], members: [ana, ben, cleo, dev] });
    const tour = async (title: string, startsAt: string, rsvps: [{ id: string }, "GOING" | "NOT_GOING" | "MAYBE"][]) => {
      await signInAs(officer.id);
      const start = new Date(startsAt);
      const { id } = await scheduleGroupMeeting(
        chapterId,
        { title, sharedContactId: null, employer: "Fahlgren", startsAt: start, durationMinutes: 60, mode: "IN_PERSON", location: null, memberIds: [] },
        new Date(start.getTime() - 7 * DAY_MS),
      );
      for (const [user, rsvp] of rsvps) {
        await signInAs(user.id);
        await rsvpGroupMeeting(id, rsvp, new Date(start.getTime() - 2 * DAY_MS));
      }
      await signInAs(officer.id);
      // Marked done the evening after: it ended at its scheduled end, an hour after the start.
      await markGroupMeetingDone(id, null, new Date(start.getTime() + 30 * 60 * 60_000));
      return { id, doneAt: new Date(start.getTime() + 60 * 60_000) };
    };
    const first = await tour("Agency tour", "2026-11-18T15:00:00Z", [[ana, "GOING"], [ben, "GOING"], [cleo, "NOT_GOING"], [dev, "MAYBE"]]);
    const second = await tour("Second tour", "2026-11-25T15:00:00Z", [[ana, "GOING"]]);
    const contactOf = async (user: { id: string }, meetingId: string) =>
      (await prisma().meetingAttendee.findFirstOrThrow({ where: { meetingId, userId: user.id }, select: { contactId: true } })).contactId!;
    // Ana thanks the first tour's host four hours after, the second's three days after.
    const anaFirst = await contactOf(ana, first.id);
    const anaSecond = await contactOf(ana, second.id);
    const anaThanks: ThankYouInput[] = [
      { contactId: anaFirst, sentAt: new Date("2026-11-18T20:00:00Z") },
      { contactId: anaSecond, sentAt: new Date("2026-11-28T16:00:00Z") },
    ];
    for (const t of anaThanks) await outreach(ana.id, t.contactId, "THANK_YOU", t.sentAt.toISOString());
    const anaMeetings: DoneMeetingInput[] = [
      { id: first.id, contactId: anaFirst, doneAt: first.doneAt },
      { id: second.id, contactId: anaSecond, doneAt: second.doneAt },
    ];
    // Ben met the first tour's host again, one to one, and thanked them after that meeting only: the
    // tour's thank-you is still owed (that one belongs to the later meeting, thankYouStates' rule).
    const benFirst = await contactOf(ben, first.id);
    const benOwn = await meeting(ben.id, benFirst, "DONE", "2026-11-22T15:00:00Z");
    const benThanks: ThankYouInput[] = [{ contactId: benFirst, sentAt: new Date("2026-11-22T18:00:00Z") }];
    await outreach(ben.id, benFirst, "THANK_YOU", "2026-11-22T18:00:00Z");
    const benMeetings: DoneMeetingInput[] = [
      { id: first.id, contactId: benFirst, doneAt: first.doneAt },
      { id: benOwn.id, contactId: benFirst, doneAt: benOwn.doneAt! },
    ];
    const expectedAna = countThankYous(thankYouStates(anaMeetings, anaThanks, NOW).values());
    const expectedBen = countThankYous(thankYouStates(benMeetings, benThanks, NOW).values());
    expect([expectedAna, expectedBen]).toEqual([
      { onTime: 1, late: 1, overdue: 0 },
      { onTime: 1, late: 0, overdue: 1 },
    ]);

    const all = await progressForUsers([officer.id, ana.id, ben.id, cleo.id, dev.id], NOW);
    const counts = (id: string) => {
      const m = all.get(id);
      return { done: m?.meetingsDone, onTime: m?.thankYousOnTime, late: m?.thankYousLate, overdue: m?.thankYousOverdue };
    };
    expect(counts(ana.id)).toEqual({ done: 2, ...expectedAna });
    expect(counts(ben.id)).toEqual({ done: 2, ...expectedBen });
    // Not going, or only maybe: they were not there (and were never asked for a thank-you).
    expect(counts(cleo.id)).toEqual({ done: 0, onTime: 0, late: 0, overdue: 0 });
    expect(counts(dev.id)).toEqual({ done: 0, onTime: 0, late: 0, overdue: 0 });
    // The organiser's count has the tours they ran; they owe no thank-you for them.
    expect(counts(officer.id)).toEqual({ done: 2, onTime: 0, late: 0, overdue: 0 });
    // Ana's own dashboard reads the same.
    await signInAs(ana.id);
    expect((await getMyProgress(NOW)).metrics).toEqual(all.get(ana.id));
  });

  it("sends the same few statements for 5 and for 50 contacts", async () => {
    const scale = await createTestUser("Metrics Scale");
    const add = async (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const c = await contact(scale.id, `Scale ${i}`, i % 2 ? "OUTREACH" : "THANKED", { history: [[null, "OUTREACH", "2026-11-25T15:00:00Z"]] });
        await outreach(scale.id, c.id, "INITIAL", "2026-11-26T15:00:00Z", { status: "REPLIED", at: "2026-11-27T15:00:00Z" });
        if (i % 2 === 0) {
          await meeting(scale.id, c.id, "DONE", "2026-11-28T15:00:00Z");
          await outreach(scale.id, c.id, "THANK_YOU", "2026-11-28T18:00:00Z");
        }
      }
    };
    await signInAs(scale.id);
    await add(0, 5);
    const five = await countedProgress();
    expect(five.progress.metrics.totalContacts).toBe(5);
    await add(5, 50);
    const fifty = await countedProgress();
    expect(fifty.progress.metrics.totalContacts).toBe(50);
    expect(fifty.progress.metrics.thankYousOnTime).toBe(25);
    expect(fifty.queries).toBeGreaterThan(0);
    expect(fifty.queries).toBeLessThanOrEqual(7);
    expect(fifty.queries).toBe(five.queries);
  });
});

// The SQL draws "start of today" per user by itself (date_trunc in the user's zone); isOverdue is the
// rule Today, the board and the contacts list use. Reminders a millisecond either side of the
// viewer's midnight, in zones far from UTC and on days a zone's clocks change, are counted the same.
describe("overdue reminders", () => {
  const HOUR_MS = 60 * 60 * 1000;
  it.each([
    // 05:00 on Thursday 3 December in Auckland (NZDT), still Wednesday in UTC.
    ["Pacific/Auckland", "2026-12-02T16:00:00Z", "2026-12-02T11:00:00Z"],
    // 23:30 on Tuesday 1 December in Los Angeles, already Wednesday in UTC.
    ["America/Los_Angeles", "2026-12-02T07:30:00Z", "2026-12-01T08:00:00Z"],
    // The day Los Angeles springs forward: a 23-hour day that began in standard time.
    ["America/Los_Angeles", "2026-03-08T20:00:00Z", "2026-03-08T08:00:00Z"],
    // The day Auckland falls back: a 25-hour day that began in daylight time.
    ["Pacific/Auckland", "2026-04-05T10:00:00Z", "2026-04-04T11:00:00Z"],
    // Santiago springs forward at midnight: the day begins at 01:00.
    ["America/Santiago", "2026-09-06T12:00:00Z", "2026-09-06T04:00:00Z"],
  ])("are counted as isOverdue draws the line, in %s at %s", async (timeZone, nowIso, startIso) => {
    const now = new Date(nowIso);
    const start = startOfViewerToday(now, timeZone);
    expect(start.toISOString()).toBe(new Date(startIso).toISOString());
    const student = await createTestUser(`Overdue ${timeZone}`);
    await prisma().user.update({ where: { id: student.id }, data: { timeZone } });
    const at = (ms: number) => new Date(start.getTime() + ms);
    const rows: { title: string; dueAt: Date; snoozedUntil?: Date; status?: "DONE" }[] = [
      { title: "A millisecond before midnight", dueAt: at(-1) },
      { title: "At midnight", dueAt: at(0) },
      { title: "A millisecond after midnight", dueAt: at(1) },
      { title: "Late yesterday evening", dueAt: at(-HOUR_MS) },
      { title: "Later today", dueAt: at(20 * HOUR_MS) },
      { title: "Two days ago", dueAt: at(-49 * HOUR_MS) },
      // Snoozed past now: out of Today's lists until the snooze ends, so not counted.
      { title: "Snoozed until later", dueAt: at(-1), snoozedUntil: new Date(now.getTime() + HOUR_MS) },
      // A snooze that has ended: back in the list, overdue.
      { title: "Snooze ended", dueAt: at(-2 * HOUR_MS), snoozedUntil: new Date(now.getTime() - 1) },
      { title: "Settled", dueAt: at(-1), status: "DONE" },
    ];
    await prisma().reminder.createMany({
      data: rows.map((r, i) => ({ ownerId: student.id, rule: "ACTION_ITEM", ruleKey: `overdue-${i}`, title: r.title, dueAt: r.dueAt, snoozedUntil: r.snoozedUntil ?? null, status: r.status ?? "PENDING" })),
    });

    // The rule, over the rows as stored: open (pending, not snoozed past now) and isOverdue.
    const stored = await prisma().reminder.findMany({ where: { ownerId: student.id } });
    const open = stored.filter((r) => r.status === "PENDING" && (r.snoozedUntil === null || r.snoozedUntil <= now));
    const byRule = open.filter((r) => isOverdue(r.dueAt, now, timeZone));
    expect(byRule.map((r) => r.title).sort()).toEqual(["A millisecond before midnight", "Late yesterday evening", "Snooze ended", "Two days ago"]);

    expect((await progressForUsers([student.id], now)).get(student.id)?.overdueReminders).toBe(byRule.length);
    expect((await cohortProgressForUsers([student.id], now, { median: false })).get(student.id)?.overdueReminders).toBe(byRule.length);
    // And Today's Overdue group, which the figure points to.
    await signInAs(student.id);
    expect((await listTodayReminders(now, 50)).overdue.count).toBe(byRule.length);
  });
});

describe("the cohort dashboard", () => {
  it("reads 3 or 30 students in the same few statements, and each row agrees with the student's own dashboard", async () => {
    const staff = await createTestUser("Metrics Staff");
    const suffix = randomBytes(4).toString("hex");
    const centre = await prisma().organisation.create({
      data: { kind: "CAREER_CENTRE", name: `Metrics Centre ${suffix}`, slug: `metrics-${suffix}`, inviteCode: `MC-${suffix}`, memberships: { create: { userId: staff.id, role: "STAFF" } } },
    });
    const cohort = await prisma().cohort.create({ data: { organisationId: centre.id, name: "Metrics Cohort", inviteCode: `MCC-${suffix}` } });
    const enrol = async (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const student = await createTestUser(`Cohort Student ${String(i).padStart(2, "0")}`);
        await prisma().cohortMember.create({ data: { cohortId: cohort.id, userId: student.id, consent: i % 3 === 2 ? "NONE" : "PROGRESS" } });
        const c = await contact(student.id, `Lead ${i}`, "OUTREACH", { history: [[null, "OUTREACH", "2026-11-25T15:00:00Z"]] });
        await outreach(student.id, c.id, "INITIAL", "2026-11-26T15:00:00Z", i % 2 ? { status: "REPLIED", at: "2026-11-27T15:00:00Z" } : {});
      }
    };
    const countedDashboard = async () => {
      const viewer = await countStatements(requireViewer);
      const { result, queries } = await countStatements(() => getCohortDashboard(cohort.id, NOW));
      return { dashboard: result, queries: queries - viewer.queries };
    };

    await enrol(0, 3);
    await signInAs(staff.id);
    const three = await countedDashboard();
    expect(three.dashboard.students.map((s) => s.metrics === null)).toEqual([false, false, true]);
    await enrol(3, 30);
    await signInAs(staff.id);
    const thirty = await countedDashboard();
    expect(thirty.dashboard.students).toHaveLength(30);
    expect(thirty.queries).toBeLessThanOrEqual(8);
    expect(thirty.queries).toBe(three.queries);

    // The staff row is the student's own metrics, computed by the same definition.
    const first = thirty.dashboard.students[1];
    const firstUser = await prisma().user.findFirstOrThrow({ where: { name: first?.name } });
    await signInAs(firstUser.id);
    expect(first?.metrics).toEqual(dashboardShare((await getMyProgress(NOW)).metrics));
  });

  // The dashboard reads only what it shows: eight weeks of outreach counted in the outreach
  // statement's own pass (not two years in one of their own) and no median. Every figure it shows
  // is the one the full read gives, on the hand-built set (week boundaries in Chicago, a decline,
  // an archived contact, reminders either side of midnight) and either side of a Monday in two zones.
  it("shows the same figures as the full read, in fewer statements, and the export adds the median", async () => {
    const staff = await createTestUser("Metrics Same Staff");
    const suffix = randomBytes(4).toString("hex");
    const centre = await prisma().organisation.create({
      data: { kind: "CAREER_CENTRE", name: `Same Centre ${suffix}`, slug: `same-${suffix}`, inviteCode: `SC-${suffix}`, memberships: { create: { userId: staff.id, role: "STAFF" } } },
    });
    const cohort = await prisma().cohort.create({ data: { organisationId: centre.id, name: "Same Cohort", inviteCode: `SCC-${suffix}` } });
    const chicago = await createTestUser("Same Chicago");
    const tokyo = await createTestUser("Same Tokyo");
    // 05:30 UTC on Monday 30 November: Sunday in Chicago, Monday afternoon in Tokyo; and one in
    // each of the trend's eight weeks and one just before them (in none).
    for (const [user, timeZone] of [[chicago, "America/Chicago"], [tokyo, "Asia/Tokyo"]] as const) {
      await prisma().user.update({ where: { id: user.id }, data: { timeZone } });
      const lead = await contact(user.id, "Week Lead", "OUTREACH");
      await outreach(user.id, lead.id, "INITIAL", "2026-11-30T05:30:00Z", { status: "REPLIED", at: "2026-11-30T09:30:00Z" });
      for (let back = 0; back <= 9; back++) await outreach(user.id, lead.id, "FOLLOW_UP", new Date(NOW.getTime() - back * 7 * DAY_MS - DAY_MS).toISOString());
    }
    const students = [owner, other, chicago, tokyo];
    for (const s of students) await prisma().cohortMember.create({ data: { cohortId: cohort.id, userId: s.id, consent: "PROGRESS" } });
    const full = await progressForUsers(students.map((s) => s.id), NOW);

    await signInAs(staff.id);
    const viewer = await countStatements(requireViewer);
    const dashboard = await countStatements(() => getCohortDashboard(cohort.id, NOW));
    const exported = await getCohortForExport(cohort.id, NOW);
    const nameOf = new Map(await Promise.all(students.map(async (s) => [(await prisma().user.findUniqueOrThrow({ where: { id: s.id } })).name, s.id] as const)));
    for (const row of dashboard.result.students) {
      const m = full.get(nameOf.get(row.name) ?? "");
      expect(m, row.name).toBeDefined();
      expect(row.metrics, row.name).toEqual(dashboardShare(m!));
      expect(row.metrics && "medianHoursToReply" in row.metrics, row.name).toBe(false);
    }
    for (const row of exported.students) expect(row.metrics, row.name).toEqual(exportShare(full.get(nameOf.get(row.name) ?? "")!));
    // The figures differ between the students (so agreeing is not agreeing on zeros).
    expect(new Set(dashboard.result.students.map((r) => JSON.stringify(r.metrics?.recentWeeks))).size).toBe(4);
    expect(exported.students.find((r) => r.name === "Same Tokyo")?.metrics?.medianHoursToReply).toBeCloseTo(4, 5);
    // The access check, four metric statements, the audit insert.
    expect(dashboard.queries - viewer.queries).toBe(6);
  });
});

describe("the furthest stage a contact reached (kept by the database)", () => {
  const reached = async (id: string) => (await prisma().contact.findUniqueOrThrow({ where: { id }, select: { reachedStage: true } })).reachedStage;
  const users: string[] = [];
  // As the app moves a contact (lib/data/pipeline.ts): the stage, then the history row.
  const move = async (ownerId: string, id: string, fromStage: Stage, toStage: Stage) => {
    await prisma().contact.update({ where: { id }, data: { stage: toStage } });
    await prisma().stageChange.create({ data: { ownerId, contactId: id, fromStage, toStage } });
  };

  it("follows every write of the stage up, never down, whatever the app asks", async () => {
    const user = await createTestUser("Reached Stage");
    users.push(user.id);
    const { id } = await contact(user.id, "Up And Back", "SCHEDULED");
    expect(await reached(id)).toBe("SCHEDULED");
    await move(user.id, id, "SCHEDULED", "INTERVIEWED");
    expect(await reached(id)).toBe("INTERVIEWED");
    await move(user.id, id, "INTERVIEWED", "FIND");
    expect(await reached(id)).toBe("INTERVIEWED");
    await prisma().contact.updateMany({ where: { id }, data: { reachedStage: "FIND" } });
    expect(await reached(id)).toBe("INTERVIEWED");
  });

  it("counts a backward move written after the contact, as restoring an archive writes it", async () => {
    const user = await createTestUser("Restored History");
    users.push(user.id);
    const { id } = await contact(user.id, "Came Back", "OUTREACH", {
      history: [
        [null, "FIND", "2026-10-01T15:00:00Z"],
        ["FIND", "THANKED", "2026-10-02T15:00:00Z"],
        ["THANKED", "OUTREACH", "2026-10-03T15:00:00Z"],
      ],
    });
    expect(await reached(id)).toBe("THANKED");
  });

  it("agrees with a recount from each contact's history", async () => {
    // The rule the migration's backfill uses (and the funnel query did): the stage now, or the
    // furthest one a backward move left.
    const rows = await prisma().$queryRaw<{ reached: string; recount: string }[]>`
      SELECT c."reachedStage"::text AS reached,
             GREATEST(c.stage, (SELECT max(s."fromStage") FROM "StageChange" s WHERE s."contactId" = c.id AND s."fromStage" > s."toStage"))::text AS recount
      FROM "Contact" c WHERE c."ownerId" = ANY(${[owner.id, other.id, ...users]}::text[])`;
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((r) => r.reached !== r.recount)).toEqual([]);
  });
});

describe("each meeting's thank-you (kept by the database)", () => {
  const sentAt = async (id: string) => (await prisma().meeting.findUniqueOrThrow({ where: { id }, select: { thankYouSentAt: true } })).thankYouSentAt?.toISOString() ?? null;
  const thankYou = (ownerId: string, contactId: string, at: string) =>
    prisma().outreachAttempt.create({ data: { ownerId, contactId, kind: "THANK_YOU", channel: "EMAIL", body: "Thank you", sentAt: new Date(at) }, select: { id: true } });
  const users: string[] = [];

  it("follows every write of a meeting or a thank-you, in any order", async () => {
    const user = await createTestUser("Kept Thanks");
    users.push(user.id);
    const c = await contact(user.id, "Kept Thanks Contact", "THANKED");
    const first = await meeting(user.id, c.id, "DONE", "2026-11-10T15:00:00Z");
    expect(await sentAt(first.id)).toBeNull();

    const note = await thankYou(user.id, c.id, "2026-11-10T20:00:00Z");
    expect(await sentAt(first.id)).toBe("2026-11-10T20:00:00.000Z");
    // An earlier second thank-you is now the first; a thank-you before the meeting is none of its.
    const earlier = await thankYou(user.id, c.id, "2026-11-10T18:00:00Z");
    await thankYou(user.id, c.id, "2026-11-09T18:00:00Z");
    expect(await sentAt(first.id)).toBe("2026-11-10T18:00:00.000Z");
    // Edited and deleted thank-yous.
    await prisma().outreachAttempt.update({ where: { id: earlier.id }, data: { sentAt: new Date("2026-11-11T09:00:00Z") } });
    expect(await sentAt(first.id)).toBe("2026-11-10T20:00:00.000Z");
    await prisma().outreachAttempt.delete({ where: { id: note.id } });
    expect(await sentAt(first.id)).toBe("2026-11-11T09:00:00.000Z");
    // Another kind of message is not a thank-you, until it is made one.
    const followUp = await prisma().outreachAttempt.create({
      data: { ownerId: user.id, contactId: c.id, kind: "FOLLOW_UP", channel: "EMAIL", body: "Hello again", sentAt: new Date("2026-11-10T16:00:00Z") },
    });
    expect(await sentAt(first.id)).toBe("2026-11-11T09:00:00.000Z");
    await prisma().outreachAttempt.update({ where: { id: followUp.id }, data: { kind: "THANK_YOU" } });
    expect(await sentAt(first.id)).toBe("2026-11-10T16:00:00.000Z");
    await prisma().outreachAttempt.update({ where: { id: followUp.id }, data: { kind: "FOLLOW_UP" } });
    expect(await sentAt(first.id)).toBe("2026-11-11T09:00:00.000Z");

    // A second meeting done before that thank-you takes it: the first is left unthanked.
    const second = await meeting(user.id, c.id, "SCHEDULED", "2026-11-11T08:00:00Z");
    expect(await sentAt(second.id)).toBeNull();
    await prisma().meeting.update({ where: { id: second.id }, data: { status: "DONE", doneAt: new Date("2026-11-11T08:00:00Z") } });
    expect([await sentAt(first.id), await sentAt(second.id)]).toEqual([null, "2026-11-11T09:00:00.000Z"]);
    // Its end moved after the thank-you: the thank-you is the first meeting's again.
    await prisma().meeting.update({ where: { id: second.id }, data: { doneAt: new Date("2026-11-12T08:00:00Z") } });
    expect([await sentAt(first.id), await sentAt(second.id)]).toEqual(["2026-11-11T09:00:00.000Z", null]);
    await prisma().meeting.update({ where: { id: second.id }, data: { doneAt: new Date("2026-11-11T08:00:00Z") } });
    // Undone (back to scheduled, or cancelled), then deleted: the first gets its thank-you back.
    await prisma().meeting.update({ where: { id: second.id }, data: { status: "CANCELLED", doneAt: null } });
    expect([await sentAt(first.id), await sentAt(second.id)]).toEqual(["2026-11-11T09:00:00.000Z", null]);
    await prisma().meeting.update({ where: { id: second.id }, data: { status: "DONE", doneAt: new Date("2026-11-11T08:00:00Z") } });
    expect(await sentAt(first.id)).toBeNull();
    await prisma().meeting.delete({ where: { id: second.id } });
    expect(await sentAt(first.id)).toBe("2026-11-11T09:00:00.000Z");

    // Moved to another contact, the meeting takes that contact's thank-yous; with none, it has none.
    const other = await contact(user.id, "Kept Thanks Other", "INTERVIEWED");
    await thankYou(user.id, other.id, "2026-11-10T17:00:00Z");
    await prisma().meeting.update({ where: { id: first.id }, data: { contactId: other.id } });
    expect(await sentAt(first.id)).toBe("2026-11-10T17:00:00.000Z");
    await prisma().meeting.update({ where: { id: first.id }, data: { contactId: null } });
    expect(await sentAt(first.id)).toBeNull();
    // The app never writes the column; a stray write to it is not kept past the next recount.
    await prisma().meeting.update({ where: { id: first.id }, data: { contactId: c.id } });
    await prisma().meeting.update({ where: { id: first.id }, data: { thankYouSentAt: new Date("2026-01-01T00:00:00Z") } });
    await thankYou(user.id, c.id, "2026-12-01T00:00:00Z");
    expect(await sentAt(first.id)).toBe("2026-11-11T09:00:00.000Z");
  });

  // A member who met a professional one to one, then went to the chapter's agency tour with them
  // (their own contact as the attendee's): a thank-you after the tour is the tour's, by thankYouStates'
  // rule, and the one-to-one meeting's is still owed.
  it("counts a group meeting the student went to with the same professional as that contact's meeting done", async () => {
    const officer = await createTestUser("Kept Tour Officer");
    const user = await createTestUser("Kept Tour Member");
    users.push(user.id);
    const chapterId = await createTestChapter("Kept Tour Chapter", { officers: [officer], members: [user] });
    const c = await contact(user.id, "Kept Tour Host", "THANKED");
    const own = await meeting(user.id, c.id, "DONE", "2026-11-10T15:00:00Z");
    await thankYou(user.id, c.id, "2026-11-18T20:00:00Z");
    expect(await sentAt(own.id)).toBe("2026-11-18T20:00:00.000Z");

    const tourAt = (startsAt: string) => ({
      ownerId: officer.id,
      organisationId: chapterId,
      title: "Agency tour",
      startsAt: new Date(startsAt),
      timeZone: "America/Chicago",
      icsUid: `${randomBytes(8).toString("hex")}@rapport.test`,
    });
    const tour = await prisma().meeting.create({ data: tourAt("2026-11-18T15:00:00Z") });
    const attendance = await prisma().meetingAttendee.create({ data: { meetingId: tour.id, userId: user.id, contactId: c.id, rsvp: "GOING" } });
    // Not done yet: nothing moves.
    expect(await sentAt(own.id)).toBe("2026-11-18T20:00:00.000Z");
    await prisma().meeting.update({ where: { id: tour.id }, data: { status: "DONE", doneAt: new Date("2026-11-18T16:00:00Z") } });
    // A group meeting keeps no time of its own (the metrics read each attendee's).
    expect([await sentAt(own.id), await sentAt(tour.id)]).toEqual([null, null]);
    // Its end moved after the thank-you, and back.
    await prisma().meeting.update({ where: { id: tour.id }, data: { doneAt: new Date("2026-11-18T21:00:00Z") } });
    expect(await sentAt(own.id)).toBe("2026-11-18T20:00:00.000Z");
    await prisma().meeting.update({ where: { id: tour.id }, data: { doneAt: new Date("2026-11-18T16:00:00Z") } });
    expect(await sentAt(own.id)).toBeNull();
    // Not going after all, or their contact unlinked: the tour was not a meeting of this contact's.
    await prisma().meetingAttendee.update({ where: { id: attendance.id }, data: { rsvp: "NOT_GOING" } });
    expect(await sentAt(own.id)).toBe("2026-11-18T20:00:00.000Z");
    await prisma().meetingAttendee.update({ where: { id: attendance.id }, data: { rsvp: "GOING" } });
    expect(await sentAt(own.id)).toBeNull();
    await prisma().meetingAttendee.update({ where: { id: attendance.id }, data: { contactId: null } });
    expect(await sentAt(own.id)).toBe("2026-11-18T20:00:00.000Z");
    await prisma().meetingAttendee.update({ where: { id: attendance.id }, data: { contactId: c.id } });
    expect(await sentAt(own.id)).toBeNull();
    // Cancelled, then deleted (its attendances go with it).
    await prisma().meeting.update({ where: { id: tour.id }, data: { status: "CANCELLED" } });
    expect(await sentAt(own.id)).toBe("2026-11-18T20:00:00.000Z");
    await prisma().meeting.update({ where: { id: tour.id }, data: { status: "DONE" } });
    expect(await sentAt(own.id)).toBeNull();
    await prisma().meeting.delete({ where: { id: tour.id } });
    expect(await sentAt(own.id)).toBe("2026-11-18T20:00:00.000Z");
    // Another tour, done, its attendance written after: the thank-you is that tour's (kept for the
    // agreement test below).
    const again = await prisma().meeting.create({ data: { ...tourAt("2026-11-18T17:00:00Z"), status: "DONE", doneAt: new Date("2026-11-18T18:00:00Z") } });
    await prisma().meetingAttendee.createMany({ data: [{ meetingId: again.id, userId: user.id, contactId: c.id, rsvp: "GOING" }] });
    expect(await sentAt(own.id)).toBeNull();
  });

  // A restore, the demo seed or the benchmark's seed writes thousands of meetings in one statement:
  // a lock per contact ran the lock table out of shared memory (the benchmark's seed failed). A
  // large recount takes one lock instead; a small one its contacts' (and one shared).
  it("is written for meetings written in bulk, with one lock for the recount, not one per contact", async () => {
    const user = await createTestUser("Bulk Thanks");
    users.push(user.id);
    const ids = Array.from({ length: 200 }, (_, i) => `bulk-${user.id}-${i}`);
    await prisma().contact.createMany({ data: ids.map((id, i) => ({ id, ownerId: user.id, name: `Bulk ${i}`, stage: "THANKED" as const })) });
    await prisma().outreachAttempt.createMany({
      data: ids.map((contactId) => ({ ownerId: user.id, contactId, kind: "THANK_YOU" as const, channel: "EMAIL" as const, body: "Thank you", sentAt: new Date("2026-11-10T20:00:00Z") })),
    });
    const meetingRow = (contactId: string) => ({
      ownerId: user.id,
      contactId,
      title: "Bulk",
      startsAt: new Date("2026-11-10T15:00:00Z"),
      timeZone: "UTC",
      status: "DONE" as const,
      doneAt: new Date("2026-11-10T15:30:00Z"),
      icsUid: `${contactId}-${randomBytes(4).toString("hex")}@rapport.test`,
    });
    const advisoryLocks = (tx: Prisma.TransactionClient) =>
      tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()`.then(([row]) => row?.n);
    const held = await prisma().$transaction(async (tx) => {
      await tx.meeting.createMany({ data: ids.map(meetingRow) });
      const bulk = await advisoryLocks(tx);
      return bulk;
    });
    expect(held).toBe(1);
    expect(await prisma().meeting.count({ where: { ownerId: user.id, thankYouSentAt: new Date("2026-11-10T20:00:00Z") } })).toBe(ids.length);
    // One contact's write: the shared lock and that contact's.
    const c = await contact(user.id, "Bulk One", "THANKED");
    expect(await prisma().$transaction(async (tx) => (await tx.meeting.create({ data: meetingRow(c.id) }), advisoryLocks(tx)))).toBe(2);
  });

  it("is written for meetings restored with their thank-yous, whatever the archive says", async () => {
    const user = await createTestUser("Restored Thanks");
    users.push(user.id);
    const c = await contact(user.id, "Restored Thanks Contact", "THANKED");
    await thankYou(user.id, c.id, "2026-11-03T12:00:00Z");
    const row = await prisma().meeting.create({
      data: {
        ownerId: user.id,
        contactId: c.id,
        title: "Restored",
        startsAt: new Date("2026-11-03T10:00:00Z"),
        timeZone: "America/Chicago",
        status: "DONE",
        doneAt: new Date("2026-11-03T10:30:00Z"),
        thankYouSentAt: new Date("2020-01-01T00:00:00Z"),
        icsUid: `${randomBytes(8).toString("hex")}@rapport.test`,
      },
    });
    expect(await sentAt(row.id)).toBe("2026-11-03T12:00:00.000Z");
  });

  // Two connections are needed to write at the same time: the embedded database has one.
  it.skipIf(!process.env.DATABASE_URL)("is right when two thank-yous for one contact are written at the same time", async () => {
    const user = await createTestUser("Racing Thanks");
    users.push(user.id);
    const c = await contact(user.id, "Racing Thanks Contact", "THANKED");
    const done = await meeting(user.id, c.id, "DONE", "2026-11-10T15:00:00Z");
    const write = (at: string) => ({ data: { ownerId: user.id, contactId: c.id, kind: "THANK_YOU" as const, channel: "EMAIL" as const, body: "Thanks", sentAt: new Date(at) } });
    // The earlier thank-you is written first and left uncommitted; the later one is written
    // meanwhile, on another connection, and commits after it. Its recount must see the earlier one.
    let commitFirst = () => {};
    const held = new Promise<void>((resolve) => (commitFirst = resolve));
    let firstWritten = () => {};
    const written = new Promise<void>((resolve) => (firstWritten = resolve));
    const first = prisma().$transaction(
      async (tx) => {
        await tx.outreachAttempt.create(write("2026-11-10T17:00:00Z"));
        firstWritten();
        await held;
      },
      { timeout: 20_000 },
    );
    await written;
    // then(): a Prisma query is lazy, and would otherwise only be sent once awaited, after the commit.
    const second = prisma().outreachAttempt.create(write("2026-11-10T19:00:00Z")).then(() => undefined);
    // Long enough for the second write to reach its recount and wait there.
    await new Promise((resolve) => setTimeout(resolve, 500));
    commitFirst();
    await Promise.all([first, second]);
    expect(await sentAt(done.id)).toBe("2026-11-10T17:00:00.000Z");
  });

  it("agrees with thankYouStates for every meeting of this test file", async () => {
    const ids = [owner.id, other.id, ...users];
    const [meetings, thanks] = await Promise.all([
      prisma().meeting.findMany({ where: { ownerId: { in: ids }, status: "DONE", contactId: { not: null } }, select: { id: true, contactId: true, doneAt: true, ownerId: true, thankYouSentAt: true } }),
      prisma().outreachAttempt.findMany({ where: { ownerId: { in: ids }, kind: "THANK_YOU" }, select: { contactId: true, sentAt: true } }),
    ]);
    // The group meetings these users went to are meetings done with their own contacts too.
    const attended = await prisma().meetingAttendee.findMany({
      where: { userId: { in: ids }, rsvp: "GOING", contactId: { not: null }, meeting: { status: "DONE", contactId: null } },
      select: { id: true, contactId: true, meeting: { select: { doneAt: true } } },
    });
    expect(meetings.length).toBeGreaterThan(3);
    expect(attended.length).toBeGreaterThan(0);
    // thankYouStates gives a state, not a time: each meeting's stored time must give the same state
    // as the definition, at a "now" after everything (so none is "not yet due") and at each thank-you.
    const done: DoneMeetingInput[] = [
      ...meetings.flatMap((m) => (m.contactId && m.doneAt ? [{ id: m.id, contactId: m.contactId, doneAt: m.doneAt }] : [])),
      ...attended.flatMap((a) => (a.contactId && a.meeting.doneAt ? [{ id: a.id, contactId: a.contactId, doneAt: a.meeting.doneAt }] : [])),
    ];
    const sent: ThankYouInput[] = thanks.map((t) => ({ contactId: t.contactId, sentAt: t.sentAt }));
    const onlyMine = (m: { id: string }) => [{ ...done.find((d) => d.id === m.id)!, contactId: "stored" }];
    for (const at of [new Date("2027-06-01T00:00:00Z"), ...thanks.map((t) => t.sentAt)]) {
      const states = thankYouStates(done, sent, at);
      for (const m of meetings) {
        if (!m.doneAt || m.doneAt > at) continue;
        const stored = thankYouStates(onlyMine(m), m.thankYouSentAt ? [{ contactId: "stored", sentAt: m.thankYouSentAt }] : [], at).get(m.id);
        expect({ meeting: m.id, at, state: stored }).toEqual({ meeting: m.id, at, state: states.get(m.id) });
      }
    }
  });
});
