"use server";
// The question bank: add, edit and delete your own questions; hide any question and show it again.
import { revalidatePath } from "next/cache";
import { FieldError, NotFoundError } from "../data/errors";
import { createQuestion, deleteQuestion, hideQuestion, unhideQuestion, updateQuestion } from "../data/questions";
import { formValues, invalid, type FormState } from "../validation/form-state";
import { questionFieldsSchema, questionFormInput, questionIdSchema } from "../validation/questions";

const GONE = "That question no longer exists. Reload the page to see your bank as it is now.";

function refused(error: unknown, form?: FormData): FormState {
  const values = form ? formValues(form) : undefined;
  if (error instanceof FieldError) return { status: "error", message: error.userMessage, values };
  if (error instanceof NotFoundError) return { status: "error", message: GONE, values };
  throw error;
}

function revalidate() {
  revalidatePath("/questions");
}

export async function createQuestionAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = questionFieldsSchema.safeParse(questionFormInput(form));
  if (!parsed.success) return invalid(parsed.error, form);
  await createQuestion(parsed.data);
  revalidate();
  return { status: "saved", message: `Added “${parsed.data.text}”.` };
}

export async function updateQuestionAction(_prev: FormState, form: FormData): Promise<FormState> {
  const questionId = questionIdSchema.safeParse(form.get("questionId"));
  if (!questionId.success) return { status: "error", message: GONE, values: formValues(form) };
  const parsed = questionFieldsSchema.safeParse(questionFormInput(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await updateQuestion(questionId.data, parsed.data);
  } catch (error) {
    return refused(error, form);
  }
  revalidate();
  return { status: "saved", message: "Question saved.", values: formValues(form) };
}

export async function deleteQuestionAction(questionId: string): Promise<FormState> {
  const id = questionIdSchema.safeParse(questionId);
  if (!id.success) return { status: "error", message: GONE };
  try {
    await deleteQuestion(id.data);
  } catch (error) {
    return refused(error);
  }
  revalidate();
  return { status: "saved", message: "Question deleted." };
}

export async function hideQuestionAction(questionId: string): Promise<FormState> {
  const id = questionIdSchema.safeParse(questionId);
  if (!id.success) return { status: "error", message: GONE };
  try {
    await hideQuestion(id.data);
  } catch (error) {
    return refused(error);
  }
  revalidate();
  return { status: "saved", message: "Hidden." };
}

export async function unhideQuestionAction(questionId: string): Promise<FormState> {
  const id = questionIdSchema.safeParse(questionId);
  if (!id.success) return { status: "error", message: GONE };
  try {
    await unhideQuestion(id.data);
  } catch (error) {
    return refused(error);
  }
  revalidate();
  return { status: "saved", message: "Shown again." };
}
