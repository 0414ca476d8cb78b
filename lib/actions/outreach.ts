"use server";
// Logging outreach from the composer, and the replies to it.
import { revalidatePath } from "next/cache";
import { now } from "../clock";
import { getContact } from "../data/contacts";
import { FieldError, NotFoundError } from "../data/errors";
import { logOutreach, setOutreachReply } from "../data/outreach";
import { requireViewer } from "../data/viewer";
import { canSend, checkDraft } from "../domain/composer";
import { parseLocalDateTime } from "../domain/local-time";
import { formValues, invalid, type FormState } from "../validation/form-state";
import { logOutreachSchema, setReplySchema } from "../validation/outreach";

export async function logOutreachAction(contactId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const parsed = logOutreachSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const viewer = await requireViewer();
  const at = now();
  const sentAt = parseLocalDateTime(parsed.data.sentAt, viewer.timeZone);
  if (!sentAt) return { status: "invalid", message: "Check the highlighted fields.", fieldErrors: { sentAt: "Enter a real date and time." }, values: formValues(form) };
  if (sentAt.getTime() > at.getTime() + 5 * 60_000) {
    return { status: "invalid", message: "Check the highlighted fields.", fieldErrors: { sentAt: "It can't have been sent in the future." }, values: formValues(form) };
  }
  // Unfilled placeholders block logging on the server too, whatever the page let through.
  const checks = checkDraft({ channel: parsed.data.channel === "LINKEDIN" ? "LINKEDIN" : parsed.data.channel === "VOICEMAIL" ? "VOICEMAIL" : "EMAIL", subject: parsed.data.subject, body: parsed.data.body });
  if (!canSend(checks)) {
    const blocking = checks.find((c) => !c.ok && c.blocking)!;
    return { status: "invalid", message: blocking.message, fieldErrors: { body: blocking.message }, values: formValues(form) };
  }
  try {
    const contact = await getContact(contactId);
    await logOutreach(contactId, { channel: parsed.data.channel, sentAt, subject: parsed.data.subject || null, body: parsed.data.body }, at);
    revalidatePath(`/contacts/${contactId}`);
    revalidatePath("/today");
    revalidatePath("/pipeline");
    return { status: "saved", message: `Logged your message to ${contact.name}. Rapport will remind you to follow up.` };
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "error", message: "That contact no longer exists." };
    if (error instanceof FieldError) return { status: "invalid", message: error.userMessage, fieldErrors: { [error.field]: error.userMessage }, values: formValues(form) };
    throw error;
  }
}

export async function setReplyAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = setReplySchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const viewer = await requireViewer();
  const at = now();
  const repliedAt = parsed.data.repliedAt ? parseLocalDateTime(parsed.data.repliedAt, viewer.timeZone) : at;
  if (!repliedAt) return { status: "invalid", message: "Check the highlighted fields.", fieldErrors: { repliedAt: "Enter a real date and time." }, values: formValues(form) };
  try {
    await setOutreachReply(parsed.data.attemptId, parsed.data.replyStatus, repliedAt, at);
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "error", message: "That message no longer exists." };
    throw error;
  }
  revalidatePath("/today");
  revalidatePath("/pipeline");
  revalidatePath("/contacts/[contactId]", "page");
  return { status: "saved", message: parsed.data.replyStatus === "NO_REPLY" ? "Marked as not answered yet." : "Reply logged: the follow-up reminders are cleared." };
}
