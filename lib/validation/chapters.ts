// Chapters: the shared list's forms (propose, officers' settings, outcomes), the list's URL filters,
// and creating, joining and running a chapter.
import { z } from "zod";
import { RESTRICTABLE_FIELDS, type DirectoryFilter, type SharedStatusValue } from "../domain/chapters";
import { meetingTimeFieldsSchema } from "./meetings";

export const SHARED_STATUSES = ["PROPOSED", "OPEN", "LIMITED", "CLOSED", "DO_NOT_CONTACT"] as const satisfies readonly SharedStatusValue[];
export const SETTABLE_STATUSES = ["OPEN", "LIMITED", "CLOSED", "DO_NOT_CONTACT"] as const;
export const CLAIM_OUTCOMES = ["CONTACTED", "MET", "NO_REPLY"] as const;
export const CHANNELS = ["EMAIL", "LINKEDIN", "PHONE", "VOICEMAIL", "LETTER", "IN_PERSON", "OTHER"] as const;

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} is too long (at most ${max} characters).`)
    .optional()
    .transform((v) => (v ? v : null));

const idField = z.string().trim().min(1);

export const sharedContactIdSchema = z.object({ sharedContactId: idField });

export const reportOutcomeSchema = z.object({
  sharedContactId: idField,
  outcome: z.enum(CLAIM_OUTCOMES, { error: "Choose what happened: contacted, met or no reply." }),
});

const officerOnlySchema = z.array(z.enum(RESTRICTABLE_FIELDS)).default([]);

export const proposeSharedSchema = z.object({
  organisationId: idField,
  name: z.string({ error: "Enter the professional's name." }).trim().min(1, "Enter the professional's name.").max(120, "Name is too long (at most 120 characters)."),
  title: optionalText(120, "Title"),
  employer: optionalText(120, "Employer"),
  topics: z
    .string()
    .optional()
    .transform((v) => [...new Set((v ?? "").split(",").map((t) => t.trim()).filter(Boolean))])
    .refine((topics) => topics.length <= 12, "At most 12 topics.")
    .refine((topics) => topics.every((t) => t.length <= 60), "Each topic at most 60 characters."),
  preferredChannel: z
    .union([z.literal(""), z.enum(CHANNELS)], { error: "Choose a channel from the list." })
    .optional()
    .transform((v) => (v ? v : null)),
  chapterRelation: optionalText(300, "How they know the chapter"),
  email: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || z.email().safeParse(v).success, "Enter an email address like name@example.com."),
  phone: optionalText(40, "Phone"),
  linkedinUrl: z
    .string()
    .trim()
    .max(300)
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || /^https?:\/\/([a-z0-9-]+\.)*linkedin\.com\//i.test(v), "Enter a LinkedIn address starting with https://www.linkedin.com/."),
  officerOnly: officerOnlySchema,
});
export type ProposeSharedInput = z.infer<typeof proposeSharedSchema>;

const wholeNumber = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${label} must be a whole number.` })
    .int(`${label} must be a whole number.`)
    .min(min, `${label} must be at least ${min}.`)
    .max(max, `${label} must be at most ${max}.`);

export const sharedSettingsSchema = z.object({
  sharedContactId: idField,
  status: z.enum(SETTABLE_STATUSES, { error: "Choose a status." }),
  capPerTerm: wholeNumber("The cap", 1, 50),
  cooldownDays: wholeNumber("The cool-down", 0, 365),
  officerOnly: officerOnlySchema,
});

export const reviewProposalSchema = z.object({ sharedContactId: idField, decision: z.enum(["approve", "reject"]) });

export const createChapterSchema = z.object({
  name: z.string({ error: "Name your chapter." }).trim().min(3, "Use at least 3 characters.").max(80, "At most 80 characters."),
});

export const joinChapterSchema = z.object({
  code: z.string({ error: "Enter the invite code from your chapter." }).trim().min(1, "Enter the invite code from your chapter.").max(60, "That is too long for an invite code."),
});

export const chapterRoleSchema = z.object({ organisationId: idField, userId: idField, role: z.enum(["MEMBER", "OFFICER"]) });
export const leaveChapterSchema = z.object({ organisationId: idField });

/** Lists from FormData (checkbox groups) next to the single values. */
export function formObject(form: FormData, lists: string[] = ["officerOnly"]): Record<string, unknown> {
  const values: Record<string, unknown> = Object.fromEntries(form);
  for (const key of lists) values[key] = form.getAll(key).filter((v): v is string => typeof v === "string");
  return values;
}

// ---------------------------------------------------------------------------
// The list's filters, in the URL
// ---------------------------------------------------------------------------

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function param(params: Params, key: string): string | undefined {
  const raw = params instanceof URLSearchParams ? params.get(key) : params[key];
  const value = Array.isArray(raw) ? raw[0] : raw;
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, 120) : undefined;
}

/** Unknown or malformed values are dropped, never an error: a stale bookmark still opens the list. */
export function parseDirectoryParams(params: Params): DirectoryFilter {
  const status = param(params, "status")?.toUpperCase();
  return {
    q: param(params, "q"),
    topic: param(params, "topic"),
    employer: param(params, "employer"),
    status: (SHARED_STATUSES as readonly string[]).includes(status ?? "") ? (status as SharedStatusValue) : undefined,
  };
}

export function hasDirectoryFilters(filter: DirectoryFilter): boolean {
  return Boolean(filter.q || filter.topic || filter.employer || filter.status);
}

export function directoryHref(filter: DirectoryFilter): string {
  const search = new URLSearchParams();
  if (filter.q) search.set("q", filter.q);
  if (filter.topic) search.set("topic", filter.topic);
  if (filter.employer) search.set("employer", filter.employer);
  if (filter.status) search.set("status", filter.status.toLowerCase());
  const query = search.toString();
  return query ? `/chapter?${query}` : "/chapter";
}

// ---------------------------------------------------------------------------
// Group meetings
// ---------------------------------------------------------------------------

export const scheduleGroupMeetingSchema = meetingTimeFieldsSchema.extend({
  organisationId: idField,
  title: z.string({ error: "Give the meeting a title." }).trim().min(3, "Give the meeting a title.").max(120, "At most 120 characters."),
  sharedContactId: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((v) => (v ? v : null)),
  employer: optionalText(120, "Employer"),
  memberIds: z.array(z.string().trim().min(1).max(40)).max(500).default([]),
});

export const RSVP_CHOICES = ["GOING", "MAYBE", "NOT_GOING"] as const;
export const RSVP_LABELS = { GOING: "Going", MAYBE: "Maybe", NOT_GOING: "Not going", INVITED: "Not answered" } as const;

export const rsvpSchema = z.object({ meetingId: idField, rsvp: z.enum(RSVP_CHOICES, { error: "Choose going, maybe or not going." }) });
export const groupNotesSchema = z.object({ meetingId: idField, body: z.string().trim().max(10_000, "Keep your notes under 10,000 characters.") });
const endedField = z
  .string()
  .trim()
  .max(40, "Enter a real date and time.")
  .optional()
  .transform((v) => v || null);
const attendedField = z.array(z.string().trim().min(1).max(40)).max(500, "Tick at most 500 members.").default([]);

/**
 * When it ended, as typed in the officer's zone; left empty, its scheduled end (or now, if that is
 * earlier). `attended`: the members ticked as having gone, when the form listed them (`attendance`
 * present: nobody ticked is an answer too); without the list, those who said going.
 */
export const markGroupDoneSchema = z
  .object({
    meetingId: idField,
    doneAt: endedField,
    attendance: z.literal("listed").optional(),
    attended: attendedField,
    // "It happened earlier than planned" (a checkbox) and then when it started, as for one's own meeting.
    heldEarlier: z.literal("on", "Reload the page and try again.").optional(),
    startedAt: z.string().trim().max(40, "Enter a real date and time.").optional(),
  })
  .superRefine((value, ctx) => {
    if (value.heldEarlier && !value.startedAt) ctx.addIssue({ code: "custom", path: ["startedAt"], message: "Enter the time the meeting started." });
    if (value.heldEarlier && !value.doneAt) ctx.addIssue({ code: "custom", path: ["doneAt"], message: "Enter the time the meeting ended." });
  })
  .transform(({ attendance, attended, heldEarlier, startedAt, ...rest }) => ({
    ...rest,
    attended: attendance ? attended : null,
    startedAt: heldEarlier ? (startedAt ?? null) : null,
  }));
/** A meeting already marked done, corrected: when it ended (empty: as recorded) and who went (none ticked: nobody). */
export const correctGroupMeetingSchema = z.object({ meetingId: idField, doneAt: endedField, attended: attendedField });
