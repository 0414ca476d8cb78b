import { z } from "zod";
import { CADENCE_MESSAGE, isCadenceChoice } from "../domain/keep-in-touch";
import { MEETING_MINUTES, requiredRecord, type StageRecord } from "../domain/pipeline";
import { parseLocalDateTime } from "../domain/local-time";
import { STAGES } from "../domain/stages";
import { canonicalTimeZone } from "./settings";
import type { Stage } from "../generated/prisma/enums";

export const CHANNELS = ["EMAIL", "LINKEDIN", "PHONE", "VOICEMAIL", "LETTER", "IN_PERSON", "OTHER"] as const;
export const MEETING_MODES = ["IN_PERSON", "COFFEE", "PHONE", "VIDEO"] as const;

export const moveContactSchema = z.object({
  contactId: z.string().min(1).max(40),
  to: z.enum(STAGES, "Choose one of the six stages."),
  version: z.coerce.number().int().positive().optional(),
});

const localDateTime = (label: string) => z.string().trim().min(1, `Enter the ${label}.`);

/**
 * The zone a meeting's time was typed in (MEETING_ZONE_CHOICES, or any zone this runtime knows),
 * as its canonical name; absent or empty, the user's own zone.
 */
export const meetingTimeZoneField = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((zone, ctx) => {
    if (!zone) return undefined;
    const canonical = canonicalTimeZone(zone);
    if (!canonical) ctx.addIssue({ code: "custom", message: "Choose a time zone from the list." });
    return canonical ?? undefined;
  });

const recordSchemas = {
  outreach: z.object({
    channel: z.enum(CHANNELS, "Choose how you reached out."),
    sentAt: localDateTime("date you sent it"),
    subject: z.string().trim().max(200, "Keep the subject under 200 characters.").optional(),
    body: z.string().trim().max(5000, "Keep the message under 5,000 characters.").optional(),
  }),
  meeting: z.object({
    startsAt: localDateTime("meeting's date and time"),
    durationMinutes: z.coerce
      .number("Choose the length in minutes.")
      .int()
      .min(MEETING_MINUTES.min, `Choose ${MEETING_MINUTES.min} to ${MEETING_MINUTES.max} minutes.`)
      .max(MEETING_MINUTES.max, `Choose ${MEETING_MINUTES.min} to ${MEETING_MINUTES.max} minutes.`),
    mode: z.enum(MEETING_MODES, "Choose in person, coffee, phone or video."),
    location: z.string().trim().max(300, "Keep this under 300 characters.").optional(),
    meetingTimeZone: meetingTimeZoneField,
  }),
  meetingDone: z.object({ doneAt: localDateTime("time the meeting ended") }),
  thankYou: z.object({ channel: z.enum(CHANNELS, "Choose how you sent it."), sentAt: localDateTime("date you sent it") }),
  cadence: z.object({
    keepInTouchMonths: z.coerce
      .number("Choose how often to keep in touch.")
      .refine(isCadenceChoice, CADENCE_MESSAGE),
  }),
};

export type RecordParse = { ok: true; record: StageRecord | null } | { ok: false; fieldErrors: Record<string, string> };

/**
 * The stage record a move from `from` to `to` needs, read from the submitted fields; local
 * dates and times are read in the user's `timeZone`.
 */
export function parseStageRecord(from: Stage, to: Stage, fields: Record<string, unknown>, timeZone: string): RecordParse {
  const kind = requiredRecord(from, to);
  if (!kind) return { ok: true, record: null };
  const parsed = recordSchemas[kind].safeParse(fields);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path.join(".")] ??= issue.message;
    return { ok: false, fieldErrors };
  }
  const data = parsed.data;
  const instant = (field: string, value: string): Date | { error: Record<string, string> } =>
    parseLocalDateTime(value, timeZone) ?? { error: { [field]: "Enter a real date and time." } };
  switch (kind) {
    case "outreach": {
      const d = data as z.infer<typeof recordSchemas.outreach>;
      const sentAt = instant("sentAt", d.sentAt);
      if (!(sentAt instanceof Date)) return { ok: false, fieldErrors: sentAt.error };
      return { ok: true, record: { kind, channel: d.channel, sentAt, subject: d.subject || null, body: d.body || null } };
    }
    case "meeting": {
      const d = data as z.infer<typeof recordSchemas.meeting>;
      const zone = d.meetingTimeZone ?? timeZone;
      const startsAt = parseLocalDateTime(d.startsAt, zone);
      if (!startsAt) return { ok: false, fieldErrors: { startsAt: "Enter a real date and time." } };
      return { ok: true, record: { kind, startsAt, durationMinutes: d.durationMinutes, mode: d.mode, location: d.location || null, timeZone: zone } };
    }
    case "meetingDone": {
      const doneAt = instant("doneAt", (data as z.infer<typeof recordSchemas.meetingDone>).doneAt);
      if (!(doneAt instanceof Date)) return { ok: false, fieldErrors: doneAt.error };
      return { ok: true, record: { kind, doneAt } };
    }
    case "thankYou": {
      const d = data as z.infer<typeof recordSchemas.thankYou>;
      const sentAt = instant("sentAt", d.sentAt);
      if (!(sentAt instanceof Date)) return { ok: false, fieldErrors: sentAt.error };
      return { ok: true, record: { kind, channel: d.channel, sentAt } };
    }
    case "cadence":
      return { ok: true, record: { kind, keepInTouchMonths: (data as z.infer<typeof recordSchemas.cadence>).keepInTouchMonths } };
  }
}
