"use server";
// Running a career centre: create one, create cohorts and renew their codes, renew the staff
// invitation, make staff admins (or staff again), remove staff, and accept a staff invitation. Each validates, then the data layer
// authenticates and authorises against the viewer's membership of the centre.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  acceptStaffInvite,
  changeStaffRole,
  createCareerCentre,
  createCohort,
  regenerateCohortCode,
  regenerateStaffInvite,
  removeStaffMember,
} from "../data/career-centres";
import { FieldError, NotFoundError } from "../data/errors";
import {
  acceptStaffInviteSchema,
  centreIdSchema,
  changeStaffRoleSchema,
  createCentreSchema,
  createCohortSchema,
  regenerateCohortCodeSchema,
  removeStaffSchema,
} from "../validation/career-centres";
import { formValues, invalid, type FormState } from "../validation/form-state";

/** A refusal the data layer explains (on a field, or "form" for the whole form), or rethrows. */
function refused(error: unknown, form: FormData, notFound: string): FormState {
  if (error instanceof FieldError) {
    return { status: "invalid", message: error.userMessage, fieldErrors: { [error.field]: error.userMessage }, values: formValues(form) };
  }
  if (error instanceof NotFoundError) return { status: "error", message: notFound, values: formValues(form) };
  throw error;
}

const GONE = "That centre or cohort is not one you manage any more. Reload the page.";

function revalidateCentre(centreId: string) {
  revalidatePath(`/centres/${centreId}`);
  revalidatePath("/centres");
  revalidatePath("/cohorts");
}

export async function createCareerCentreAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = createCentreSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const centre = await createCareerCentre(parsed.data.name);
  revalidatePath("/centres");
  revalidatePath("/settings");
  redirect(`/centres/${centre.id}?created=1`);
}

export async function createCohortAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = createCohortSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  let cohort: Awaited<ReturnType<typeof createCohort>>;
  try {
    cohort = await createCohort(parsed.data.centreId, { name: parsed.data.name, term: parsed.data.term });
  } catch (error) {
    return refused(error, form, GONE);
  }
  revalidateCentre(parsed.data.centreId);
  // No values echoed: the form empties for the next cohort.
  return { status: "saved", message: `${cohort.name} created. Its invite code is ${cohort.inviteCode}.` };
}

export async function regenerateCohortCodeAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = regenerateCohortCodeSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  let result: Awaited<ReturnType<typeof regenerateCohortCode>>;
  try {
    result = await regenerateCohortCode(parsed.data.centreId, parsed.data.cohortId);
  } catch (error) {
    return refused(error, form, GONE);
  }
  revalidateCentre(parsed.data.centreId);
  return { status: "saved", message: `New code for ${result.name}: ${result.inviteCode}. The old code no longer works.` };
}

export async function regenerateStaffInviteAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = centreIdSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await regenerateStaffInvite(parsed.data.centreId);
  } catch (error) {
    return refused(error, form, GONE);
  }
  revalidateCentre(parsed.data.centreId);
  return { status: "saved", message: "New staff invitation link made. The old link no longer works." };
}

export async function removeStaffMemberAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = removeStaffSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  let result: Awaited<ReturnType<typeof removeStaffMember>>;
  try {
    result = await removeStaffMember(parsed.data.centreId, parsed.data.membershipId);
  } catch (error) {
    return refused(error, form, "That person is no longer on this centre's staff. Reload the page.");
  }
  revalidateCentre(parsed.data.centreId);
  // Someone who removed themselves can no longer open the centre's page.
  if (result.removedSelf) redirect("/centres?left=1");
  return { status: "saved", message: `${result.name} is no longer on the staff.` };
}

export async function changeStaffRoleAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = changeStaffRoleSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  let result: Awaited<ReturnType<typeof changeStaffRole>>;
  try {
    result = await changeStaffRole(parsed.data.centreId, parsed.data.membershipId, parsed.data.role);
  } catch (error) {
    return refused(error, form, "That person is no longer on this centre's staff. Reload the page.");
  }
  revalidateCentre(parsed.data.centreId);
  const who = result.changedSelf ? "You are" : `${result.name} is`;
  return { status: "saved", message: result.role === "ADMIN" ? `${who} now an admin.` : `${who} now staff, no longer an admin.` };
}

export async function acceptStaffInviteAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = acceptStaffInviteSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error, form);
  let result: Awaited<ReturnType<typeof acceptStaffInvite>>;
  try {
    result = await acceptStaffInvite(parsed.data.code);
  } catch (error) {
    return refused(error, form, "This staff invitation link no longer works. Ask the centre's admin for a new one.");
  }
  revalidateCentre(result.centreId);
  revalidatePath("/settings");
  redirect(`/centres/${result.centreId}${result.joined ? "?joined=1" : ""}`);
}
