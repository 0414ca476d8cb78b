"use server";
// The user's own templates: create, edit, customize a built-in into an own copy, delete and undo.
// Built-ins are read-only: the data layer refuses them whatever the page offered.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { FieldError, NotFoundError } from "../data/errors";
import { createTemplate, deleteTemplate, duplicateTemplate, updateTemplate } from "../data/templates";
import { formValues, invalid, type FormState } from "../validation/form-state";
import { templateFormInput, templateSchema } from "../validation/templates";

function revalidateTemplates() {
  revalidatePath("/templates");
  // The composer's template picker lists them too.
  revalidatePath("/contacts/[contactId]/compose", "page");
}

function refused(error: unknown, form?: FormData): FormState {
  if (error instanceof NotFoundError) return { status: "error", message: "That template no longer exists." };
  if (error instanceof FieldError) return { status: "error", message: error.userMessage, values: form ? formValues(form) : undefined };
  throw error;
}

export async function createTemplateAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = templateSchema.safeParse(templateFormInput(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const { id } = await createTemplate(parsed.data);
  revalidateTemplates();
  redirect(`/templates?saved=${encodeURIComponent(id)}`);
}

export async function updateTemplateAction(templateId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const parsed = templateSchema.safeParse(templateFormInput(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await updateTemplate(templateId, parsed.data);
  } catch (error) {
    return refused(error, form);
  }
  revalidateTemplates();
  redirect(`/templates?saved=${encodeURIComponent(templateId)}`);
}

/** "Customize": an own copy of a built-in, opened for editing. */
export async function duplicateTemplateAction(templateId: string): Promise<FormState> {
  let copy: { id: string };
  try {
    copy = await duplicateTemplate(templateId);
  } catch (error) {
    return refused(error);
  }
  revalidateTemplates();
  redirect(`/templates/${copy.id}/edit?copied=1`);
}

/** Deletes an own template; the returned values are what "Undo" sends back to restore it. */
export async function deleteTemplateAction(templateId: string): Promise<FormState> {
  let deleted;
  try {
    deleted = await deleteTemplate(templateId);
  } catch (error) {
    return refused(error);
  }
  revalidateTemplates();
  return {
    status: "saved",
    message: `Deleted “${deleted.name}”.`,
    values: { kind: deleted.kind, name: deleted.name, subject: deleted.subject ?? "", body: deleted.body },
  };
}

/** Undo of a delete: the same content saved again as an own template, checked like any other. */
export async function restoreTemplateAction(values: Record<string, string>): Promise<FormState> {
  const form = new FormData();
  const given: Record<string, unknown> = values && typeof values === "object" ? values : {};
  for (const key of ["kind", "name", "subject", "body"]) form.set(key, typeof given[key] === "string" ? given[key] : "");
  const parsed = templateSchema.safeParse(templateFormInput(form));
  if (!parsed.success) return { status: "error", message: "That template can’t be restored. Create it again from New template." };
  await createTemplate(parsed.data);
  revalidateTemplates();
  return { status: "saved", message: `Undone: “${parsed.data.name}” is back.` };
}
