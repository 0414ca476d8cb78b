"use server";
// Moving contacts between stages: one contact from the board, or several from the contacts list.
import { revalidatePath } from "next/cache";
import { now } from "../clock";
import { getContact } from "../data/contacts";
import { ConflictError, FieldError, NotFoundError } from "../data/errors";
import { moveContact } from "../data/pipeline";
import { requireViewer } from "../data/viewer";
import { recordClockErrors, requiredRecord } from "../domain/pipeline";
import { STAGE_LABELS } from "../domain/stages";
import { formValues, invalid, type FormState } from "../validation/form-state";
import { moveContactSchema, parseStageRecord } from "../validation/pipeline";

export async function moveContactAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = moveContactSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const { contactId, to, version } = parsed.data;
  const viewer = await requireViewer();
  try {
    const contact = await getContact(contactId);
    const fields = Object.fromEntries(form);
    const at = now();
    const record = parseStageRecord(contact.stage, to, fields, viewer.timeZone);
    if (!record.ok) {
      // The parse stops at the first fields it refuses (a meeting's length) before it reads the
      // dates; the date's own error (a time that has passed) is reported beside them, not one submit later.
      const kind = requiredRecord(contact.stage, to);
      const fieldErrors = { ...(kind ? recordClockErrors(kind, fields, viewer.timeZone, at) : {}), ...record.fieldErrors };
      return { status: "invalid", message: "Check the highlighted fields.", fieldErrors, values: formValues(form) };
    }
    await moveContact(contactId, to, record.record, version, at);
    revalidatePath("/pipeline");
    revalidatePath("/today");
    revalidatePath(`/contacts/${contactId}`);
    return { status: "saved", message: `Moved ${contact.name} to ${STAGE_LABELS[to]}.` };
  } catch (error) {
    return moveFailure(error, form);
  }
}

function moveFailure(error: unknown, form: FormData): FormState {
  if (error instanceof FieldError) {
    return { status: "invalid", message: error.userMessage, fieldErrors: { [error.field]: error.userMessage }, values: formValues(form) };
  }
  if (error instanceof ConflictError) {
    return { status: "error", message: "This contact changed in another tab or device. Reload to see where it is now, then move it again.", values: formValues(form) };
  }
  if (error instanceof NotFoundError) return { status: "error", message: "That contact no longer exists." };
  throw error;
}
