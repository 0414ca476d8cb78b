"use server";
// Logging outreach from the composer, and the replies to it.
import { revalidatePath } from "next/cache";
import { now } from "../clock";
import { getContact } from "../data/contacts";
import { FieldError, NotFoundError } from "../data/errors";
import { logTouch } from "../data/keep-in-touch";
import { logOutreach, setOutreachReply } from "../data/outreach";
import { logThankYou } from "../data/thank-you";
import { requireViewer } from "../data/viewer";
import { canSend, checkDraft } from "../domain/composer";
import type { Channel } from "../generated/prisma/enums";
import { CLOCK_SLACK_MS, parseLocalDateTime } from "../domain/local-time";
import { formValues, invalid, type FormState } from "../validation/form-state";
import { logOutreachSchema, setReplySchema } from "../validation/outreach";

type ParsedMessage = { ok: true; channel: Channel; sentAt: Date; subject: string | null; body: string; at: Date } | { ok: false; state: FormState };

/** The shared part of logging any message: fields, a real past time, and no unfilled placeholder. */
async function readMessage(form: FormData): Promise<ParsedMessage> {
  const parsed = logOutreachSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, state: invalid(parsed.error, form) };
  const viewer = await requireViewer();
  const at = now();
  const sentAt = parseLocalDateTime(parsed.data.sentAt, viewer.timeZone);
  if (!sentAt) return { ok: false, state: { status: "invalid", message: "Check the highlighted fields.", fieldErrors: { sentAt: "Enter a real date and time." }, values: formValues(form) } };
  if (sentAt.getTime() > at.getTime() + CLOCK_SLACK_MS) {
    return { ok: false, state: { status: "invalid", message: "Check the highlighted fields.", fieldErrors: { sentAt: "It can't have been sent in the future." }, values: formValues(form) } };
  }
  // Unfilled placeholders block logging on the server too, whatever the page let through.
  const checks = checkDraft({ channel: parsed.data.channel === "LINKEDIN" ? "LINKEDIN" : parsed.data.channel === "VOICEMAIL" ? "VOICEMAIL" : "EMAIL", subject: parsed.data.subject, body: parsed.data.body });
  if (!canSend(checks)) {
    const blocking = checks.find((c) => !c.ok && c.blocking)!;
    return { ok: false, state: { status: "invalid", message: blocking.message, fieldErrors: { body: blocking.message }, values: formValues(form) } };
  }
  return { ok: true, channel: parsed.data.channel, sentAt, subject: parsed.data.subject || null, body: parsed.data.body, at };
}

function refused(error: unknown, form: FormData): FormState {
  if (error instanceof NotFoundError) return { status: "error", message: "That contact no longer exists." };
  // The reason shows on its field; the alert above the form only points there rather than repeat it.
  if (error instanceof FieldError) return { status: "invalid", message: "Check the highlighted field.", fieldErrors: { [error.field]: error.userMessage }, values: formValues(form) };
  throw error;
}

function revalidateContact(contactId: string) {
  revalidatePath(`/contacts/${contactId}`);
  revalidatePath("/today");
  revalidatePath("/pipeline");
}

export async function logOutreachAction(contactId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const message = await readMessage(form);
  if (!message.ok) return message.state;
  try {
    const contact = await getContact(contactId);
    await logOutreach(contactId, { channel: message.channel, sentAt: message.sentAt, subject: message.subject, body: message.body }, message.at);
    revalidateContact(contactId);
    return { status: "saved", message: `Logged your message to ${contact.name}. Rapport will remind you to follow up.` };
  } catch (error) {
    return refused(error, form);
  }
}

/** Logs the thank-you; from `interviewed` the contact moves to `thanked`. A late one is logged, and said to be late. */
export async function logThankYouAction(contactId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const message = await readMessage(form);
  if (!message.ok) return message.state;
  try {
    const contact = await getContact(contactId);
    const timing = await logThankYou(contactId, { channel: message.channel, sentAt: message.sentAt, subject: message.subject, body: message.body }, message.at);
    revalidateContact(contactId);
    const when = timing.late && timing.hoursAfter !== null ? ` It went ${timing.hoursAfter} hours after the meeting, so it is recorded as late: still far better than none.` : "";
    return { status: "saved", message: `Logged your thank-you to ${contact.name}.${when}` };
  } catch (error) {
    return refused(error, form);
  }
}

/** Logs a keep-in-touch note: it resets the contact's cadence. */
export async function logTouchAction(contactId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const message = await readMessage(form);
  if (!message.ok) return message.state;
  try {
    const contact = await getContact(contactId);
    await logTouch(contactId, { channel: message.channel, sentAt: message.sentAt, subject: message.subject, body: message.body }, message.at);
    revalidateContact(contactId);
    return { status: "saved", message: `Logged your note to ${contact.name}. The keep-in-touch clock starts again.` };
  } catch (error) {
    return refused(error, form);
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
