// Joining a cohort and choosing what its career-centre staff may see.
import { z } from "zod";
import { normaliseCode } from "../domain/invite-codes";

export const CONSENT_LEVELS = ["NONE", "PROGRESS", "CONTACTS"] as const;

export const inviteCodeSchema = z
  .string({ error: "Enter the invite code your career centre gave you." })
  .trim()
  .min(1, "Enter the invite code your career centre gave you.")
  .max(40, "That is too long for an invite code.")
  // Any case, with or without the dash or spaces: "k7qm 2xpa" → "K7QM-2XPA".
  .transform(normaliseCode)
  .refine((code) => /^[A-Z0-9]{4}-[A-Z0-9]{4}$/.test(code), "Invite codes look like K7QM-2XPA: eight letters and digits.");

export const findCohortSchema = z.object({ code: inviteCodeSchema });

const consentSchema = z.enum(CONSENT_LEVELS, { error: "Choose what staff may see." });

export const joinCohortSchema = z.object({ code: inviteCodeSchema, consent: consentSchema });
export type JoinCohortInput = z.infer<typeof joinCohortSchema>;

export const changeConsentSchema = z.object({ cohortId: z.string().min(1), consent: consentSchema });
export const leaveCohortSchema = z.object({ cohortId: z.string().min(1) });

export const shareNoteSchema = z.object({ noteId: z.string().min(1), shared: z.enum(["1", "0"]).transform((v) => v === "1") });
