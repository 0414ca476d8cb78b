import { z } from "zod";
import { INTERVIEW_FLAGS } from "../domain/interview";
import { contactFieldsSchema } from "./contacts";

const id = z.string().min(1).max(40);
/** Ids the browser makes for rows it may have to send twice (offline): resending never duplicates. */
const clientId = z.uuid("A draft id is a UUID.");

export const ANSWER_MAX = 10_000;

export const saveAnswerSchema = z.object({
  agendaItemId: id,
  body: z.string().max(ANSWER_MAX, `Keep an answer under ${ANSWER_MAX.toLocaleString("en-US")} characters.`),
});

export const setFlagSchema = z.object({
  meetingId: id,
  flag: z.enum(INTERVIEW_FLAGS),
  value: z.boolean(),
});

export const addTakeawaySchema = z.object({
  meetingId: id,
  id: clientId,
  body: z.string().trim().min(1, "Write the takeaway first.").max(2000, "Keep a takeaway under 2,000 characters."),
});

export const addQuestionSchema = z.object({
  meetingId: id,
  text: z.string().trim().min(1, "Write the question first.").max(500, "Keep a question under 500 characters."),
});

/** A local date (the viewer's zone) for an action item, or nothing. */
export const addActionItemSchema = z.object({
  text: z.string().trim().min(1, "Write what you will do.").max(500, "Keep it under 500 characters."),
  dueOn: z
    .string()
    .trim()
    .refine((v) => v === "" || /^\d{4}-\d{2}-\d{2}$/.test(v), "Enter a date like 2026-12-01.")
    .optional()
    .transform((v) => v || null),
});

export const RESOURCE_KINDS = ["ORGANISATION", "EVENT", "PUBLICATION", "OTHER"] as const;
export const RESOURCE_KIND_LABELS: Record<(typeof RESOURCE_KINDS)[number], string> = {
  ORGANISATION: "Organisation",
  EVENT: "Event",
  PUBLICATION: "Publication",
  OTHER: "Other",
};

export const addResourceSchema = z.object({
  kind: z.enum(RESOURCE_KINDS, "Choose organisation, event, publication or other."),
  title: z.string().trim().min(1, "Name the resource.").max(200, "Keep it under 200 characters."),
  url: z
    .string()
    .trim()
    .max(500, "Keep the link under 500 characters.")
    .refine((v) => v === "" || /^https?:\/\/\S+$/i.test(v), "Enter a link starting with https://, or leave it empty.")
    .optional()
    .transform((v) => v || null),
});

export const addReferralSchema = contactFieldsSchema.pick({ name: true, title: true, employer: true, email: true, notes: true });
export type ReferralInput = z.infer<typeof addReferralSchema>;

export const toggleSchema = z.object({ id, done: z.boolean() });
export const removeSchema = z.object({ id });

export const markDoneSchema = z.object({ doneAt: z.string().trim().min(1, "Enter the time the meeting ended.") });

/**
 * Marking a meeting done, with the explicit choice that it happened earlier than planned (a checkbox,
 * sent as "on") and then when it started, which that choice requires. Without the choice a start
 * sent along is ignored: the box decides, not a leftover field.
 */
export const markMeetingDoneSchema = markDoneSchema
  .extend({
    heldEarlier: z.literal("on", "Reload the page and try again.").optional(),
    startedAt: z.string().trim().max(40, "Enter a real date and time.").optional(),
  })
  .superRefine((value, ctx) => {
    if (value.heldEarlier && !value.startedAt) ctx.addIssue({ code: "custom", path: ["startedAt"], message: "Enter the time the meeting started." });
  })
  .transform(({ doneAt, heldEarlier, startedAt }) => ({ doneAt, startedAt: heldEarlier ? (startedAt ?? null) : null }));
export type MarkMeetingDoneInput = z.infer<typeof markMeetingDoneSchema>;

/** The corrected end, and the meeting's version the form was loaded with (a hidden field). */
export const changeMeetingEndSchema = markDoneSchema.extend({ version: z.coerce.number().int().positive() });

/** What an autosave action answers: small, never a redirect. */
export type SaveResult = { ok: true; savedAt?: string } | { ok: false; message: string; retry: boolean };
