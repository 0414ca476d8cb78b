// One small world per matrix cell: an owner who has a row of every kind the actions touch, and the
// four people who must not reach those rows (another student, staff of a centre where the owner
// shares nothing, a plain member of the owner's chapter) or who reach some of them by design.
// The other student holds the owner's roles elsewhere (admin of their own centre, officer of their
// own chapter), so a check on the role that forgets the organisation shows up as a hole.
// Written straight through Prisma with explicit ids, a handful of createMany calls per world.
import { createHash, randomInt, randomUUID } from "node:crypto";
import { getDatabase } from "@/lib/db";
import { generateCohortCode, generateStaffInviteCode } from "@/lib/domain/invite-codes";

export type Persona = "owner" | "other" | "staff" | "member" | "signedOut";
export const PERSONAS: readonly Persona[] = ["signedOut", "other", "staff", "member", "owner"];

const DAY = 86_400_000;

export type World = Awaited<ReturnType<typeof buildWorld>>;

export async function buildWorld() {
  const prisma = getDatabase().prisma;
  // Short, unique, under every id schema's 40-character limit.
  const t = randomUUID().replace(/-/g, "").slice(0, 12);
  const id = (kind: string) => `mx${kind}${t}`;
  const now = Date.now();
  const users = {
    owner: id("owner"),
    other: id("other"),
    staff: id("staff"),
    member: id("member"),
    colleague: id("colleague"),
  };
  const calendarToken = `feed${t}${randomUUID().replace(/-/g, "")}`;
  const w = {
    users,
    ownerEmail: `owner.${t}@example.edu`,
    staffCentre: id("scentre"),
    otherCentre: id("xcentre"),
    otherChapter: id("xchapter"),
    staffCohort: id("scohort"),
    ownCentre: id("ocentre"),
    ownCohort: id("ocohort"),
    ownCohortCode: generateCohortCode(randomInt),
    chapter: id("chapter"),
    chapterCode: generateCohortCode(randomInt),
    staffInviteCode: generateStaffInviteCode(randomInt),
    colleagueMembership: id("colmem"),
    contact: id("contact"),
    meeting: id("meeting"),
    agendaItem: id("agenda"),
    note: id("note"),
    takeaway: randomUUID(),
    actionItem: id("action"),
    resource: id("resource"),
    outreach: id("outreach"),
    reminder: id("reminder"),
    template: id("template"),
    question: id("question"),
    hiddenQuestion: id("hiddenq"),
    holiday: id("holiday"),
    holidayDate: new Date(now + 40 * DAY).toISOString().slice(0, 10),
    sharedClaimed: id("shclaimed"),
    sharedFree: id("shfree"),
    sharedProposed: id("shproposed"),
    groupMeeting: id("group"),
    calendarToken,
    /** Rows a cell's own setup adds (an import, say). */
    extra: {} as Record<string, string>,
  };

  // One batch, in foreign-key order: a world costs one round of statements, not two dozen awaits.
  await prisma.$transaction([
    prisma.user.createMany({
      data: Object.entries(users).map(([name, userId]) => ({ id: userId, email: `${name}.${t}@example.edu`, name: `Matrix ${name}` })),
    }),
    prisma.organisation.createMany({
      data: [
        { id: w.staffCentre, kind: "CAREER_CENTRE", name: "Staff's Centre", slug: `s-${t}`, inviteCode: generateStaffInviteCode(randomInt) },
        { id: w.ownCentre, kind: "CAREER_CENTRE", name: "Owner's Centre", slug: `o-${t}`, inviteCode: w.staffInviteCode },
        { id: w.chapter, kind: "CHAPTER", name: "Owner's Chapter", slug: `c-${t}`, inviteCode: w.chapterCode },
        { id: w.otherCentre, kind: "CAREER_CENTRE", name: "Other's Centre", slug: `x-${t}`, inviteCode: generateStaffInviteCode(randomInt) },
        { id: w.otherChapter, kind: "CHAPTER", name: "Other's Chapter", slug: `y-${t}`, inviteCode: generateCohortCode(randomInt) },
      ],
    }),
    prisma.membership.createMany({
      data: [
        { organisationId: w.staffCentre, userId: users.staff, role: "STAFF" },
        { organisationId: w.staffCentre, userId: users.owner, role: "STUDENT" },
        { organisationId: w.ownCentre, userId: users.owner, role: "ADMIN" },
        { id: w.colleagueMembership, organisationId: w.ownCentre, userId: users.colleague, role: "STAFF" },
        { organisationId: w.chapter, userId: users.owner, role: "OFFICER" },
        { organisationId: w.chapter, userId: users.member, role: "MEMBER" },
        { organisationId: w.otherCentre, userId: users.other, role: "ADMIN" },
        { organisationId: w.otherChapter, userId: users.other, role: "OFFICER" },
      ],
    }),
    prisma.cohort.createMany({
      data: [
        { id: w.staffCohort, organisationId: w.staffCentre, name: "Staff's Cohort", inviteCode: generateCohortCode(randomInt) },
        { id: w.ownCohort, organisationId: w.ownCentre, name: "Owner's Cohort", inviteCode: w.ownCohortCode },
      ],
    }),
    // Enrolled where the staff persona works, sharing nothing: staff "without consent".
    prisma.cohortMember.create({ data: { cohortId: w.staffCohort, userId: users.owner, consent: "NONE" } }),
  
    prisma.contact.create({
      data: { id: w.contact, ownerId: users.owner, name: "Dana Owner-Contact", employer: "Edelman", email: `dana.${t}@example.com`, stage: "SCHEDULED" },
    }),
    prisma.meeting.createMany({
      data: [
        { id: w.meeting, ownerId: users.owner, contactId: w.contact, title: "Coffee with Dana", startsAt: new Date(now + 2 * DAY), timeZone: "UTC", icsUid: `${w.meeting}@rapport` },
        {
          id: w.groupMeeting,
          ownerId: users.owner,
          organisationId: w.chapter,
          title: "Chapter panel",
          startsAt: new Date(now + 3 * DAY),
          timeZone: "UTC",
          icsUid: `${w.groupMeeting}@rapport`,
        },
      ],
    }),
    prisma.meetingAttendee.create({ data: { meetingId: w.groupMeeting, userId: users.owner, rsvp: "GOING" } }),
    prisma.agendaItem.create({ data: { id: w.agendaItem, meetingId: w.meeting, text: "How did you start?", position: 0 } }),
    prisma.note.createMany({
      data: [
        { id: w.note, ownerId: users.owner, contactId: w.contact, body: "Met at the alumni night." },
        { id: w.takeaway, ownerId: users.owner, contactId: w.contact, meetingId: w.meeting, kind: "TAKEAWAY", body: "Read their agency's blog." },
      ],
    }),
    prisma.actionItem.create({ data: { id: w.actionItem, ownerId: users.owner, contactId: w.contact, meetingId: w.meeting, text: "Send portfolio" } }),
    prisma.resource.create({ data: { id: w.resource, ownerId: users.owner, contactId: w.contact, meetingId: w.meeting, title: "PRWeek" } }),
    prisma.outreachAttempt.create({
      data: { id: w.outreach, ownerId: users.owner, contactId: w.contact, channel: "EMAIL", subject: "Hello", body: "Hi Dana", sentAt: new Date(now - 5 * DAY) },
    }),
    prisma.reminder.create({
      data: { id: w.reminder, ownerId: users.owner, contactId: w.contact, rule: "FOLLOW_UP_7B", ruleKey: w.outreach, title: "Follow up with Dana", dueAt: new Date(now + DAY) },
    }),
    prisma.template.create({ data: { id: w.template, ownerId: users.owner, kind: "OUTREACH_EMAIL", name: "My ask", subject: "Hello", body: "Hi there, could we talk?" } }),
    prisma.question.createMany({
      data: [
        { id: w.question, ownerId: users.owner, category: "CAREER_PATH", text: "What surprised you most?" },
        { id: w.hiddenQuestion, ownerId: users.owner, category: "ADVICE", text: "What would you do again?" },
      ],
    }),
    prisma.questionHide.create({ data: { userId: users.owner, questionId: w.hiddenQuestion } }),
    prisma.holiday.create({ data: { id: w.holiday, ownerId: users.owner, date: new Date(`${w.holidayDate}T00:00:00Z`), name: "Founders' Day" } }),
    prisma.pitch.create({ data: { ownerId: users.owner, body: "I study public relations and want to learn about agency life.", version: 1 } }),
    prisma.calendarFeedToken.create({ data: { userId: users.owner, tokenHash: createHash("sha256").update(calendarToken).digest("hex") } }),
    prisma.sharedContact.createMany({
      data: [
        { id: w.sharedClaimed, organisationId: w.chapter, proposedById: users.owner, approvedById: users.owner, approvedAt: new Date(now - 30 * DAY), status: "OPEN", name: "Pat Claimed", employer: "Ketchum" },
        { id: w.sharedFree, organisationId: w.chapter, proposedById: users.owner, approvedById: users.owner, approvedAt: new Date(now - 30 * DAY), status: "OPEN", name: "Sam Free", employer: "Weber" },
        { id: w.sharedProposed, organisationId: w.chapter, proposedById: users.member, status: "PROPOSED", name: "Lee Proposed", employer: "FleishmanHillard" },
      ],
    }),
    prisma.claim.create({
      data: { sharedContactId: w.sharedClaimed, userId: users.owner, activeFor: w.sharedClaimed, claimedAt: new Date(now - DAY), expiresAt: new Date(now + 13 * DAY) },
    }),
  ]);
  return w;
}

// Each table's rows of the owner's, as [table, where]: $1 the owner, $2 their centre, $3 their chapter.
const OWNED: [string, string][] = [
  ["User", `t.id = $1`],
  ...["Contact", "StageChange", "OutreachAttempt", "Meeting", "Note", "ActionItem", "Resource", "Reminder", "Template", "Question", "Holiday", "Pitch", "ContactImport"].map(
    (table): [string, string] => [table, `t."ownerId" = $1`],
  ),
  ["MeetingAttendee", `t."userId" = $1 OR t."meetingId" IN (SELECT id FROM "Meeting" WHERE "ownerId" = $1)`],
  ["AgendaItem", `t."meetingId" IN (SELECT id FROM "Meeting" WHERE "ownerId" = $1)`],
  ["QuestionHide", `t."userId" = $1`],
  ["CalendarFeedToken", `t."userId" = $1`],
  ["Membership", `t."userId" = $1 OR t."organisationId" IN ($2, $3)`],
  ["Organisation", `t.id IN ($2, $3)`],
  ["Cohort", `t."organisationId" = $2`],
  ["CohortMember", `t."userId" = $1 OR t."cohortId" IN (SELECT id FROM "Cohort" WHERE "organisationId" = $2)`],
  ["SharedContact", `t."organisationId" = $3`],
  ["Claim", `t."sharedContactId" IN (SELECT id FROM "SharedContact" WHERE "organisationId" = $3)`],
];

// One statement for the whole fingerprint: the matrix takes one before and after every refusal.
const FINGERPRINT_SQL = `SELECT json_build_object(${OWNED.map(
  ([table, where]) =>
    `'${table}', (SELECT coalesce(json_agg(to_jsonb(t) - 'passwordHash' - 'source' ORDER BY to_jsonb(t)::text), '[]') FROM "${table}" t WHERE ${where})`,
).join(", ")})::text AS rows`;

/**
 * Everything of the owner's that any action could change (every column, updatedAt included), in a
 * stable order. Compared before and after every refused or signed-out call: a refusal that still
 * wrote something fails the cell.
 */
export async function fingerprint(w: World): Promise<string> {
  const [row] = await getDatabase().prisma.$queryRawUnsafe<{ rows: string }[]>(FINGERPRINT_SQL, w.users.owner, w.ownCentre, w.chapter);
  return row?.rows ?? "";
}
