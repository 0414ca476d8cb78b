"use server";
// Creating, editing, archiving and deleting contacts, one at a time or in bulk.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { now } from "../clock";
import {
  createContact,
  deleteContact,
  findDuplicateContacts,
  getContact,
  setContactArchived,
  setContactsArchived,
  tagContacts,
  updateContact,
  type ContactDetail,
} from "../data/contacts";
import { ConflictError, FieldError, NotFoundError } from "../data/errors";
import { moveContact } from "../data/pipeline";
import { requireViewer } from "../data/viewer";
import { recordClockErrors, requiredRecord } from "../domain/pipeline";
import { STAGE_LABELS } from "../domain/stages";
import { CONTACT_FIELD_LABELS, contactFieldsSchema, contactFormInput, contactFormValue, parseTags, TAG_MAX_LENGTH, TAGS_PER_CONTACT, type ContactFields } from "../validation/contacts";
import { formValues, invalid, type FormState } from "../validation/form-state";
import { moveContactSchema, parseStageRecord } from "../validation/pipeline";
import { z } from "zod";

export async function createContactAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = contactFieldsSchema.safeParse(contactFormInput(form));
  if (!parsed.success) return invalid(parsed.error, form);
  if (form.get("confirmDuplicate") !== "yes") {
    const duplicates = await findDuplicateContacts(parsed.data.email, parsed.data.linkedinUrl);
    if (duplicates.length) {
      const same = duplicates[0]!;
      const field = parsed.data.email && same.email?.toLowerCase() === parsed.data.email ? "email" : "linkedinUrl";
      return {
        status: "invalid",
        message: `You already have ${same.name} with this ${field === "email" ? "email" : "LinkedIn URL"}. Open that contact, or save this one anyway.`,
        fieldErrors: { [field]: `Same ${field === "email" ? "email" : "LinkedIn URL"} as ${same.name}.` },
        duplicates: duplicates.map(({ id, name, employer }) => ({ id, name, employer })),
        values: formValues(form),
      };
    }
  }
  const key = form.get("idempotencyKey");
  const idempotencyKey = typeof key === "string" && /^[A-Za-z0-9-]{8,100}$/.test(key) ? key : undefined;
  const { id } = await createContact(parsed.data, idempotencyKey);
  revalidatePath("/contacts");
  revalidatePath("/pipeline");
  redirect(`/contacts/${id}`);
}

export async function updateContactAction(contactId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const parsed = contactFieldsSchema.safeParse(contactFormInput(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const version = Number(form.get("version"));
  if (!Number.isInteger(version) || version < 1) return { status: "error", message: "Reload the page and try again.", values: formValues(form) };
  try {
    await updateContact(contactId, version, parsed.data);
  } catch (error) {
    if (error instanceof ConflictError) {
      const current = error.current as ContactDetail;
      return {
        status: "conflict",
        message: "Someone saved this contact since you opened it (another tab or device). Their changes are below; your edits are still in the form. Save again to keep yours.",
        changes: changedSince(loadedValues(form), current),
        version: current.version,
        values: formValues(form),
      };
    }
    if (error instanceof NotFoundError) return { status: "error", message: "That contact no longer exists." };
    throw error;
  }
  revalidatePath(`/contacts/${contactId}`);
  revalidatePath("/contacts");
  revalidatePath("/pipeline");
  return { status: "saved", message: "Saved." };
}

/** The values the form was opened with, sent back as JSON in the hidden `loaded` field. */
function loadedValues(form: FormData): Record<string, string> {
  try {
    const parsed = z.record(z.string(), z.string()).safeParse(JSON.parse(String(form.get("loaded") ?? "{}")));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Fields whose stored value differs from what this form loaded: what the other save changed. */
function changedSince(loaded: Record<string, string>, current: ContactDetail) {
  const changes: { field: string; label: string; value: string }[] = [];
  for (const [field, label] of Object.entries(CONTACT_FIELD_LABELS) as [keyof ContactFields, string][]) {
    const value = contactFormValue(field, current[field]);
    if (field in loaded && loaded[field] !== value) changes.push({ field, label, value: value || "(empty)" });
  }
  return changes;
}

export async function setContactArchivedAction(contactId: string, archived: boolean): Promise<FormState> {
  try {
    await setContactArchived(contactId, archived);
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "error", message: "That contact no longer exists." };
    throw error;
  }
  revalidatePath("/contacts");
  revalidatePath("/pipeline");
  revalidatePath(`/contacts/${contactId}`);
  return { status: "saved", message: archived ? "Archived." : "Restored." };
}

export async function deleteContactAction(contactId: string): Promise<FormState> {
  try {
    await deleteContact(contactId);
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "error", message: "That contact no longer exists." };
    throw error;
  }
  revalidatePath("/contacts");
  revalidatePath("/pipeline");
  redirect("/contacts?deleted=1");
}

const bulkSchema = z.object({
  operation: z.enum(["tag", "untag", "archive", "restore", "move"], "Choose what to do with the selected contacts."),
  contactIds: z.array(z.string().min(1).max(40)).min(1, "Select at least one contact.").max(500, "Select at most 500 contacts at a time."),
});

export async function bulkContactsAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = bulkSchema.safeParse({ operation: form.get("operation"), contactIds: form.getAll("contactIds") });
  if (!parsed.success) return invalid(parsed.error, form);
  const { operation, contactIds } = parsed.data;
  let message: string;
  const skipped: NonNullable<FormState["skipped"]> = [];

  if (operation === "tag" || operation === "untag") {
    const [tag] = parseTags(form.get("tag"));
    if (!tag) return { status: "invalid", message: "Enter a tag.", fieldErrors: { tag: "Enter a tag." }, values: formValues(form) };
    if (tag.length > TAG_MAX_LENGTH) {
      const tooLong = `Keep a tag to ${TAG_MAX_LENGTH} characters.`;
      return { status: "invalid", message: tooLong, fieldErrors: { tag: tooLong }, values: formValues(form) };
    }
    const { changed, full } = await tagContacts(contactIds, tag, operation === "untag");
    message = `${operation === "tag" ? "Tagged" : "Untagged"} ${changed} contact${changed === 1 ? "" : "s"} “${tag}”.`;
    if (full) message += ` ${full} already ha${full === 1 ? "s" : "ve"} ${TAGS_PER_CONTACT} tags, the most a contact can have.`;
  } else if (operation === "archive" || operation === "restore") {
    const changed = await setContactsArchived(contactIds, operation === "archive");
    message = `${operation === "archive" ? "Archived" : "Restored"} ${changed} contact${changed === 1 ? "" : "s"}.`;
  } else {
    const target = moveContactSchema.shape.to.safeParse(form.get("to"));
    if (!target.success) return { status: "invalid", message: "Choose a stage.", fieldErrors: { to: "Choose a stage." }, values: formValues(form) };
    const viewer = await requireViewer();
    // The record a forward move into the target stage needs, checked before anything moves.
    const fields = Object.fromEntries(form);
    const record = parseStageRecord("FIND", target.data, fields, viewer.timeZone);
    // One "now" for the whole batch, from the app's clock as the board's move reads it.
    const at = now();
    // A date the clock alone refuses (a meeting time that has passed) is the form's error, said
    // beside the others at once, not a skipped row for every contact.
    const kind = requiredRecord("FIND", target.data);
    const clockErrors = kind ? recordClockErrors(kind, fields, viewer.timeZone, at) : {};
    if (!record.ok || Object.keys(clockErrors).length > 0) {
      return { status: "invalid", message: "Check the highlighted fields.", fieldErrors: { ...clockErrors, ...(record.ok ? {} : record.fieldErrors) }, values: formValues(form) };
    }
    let moved = 0;
    // Each contact moves in its own transaction: one refusal does not undo the others, and the
    // result lists every contact that did not move, with its reason.
    for (const contactId of contactIds) {
      try {
        const contact = await getContact(contactId);
        if (contact.stage === target.data) continue;
        await moveContact(contactId, target.data, requiredRecord(contact.stage, target.data) ? record.record : null, undefined, at);
        moved++;
      } catch (error) {
        if (error instanceof FieldError) skipped.push({ id: contactId, name: await contactName(contactId), reason: error.userMessage });
        else if (error instanceof NotFoundError) skipped.push({ id: contactId, name: "A contact", reason: "It no longer exists." });
        else throw error;
      }
    }
    message = `Moved ${moved} contact${moved === 1 ? "" : "s"} to ${STAGE_LABELS[target.data]}.`;
    revalidatePath("/today");
  }
  revalidatePath("/contacts");
  revalidatePath("/pipeline");
  return { status: "saved", message, skipped };
}

async function contactName(contactId: string): Promise<string> {
  try {
    return (await getContact(contactId)).name;
  } catch {
    return "A contact";
  }
}
