// Running a career centre: creating one, its cohorts, and the staff invitation.
import { z } from "zod";
import { isStaffInviteCode, normaliseCode } from "../domain/invite-codes";

const id = (what: string) => z.string({ error: `Missing ${what}.` }).trim().min(1, `Missing ${what}.`).max(64, `Unknown ${what}.`);

export const createCentreSchema = z.object({
  name: z
    .string({ error: "Enter the career centre's name." })
    .trim()
    .min(1, "Enter the career centre's name.")
    .min(3, "Use at least 3 characters.")
    .max(100, "Keep the name under 100 characters."),
});
export type CreateCentreInput = z.infer<typeof createCentreSchema>;

export const createCohortSchema = z.object({
  centreId: id("centre"),
  name: z
    .string({ error: "Name the cohort, e.g. Communications Fall 2026." })
    .trim()
    .min(1, "Name the cohort, e.g. Communications Fall 2026.")
    .max(100, "Keep the name under 100 characters."),
  // Optional: a programme may run across terms.
  term: z
    .string()
    .trim()
    .max(40, "Keep the term under 40 characters.")
    .optional()
    .transform((term) => (term ? term : null)),
});
export type CreateCohortInput = z.infer<typeof createCohortSchema>;

export const regenerateCohortCodeSchema = z.object({ centreId: id("centre"), cohortId: id("cohort") });
export const centreIdSchema = z.object({ centreId: id("centre") });
export const removeStaffSchema = z.object({ centreId: id("centre"), membershipId: id("staff member") });
export const changeStaffRoleSchema = removeStaffSchema.extend({ role: z.enum(["ADMIN", "STAFF"], { error: "Choose admin or staff." }) });

/** A staff invite code as pasted or typed, canonical when valid. */
export const staffInviteCodeSchema = z
  .string({ error: "This staff invitation link is incomplete." })
  .trim()
  .max(80, "This staff invitation link is incomplete.")
  .transform(normaliseCode)
  .refine(isStaffInviteCode, "This staff invitation link is incomplete. Copy the whole link again from your centre's admin.");

export const acceptStaffInviteSchema = z.object({ code: staffInviteCodeSchema });
