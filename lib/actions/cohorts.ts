"use server";
// Joining a career-centre cohort and choosing, changing or withdrawing what its staff may see.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { now } from "../clock";
import { findCohortByCode, joinCohort, leaveCohort, listMyCohorts, setCohortConsent, setNoteShared } from "../data/cohort-membership";
import { FieldError, NotFoundError } from "../data/errors";
import { consentSavedMessage } from "../domain/consent";
import { changeConsentSchema, findCohortSchema, joinCohortSchema, leaveCohortSchema, shareNoteSchema } from "../validation/cohorts";
import { formValues, invalid, type FormState } from "../validation/form-state";

/** The "Join a cohort" form: checks the code, then opens the cohort's page to choose what to share. */
export async function findCohortAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = findCohortSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await findCohortByCode(parsed.data.code);
  } catch (error) {
    if (error instanceof FieldError) return { status: "invalid", message: error.userMessage, fieldErrors: { [error.field]: error.userMessage }, values: formValues(form) };
    throw error;
  }
  redirect(`/join/${encodeURIComponent(parsed.data.code)}`);
}

export async function joinCohortAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = joinCohortSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  let result: Awaited<ReturnType<typeof joinCohort>>;
  try {
    result = await joinCohort(parsed.data.code, parsed.data.consent, now());
  } catch (error) {
    if (error instanceof FieldError) return { status: "invalid", message: error.userMessage, fieldErrors: { [error.field]: error.userMessage }, values: formValues(form) };
    throw error;
  }
  revalidatePath("/sharing");
  revalidatePath("/cohorts");
  if (result.alreadyJoined) {
    return { status: "saved", message: `You are already in ${result.name}. Change what you share on the Sharing page.`, values: formValues(form) };
  }
  redirect(`/sharing?joined=${encodeURIComponent(result.cohortId)}`);
}

export async function changeConsentAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = changeConsentSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await setCohortConsent(parsed.data.cohortId, parsed.data.consent, now());
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "error", message: "You are no longer in that cohort." };
    throw error;
  }
  // The cohort's name for the sentence, read as the student's own membership; a cohort left in the
  // meantime (another tab) still gets a sentence.
  const cohort = (await listMyCohorts()).find((c) => c.cohortId === parsed.data.cohortId);
  revalidatePath("/sharing");
  revalidatePath("/cohorts");
  return { status: "saved", message: consentSavedMessage(parsed.data.consent, cohort?.name ?? "the cohort"), values: formValues(form) };
}

export async function leaveCohortAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = leaveCohortSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await leaveCohort(parsed.data.cohortId);
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "error", message: "You are no longer in that cohort." };
    throw error;
  }
  revalidatePath("/sharing");
  revalidatePath("/cohorts");
  // The cohort's card is gone after this; the page says what happened.
  redirect("/sharing?left=1");
}

/** Shares one note with the student's career-centre staff, or stops sharing it (from the contact's timeline). */
export async function shareNoteAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = shareNoteSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: "error", message: "That note could not be changed." };
  try {
    await setNoteShared(parsed.data.noteId, parsed.data.shared, now());
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "error", message: "That note no longer exists." };
    throw error;
  }
  revalidatePath("/contacts", "layout");
  return { status: "saved", message: parsed.data.shared ? "Shared with your career centre." : "No longer shared." };
}
