"use server";
// The agenda page's actions: add from the bank or a custom question, suggest an agenda, edit,
// reorder, remove (and undo), and save the research notes. Each checks its input, then the data
// layer checks that the meeting is the viewer's.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import {
  addAgendaItems,
  getMeetingAgenda,
  moveAgendaItem,
  removeAgendaItem,
  restoreAgendaItem,
  saveResearchNotes,
  updateAgendaItem,
  type RemovedAgendaItem,
} from "../data/agenda";
import { FieldError, NotFoundError } from "../data/errors";
import { listQuestions } from "../data/questions";
import { suggestAgenda } from "../domain/agenda";
import {
  addBankQuestionsSchema,
  addCustomQuestionSchema,
  moveAgendaItemSchema,
  researchNotesSchema,
  restoreAgendaItemSchema,
  updateAgendaItemSchema,
} from "../validation/agenda";
import { formValues, invalid, type FormState } from "../validation/form-state";

const idSchema = z.string().trim().min(1).max(40);

function refresh(meetingId: string) {
  revalidatePath(`/meetings/${meetingId}/agenda`);
  revalidatePath(`/meetings/${meetingId}/interview`);
}

const GONE: FormState = { status: "error", message: "This meeting or question no longer exists. Reload the page." };

/** Known refusals become messages; anything else is a bug and is rethrown. */
function refused(error: unknown, form?: FormData): FormState {
  if (error instanceof NotFoundError) return GONE;
  if (error instanceof FieldError) {
    return { status: "invalid", message: error.userMessage, fieldErrors: { [error.field]: error.userMessage }, values: form ? formValues(form) : undefined };
  }
  throw error;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Adds the checked bank questions (form field `questionIds`, repeated). */
export async function addBankQuestionsAction(meetingId: string, _prev: FormState, form: FormData): Promise<FormState> {
  if (!idSchema.safeParse(meetingId).success) return GONE;
  const parsed = addBankQuestionsSchema.safeParse({ questionIds: form.getAll("questionIds") });
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    const { added } = await addAgendaItems(meetingId, parsed.data);
    refresh(meetingId);
    return {
      status: "saved",
      message: added === 0 ? "Those questions are already on the agenda." : `Added ${plural(added, "question")} to the agenda.`,
    };
  } catch (error) {
    return refused(error, form);
  }
}

export async function addCustomQuestionAction(meetingId: string, _prev: FormState, form: FormData): Promise<FormState> {
  if (!idSchema.safeParse(meetingId).success) return GONE;
  const parsed = addCustomQuestionSchema.safeParse({ text: form.get("text") ?? "", minutes: form.get("minutes") ?? "" });
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await addAgendaItems(meetingId, parsed.data);
  } catch (error) {
    return refused(error, form);
  }
  refresh(meetingId);
  return { status: "saved", message: "Added your question to the agenda." };
}

/**
 * Fills the free time with a default pick from the bank in TIARA order. `added` says how many
 * questions it added, so the page knows whether the agenda will change under its message.
 */
export async function suggestAgendaAction(meetingId: string): Promise<FormState & { added?: number }> {
  if (!idSchema.safeParse(meetingId).success) return GONE;
  try {
    const [agenda, bank] = await Promise.all([getMeetingAgenda(meetingId), listQuestions()]);
    const picks = suggestAgenda(bank, agenda.durationMinutes, agenda.items);
    if (picks.length === 0) return { status: "saved", message: "The agenda already fills the meeting; nothing to add.", added: 0 };
    const { added } = await addAgendaItems(meetingId, { questionIds: picks.map((q) => q.id) });
    refresh(meetingId);
    return { status: "saved", message: `Suggested ${plural(added, "question")} that fit the ${agenda.durationMinutes} minutes.`, added };
  } catch (error) {
    return refused(error);
  }
}

export async function updateAgendaItemAction(meetingId: string, itemId: string, _prev: FormState, form: FormData): Promise<FormState> {
  if (!idSchema.safeParse(meetingId).success || !idSchema.safeParse(itemId).success) return GONE;
  const parsed = updateAgendaItemSchema.safeParse({ text: form.get("text") ?? "", minutes: form.get("minutes") ?? "" });
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await updateAgendaItem(itemId, parsed.data);
  } catch (error) {
    return refused(error, form);
  }
  refresh(meetingId);
  return { status: "saved", message: "Saved.", values: formValues(form) };
}

export async function moveAgendaItemAction(
  meetingId: string,
  itemId: string,
  move: { direction: "up" | "down" } | { index: number },
): Promise<FormState & { index?: number; count?: number }> {
  const parsed = moveAgendaItemSchema.safeParse(move);
  if (!parsed.success || !idSchema.safeParse(meetingId).success || !idSchema.safeParse(itemId).success) return GONE;
  try {
    const result = await moveAgendaItem(itemId, parsed.data);
    refresh(meetingId);
    return { status: "saved", ...result };
  } catch (error) {
    return refused(error);
  }
}

export async function removeAgendaItemAction(meetingId: string, itemId: string): Promise<FormState & { removed?: RemovedAgendaItem }> {
  if (!idSchema.safeParse(meetingId).success || !idSchema.safeParse(itemId).success) return GONE;
  try {
    const removed = await removeAgendaItem(itemId);
    refresh(meetingId);
    return { status: "saved", message: "Removed from the agenda.", removed };
  } catch (error) {
    return refused(error);
  }
}

export async function restoreAgendaItemAction(meetingId: string, removed: RemovedAgendaItem): Promise<FormState> {
  const parsed = restoreAgendaItemSchema.safeParse(removed);
  if (!parsed.success || !idSchema.safeParse(meetingId).success) return GONE;
  try {
    await restoreAgendaItem(meetingId, parsed.data);
  } catch (error) {
    if (error instanceof FieldError) return { status: "error", message: error.userMessage };
    return refused(error);
  }
  refresh(meetingId);
  return { status: "saved", message: "Put back on the agenda." };
}

export async function saveResearchNotesAction(meetingId: string, _prev: FormState, form: FormData): Promise<FormState> {
  if (!idSchema.safeParse(meetingId).success) return GONE;
  const parsed = researchNotesSchema.safeParse({ researchNotes: form.get("researchNotes") ?? "" });
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await saveResearchNotes(meetingId, parsed.data.researchNotes);
  } catch (error) {
    return refused(error, form);
  }
  refresh(meetingId);
  return { status: "saved", message: "Research notes saved.", values: formValues(form) };
}
