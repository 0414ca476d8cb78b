// A chapter's group meetings (agency tours): an officer schedules one with a shared professional or
// an employer for several members; each member RSVPs, and a member who goes gets the meeting in
// their own pipeline (their own contact at Scheduled, linked through MeetingAttendee.contactId),
// on Today (a prep reminder the day before), on their meetings and in their calendar feed, keeps
// their own notes, and gets their own thank-you reminder when an officer marks it done. The agenda
// is one, the meeting owner's: the existing agenda editor edits it.
import "server-only";
import { randomUUID } from "node:crypto";
import { addHours, subDays } from "date-fns";
import { db } from "../db";
import { officerOnlyFields } from "../domain/chapters";
import { changedMeetingEndError, heldEarlierError, meetingEndError, suggestedMeetingEnd } from "../domain/meeting-done";
import { prepReminderDue } from "../domain/pipeline";
import { stageIndex } from "../domain/stages";
import type { Prisma } from "../generated/prisma/client";
import type { MeetingMode, MeetingStatus, ReminderStatus, Rsvp } from "../generated/prisma/enums";
import { FieldError, NotFoundError } from "./errors";
import type { MeetingTime } from "./meetings";
import { requireViewer } from "./viewer";

type Tx = Prisma.TransactionClient;
const CHAPTER_ROLES = ["MEMBER", "OFFICER"] as const;
/** Said yes or maybe: the meeting is in their pipeline, on their Today and in their calendar feed. */
const ATTENDING = ["GOING", "MAYBE"] as const satisfies readonly Rsvp[];

/** The meeting, where the viewer is an officer of its chapter: any officer runs it, not only who scheduled it. */
function officersMeeting(meetingId: string, viewerId: string) {
  return { id: meetingId, organisation: { kind: "CHAPTER", memberships: { some: { userId: viewerId, role: "OFFICER" } } } } satisfies Prisma.MeetingWhereInput;
}

export interface ScheduleGroupMeetingInput {
  title: string;
  sharedContactId: string | null;
  employer: string | null;
  startsAt: Date;
  durationMinutes: number;
  mode: MeetingMode;
  location: string | null;
  /** Members to invite; empty invites every member of the chapter. */
  memberIds: string[];
}

async function roleIn(organisationId: string, userId: string): Promise<"MEMBER" | "OFFICER" | null> {
  const m = await db.membership.findFirst({
    where: { organisationId, userId, role: { in: [...CHAPTER_ROLES] }, organisation: { kind: "CHAPTER" } },
    select: { role: true },
  });
  return m ? (m.role === "OFFICER" ? "OFFICER" : "MEMBER") : null;
}

/** An officer schedules a group meeting and invites members (everyone else in the chapter by default). */
export async function scheduleGroupMeeting(organisationId: string, input: ScheduleGroupMeetingInput, now: Date): Promise<{ id: string; invited: number }> {
  const viewer = await requireViewer();
  const role = await roleIn(organisationId, viewer.id);
  if (!role) throw new NotFoundError("chapter");
  if (role !== "OFFICER") throw new FieldError("form", "Only the chapter's officers can schedule group meetings.");
  if (input.startsAt <= now) throw new FieldError("startsAt", "Choose a time in the future.");

  let employer = input.employer;
  if (input.sharedContactId) {
    const shared = await db.sharedContact.findFirst({ where: { id: input.sharedContactId, organisationId }, select: { status: true, name: true, employer: true } });
    if (!shared) throw new FieldError("sharedContactId", "Choose a professional from the chapter's list.");
    if (shared.status === "DO_NOT_CONTACT" || shared.status === "CLOSED" || shared.status === "PROPOSED") {
      throw new FieldError("sharedContactId", `${shared.name} is not taking requests from the chapter.`);
    }
    employer ??= shared.employer;
  } else if (!employer) {
    throw new FieldError("employer", "Choose a professional or name the employer you are visiting.");
  }

  const members = await db.membership.findMany({
    where: { organisationId, role: { in: [...CHAPTER_ROLES] }, userId: { not: viewer.id }, ...(input.memberIds.length ? { userId: { in: input.memberIds, not: viewer.id } } : {}) },
    select: { userId: true },
  });
  if (members.length === 0) throw new FieldError("memberIds", "Invite at least one member.");

  const meeting = await db.meeting.create({
    data: {
      ownerId: viewer.id,
      organisationId,
      sharedContactId: input.sharedContactId,
      title: input.title,
      startsAt: input.startsAt,
      durationMinutes: input.durationMinutes,
      timeZone: viewer.timeZone,
      mode: input.mode,
      // An employer visit without an address is at least placed at the employer.
      location: input.location ?? (input.sharedContactId ? null : employer),
      icsUid: `${randomUUID()}@rapport.app`,
      attendees: { createMany: { data: members.map((m) => ({ userId: m.userId, rsvp: "INVITED" as const })) } },
    },
    select: { id: true },
  });
  return { id: meeting.id, invited: members.length };
}

export interface GroupMeetingSummary {
  id: string;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  mode: MeetingMode;
  location: string | null;
  status: MeetingStatus;
  chapterId: string;
  chapterName: string;
  with: string | null;
  myRsvp: Rsvp | null;
  going: number;
  maybe: number;
  invited: number;
  isOfficer: boolean;
}

const summarySelect = {
  id: true,
  title: true,
  startsAt: true,
  durationMinutes: true,
  mode: true,
  location: true,
  status: true,
  ownerId: true,
  organisation: { select: { id: true, name: true } },
  sharedContact: { select: { name: true, employer: true, fieldVisibility: true } },
  attendees: { select: { userId: true, rsvp: true } },
} satisfies Prisma.MeetingSelect;

type SummaryRow = Prisma.MeetingGetPayload<{ select: typeof summarySelect }>;

/** The professional's name, and their employer unless the chapter shows it to officers only. */
function withWhom(shared: { name: string; employer: string | null; fieldVisibility: unknown }, isOfficer: boolean): string {
  const employer = isOfficer || !officerOnlyFields(shared.fieldVisibility).has("employer") ? shared.employer : null;
  return [shared.name, employer].filter(Boolean).join(", ");
}

function toSummary(row: SummaryRow, viewerId: string, officerOf: ReadonlySet<string>): GroupMeetingSummary | null {
  if (!row.organisation) return null;
  const mine = row.attendees.find((a) => a.userId === viewerId);
  return {
    id: row.id,
    title: row.title,
    startsAt: row.startsAt,
    durationMinutes: row.durationMinutes,
    mode: row.mode,
    location: row.location,
    status: row.status,
    chapterId: row.organisation.id,
    chapterName: row.organisation.name,
    with: row.sharedContact ? withWhom(row.sharedContact, officerOf.has(row.organisation.id)) : null,
    myRsvp: mine?.rsvp ?? null,
    going: row.attendees.filter((a) => a.rsvp === "GOING").length,
    maybe: row.attendees.filter((a) => a.rsvp === "MAYBE").length,
    invited: row.attendees.length,
    isOfficer: officerOf.has(row.organisation.id),
  };
}

/**
 * Group meetings of the viewer's chapters they are invited to (or, as an officer, all of them):
 * upcoming ones and those of the last two weeks.
 */
export async function listGroupMeetings(now: Date): Promise<GroupMeetingSummary[]> {
  const viewer = await requireViewer();
  const memberships = await db.membership.findMany({
    where: { userId: viewer.id, role: { in: [...CHAPTER_ROLES] }, organisation: { kind: "CHAPTER" } },
    select: { organisationId: true, role: true },
  });
  if (memberships.length === 0) return [];
  const officerOf = new Set(memberships.filter((m) => m.role === "OFFICER").map((m) => m.organisationId));
  const rows = await db.meeting.findMany({
    where: {
      organisationId: { in: memberships.map((m) => m.organisationId) },
      // Cancelled ones too: a member who was going learns it here, not from the meeting vanishing.
      startsAt: { gte: subDays(now, 14) },
      OR: [{ organisationId: { in: [...officerOf] } }, { attendees: { some: { userId: viewer.id } } }],
    },
    select: summarySelect,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => toSummary(r, viewer.id, officerOf)).filter((s): s is GroupMeetingSummary => s !== null);
}

export interface GroupMeetingDetail extends GroupMeetingSummary {
  timeZone: string;
  doneAt: Date | null;
  cancelledAt: Date | null;
  /** Only the officer who scheduled it edits the agenda (in the agenda editor). */
  canEditAgenda: boolean;
  agenda: { id: string; text: string; minutes: number }[];
  attendees: { userId: string; name: string; rsvp: Rsvp; isViewer: boolean }[];
  myNotes: string;
  myContactId: string | null;
  /** The viewer's own thank-you reminder for it, once it is done and they went: open, done or dismissed. */
  myThankYou: { status: ReminderStatus; snoozedUntil: Date | null } | null;
}

/** The viewer's view of a group meeting; NotFoundError unless they are invited or an officer of its chapter. */
export async function getGroupMeeting(meetingId: string): Promise<GroupMeetingDetail> {
  const viewer = await requireViewer();
  const row = await db.meeting.findFirst({
    where: {
      id: meetingId,
      organisation: { kind: "CHAPTER", memberships: { some: { userId: viewer.id, role: { in: [...CHAPTER_ROLES] } } } },
      OR: [{ attendees: { some: { userId: viewer.id } } }, { organisation: { memberships: { some: { userId: viewer.id, role: "OFFICER" } } } }],
    },
    select: {
      ...summarySelect,
      timeZone: true,
      doneAt: true,
      cancelledAt: true,
      agendaItems: { select: { id: true, text: true, minutes: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
      attendees: { select: { userId: true, rsvp: true, contactId: true, user: { select: { name: true } } }, orderBy: { user: { name: "asc" } } },
      notes: { where: { ownerId: viewer.id, kind: "GENERAL" }, select: { body: true }, take: 1, orderBy: { createdAt: "asc" } },
      reminders: { where: { ownerId: viewer.id, rule: "THANK_YOU_24H" }, select: { status: true, snoozedUntil: true }, take: 1, orderBy: { createdAt: "desc" } },
    },
  });
  if (!row) throw new NotFoundError("meeting");
  const officerOf = new Set<string>();
  if (row.organisation && (await roleIn(row.organisation.id, viewer.id)) === "OFFICER") officerOf.add(row.organisation.id);
  const summary = toSummary(row, viewer.id, officerOf);
  if (!summary) throw new NotFoundError("meeting");
  return {
    ...summary,
    timeZone: row.timeZone,
    doneAt: row.doneAt,
    cancelledAt: row.cancelledAt,
    canEditAgenda: row.ownerId === viewer.id,
    agenda: row.agendaItems,
    attendees: row.attendees.map((a) => ({ userId: a.userId, name: a.user.name, rsvp: a.rsvp, isViewer: a.userId === viewer.id })),
    myNotes: row.notes[0]?.body ?? "",
    myContactId: row.attendees.find((a) => a.userId === viewer.id)?.contactId ?? null,
    myThankYou: row.reminders[0] ?? null,
  };
}

/**
 * The member's own contact for the meeting: their copy of the shared professional (made now if
 * need be), or a contact for the employer visited. Brought forward to Scheduled, never moved back.
 */
async function ensureAttendeeContact(
  tx: Tx,
  userId: string,
  meeting: { id: string; title: string; sharedContactId: string | null; location: string | null },
  existingContactId: string | null,
  chapterName: string,
  now: Date,
): Promise<string> {
  let contact = existingContactId ? await tx.contact.findFirst({ where: { id: existingContactId, ownerId: userId }, select: { id: true, stage: true } }) : null;
  if (!contact && meeting.sharedContactId) {
    contact = await tx.contact.findFirst({ where: { ownerId: userId, sharedContactId: meeting.sharedContactId }, select: { id: true, stage: true } });
  }
  if (!contact) {
    const shared = meeting.sharedContactId
      ? await tx.sharedContact.findUnique({ where: { id: meeting.sharedContactId }, select: { name: true, title: true, employer: true, fieldVisibility: true } })
      : null;
    // Only what every member may see is copied.
    const hidden = shared ? officerOnlyFields(shared.fieldVisibility) : new Set<string>();
    const created = await tx.contact.create({
      data: {
        ownerId: userId,
        sharedContactId: meeting.sharedContactId,
        name: shared?.name ?? meeting.title,
        title: shared && !hidden.has("title") ? shared.title : null,
        employer: shared && !hidden.has("employer") ? shared.employer : null,
        howFound: "CHAPTER_LIST",
        connection: `${chapterName} group meeting`,
        tags: ["chapter"],
        stage: "SCHEDULED",
        stageChangedAt: now,
        priority: 30,
      },
      select: { id: true, stage: true },
    });
    await tx.stageChange.create({ data: { ownerId: userId, contactId: created.id, toStage: "SCHEDULED", at: now, reason: `Group meeting: ${meeting.title}` } });
    return created.id;
  }
  if (stageIndex(contact.stage) < stageIndex("SCHEDULED")) {
    await tx.contact.update({ where: { id: contact.id, ownerId: userId }, data: { stage: "SCHEDULED", stageChangedAt: now, version: { increment: 1 } } });
    await tx.stageChange.create({ data: { ownerId: userId, contactId: contact.id, fromStage: contact.stage, toStage: "SCHEDULED", at: now, reason: `Group meeting: ${meeting.title}` } });
  }
  return contact.id;
}

/**
 * The viewer's RSVP. Going or maybe puts the meeting in their pipeline and a prep reminder on their
 * Today; not going takes the reminder back, and the contact (which stays theirs) back to Outreach
 * when nothing else is scheduled with that person.
 */
export async function rsvpGroupMeeting(meetingId: string, rsvp: Exclude<Rsvp, "INVITED">, now: Date): Promise<void> {
  const viewer = await requireViewer();
  await db.$transaction(async (tx) => {
    const attendee = await tx.meetingAttendee.findFirst({
      where: { meetingId, userId: viewer.id, meeting: { organisation: { kind: "CHAPTER", memberships: { some: { userId: viewer.id } } } } },
      select: {
        id: true,
        contactId: true,
        meeting: { select: { id: true, title: true, status: true, startsAt: true, sharedContactId: true, location: true, organisation: { select: { name: true } } } },
      },
    });
    if (!attendee) throw new NotFoundError("meeting");
    if (attendee.meeting.status !== "SCHEDULED") throw new FieldError("rsvp", "This meeting is over or cancelled.");
    if (rsvp === "NOT_GOING") {
      await tx.meetingAttendee.update({ where: { id: attendee.id }, data: { rsvp } });
      await tx.reminder.updateMany({ where: { ownerId: viewer.id, meetingId, rule: "PREP_DAY_BEFORE", status: "PENDING" }, data: { status: "CANCELLED", settledAt: now } });
      if (attendee.contactId) await releaseAttendeeContact(tx, viewer.id, attendee.contactId, `Not going to group meeting: ${attendee.meeting.title}`, now);
      return;
    }
    const contactId = await ensureAttendeeContact(tx, viewer.id, attendee.meeting, attendee.contactId, attendee.meeting.organisation?.name ?? "Chapter", now);
    await tx.meetingAttendee.update({ where: { id: attendee.id }, data: { rsvp, contactId } });
    await tx.reminder.upsert({
      where: { ownerId_rule_ruleKey: { ownerId: viewer.id, rule: "PREP_DAY_BEFORE", ruleKey: meetingId } },
      create: { ownerId: viewer.id, contactId, meetingId, rule: "PREP_DAY_BEFORE", ruleKey: meetingId, title: `Prepare for ${attendee.meeting.title}`, dueAt: prepReminderDue(attendee.meeting.startsAt, viewer.timeZone) },
      update: { status: "PENDING", settledAt: null, contactId, dueAt: prepReminderDue(attendee.meeting.startsAt, viewer.timeZone) },
    });
  });
}

/** The viewer's own notes on a group meeting: one note, theirs only, never shown to anyone else. */
export async function saveGroupMeetingNotes(meetingId: string, body: string): Promise<void> {
  const viewer = await requireViewer();
  const attendee = await db.meetingAttendee.findFirst({
    where: { meetingId, userId: viewer.id, meeting: { organisation: { memberships: { some: { userId: viewer.id } } } } },
    select: { contactId: true },
  });
  if (!attendee) throw new NotFoundError("meeting");
  await db.$transaction(async (tx) => {
    const existing = await tx.note.findFirst({ where: { ownerId: viewer.id, meetingId, kind: "GENERAL" }, select: { id: true }, orderBy: { createdAt: "asc" } });
    if (existing && !body) await tx.note.delete({ where: { id: existing.id, ownerId: viewer.id } });
    else if (existing) await tx.note.update({ where: { id: existing.id, ownerId: viewer.id }, data: { body } });
    else if (body) await tx.note.create({ data: { ownerId: viewer.id, meetingId, contactId: attendee.contactId, kind: "GENERAL", body } });
  });
}

/** What recording who went reads of a group meeting, under its row lock. */
const attendanceSelect = {
  id: true,
  status: true,
  startsAt: true,
  durationMinutes: true,
  doneAt: true,
  title: true,
  sharedContactId: true,
  location: true,
  sharedContact: { select: { name: true } },
  organisation: { select: { name: true } },
  attendees: { select: { id: true, userId: true, rsvp: true, contactId: true } },
} satisfies Prisma.MeetingSelect;
type AttendanceMeeting = Prisma.MeetingGetPayload<{ select: typeof attendanceSelect }>;
type Attendee = AttendanceMeeting["attendees"][number];

/**
 * The meeting, locked before its start and status are read: another officer moving, cancelling or
 * marking it done at the same time waits, or is waited for and then read, so what is checked is what is written.
 */
async function lockOfficersMeeting(tx: Tx, meetingId: string, viewerId: string): Promise<AttendanceMeeting> {
  await tx.$queryRaw`SELECT "id" FROM "Meeting" WHERE "id" = ${meetingId} FOR UPDATE`;
  const meeting = await tx.meeting.findFirst({ where: officersMeeting(meetingId, viewerId), select: attendanceSelect });
  if (!meeting) throw new NotFoundError("meeting");
  return meeting;
}

/** Who went, as ticked (null: those who said going); only invited members can be. */
function whoWent(meeting: AttendanceMeeting, attended: readonly string[] | null): Set<string> {
  const went = new Set(attended ?? meeting.attendees.filter((a) => a.rsvp === "GOING").map((a) => a.userId));
  const invited = new Set(meeting.attendees.map((a) => a.userId));
  if ([...went].some((id) => !invited.has(id))) throw new FieldError("attended", "Tick only members who were invited to this meeting.");
  return went;
}

const interviewedReason = (meeting: { title: string }) => `Group meeting: ${meeting.title}`;

/**
 * A member went: RSVP going from now on, whatever they had answered, their own contact (made if
 * need be, as if they had said going when it began) at Interviewed from when it ended, and their
 * own thank-you reminder due 24 hours after. Whether a reminder was made.
 */
async function recordWent(tx: Tx, meeting: AttendanceMeeting, a: Attendee, doneAt: Date): Promise<boolean> {
  const contactId = a.rsvp === "GOING" && a.contactId ? a.contactId : await ensureAttendeeContact(tx, a.userId, meeting, a.contactId, meeting.organisation?.name ?? "Chapter", meeting.startsAt);
  if (a.rsvp !== "GOING" || a.contactId !== contactId) await tx.meetingAttendee.update({ where: { id: a.id }, data: { rsvp: "GOING", contactId } });
  const contact = await tx.contact.findFirst({ where: { id: contactId, ownerId: a.userId }, select: { id: true, name: true, stage: true } });
  if (!contact) return false;
  const { count } = await tx.reminder.createMany({
    data: [{ ownerId: a.userId, contactId: contact.id, meetingId: meeting.id, rule: "THANK_YOU_24H", ruleKey: meeting.id, title: `Thank ${meeting.sharedContact?.name ?? contact.name} within 24 hours`, dueAt: addHours(doneAt, 24) }],
    skipDuplicates: true,
  });
  if (stageIndex(contact.stage) < stageIndex("INTERVIEWED")) {
    await tx.contact.update({ where: { id: contact.id, ownerId: a.userId }, data: { stage: "INTERVIEWED", stageChangedAt: doneAt, version: { increment: 1 } } });
    await tx.stageChange.create({ data: { ownerId: a.userId, contactId: contact.id, fromStage: contact.stage, toStage: "INTERVIEWED", at: doneAt, reason: interviewedReason(meeting) } });
  }
  return count > 0;
}

/**
 * A member did not go: RSVP not going, no thank-you owed for it, and their contact back where it
 * would be without this meeting: Outreach, or Scheduled if something else is planned with that
 * person. A contact the meeting moved to Interviewed goes back only if nothing has moved it since.
 */
async function recordMissed(tx: Tx, meeting: AttendanceMeeting, a: Attendee, now: Date): Promise<void> {
  await tx.meetingAttendee.update({ where: { id: a.id }, data: { rsvp: "NOT_GOING" } });
  await tx.reminder.updateMany({ where: { ownerId: a.userId, meetingId: meeting.id, rule: "THANK_YOU_24H", status: "PENDING" }, data: { status: "CANCELLED", settledAt: now } });
  if (!a.contactId) return;
  const reason = `Did not go to group meeting: ${meeting.title}`;
  const contact = await tx.contact.findFirst({
    where: { id: a.contactId, ownerId: a.userId },
    select: { id: true, stage: true, stageChanges: { select: { toStage: true, reason: true }, orderBy: [{ at: "desc" }, { id: "desc" }], take: 1 } },
  });
  const last = contact?.stageChanges[0];
  if (contact?.stage === "INTERVIEWED" && last?.toStage === "INTERVIEWED" && last.reason === interviewedReason(meeting)) {
    const stillPlanned = await plannedWith(tx, a.userId, contact.id);
    const toStage = stillPlanned ? "SCHEDULED" : "OUTREACH";
    await tx.contact.update({ where: { id: contact.id, ownerId: a.userId }, data: { stage: toStage, stageChangedAt: now, version: { increment: 1 } } });
    await tx.stageChange.create({ data: { ownerId: a.userId, contactId: contact.id, fromStage: "INTERVIEWED", toStage, at: now, reason } });
    return;
  }
  await releaseAttendeeContact(tx, a.userId, a.contactId, reason, now);
}

/**
 * An officer marks the meeting done and says who went (`attended`; null: those who said going).
 * Each member who went moves to Interviewed with their own thank-you reminder, due 24 hours after
 * it ended; a member who said going or maybe and did not go is recorded as not going, with their
 * contact back as for a cancelled meeting, so neither their pipeline nor the cohort's counts show a
 * meeting they missed. `endedAt` null: the scheduled end, or now if that is earlier.
 *
 * `startedAt`: the officer said it happened earlier than planned (the host asked to meet sooner),
 * and when it started; checked as a student's own meeting held earlier is (heldEarlierError). The
 * meeting moves there (the same calendar event, a new SEQUENCE), so members' feeds and histories
 * show when it really happened.
 */
export async function markGroupMeetingDone(
  meetingId: string,
  endedAt: Date | null,
  now: Date,
  attended: readonly string[] | null = null,
  startedAt: Date | null = null,
): Promise<{ reminded: number; absent: number }> {
  const viewer = await requireViewer();
  if (!(await db.meeting.findFirst({ where: officersMeeting(meetingId, viewer.id), select: { id: true } }))) throw new NotFoundError("meeting");
  return db.$transaction(async (tx) => {
    const meeting = await lockOfficersMeeting(tx, meetingId, viewer.id);
    if (meeting.status !== "SCHEDULED") throw new FieldError("doneAt", meeting.status === "DONE" ? "This meeting is already marked done." : "This meeting was cancelled.");
    // Marked done the day after, the meeting still ended at its scheduled end, and each attendee's
    // 24-hour thank-you window runs from then.
    const doneAt = endedAt ?? suggestedMeetingEnd(startedAt ?? meeting.startsAt, meeting.durationMinutes, now);
    if (startedAt) {
      const earlierError = heldEarlierError({ startedAt, doneAt, startsAt: meeting.startsAt, now, timeZone: viewer.timeZone });
      if (earlierError) throw new FieldError(earlierError.field, earlierError.message);
    } else {
      const endError = meetingEndError({ doneAt, startsAt: meeting.startsAt, now, timeZone: viewer.timeZone });
      if (endError) throw new FieldError("doneAt", endError);
    }
    const went = whoWent(meeting, attended);

    const moved = startedAt ? { startsAt: startedAt, icsSequence: { increment: 1 }, version: { increment: 1 } } : {};
    await tx.meeting.update({ where: { id: meeting.id }, data: { status: "DONE", doneAt, ...moved } });
    // A contact made now for a member who went is made as of when it really began.
    const held = startedAt ? { ...meeting, startsAt: startedAt } : meeting;
    // Over for everyone: nobody is left an overdue reminder to prepare for it.
    await tx.reminder.updateMany({ where: { meetingId: meeting.id, rule: "PREP_DAY_BEFORE", status: "PENDING" }, data: { status: "CANCELLED", settledAt: now } });
    let reminded = 0;
    let absent = 0;
    for (const a of meeting.attendees) {
      if (went.has(a.userId)) {
        if (await recordWent(tx, held, a, doneAt)) reminded++;
      } else if (a.rsvp === "GOING" || a.rsvp === "MAYBE") {
        absent++;
        await recordMissed(tx, held, a, now);
      }
    }
    return { reminded, absent };
  });
}

/**
 * The earliest thank-you a member who went has logged since the meeting ended, to their own copy of
 * the professional: the end can't be moved past it (changedMeetingEndError), or that thank-you would
 * no longer count for this meeting.
 */
async function firstMemberThankYou(tx: Tx, meeting: AttendanceMeeting, went: ReadonlySet<string>, endedAt: Date): Promise<Date | null> {
  const contactIds = meeting.attendees.filter((a) => went.has(a.userId) && a.contactId).map((a) => a.contactId!);
  if (contactIds.length === 0) return null;
  const first = await tx.outreachAttempt.findFirst({
    where: { contactId: { in: contactIds }, kind: "THANK_YOU", sentAt: { gte: endedAt } },
    orderBy: { sentAt: "asc" },
    select: { sentAt: true },
  });
  return first?.sentAt ?? null;
}

/**
 * An officer corrects a meeting already marked done: when it ended (`endedAt`; null leaves it) and
 * who went. A new end moves every pending thank-you reminder for it to 24 hours after; it can't be
 * moved past a thank-you a member has logged for it. A member added is recorded as having gone
 * (Interviewed, a thank-you reminder from when it ended); a member taken off owes no thank-you, and
 * their contact goes back unless something has moved it since (recordMissed).
 */
export async function correctGroupMeeting(
  meetingId: string,
  { endedAt, attended }: { endedAt: Date | null; attended: readonly string[] },
  now: Date,
): Promise<{ endMoved: boolean; added: number; removed: number }> {
  const viewer = await requireViewer();
  if (!(await db.meeting.findFirst({ where: officersMeeting(meetingId, viewer.id), select: { id: true } }))) throw new NotFoundError("meeting");
  return db.$transaction(async (tx) => {
    const meeting = await lockOfficersMeeting(tx, meetingId, viewer.id);
    if (meeting.status !== "DONE" || !meeting.doneAt) {
      throw new FieldError("form", meeting.status === "CANCELLED" ? "This meeting was cancelled." : "Mark the meeting done first, with when it ended and who went.");
    }
    const went = whoWent(meeting, attended);
    let doneAt = meeting.doneAt;
    // The form shows the end to the minute: the same minute sent back is the end left as it was.
    const endMoved = endedAt !== null && Math.floor(endedAt.getTime() / 60_000) !== Math.floor(doneAt.getTime() / 60_000);
    if (endMoved) {
      const endError = changedMeetingEndError({
        doneAt: endedAt,
        startsAt: meeting.startsAt,
        thankYouSentAt: await firstMemberThankYou(tx, meeting, went, doneAt),
        thankYouOf: "A member’s",
        now,
        timeZone: viewer.timeZone,
      });
      if (endError) throw new FieldError("doneAt", endError);
      doneAt = endedAt;
      await tx.meeting.update({ where: { id: meeting.id }, data: { doneAt, version: { increment: 1 } } });
      await tx.reminder.updateMany({ where: { meetingId: meeting.id, rule: "THANK_YOU_24H", status: "PENDING" }, data: { dueAt: addHours(doneAt, 24) } });
    }
    let added = 0;
    let removed = 0;
    for (const a of meeting.attendees) {
      if (went.has(a.userId) && a.rsvp !== "GOING") {
        added++;
        await recordWent(tx, meeting, a, doneAt);
      } else if (!went.has(a.userId) && a.rsvp === "GOING") {
        removed++;
        await recordMissed(tx, meeting, a, now);
      }
    }
    return { endMoved, added, removed };
  });
}

/**
 * A member's contact for a group meeting they no longer go to (cancelled, or they said not going):
 * back to Outreach, as a cancelled meeting of their own takes it (product.md), when it is still at
 * Scheduled with nothing else scheduled with that person. Whether it moved.
 */
async function releaseAttendeeContact(tx: Tx, userId: string, contactId: string, reason: string, now: Date): Promise<boolean> {
  const contact = await tx.contact.findFirst({ where: { id: contactId, ownerId: userId, stage: "SCHEDULED" }, select: { id: true } });
  if (!contact || (await plannedWith(tx, userId, contact.id))) return false;
  await tx.contact.update({ where: { id: contact.id, ownerId: userId }, data: { stage: "OUTREACH", stageChangedAt: now, version: { increment: 1 } } });
  await tx.stageChange.create({ data: { ownerId: userId, contactId: contact.id, fromStage: "SCHEDULED", toStage: "OUTREACH", at: now, reason } });
  return true;
}

/**
 * Whether the member is still to meet the contact's person another way: a meeting of their own, or
 * a group meeting they are going to (the one let go of is already cancelled, done or answered not going, by the caller).
 */
async function plannedWith(tx: Tx, userId: string, contactId: string): Promise<boolean> {
  const planned = await tx.contact.count({
    where: {
      id: contactId,
      ownerId: userId,
      OR: [{ meetings: { some: { ownerId: userId, status: "SCHEDULED" } } }, { attendances: { some: { userId, rsvp: { in: [...ATTENDING] }, meeting: { status: "SCHEDULED" } } } }],
    },
  });
  return planned > 0;
}

/**
 * An officer moves a scheduled group meeting. It stays the same calendar event (UID; SEQUENCE + 1),
 * so every member's calendar feed moves it; each member's prep reminder follows, due the day before
 * in their own time zone. Says how many members are going or may go.
 */
export async function rescheduleGroupMeeting(meetingId: string, time: MeetingTime): Promise<{ attending: number }> {
  const viewer = await requireViewer();
  const meeting = await db.meeting.findFirst({ where: officersMeeting(meetingId, viewer.id), select: { id: true } });
  if (!meeting) throw new NotFoundError("meeting");
  return db.$transaction(async (tx) => {
    const { count } = await tx.meeting.updateMany({
      where: { id: meeting.id, status: "SCHEDULED" },
      data: { startsAt: time.startsAt, durationMinutes: time.durationMinutes, mode: time.mode, location: time.location ?? null, icsSequence: { increment: 1 }, version: { increment: 1 } },
    });
    if (count === 0) throw new FieldError("startsAt", "This meeting is over or cancelled, so it can't be moved.");
    const reminders = await tx.reminder.findMany({
      where: { meetingId: meeting.id, rule: "PREP_DAY_BEFORE", status: "PENDING" },
      select: { id: true, owner: { select: { timeZone: true } } },
    });
    for (const r of reminders) {
      await tx.reminder.update({ where: { id: r.id }, data: { dueAt: prepReminderDue(time.startsAt, r.owner.timeZone), snoozedUntil: null } });
    }
    return { attending: await tx.meetingAttendee.count({ where: { meetingId: meeting.id, rsvp: { in: [...ATTENDING] } } }) };
  });
}

/**
 * An officer cancels a scheduled group meeting. It stays listed, marked cancelled (SEQUENCE + 1, so
 * calendar feeds drop it); every member's prep reminder is cancelled; and a member whose contact for
 * it is still at Scheduled, with nothing else scheduled with that person, goes back to Outreach, as
 * a cancelled meeting of their own takes them (product.md), the move kept in the contact's history.
 */
export async function cancelGroupMeeting(meetingId: string, now: Date): Promise<{ movedBack: number }> {
  const viewer = await requireViewer();
  const meeting = await db.meeting.findFirst({ where: officersMeeting(meetingId, viewer.id), select: { id: true, title: true } });
  if (!meeting) throw new NotFoundError("meeting");
  return db.$transaction(async (tx) => {
    const { count } = await tx.meeting.updateMany({
      where: { id: meeting.id, status: "SCHEDULED" },
      data: { status: "CANCELLED", cancelledAt: now, icsSequence: { increment: 1 }, version: { increment: 1 } },
    });
    if (count === 0) throw new FieldError("meetingId", "This meeting is already over or cancelled.");
    await tx.reminder.updateMany({ where: { meetingId: meeting.id, rule: "PREP_DAY_BEFORE", status: "PENDING" }, data: { status: "CANCELLED", settledAt: now } });
    const attendees = await tx.meetingAttendee.findMany({ where: { meetingId: meeting.id, rsvp: { in: [...ATTENDING] }, contactId: { not: null } }, select: { userId: true, contactId: true } });
    let movedBack = 0;
    for (const a of attendees) {
      if (await releaseAttendeeContact(tx, a.userId, a.contactId!, `Group meeting cancelled: ${meeting.title}`, now)) movedBack++;
    }
    return { movedBack };
  });
}
