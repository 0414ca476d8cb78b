// Mixed ids: the other student acts on an organisation or record of their OWN (they are admin of a
// centre and officer of a chapter) while naming one of the owner's rows. A check that confirms the
// role on the organisation given but then touches a row by its id alone would let these through.
import { randomUUID } from "node:crypto";
import * as agenda from "@/lib/actions/agenda";
import * as careerCentres from "@/lib/actions/career-centres";
import * as chapters from "@/lib/actions/chapters";
import { getDatabase } from "@/lib/db";
import { initialFormState as init } from "@/lib/validation/form-state";
import type { World } from "./world";

function form(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

/** A meeting of the other student's own, to aim the owner's ids at. */
export async function othersMeeting(w: World): Promise<string> {
  const prisma = getDatabase().prisma;
  const contact = await prisma.contact.create({ data: { ownerId: w.users.other, name: "Other's contact" }, select: { id: true } });
  const meeting = await prisma.meeting.create({
    data: { ownerId: w.users.other, contactId: contact.id, title: "Other's meeting", startsAt: new Date(Date.now() + 2 * 86_400_000), timeZone: "UTC", icsUid: `${randomUUID()}@rapport` },
    select: { id: true },
  });
  return meeting.id;
}

export interface MixedCase {
  run: (w: World, meetingId: string) => Promise<unknown>;
  expect: "refused" | "ok";
  /** What must hold afterwards, as a message when it does not. */
  after?: (w: World, meetingId: string) => Promise<string | null>;
}

export const MIXED_IDS: Record<string, MixedCase> = {
  "the owner's private question into the other's own agenda": {
    run: (_w, meetingId) => agenda.addBankQuestionsAction(meetingId, init, form({ questionIds: [_w.question] })),
    expect: "refused",
  },
  "the owner's private question put back on the other's own agenda (undo)": {
    run: (w, meetingId) => agenda.restoreAgendaItemAction(meetingId, { questionId: w.question, text: "My own words", minutes: 3, position: 0 }),
    expect: "ok",
    after: async (w, meetingId) => {
      const linked = await getDatabase().prisma.agendaItem.count({ where: { meetingId, questionId: w.question } });
      return linked ? "the other's agenda item links the owner's private question" : null;
    },
  },
  "a group meeting in the other's chapter about the owner's chapter's professional": {
    run: (w) =>
      chapters.scheduleGroupMeetingAction(
        init,
        form({ organisationId: w.otherChapter, title: "Borrowed panel", startsAt: new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 16), durationMinutes: "60", mode: "VIDEO", sharedContactId: w.sharedFree }),
      ),
    expect: "refused",
  },
  "the owner's chapter's members invited to a group meeting of the other's chapter": {
    run: (w) =>
      chapters.scheduleGroupMeetingAction(
        init,
        form({ organisationId: w.otherChapter, title: "Poached panel", startsAt: new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 16), durationMinutes: "60", mode: "VIDEO", employer: "Edelman", memberIds: [w.users.owner, w.users.member] }),
      ),
    // Only the chapter's own members can be invited; with none left there is no meeting.
    expect: "refused",
    after: async (w) => {
      const invited = await getDatabase().prisma.meetingAttendee.count({ where: { userId: { in: [w.users.owner, w.users.member] }, meeting: { organisationId: w.otherChapter } } });
      return invited ? "people outside the other's chapter were invited to its meeting" : null;
    },
  },
  "the owner made an officer of the other's chapter": {
    run: (w) => chapters.setChapterRoleAction(init, form({ organisationId: w.otherChapter, userId: w.users.owner, role: "OFFICER" })),
    expect: "refused",
  },
  "the owner's centre's staff member removed through the other's centre": {
    run: (w) => careerCentres.removeStaffMemberAction(init, form({ centreId: w.otherCentre, membershipId: w.colleagueMembership })),
    expect: "refused",
  },
  "the owner's centre's staff member made admin through the other's centre": {
    run: (w) => careerCentres.changeStaffRoleAction(init, form({ centreId: w.otherCentre, membershipId: w.colleagueMembership, role: "ADMIN" })),
    expect: "refused",
  },
  "the owner's cohort's code renewed through the other's centre": {
    run: (w) => careerCentres.regenerateCohortCodeAction(init, form({ centreId: w.otherCentre, cohortId: w.ownCohort })),
    expect: "refused",
  },
};
