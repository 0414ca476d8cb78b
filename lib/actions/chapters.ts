"use server";
// Chapters: claims on shared professionals, copying one to the member's pipeline, outcomes,
// proposals and officers' settings; creating, joining and leaving a chapter and members' roles;
// group meetings (scheduling, RSVPs, notes, moving, cancelling, marking done).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { now } from "../clock";
import {
  claimSharedContact,
  copySharedToPipeline,
  createChapter,
  findChapterByCode,
  joinChapter,
  leaveChapter,
  proposeSharedContact,
  releaseClaim,
  reportClaimOutcome,
  reviewProposal,
  setChapterRole,
  updateSharedSettings,
} from "../data/chapters";
import { FieldError, NotFoundError } from "../data/errors";
import {
  cancelGroupMeeting,
  correctGroupMeeting,
  markGroupMeetingDone,
  rescheduleGroupMeeting,
  rsvpGroupMeeting,
  saveGroupMeetingNotes,
  scheduleGroupMeeting,
} from "../data/group-meetings";
import { formatDate, formatDay, formatTime } from "../domain/format";
import { parseLocalDateTime } from "../domain/local-time";
import { getViewer } from "../data/viewer";
import {
  chapterRoleSchema,
  createChapterSchema,
  formObject,
  groupNotesSchema,
  joinChapterSchema,
  correctGroupMeetingSchema,
  markGroupDoneSchema,
  rsvpSchema,
  scheduleGroupMeetingSchema,
  leaveChapterSchema,
  proposeSharedSchema,
  reportOutcomeSchema,
  reviewProposalSchema,
  sharedContactIdSchema,
  sharedSettingsSchema,
} from "../validation/chapters";
import { formValues, invalid, type FormState } from "../validation/form-state";
import { cancelMeetingSchema, parseMeetingTime, rescheduleMeetingSchema } from "../validation/meetings";

const GONE = "That professional is no longer on your chapter's list. Reload the page.";

/** Known refusals become messages on their field; anything else is a bug and is rethrown. */
function refused(error: unknown, form: FormData): FormState {
  if (error instanceof FieldError) {
    return { status: "invalid", message: error.userMessage, fieldErrors: { [error.field]: error.userMessage }, values: formValues(form) };
  }
  if (error instanceof NotFoundError) return { status: "error", message: GONE };
  throw error;
}

/** What was typed, each list of ticks as comma-separated ids (formValues keeps one value per name), so a refused form keeps them. */
function typedWithLists(form: FormData, lists: string[]): Record<string, string> {
  const values = formValues(form);
  for (const key of lists) values[key] = form.getAll(key).join(",");
  return values;
}

function refresh() {
  revalidatePath("/chapter");
  revalidatePath("/chapters");
}

export async function claimSharedContactAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = sharedContactIdSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const viewer = await getViewer();
  let result: Awaited<ReturnType<typeof claimSharedContact>>;
  try {
    result = await claimSharedContact(parsed.data.sharedContactId, now());
  } catch (error) {
    return refused(error, form);
  }
  refresh();
  if (!result.ok) return { status: "error", message: result.message };
  return { status: "saved", message: `Claimed until ${formatDate(result.expiresAt, viewer?.timeZone ?? "UTC")}.` };
}

export async function releaseClaimAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = sharedContactIdSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await releaseClaim(parsed.data.sharedContactId, now());
  } catch (error) {
    return refused(error, form);
  }
  refresh();
  return { status: "saved", message: "Released. Another member can claim them now." };
}

export async function copySharedToPipelineAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = sharedContactIdSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  let result: Awaited<ReturnType<typeof copySharedToPipeline>>;
  try {
    result = await copySharedToPipeline(parsed.data.sharedContactId, now());
  } catch (error) {
    return refused(error, form);
  }
  refresh();
  revalidatePath("/pipeline");
  revalidatePath("/contacts");
  return { status: "saved", message: result.created ? "Copied to your pipeline, at Find." : "Already in your pipeline.", values: { contactId: result.contactId } };
}

export async function reportClaimOutcomeAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = reportOutcomeSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await reportClaimOutcome(parsed.data.sharedContactId, parsed.data.outcome, now());
  } catch (error) {
    return refused(error, form);
  }
  refresh();
  return {
    status: "saved",
    message: parsed.data.outcome === "CONTACTED" ? "Thanks: your claim stays while you wait for a reply." : "Thanks: noted in the chapter's history, and your claim is closed.",
  };
}

export async function proposeSharedContactAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = proposeSharedSchema.safeParse(formObject(form));
  if (!parsed.success) {
    // Checkbox groups repeat one name: echo them joined, so the ticked boxes stay ticked.
    const state = invalid(parsed.error, form);
    return { ...state, values: { ...state.values, officerOnlyList: form.getAll("officerOnly").join(",") } };
  }
  const { organisationId, ...input } = parsed.data;
  let result: Awaited<ReturnType<typeof proposeSharedContact>>;
  try {
    result = await proposeSharedContact(organisationId, input, now());
  } catch (error) {
    // Already on the list: the error sits on the field that matched, with the ticked boxes kept too.
    const state = refused(error, form);
    return state.status === "invalid" ? { ...state, values: { ...state.values, officerOnlyList: form.getAll("officerOnly").join(",") } } : state;
  }
  refresh();
  return {
    status: "saved",
    message: result.approved ? `${input.name} is on the chapter's list.` : `Thanks: ${input.name} waits for an officer's approval.`,
  };
}

export async function reviewProposalAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = reviewProposalSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await reviewProposal(parsed.data.sharedContactId, parsed.data.decision, now());
  } catch (error) {
    return refused(error, form);
  }
  refresh();
  return { status: "saved", message: parsed.data.decision === "approve" ? "Approved: members see them now." : "Rejected and removed." };
}

export async function updateSharedSettingsAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = sharedSettingsSchema.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const { sharedContactId, ...input } = parsed.data;
  try {
    await updateSharedSettings(sharedContactId, input, now());
  } catch (error) {
    return refused(error, form);
  }
  refresh();
  return { status: "saved", message: "Saved.", values: formValues(form) };
}

export async function createChapterAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = createChapterSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  await createChapter(parsed.data.name);
  refresh();
  redirect("/chapters?created=1");
}

/** The "Join a chapter" form: checks the code, then opens the chapter's join page. */
export async function findChapterAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = joinChapterSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await findChapterByCode(parsed.data.code);
  } catch (error) {
    return refused(error, form);
  }
  redirect(`/chapters/join/${encodeURIComponent(parsed.data.code.toUpperCase().replace(/[^A-Z0-9-]/g, ""))}`);
}

export async function joinChapterAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = joinChapterSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await joinChapter(parsed.data.code);
  } catch (error) {
    return refused(error, form);
  }
  refresh();
  redirect("/chapter");
}

export async function setChapterRoleAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = chapterRoleSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await setChapterRole(parsed.data.organisationId, parsed.data.userId, parsed.data.role);
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "error", message: "That member is no longer in the chapter." };
    return refused(error, form);
  }
  refresh();
  return { status: "saved", message: parsed.data.role === "OFFICER" ? "Now an officer." : "Now a member." };
}

export async function leaveChapterAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = leaveChapterSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await leaveChapter(parsed.data.organisationId, now());
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "error", message: "You are no longer in that chapter." };
    return refused(error, form);
  }
  refresh();
  redirect("/chapters?left=1");
}

export async function scheduleGroupMeetingAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = scheduleGroupMeetingSchema.safeParse(formObject(form, ["memberIds"]));
  // Who was ticked comes back too: sent again without them, the form would invite everyone.
  const typed = typedWithLists(form, ["memberIds"]);
  if (!parsed.success) return { ...invalid(parsed.error, form), values: typed };
  const viewer = await getViewer();
  const time = parseMeetingTime(parsed.data, viewer?.timeZone ?? "UTC", now());
  if (!time.ok) return { status: "invalid", message: "Check the highlighted fields.", fieldErrors: time.fieldErrors, values: typed };
  const { organisationId, title, sharedContactId, employer, memberIds } = parsed.data;
  let result: Awaited<ReturnType<typeof scheduleGroupMeeting>>;
  try {
    result = await scheduleGroupMeeting(organisationId, { title, sharedContactId, employer, memberIds, ...time.time }, now());
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "error", message: "You are no longer in that chapter." };
    return { ...refused(error, form), values: typed };
  }
  refresh();
  return { status: "saved", message: `Scheduled. ${result.invited} ${result.invited === 1 ? "member is" : "members are"} invited to RSVP.`, values: { meetingId: result.id } };
}

export async function rsvpGroupMeetingAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = rsvpSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await rsvpGroupMeeting(parsed.data.meetingId, parsed.data.rsvp, now());
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "error", message: "That meeting is no longer open to you." };
    return refused(error, form);
  }
  refresh();
  revalidatePath("/pipeline");
  revalidatePath("/today");
  return {
    status: "saved",
    message: parsed.data.rsvp === "NOT_GOING" ? "Noted: not going." : "Noted. It is in your pipeline, and Today reminds you to prepare the day before.",
    values: { rsvp: parsed.data.rsvp },
  };
}

export async function saveGroupNotesAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = groupNotesSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await saveGroupMeetingNotes(parsed.data.meetingId, parsed.data.body);
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "error", message: "That meeting is no longer open to you." };
    return refused(error, form);
  }
  return { status: "saved", message: "Your notes are saved. Only you can read them.", values: formValues(form) };
}

export async function markGroupMeetingDoneAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = markGroupDoneSchema.safeParse(formObject(form, ["attended"]));
  const typed = typedWithLists(form, ["attended"]);
  if (!parsed.success) return { ...invalid(parsed.error, form), values: typed };
  const at = now();
  const timeZone = (await getViewer())?.timeZone ?? "UTC";
  let endedAt: Date | null = null;
  if (parsed.data.doneAt) {
    endedAt = parseLocalDateTime(parsed.data.doneAt, timeZone);
    if (!endedAt) return { status: "invalid", message: "Check the highlighted field.", fieldErrors: { doneAt: "Enter a real date and time." }, values: typed };
  }
  let startedAt: Date | null = null;
  if (parsed.data.startedAt) {
    startedAt = parseLocalDateTime(parsed.data.startedAt, timeZone);
    if (!startedAt) return { status: "invalid", message: "Check the highlighted field.", fieldErrors: { startedAt: "Enter a real date and time." }, values: typed };
  }
  let result: Awaited<ReturnType<typeof markGroupMeetingDone>>;
  try {
    result = await markGroupMeetingDone(parsed.data.meetingId, endedAt, at, parsed.data.attended, startedAt);
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "error", message: "Only the chapter's officers can mark it done." };
    return { ...refused(error, form), values: typed };
  }
  refresh();
  revalidatePath(`/chapter/meetings/${parsed.data.meetingId}`);
  revalidatePath("/today");
  revalidatePath("/pipeline");
  const reminded = `${result.reminded} ${result.reminded === 1 ? "member has" : "members have"} a thank-you reminder.`;
  const absent = result.absent ? ` ${result.absent} ${result.absent === 1 ? "member who didn't go is" : "members who didn't go are"} recorded as not going.` : "";
  const moved = startedAt ? ` It now shows at the time it started, ${formatTime(startedAt, timeZone)} on ${formatDay(startedAt, timeZone, at)}.` : "";
  return { status: "saved", message: `Marked done. ${reminded}${absent}${moved}` };
}

/** An officer corrects a meeting already marked done: when it ended, who went. */
export async function correctGroupMeetingAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = correctGroupMeetingSchema.safeParse(formObject(form, ["attended"]));
  const typed = typedWithLists(form, ["attended"]);
  if (!parsed.success) return { ...invalid(parsed.error, form), values: typed };
  let endedAt: Date | null = null;
  if (parsed.data.doneAt) {
    endedAt = parseLocalDateTime(parsed.data.doneAt, (await getViewer())?.timeZone ?? "UTC");
    if (!endedAt) return { status: "invalid", message: "Check the highlighted field.", fieldErrors: { doneAt: "Enter a real date and time." }, values: typed };
  }
  let result: Awaited<ReturnType<typeof correctGroupMeeting>>;
  try {
    result = await correctGroupMeeting(parsed.data.meetingId, { endedAt, attended: parsed.data.attended }, now());
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "error", message: OFFICERS_ONLY, values: typed };
    return { ...refused(error, form), values: typed };
  }
  refresh();
  revalidatePath(`/chapter/meetings/${parsed.data.meetingId}`);
  revalidatePath("/today");
  revalidatePath("/pipeline");
  const { endMoved, added, removed } = result;
  const parts = [
    endMoved ? "the end changed, and pending thank-you reminders now fall due 24 hours after it" : null,
    added ? `${added} ${added === 1 ? "member" : "members"} added, each with a thank-you reminder` : null,
    removed ? `${removed} ${removed === 1 ? "member" : "members"} taken off, owing no thank-you` : null,
  ].filter(Boolean);
  if (parts.length === 0) return { status: "saved", message: "Nothing changed: that is what was recorded." };
  return { status: "saved", message: `Saved: ${parts.join("; ")}.` };
}

const OFFICERS_ONLY = "Only the chapter's officers can change this meeting.";

/** An officer moves a group meeting; members' Today and calendar feeds follow. */
export async function rescheduleGroupMeetingAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = rescheduleMeetingSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const viewer = await getViewer();
  const at = now();
  const timeZone = viewer?.timeZone ?? "UTC";
  const time = parseMeetingTime(parsed.data, timeZone, at);
  if (!time.ok) return { status: "invalid", message: "Check the highlighted fields.", fieldErrors: time.fieldErrors, values: formValues(form) };
  let result: Awaited<ReturnType<typeof rescheduleGroupMeeting>>;
  try {
    result = await rescheduleGroupMeeting(parsed.data.meetingId, time.time);
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "error", message: OFFICERS_ONLY, values: formValues(form) };
    return refused(error, form);
  }
  refresh();
  revalidatePath(`/chapter/meetings/${parsed.data.meetingId}`);
  revalidatePath("/today");
  const when = `${formatDay(time.time.startsAt, timeZone, at)} at ${formatTime(time.time.startsAt, timeZone)}`;
  return {
    status: "saved",
    message: result.attending ? `Moved to ${when}. Members going (or maybe) see the new time on Today and in their calendar feeds.` : `Moved to ${when}.`,
  };
}

/** An officer cancels a group meeting; members who were going are told by their Today, pipeline and calendar feed. */
export async function cancelGroupMeetingAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = cancelMeetingSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await cancelGroupMeeting(parsed.data.meetingId, now());
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "error", message: OFFICERS_ONLY };
    if (error instanceof FieldError) return { status: "error", message: error.userMessage };
    throw error;
  }
  refresh();
  revalidatePath(`/chapter/meetings/${parsed.data.meetingId}`);
  revalidatePath("/today");
  revalidatePath("/pipeline");
  return { status: "saved", message: "Meeting cancelled. It stays listed as cancelled, and members' prep reminders are gone." };
}
