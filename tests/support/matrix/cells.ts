// The matrix: for every server action and route handler, how to call it with the OWNER's ids on a
// fresh world, and what each persona must get. Keys are what discover.ts finds in the source.
import { randomUUID } from "node:crypto";
import * as account from "@/lib/actions/account";
import * as agenda from "@/lib/actions/agenda";
import * as auth from "@/lib/actions/auth";
import * as calendarFeed from "@/lib/actions/calendar-feed";
import * as careerCentres from "@/lib/actions/career-centres";
import * as chapters from "@/lib/actions/chapters";
import * as cohorts from "@/lib/actions/cohorts";
import * as contacts from "@/lib/actions/contacts";
import * as digest from "@/lib/actions/digest";
import * as imports from "@/lib/actions/imports";
import * as interview from "@/lib/actions/interview";
import * as keepInTouch from "@/lib/actions/keep-in-touch";
import * as meetings from "@/lib/actions/meetings";
import * as outreach from "@/lib/actions/outreach";
import * as pipeline from "@/lib/actions/pipeline";
import * as pitch from "@/lib/actions/pitch";
import * as questions from "@/lib/actions/questions";
import * as reminders from "@/lib/actions/reminders";
import * as settings from "@/lib/actions/settings";
import * as templates from "@/lib/actions/templates";
import * as calendarRoute from "@/app/api/calendar/[token]/route";
import * as exportRoute from "@/app/api/export/[file]/route";
import * as healthRoute from "@/app/api/health/route";
import * as invitationRoute from "@/app/api/meetings/[meetingId]/invitation/route";
import * as cohortExportRoute from "@/app/(app)/cohorts/[cohortId]/export/route";
import * as uploadRoute from "@/app/(app)/contacts/import/upload/route";
import * as skippedRowsRoute from "@/app/(app)/contacts/import/[importId]/skipped-rows/route";
import * as restoreRoute from "@/app/(app)/settings/data/restore/route";
import { getDatabase } from "@/lib/db";
import { exportAccountZip } from "@/lib/data/exports";
import { createImport } from "@/lib/data/imports";
import { initialFormState as init } from "@/lib/validation/form-state";
import { signInAs, signOut } from "../session";
import type { Persona, World } from "./world";

/**
 * ok: the action did what was asked. refused: "not yours" (status error/invalid/conflict, ok:false,
 * NotFoundError/FieldError, or 401/403/404). sign-in: requireViewer's redirect to /sign-in.
 * no-op: reported success but changed nothing of the owner's (a bulk action that skips ids that
 * are not the viewer's). Whatever a persona other than the owner gets, the owner's rows must come
 * out unchanged (a fingerprint before and after), unless the cell says why not.
 */
export type Outcome = "ok" | "refused" | "sign-in" | "no-op";
export type Expectation = Record<Persona, Outcome>;

export interface RunCell {
  run: (w: World) => Promise<unknown>;
  expect: Expectation;
  /** Why a non-owner gets "ok": public or self-scoped by design. */
  why?: string;
  /** Rows only this cell needs, added (as the owner) after the world is built. */
  setup?: (w: World) => Promise<void>;
  /** A new world for each persona: an "ok" by one persona would change what the next one meets. */
  fresh?: boolean;
  /**
   * Why a non-owner's "ok" may change the owner's organisation (a member joins the owner's chapter,
   * say). Without it, every non-owner run, "ok" included, must leave the owner's rows unchanged.
   */
  changesOwnersOrganisation?: string;
  /** Extra check on what a persona got back: a message when it shows something it should not. */
  check?: (result: unknown, persona: Persona, w: World) => string | null | Promise<string | null>;
}
export type Cell = RunCell | { pending: string } | { outOfScope: string };

const OWNER_ONLY: Expectation = { owner: "ok", other: "refused", staff: "refused", member: "refused", signedOut: "sign-in" };
const ANY_SIGNED_IN: Expectation = { owner: "ok", other: "ok", staff: "ok", member: "ok", signedOut: "sign-in" };
const CHAPTER_MEMBERS: Expectation = { owner: "ok", other: "refused", staff: "refused", member: "ok", signedOut: "sign-in" };
const NO_OP_FOR_OTHERS: Expectation = { owner: "ok", other: "no-op", staff: "no-op", member: "no-op", signedOut: "sign-in" };

const ownerOnly = (run: RunCell["run"], extra: Partial<RunCell> = {}): RunCell => ({ run, expect: OWNER_ONLY, ...extra });
const selfScoped = (why: string, run: RunCell["run"], extra: Partial<RunCell> = {}): RunCell => ({ run, expect: ANY_SIGNED_IN, why, ...extra });

function form(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

/** A wall-clock time in the owner's zone (UTC), as the forms send it. */
function localAt(offsetMs: number): string {
  return new Date(Date.now() + offsetMs).toISOString().slice(0, 16);
}
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const message = { channel: "EMAIL", sentAt: localAt(-HOUR), subject: "Thank you", body: "Thank you for your time today, Dana." };
const templateFields = { kind: "THANK_YOU", name: "Warm thanks", subject: "Thank you", body: "Thank you for your time." };

async function ownerImport(w: World): Promise<void> {
  await signInAs(w.users.owner);
  const csv = new TextEncoder().encode("Full name,Mail\nAna Lima,ana.lima@example.com\nBo Chen,bo.chen@example.com\n");
  w.extra.importId = (await createImport("people.csv", new Uint8Array(csv))).id;
  signOut();
}

/** A second officer, so the owner may leave the chapter (its only officer cannot). */
async function secondOfficer(w: World): Promise<void> {
  await getDatabase().prisma.membership.create({ data: { organisationId: w.chapter, userId: w.users.colleague, role: "OFFICER" } });
}

/** The meeting happened an hour ago: a thank-you follows it. */
async function meetingDone(w: World): Promise<void> {
  const prisma = getDatabase().prisma;
  const doneAt = new Date(Date.now() - 2 * HOUR);
  await prisma.meeting.update({ where: { id: w.meeting }, data: { status: "DONE", startsAt: new Date(doneAt.getTime() - HOUR), doneAt } });
  await prisma.contact.update({ where: { id: w.contact }, data: { stage: "INTERVIEWED", stageChangedAt: doneAt } });
}

/** The owner's meeting and the chapter's group meeting began two hours ago: each may be marked done now. */
async function meetingsStarted(w: World): Promise<void> {
  const startsAt = new Date(Date.now() - 2 * HOUR);
  await getDatabase().prisma.meeting.updateMany({ where: { id: { in: [w.meeting, w.groupMeeting] } }, data: { startsAt } });
}

/** The chapter's group meeting ended an hour ago, marked done: who went may be corrected. */
async function groupMeetingDone(w: World): Promise<void> {
  const doneAt = new Date(Date.now() - HOUR);
  await getDatabase().prisma.meeting.update({ where: { id: w.groupMeeting }, data: { status: "DONE", startsAt: new Date(doneAt.getTime() - HOUR), doneAt } });
}

/**
 * The owner's archive, then an empty account for it to go back into (restore refuses an account
 * that already has contacts): whoever holds the file restores it into their own account only.
 */
async function ownerArchive(w: World): Promise<void> {
  await signInAs(w.users.owner);
  w.extra.archive = Buffer.from(await exportAccountZip()).toString("base64");
  signOut();
  const prisma = getDatabase().prisma;
  const ownerId = w.users.owner;
  await prisma.$transaction([
    prisma.contact.deleteMany({ where: { ownerId } }),
    prisma.pitch.deleteMany({ where: { ownerId } }),
    prisma.holiday.deleteMany({ where: { ownerId } }),
    prisma.template.deleteMany({ where: { ownerId } }),
    prisma.question.deleteMany({ where: { ownerId } }),
  ]);
}

/** Asks the export route for one of the viewer's files as text. */
async function exported(file: string): Promise<string> {
  const response = await exportRoute.GET(new Request(`http://localhost/api/export/${file}`), params({ file }));
  return response.text();
}

const NEXT_AUTH =
  "next-auth's own endpoints (sign-in, callbacks, CSRF, session, sign-out); the password check, its throttle and the session rows behind them are tested in tests/integration/auth.test.ts";

const params = <T>(value: T) => ({ params: Promise.resolve(value) });

export const CELLS: Record<string, Cell> = {
  // --- account ------------------------------------------------------------------------------------
  // Typed confirmation is the owner's email: anyone else typing it is refused (it is not theirs).
  "account.deleteAccountAction": ownerOnly((w) => account.deleteAccountAction(init, form({ confirmation: w.ownerEmail }))),

  // --- agenda (the owner's meeting) -------------------------------------------------------------
  "agenda.addBankQuestionsAction": ownerOnly((w) => agenda.addBankQuestionsAction(w.meeting, init, form({ questionIds: [w.question] }))),
  "agenda.addCustomQuestionAction": ownerOnly((w) => agenda.addCustomQuestionAction(w.meeting, init, form({ text: "What do you read every week?", minutes: "3" }))),
  "agenda.suggestAgendaAction": ownerOnly((w) => agenda.suggestAgendaAction(w.meeting)),
  "agenda.updateAgendaItemAction": ownerOnly((w) => agenda.updateAgendaItemAction(w.meeting, w.agendaItem, init, form({ text: "How did you get started?", minutes: "4" }))),
  "agenda.moveAgendaItemAction": ownerOnly((w) => agenda.moveAgendaItemAction(w.meeting, w.agendaItem, { index: 0 })),
  "agenda.removeAgendaItemAction": ownerOnly((w) => agenda.removeAgendaItemAction(w.meeting, w.agendaItem)),
  "agenda.restoreAgendaItemAction": ownerOnly((w) => agenda.restoreAgendaItemAction(w.meeting, { questionId: null, text: "Put back", minutes: 3, position: 1 })),
  "agenda.saveResearchNotesAction": ownerOnly((w) => agenda.saveResearchNotesAction(w.meeting, init, form({ researchNotes: "Their agency won an award." }))),

  // --- auth ---------------------------------------------------------------------------------------
  "auth.signUpAction": {
    why: "public: creates a new account with a fresh email; it reads or changes no one else's rows",
    expect: { owner: "ok", other: "ok", staff: "ok", member: "ok", signedOut: "ok" },
    run: () => auth.signUpAction(init, form({ name: "New Student", email: `new.${randomUUID().slice(0, 8)}@example.edu`, password: "maroon kettle 42 lantern" })),
  },

  // --- calendar feed (the viewer's own token) -------------------------------------------------------
  "calendar-feed.createCalendarFeedAction": selfScoped("acts on the viewer's own feed only", () => calendarFeed.createCalendarFeedAction()),
  "calendar-feed.revokeCalendarFeedAction": selfScoped("acts on the viewer's own feed only", () => calendarFeed.revokeCalendarFeedAction()),

  // --- career centres (the owner is ADMIN of w.ownCentre) -----------------------------------------
  "career-centres.createCareerCentreAction": selfScoped("anyone may start a centre and becomes its admin", () => careerCentres.createCareerCentreAction(init, form({ name: "Westfield Career Centre" }))),
  "career-centres.createCohortAction": ownerOnly((w) => careerCentres.createCohortAction(init, form({ centreId: w.ownCentre, name: "Spring 2027" }))),
  "career-centres.regenerateCohortCodeAction": ownerOnly((w) => careerCentres.regenerateCohortCodeAction(init, form({ centreId: w.ownCentre, cohortId: w.ownCohort }))),
  "career-centres.regenerateStaffInviteAction": ownerOnly((w) => careerCentres.regenerateStaffInviteAction(init, form({ centreId: w.ownCentre }))),
  "career-centres.changeStaffRoleAction": ownerOnly((w) =>
    careerCentres.changeStaffRoleAction(init, form({ centreId: w.ownCentre, membershipId: w.colleagueMembership, role: "ADMIN" })),
  ),
  "career-centres.removeStaffMemberAction": ownerOnly((w) => careerCentres.removeStaffMemberAction(init, form({ centreId: w.ownCentre, membershipId: w.colleagueMembership }))),
  "career-centres.acceptStaffInviteAction": selfScoped(
    "the staff invitation link is the credential: whoever holds it joins the staff",
    (w) => careerCentres.acceptStaffInviteAction(init, form({ code: w.staffInviteCode })),
    { changesOwnersOrganisation: "joining adds the viewer to the owner's centre's staff" },
  ),

  // --- chapters (the owner is OFFICER of w.chapter, the member persona a MEMBER) ----------------------
  "chapters.claimSharedContactAction": {
    run: (w) => chapters.claimSharedContactAction(init, form({ sharedContactId: w.sharedFree })),
    expect: CHAPTER_MEMBERS,
    why: "any member of the chapter may claim an open professional from its list",
    changesOwnersOrganisation: "the member's claim is on the owner's chapter's list",
    fresh: true,
  },
  "chapters.releaseClaimAction": ownerOnly((w) => chapters.releaseClaimAction(init, form({ sharedContactId: w.sharedClaimed }))),
  "chapters.copySharedToPipelineAction": ownerOnly((w) => chapters.copySharedToPipelineAction(init, form({ sharedContactId: w.sharedClaimed }))),
  "chapters.reportClaimOutcomeAction": ownerOnly((w) => chapters.reportClaimOutcomeAction(init, form({ sharedContactId: w.sharedClaimed, outcome: "CONTACTED" }))),
  "chapters.proposeSharedContactAction": {
    run: (w) => chapters.proposeSharedContactAction(init, form({ organisationId: w.chapter, name: "Robin Proposed", employer: "Golin" })),
    expect: CHAPTER_MEMBERS,
    why: "any member may propose a professional (an officer approves it)",
    changesOwnersOrganisation: "the proposal joins the owner's chapter's list",
    // A new world each: the member's proposal would make the owner's the same person twice, refused.
    fresh: true,
  },
  "chapters.reviewProposalAction": ownerOnly((w) => chapters.reviewProposalAction(init, form({ sharedContactId: w.sharedProposed, decision: "approve" }))),
  "chapters.updateSharedSettingsAction": ownerOnly((w) =>
    chapters.updateSharedSettingsAction(init, form({ sharedContactId: w.sharedFree, status: "LIMITED", capPerTerm: "2", cooldownDays: "7" })),
  ),
  "chapters.createChapterAction": selfScoped("anyone may start a chapter and becomes its officer", () => chapters.createChapterAction(init, form({ name: "Westfield PRSSA" }))),
  "chapters.findChapterAction": selfScoped("the invite code is the credential: whoever holds it may look the chapter up", (w) => chapters.findChapterAction(init, form({ code: w.chapterCode }))),
  "chapters.joinChapterAction": selfScoped("the invite code is the credential: whoever holds it joins as a member", (w) => chapters.joinChapterAction(init, form({ code: w.chapterCode })), {
    changesOwnersOrganisation: "joining adds the viewer to the owner's chapter",
  }),
  "chapters.setChapterRoleAction": ownerOnly((w) => chapters.setChapterRoleAction(init, form({ organisationId: w.chapter, userId: w.users.member, role: "OFFICER" }))),
  "chapters.leaveChapterAction": {
    run: (w) => chapters.leaveChapterAction(init, form({ organisationId: w.chapter })),
    expect: CHAPTER_MEMBERS,
    why: "a member leaves with their own membership only",
    changesOwnersOrganisation: "the member's membership of the owner's chapter ends",
    fresh: true,
    setup: secondOfficer,
  },
  "chapters.scheduleGroupMeetingAction": ownerOnly((w) =>
    chapters.scheduleGroupMeetingAction(init, form({ organisationId: w.chapter, title: "Agency panel", startsAt: localAt(5 * DAY), durationMinutes: "60", mode: "VIDEO", employer: "Edelman" })),
  ),
  "chapters.rsvpGroupMeetingAction": ownerOnly((w) => chapters.rsvpGroupMeetingAction(init, form({ meetingId: w.groupMeeting, rsvp: "MAYBE" }))),
  "chapters.saveGroupNotesAction": ownerOnly((w) => chapters.saveGroupNotesAction(init, form({ meetingId: w.groupMeeting, body: "Ask about the internship." }))),
  "chapters.markGroupMeetingDoneAction": ownerOnly((w) => chapters.markGroupMeetingDoneAction(init, form({ meetingId: w.groupMeeting })), { setup: meetingsStarted }),
  "chapters.correctGroupMeetingAction": ownerOnly((w) => chapters.correctGroupMeetingAction(init, form({ meetingId: w.groupMeeting, attended: [] })), { setup: groupMeetingDone }),
  "chapters.rescheduleGroupMeetingAction": ownerOnly((w) =>
    chapters.rescheduleGroupMeetingAction(init, form({ meetingId: w.groupMeeting, startsAt: localAt(5 * DAY), durationMinutes: "60", mode: "IN_PERSON" })),
  ),
  "chapters.cancelGroupMeetingAction": ownerOnly((w) => chapters.cancelGroupMeetingAction(init, form({ meetingId: w.groupMeeting }))),

  // --- cohorts (the owner is in w.staffCohort, sharing nothing) -----------------------------------------
  "cohorts.findCohortAction": selfScoped("the cohort code is the credential: whoever holds it may look the cohort up", (w) => cohorts.findCohortAction(init, form({ code: w.ownCohortCode }))),
  "cohorts.joinCohortAction": selfScoped(
    "the cohort code is the credential: whoever holds it joins, sharing what they choose",
    (w) => cohorts.joinCohortAction(init, form({ code: w.ownCohortCode, consent: "NONE" })),
    { changesOwnersOrganisation: "joining adds the viewer to the owner's centre's cohort" },
  ),
  "cohorts.changeConsentAction": ownerOnly((w) => cohorts.changeConsentAction(init, form({ cohortId: w.staffCohort, consent: "PROGRESS" }))),
  "cohorts.leaveCohortAction": ownerOnly((w) => cohorts.leaveCohortAction(init, form({ cohortId: w.staffCohort }))),
  "cohorts.shareNoteAction": ownerOnly((w) => cohorts.shareNoteAction(init, form({ noteId: w.note, shared: "1" }))),

  // --- contacts ---------------------------------------------------------------------------------
  "contacts.createContactAction": selfScoped("creates a contact owned by the viewer", () => contacts.createContactAction(init, form({ name: "Jordan New" }))),
  "contacts.updateContactAction": ownerOnly((w) => contacts.updateContactAction(w.contact, init, form({ name: "Dana Renamed", version: "1" }))),
  "contacts.setContactArchivedAction": ownerOnly((w) => contacts.setContactArchivedAction(w.contact, true)),
  "contacts.deleteContactAction": ownerOnly((w) => contacts.deleteContactAction(w.contact)),
  "contacts.bulkContactsAction": {
    run: (w) => contacts.bulkContactsAction(init, form({ operation: "tag", contactIds: [w.contact], tag: "agency" })),
    expect: NO_OP_FOR_OTHERS,
    why: "a bulk action skips ids that are not the viewer's and reports the count it changed",
  },

  // --- digest ---------------------------------------------------------------------------------------
  "digest.updateDigestPreferenceAction": selfScoped("the viewer's own preference", () => digest.updateDigestPreferenceAction(init, form({ digestFrequency: "DAILY" }))),

  // --- imports (an import the owner uploaded) -----------------------------------------------------------
  "imports.saveImportMappingAction": ownerOnly((w) => imports.saveImportMappingAction(w.extra.importId!, init, form({ columnCount: "2", "column-0": "name", "column-1": "email" })), {
    setup: ownerImport,
  }),
  "imports.startImportAction": ownerOnly((w) => imports.startImportAction(w.extra.importId!, init, form({ duplicates: "SKIP" })), { setup: ownerImport }),

  // --- interview mode (the owner's meeting) --------------------------------------------------------------
  "interview.saveAnswerAction": ownerOnly((w) => interview.saveAnswerAction({ agendaItemId: w.agendaItem, body: "Started in a small agency." })),
  "interview.setFlagAction": ownerOnly((w) => interview.setFlagAction({ meetingId: w.meeting, flag: "businessCardReceived", value: true })),
  "interview.addTakeawayAction": ownerOnly((w) => interview.addTakeawayAction({ meetingId: w.meeting, id: randomUUID(), body: "Follow their podcast." })),
  "interview.removeTakeawayAction": ownerOnly((w) => interview.removeTakeawayAction(w.meeting, { id: w.takeaway })),
  "interview.toggleActionItemAction": ownerOnly((w) => interview.toggleActionItemAction(w.meeting, { id: w.actionItem, done: true })),
  "interview.removeActionItemAction": ownerOnly((w) => interview.removeActionItemAction(w.meeting, { id: w.actionItem })),
  "interview.toggleResourceAction": ownerOnly((w) => interview.toggleResourceAction(w.meeting, { id: w.resource, done: true })),
  "interview.removeResourceAction": ownerOnly((w) => interview.removeResourceAction(w.meeting, { id: w.resource })),
  "interview.addQuestionAction": ownerOnly((w) => interview.addQuestionAction(w.meeting, init, form({ text: "Who else should I talk to?" }))),
  "interview.addActionItemAction": ownerOnly((w) => interview.addActionItemAction(w.meeting, init, form({ text: "Read the annual report", dueOn: "" }))),
  "interview.addResourceAction": ownerOnly((w) => interview.addResourceAction(w.meeting, init, form({ kind: "EVENT", title: "PRSA ICON", url: "" }))),
  "interview.addReferralAction": ownerOnly((w) => interview.addReferralAction(w.meeting, init, form({ name: "Riley Referred", employer: "Ketchum" }))),
  // Held earlier than planned (the meeting is two days ahead): the branch that also moves the meeting's
  // start; marking done as scheduled goes through the same ownership check (meeting-done.test.ts).
  "interview.markMeetingDoneAction": ownerOnly((w) =>
    interview.markMeetingDoneAction(w.meeting, init, form({ doneAt: localAt(-HOUR), heldEarlier: "on", startedAt: localAt(-HOUR - 30 * 60_000) })),
  ),
  // The meeting ended two hours ago (meetingDone); the owner corrects it to ten minutes earlier.
  "interview.changeMeetingEndAction": ownerOnly((w) => interview.changeMeetingEndAction(w.meeting, init, form({ doneAt: localAt(-2 * HOUR - 10 * 60_000), version: "1" })), {
    setup: meetingDone,
  }),

  // --- keep in touch -------------------------------------------------------------------------------------
  "keep-in-touch.setCadenceAction": ownerOnly((w) => keepInTouch.setCadenceAction(init, form({ contactId: w.contact, keepInTouchMonths: "3" }))),
  "keep-in-touch.declineCadenceAction": ownerOnly((w) => keepInTouch.declineCadenceAction(init, form({ contactId: w.contact }))),

  // --- meetings --------------------------------------------------------------------------------------
  "meetings.rescheduleMeetingAction": ownerOnly((w) =>
    meetings.rescheduleMeetingAction(init, form({ meetingId: w.meeting, startsAt: localAt(4 * DAY), durationMinutes: "30", mode: "VIDEO" })),
  ),
  "meetings.cancelMeetingAction": ownerOnly((w) => meetings.cancelMeetingAction(init, form({ meetingId: w.meeting }))),
  "meetings.checkMeetingOverlapsAction": selfScoped(
    "a warning over the viewer's own meetings; another user's are never in it (checked)",
    (w) => meetings.checkMeetingOverlapsAction({ startsAt: localAt(2 * DAY), durationMinutes: 30 }).then((list) => list.filter((m) => m.id === w.meeting)),
    {
      check: (result, persona) => {
        const found = Array.isArray(result) ? result.length : 0;
        if (persona === "owner") return found === 1 ? null : "the owner's overlapping meeting was not reported";
        return found === 0 ? null : "another user's meeting was reported";
      },
    },
  ),

  // --- outreach --------------------------------------------------------------------------------------
  "outreach.logOutreachAction": ownerOnly((w) => outreach.logOutreachAction(w.contact, init, form({ ...message, subject: "Hello", body: "Could we talk for 20 minutes?" }))),
  "outreach.logThankYouAction": ownerOnly((w) => outreach.logThankYouAction(w.contact, init, form(message)), { setup: meetingDone }),
  "outreach.logTouchAction": ownerOnly((w) => outreach.logTouchAction(w.contact, init, form({ ...message, subject: "Congratulations", body: "Congratulations on the award!" }))),
  "outreach.setReplyAction": ownerOnly((w) => outreach.setReplyAction(init, form({ attemptId: w.outreach, replyStatus: "REPLIED" }))),

  // --- pipeline -----------------------------------------------------------------------------------------
  "pipeline.moveContactAction": ownerOnly((w) => pipeline.moveContactAction(init, form({ contactId: w.contact, to: "OUTREACH" }))),

  // --- pitch ---------------------------------------------------------------------------------------------
  "pitch.savePitchAction": selfScoped("saves a version of the viewer's own pitch", () => pitch.savePitchAction(init, form({ body: "I am a junior in PR who loves agency work." }))),
  "pitch.restorePitchVersionAction": ownerOnly(() => pitch.restorePitchVersionAction(1)),

  // --- question bank ------------------------------------------------------------------------------------
  "questions.createQuestionAction": selfScoped("adds to the viewer's own bank", () => questions.createQuestionAction(init, form({ text: "What would you change?", category: "ADVICE", tier: "JOB" }))),
  "questions.updateQuestionAction": ownerOnly((w) => questions.updateQuestionAction(init, form({ questionId: w.question, text: "What surprised you?", category: "CAREER_PATH", tier: "JOB" }))),
  "questions.deleteQuestionAction": ownerOnly((w) => questions.deleteQuestionAction(w.question)),
  "questions.hideQuestionAction": ownerOnly((w) => questions.hideQuestionAction(w.question)),
  "questions.unhideQuestionAction": ownerOnly((w) => questions.unhideQuestionAction(w.hiddenQuestion)),

  // --- reminders -----------------------------------------------------------------------------------------
  "reminders.updateReminderAction": ownerOnly((w) => reminders.updateReminderAction(init, form({ action: "done", reminderId: w.reminder }))),
  "reminders.reopenReminderAction": ownerOnly((w) => reminders.reopenReminderAction(w.reminder)),

  // --- settings (the viewer's own) -------------------------------------------------------------------------
  "settings.updateSettingsAction": selfScoped("the viewer's own settings", () => settings.updateSettingsAction(init, form({ timeZone: "America/New_York", weeklyOutreachGoal: "6" }))),
  "settings.addHolidayAction": selfScoped("adds to the viewer's own holidays", () => settings.addHolidayAction(init, form({ date: localAt(50 * DAY).slice(0, 10), name: "Study day" }))),
  "settings.removeHolidayAction": ownerOnly((w) => settings.removeHolidayAction(w.holiday)),
  "settings.restoreHolidayAction": selfScoped("adds the values back to the viewer's own holidays", () => settings.restoreHolidayAction({ date: localAt(60 * DAY).slice(0, 10), name: "Reading day" })),

  // --- templates -----------------------------------------------------------------------------------------
  "templates.createTemplateAction": selfScoped("creates a template owned by the viewer", () => templates.createTemplateAction(init, form(templateFields))),
  "templates.updateTemplateAction": ownerOnly((w) => templates.updateTemplateAction(w.template, init, form(templateFields))),
  "templates.duplicateTemplateAction": ownerOnly((w) => templates.duplicateTemplateAction(w.template)),
  "templates.deleteTemplateAction": ownerOnly((w) => templates.deleteTemplateAction(w.template)),
  "templates.restoreTemplateAction": selfScoped("saves the values as the viewer's own template", () => templates.restoreTemplateAction(templateFields)),

  // --- route handlers --------------------------------------------------------------------------------------
  "GET app/api/auth/[...nextauth]/route.ts": { outOfScope: NEXT_AUTH },
  "POST app/api/auth/[...nextauth]/route.ts": { outOfScope: NEXT_AUTH },
  "GET app/api/calendar/[token]/route.ts": {
    why: "token-authenticated for calendar apps: anyone holding the owner's token reads the feed, signed in or not",
    expect: { owner: "ok", other: "ok", staff: "ok", member: "ok", signedOut: "ok" },
    run: (w) => calendarRoute.GET(new Request(`http://localhost/api/calendar/${w.calendarToken}.ics`), params({ token: `${w.calendarToken}.ics` })),
    // The token is the only credential: a guessed one answers 404 to anyone.
    check: async (_result, _persona, w) => {
      const guessed = `${w.calendarToken}0.ics`;
      const response = await calendarRoute.GET(new Request(`http://localhost/api/calendar/${guessed}`), params({ token: guessed }));
      return response.status === 404 ? null : `a guessed token answered ${response.status}`;
    },
  },
  "GET app/api/export/[file]/route.ts": selfScoped(
    "the viewer's own data as files; another user's contacts, vCards and calendar never hold the owner's rows (checked)",
    () => exportRoute.GET(new Request("http://localhost/api/export/contacts.csv"), params({ file: "contacts.csv" })),
    {
      check: async (result, persona) => {
        if (persona === "signedOut") return null;
        const files = [result instanceof Response ? await result.text() : "", await exported("contacts.vcf"), await exported("meetings.ics")];
        const holds = files.map((text) => text.includes("Dana Owner-Contact"));
        if (persona === "owner") return holds.every(Boolean) ? null : "the owner's own export is missing their contact";
        return holds.some(Boolean) ? "another user's export holds the owner's contact" : null;
      },
    },
  ),
  "POST app/(app)/settings/data/restore/route.ts": selfScoped(
    "restores the file into the viewer's own account; the owner's rows are untouched (checked)",
    (w) => {
      const body = new FormData();
      body.append("file", new File([Buffer.from(w.extra.archive!, "base64")], "rapport-archive.zip", { type: "application/zip" }));
      return restoreRoute.POST(new Request("http://localhost/settings/data/restore", { method: "POST", body }));
    },
    { setup: ownerArchive },
  ),
  "GET app/api/health/route.ts": {
    why: "public: answers only whether the database is up",
    expect: { owner: "ok", other: "ok", staff: "ok", member: "ok", signedOut: "ok" },
    run: () => healthRoute.GET(),
  },
  "GET app/api/meetings/[meetingId]/invitation/route.ts": ownerOnly((w) =>
    invitationRoute.GET(new Request(`http://localhost/api/meetings/${w.meeting}/invitation`), params({ meetingId: w.meeting })),
  ),
  "GET app/(app)/cohorts/[cohortId]/export/route.ts": ownerOnly((w) => cohortExportRoute.GET(new Request(`http://localhost/cohorts/${w.ownCohort}/export`), params({ cohortId: w.ownCohort })), {
    // Staff without consent: their own cohort's export lists the owner as not sharing, and nothing else.
    check: async (_result, persona, w) => {
      if (persona !== "staff") return null;
      const response = await cohortExportRoute.GET(new Request(`http://localhost/cohorts/${w.staffCohort}/export`), params({ cohortId: w.staffCohort }));
      const row = (await response.text()).split(/\r?\n/).find((line) => line.startsWith("Matrix owner,"));
      const [, sharing, , ...figures] = row?.split(",") ?? [];
      return sharing === "Not sharing" && figures.length > 0 && figures.every((f) => f === "") ? null : `staff's own cohort export shows the owner beyond "not sharing": ${row}`;
    },
  }),
  "POST app/(app)/contacts/import/upload/route.ts": selfScoped("creates an import owned by the viewer", () => {
    const body = new FormData();
    body.append("file", new File(["Full name,Mail\nAna Lima,ana@example.com\n"], "people.csv", { type: "text/csv" }));
    return uploadRoute.POST(new Request("http://localhost/contacts/import/upload", { method: "POST", body }));
  }),
  "GET app/(app)/contacts/import/[importId]/skipped-rows/route.ts": ownerOnly(
    (w) => skippedRowsRoute.GET(new Request(`http://localhost/contacts/import/${w.extra.importId}/skipped-rows`), params({ importId: w.extra.importId! })),
    { setup: ownerImport },
  ),
};
