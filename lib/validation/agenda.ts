// What the agenda page's forms and buttons may send.
import { z } from "zod";
import { DEFAULT_ITEM_MINUTES, MAX_ITEM_MINUTES, MIN_ITEM_MINUTES } from "../domain/agenda";

const id = z.string().trim().min(1).max(40);

export const AGENDA_TEXT_MAX = 500;
export const RESEARCH_NOTES_MAX = 10_000;

const minutes = z.coerce
  .number(`Enter ${MIN_ITEM_MINUTES} to ${MAX_ITEM_MINUTES} minutes.`)
  .int(`Enter whole minutes, ${MIN_ITEM_MINUTES} to ${MAX_ITEM_MINUTES}.`)
  .min(MIN_ITEM_MINUTES, `Enter ${MIN_ITEM_MINUTES} to ${MAX_ITEM_MINUTES} minutes.`)
  .max(MAX_ITEM_MINUTES, `Enter ${MIN_ITEM_MINUTES} to ${MAX_ITEM_MINUTES} minutes.`);

const text = z
  .string()
  .trim()
  .min(1, "Write the question.")
  .max(AGENDA_TEXT_MAX, `Keep the question under ${AGENDA_TEXT_MAX} characters.`);

export const addBankQuestionsSchema = z.object({
  questionIds: z.array(id).min(1, "Choose at least one question.").max(50, "Add at most 50 questions at once."),
});
export type AddBankQuestionsInput = z.infer<typeof addBankQuestionsSchema>;

export const addCustomQuestionSchema = z.object({
  text,
  minutes: z.preprocess((v) => (v === "" || v == null ? DEFAULT_ITEM_MINUTES : v), minutes),
});
export type AddCustomQuestionInput = z.infer<typeof addCustomQuestionSchema>;

export const updateAgendaItemSchema = z.object({ text, minutes });
export type UpdateAgendaItemInput = z.infer<typeof updateAgendaItemSchema>;

export const moveAgendaItemSchema = z.union([
  z.object({ direction: z.enum(["up", "down"]) }),
  z.object({ index: z.coerce.number().int().min(0).max(1000) }),
]);
export type MoveAgendaItemInput = z.infer<typeof moveAgendaItemSchema>;

/** What the page keeps of a removed item so "Undo" can put it back. */
export const restoreAgendaItemSchema = z.object({
  questionId: id.nullable(),
  text,
  minutes,
  position: z.number().int().min(0).max(1000),
});
export type RestoreAgendaItemInput = z.infer<typeof restoreAgendaItemSchema>;

export const researchNotesSchema = z.object({
  researchNotes: z
    .string()
    .max(RESEARCH_NOTES_MAX, `Keep the notes under ${RESEARCH_NOTES_MAX.toLocaleString("en-US")} characters.`)
    .transform((v) => (v.trim() === "" ? null : v)),
});
