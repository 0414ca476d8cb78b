"use server";
// Interview mode. Autosaves (answers, flags, takeaways, checklist ticks) answer a small SaveResult;
// the add-forms answer a FormState with errors on the field and the values typed.
import { revalidatePath } from "next/cache";
import { now } from "../clock";
import { ConflictError, FieldError, NotFoundError } from "../data/errors";
import {
  addActionItem,
  addQuestion,
  addReferral,
  addResource,
  addTakeaway,
  changeMeetingEnd,
  type ChangedMeetingEnd,
  markMeetingDone,
  removeActionItem,
  removeResource,
  removeTakeaway,
  saveAnswer,
  setFlag,
  toggleActionItem,
  toggleResource,
} from "../data/interview";
import { requireViewer } from "../data/viewer";
import { formatDay, formatTime, startOfZonedDayOffset } from "../domain/format";
import { parseLocalDate, parseLocalDateTime } from "../domain/local-time";
import { isOverdue } from "../domain/today";
import { contactFormInput } from "../validation/contacts";
import { formValues, invalid, type FormState } from "../validation/form-state";
import {
  addActionItemSchema,
  addQuestionSchema,
  addReferralSchema,
  addResourceSchema,
  addTakeawaySchema,
  changeMeetingEndSchema,
  markMeetingDoneSchema,
  removeSchema,
  saveAnswerSchema,
  setFlagSchema,
  toggleSchema,
  type SaveResult,
} from "../validation/interview";

const interviewPath = (meetingId: string) => `/meetings/${encodeURIComponent(meetingId)}/interview`;

function saveFailure(error: unknown): SaveResult {
  if (error instanceof NotFoundError) return { ok: false, message: "This meeting or item no longer exists. Reload the page.", retry: false };
  throw error;
}

const refused = { ok: false, message: "That could not be saved: check what you typed.", retry: false } as const;

export async function saveAnswerAction(input: { agendaItemId: string; body: string }): Promise<SaveResult> {
  const parsed = saveAnswerSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? refused.message, retry: false };
  try {
    const { updatedAt } = await saveAnswer(parsed.data.agendaItemId, parsed.data.body);
    return { ok: true, savedAt: updatedAt?.toISOString() };
  } catch (error) {
    return saveFailure(error);
  }
}

export async function setFlagAction(input: { meetingId: string; flag: string; value: boolean }): Promise<SaveResult> {
  const parsed = setFlagSchema.safeParse(input);
  if (!parsed.success) return refused;
  try {
    await setFlag(parsed.data.meetingId, parsed.data.flag, parsed.data.value);
    return { ok: true };
  } catch (error) {
    return saveFailure(error);
  }
}

export async function addTakeawayAction(input: { meetingId: string; id: string; body: string }): Promise<SaveResult> {
  const parsed = addTakeawaySchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? refused.message, retry: false };
  try {
    await addTakeaway(parsed.data.meetingId, parsed.data.id, parsed.data.body);
  } catch (error) {
    return saveFailure(error);
  }
  revalidatePath(interviewPath(parsed.data.meetingId));
  return { ok: true };
}

export async function removeTakeawayAction(meetingId: string, input: { id: string }): Promise<SaveResult> {
  const parsed = removeSchema.safeParse(input);
  if (!parsed.success) return refused;
  try {
    await removeTakeaway(parsed.data.id);
  } catch (error) {
    return saveFailure(error);
  }
  revalidatePath(interviewPath(meetingId));
  return { ok: true };
}

export async function toggleActionItemAction(meetingId: string, input: { id: string; done: boolean }): Promise<SaveResult> {
  const parsed = toggleSchema.safeParse(input);
  if (!parsed.success) return refused;
  try {
    await toggleActionItem(parsed.data.id, parsed.data.done, now());
  } catch (error) {
    return saveFailure(error);
  }
  revalidatePath(interviewPath(meetingId));
  revalidatePath("/today");
  return { ok: true };
}

export async function removeActionItemAction(meetingId: string, input: { id: string }): Promise<SaveResult> {
  const parsed = removeSchema.safeParse(input);
  if (!parsed.success) return refused;
  try {
    await removeActionItem(parsed.data.id);
  } catch (error) {
    return saveFailure(error);
  }
  revalidatePath(interviewPath(meetingId));
  revalidatePath("/today");
  return { ok: true };
}

export async function toggleResourceAction(meetingId: string, input: { id: string; done: boolean }): Promise<SaveResult> {
  const parsed = toggleSchema.safeParse(input);
  if (!parsed.success) return refused;
  try {
    await toggleResource(parsed.data.id, parsed.data.done);
  } catch (error) {
    return saveFailure(error);
  }
  revalidatePath(interviewPath(meetingId));
  return { ok: true };
}

export async function removeResourceAction(meetingId: string, input: { id: string }): Promise<SaveResult> {
  const parsed = removeSchema.safeParse(input);
  if (!parsed.success) return refused;
  try {
    await removeResource(parsed.data.id);
  } catch (error) {
    return saveFailure(error);
  }
  revalidatePath(interviewPath(meetingId));
  return { ok: true };
}

function formFailure(error: unknown, form: FormData): FormState {
  if (error instanceof FieldError) {
    return { status: "invalid", message: error.userMessage, fieldErrors: { [error.field]: error.userMessage }, values: formValues(form) };
  }
  if (error instanceof NotFoundError) return { status: "error", message: "This meeting no longer exists.", values: formValues(form) };
  throw error;
}

export async function addQuestionAction(meetingId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const parsed = addQuestionSchema.safeParse({ meetingId, text: form.get("text") ?? "" });
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await addQuestion(meetingId, parsed.data.text);
  } catch (error) {
    return formFailure(error, form);
  }
  revalidatePath(interviewPath(meetingId));
  return { status: "saved", message: "Question added." };
}

export async function addActionItemAction(meetingId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const parsed = addActionItemSchema.safeParse({ text: form.get("text") ?? "", dueOn: form.get("dueOn") ?? "" });
  if (!parsed.success) return invalid(parsed.error, form);
  const viewer = await requireViewer();
  let dueAt: Date | null = null;
  if (parsed.data.dueOn) {
    // Due at 5 pm on that day in the student's zone: a working day's end.
    dueAt = parseLocalDateTime(`${parsed.data.dueOn}T17:00`, viewer.timeZone);
    if (!dueAt || !parseLocalDate(parsed.data.dueOn, viewer.timeZone)) {
      return { status: "invalid", message: "Check the highlighted fields.", fieldErrors: { dueOn: "Enter a real date." }, values: formValues(form) };
    }
  }
  try {
    await addActionItem(meetingId, parsed.data.text, dueAt, now());
  } catch (error) {
    return formFailure(error, form);
  }
  revalidatePath(interviewPath(meetingId));
  revalidatePath("/today");
  return { status: "saved", message: actionItemAddedMessage(dueAt, now(), viewer.timeZone) };
}

/**
 * What adding an action item says about Today, grouped as Today groups its reminder (the viewer's
 * zone): overdue, or due today and on Today now, or later.
 */
function actionItemAddedMessage(dueAt: Date | null, at: Date, timeZone: string): string {
  if (!dueAt) return "Action item added.";
  if (isOverdue(dueAt, at, timeZone)) return "Action item added. It is already overdue: it is on Today now, under Overdue.";
  if (dueAt < startOfZonedDayOffset(at, 1, timeZone)) return "Action item added. It is due today: it is on Today now.";
  return "Action item added; it will show on Today when due.";
}

export async function addResourceAction(meetingId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const parsed = addResourceSchema.safeParse({ kind: form.get("kind") ?? "", title: form.get("title") ?? "", url: form.get("url") ?? "" });
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await addResource(meetingId, parsed.data.kind, parsed.data.title, parsed.data.url);
  } catch (error) {
    return formFailure(error, form);
  }
  revalidatePath(interviewPath(meetingId));
  return { status: "saved", message: "Resource added." };
}

export async function addReferralAction(meetingId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const parsed = addReferralSchema.safeParse(contactFormInput(form));
  if (!parsed.success) return invalid(parsed.error, form);
  let contact: { id: string; name: string };
  try {
    contact = await addReferral(meetingId, parsed.data);
  } catch (error) {
    return formFailure(error, form);
  }
  revalidatePath(interviewPath(meetingId));
  revalidatePath("/contacts");
  revalidatePath("/pipeline");
  return { status: "saved", message: `Added ${contact.name} to Find.` };
}

/** A meeting's end as typed in a datetime-local field, in the viewer's zone; a FormState when it is no time. */
function typedMeetingEnd(value: string, timeZone: string, form: FormData): Date | FormState {
  return parseLocalDateTime(value, timeZone) ?? { status: "invalid", message: "Check the highlighted fields.", fieldErrors: { doneAt: "Enter a real date and time." }, values: formValues(form) };
}

export async function markMeetingDoneAction(meetingId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const parsed = markMeetingDoneSchema.safeParse({
    doneAt: form.get("doneAt") ?? "",
    heldEarlier: form.get("heldEarlier") ?? undefined,
    startedAt: form.get("startedAt") ?? undefined,
  });
  if (!parsed.success) return invalid(parsed.error, form);
  const viewer = await requireViewer();
  const doneAt = typedMeetingEnd(parsed.data.doneAt, viewer.timeZone, form);
  if (!(doneAt instanceof Date)) return doneAt;
  let startedAt: Date | undefined;
  if (parsed.data.startedAt !== null) {
    const typed = parseLocalDateTime(parsed.data.startedAt, viewer.timeZone);
    if (!typed) return { status: "invalid", message: "Check the highlighted fields.", fieldErrors: { startedAt: "Enter a real date and time." }, values: formValues(form) };
    startedAt = typed;
  }
  try {
    await markMeetingDone(meetingId, doneAt, now(), startedAt);
  } catch (error) {
    return formFailure(error, form);
  }
  revalidatePath(interviewPath(meetingId));
  revalidatePath("/today");
  revalidatePath("/pipeline");
  revalidatePath("/contacts");
  const moved = startedAt ? ` It now shows at the time it started, ${formatTime(startedAt, viewer.timeZone)} on ${formatDay(startedAt, viewer.timeZone, now())}.` : "";
  return { status: "saved", message: `Meeting marked done.${moved} Send your thank-you within 24 hours: it is on Today.` };
}

/** Corrects when a done meeting ended (its thank-you reminder follows); see changeMeetingEnd. */
export async function changeMeetingEndAction(meetingId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const parsed = changeMeetingEndSchema.safeParse({ doneAt: form.get("doneAt") ?? "", version: form.get("version") ?? "" });
  if (!parsed.success) {
    // The version is a hidden field: only a page from before a deploy, or a forged post, gets it wrong.
    if (!parsed.error.issues.some((issue) => issue.path[0] === "doneAt")) return { status: "error", message: "This page is out of date. Reload it and try again.", values: formValues(form) };
    return invalid(parsed.error, form);
  }
  const viewer = await requireViewer();
  const doneAt = typedMeetingEnd(parsed.data.doneAt, viewer.timeZone, form);
  if (!(doneAt instanceof Date)) return doneAt;
  const at = now();
  const when = (date: Date) => `${formatTime(date, viewer.timeZone)} on ${formatDay(date, viewer.timeZone, at)}`;
  let changed: ChangedMeetingEnd;
  try {
    changed = await changeMeetingEnd(meetingId, doneAt, at, parsed.data.version);
  } catch (error) {
    if (error instanceof ConflictError) {
      const current = error.current as { version: number; doneAt: Date };
      // The form keeps what was typed and takes the current version: saving again replaces the other change knowingly.
      return {
        status: "conflict",
        message: `This meeting's end was changed elsewhere (another tab or device) to ${when(current.doneAt)}. Save again to use the time you entered instead.`,
        version: current.version,
        values: formValues(form),
      };
    }
    return formFailure(error, form);
  }
  revalidatePath(interviewPath(meetingId));
  revalidatePath(`/contacts/${encodeURIComponent(changed.contactId)}`);
  revalidatePath("/today");
  revalidatePath("/pipeline");
  const reminder = changed.thankYouDueAt ? ` Your thank-you is now due by ${when(changed.thankYouDueAt)}.` : "";
  return { status: "saved", message: `Saved: the meeting ended at ${when(changed.doneAt)}.${reminder}` };
}
