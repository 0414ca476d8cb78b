"use server";
// Importing contacts: choosing a CSV's columns and starting the import. The upload itself is a
// route handler (app/(app)/contacts/import/upload), because a server action's body is capped at
// 1 MB and a LinkedIn export of a few thousand connections is larger.
import { after } from "next/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { FieldError, NotFoundError } from "../data/errors";
import { setImportMapping, startImport } from "../data/imports";
import { ImportFileError } from "../domain/import";
import { formValues, invalid, type FormState } from "../validation/form-state";
import { parseMappingForm, startImportSchema } from "../validation/imports";

export async function saveImportMappingAction(importId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const parsed = parseMappingForm(form, Number(form.get("columnCount")));
  if (!parsed.ok) return { status: "invalid", message: parsed.message, fieldErrors: { mapping: parsed.message }, values: formValues(form) };
  try {
    await setImportMapping(importId, parsed.mapping);
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "error", message: "That import no longer exists. Upload the file again." };
    if (error instanceof FieldError) return { status: "error", message: error.userMessage };
    if (error instanceof ImportFileError) return { status: "error", message: error.userMessage };
    throw error;
  }
  revalidatePath(`/contacts/import/${importId}`);
  return { status: "saved", message: "Mapping saved: the preview below uses it.", values: formValues(form) };
}

export async function startImportAction(importId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const parsed = startImportSchema.safeParse({ duplicates: form.get("duplicates") });
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    const job = await startImport(importId, parsed.data.duplicates);
    // The import runs after the response is sent: the page shows its progress while it works.
    after(job.run);
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "error", message: "That import no longer exists. Upload the file again." };
    if (error instanceof FieldError) return { status: "invalid", message: error.userMessage, fieldErrors: { [error.field]: error.userMessage }, values: formValues(form) };
    throw error;
  }
  revalidatePath("/contacts");
  redirect(`/contacts/import/${importId}`);
}
