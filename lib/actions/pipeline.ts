"use server";
// Moving contacts between stages: one contact from the board, or several from the contacts list.
import { revalidatePath } from "next/cache";
import { now } from "../clock";
import { getContact } from "../data/contacts";
import { ConflictError, FieldError, NotFoundError } from "../data/errors";
import { moveContact } from "../data/pipeline";
import { requireViewer } from "../data/viewer";
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
    const record = parseStageRecord(contact.stage, to, Object.fromEntries(form), viewer.timeZone);
    if (!record.ok) return { status: "invalid", message: "Check the highlighted fields.", fieldErrors: record.fieldErrors, values: formValues(form) };
    await moveContact(contactId, to, record.record, version, now());
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
