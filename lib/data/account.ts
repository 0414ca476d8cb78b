// Deleting one's own account (#9). Deleting the User row removes, through the schema's cascades,
// everything the user owns: contacts and their history, meetings, notes, reminders, templates,
// claims, chapter and career-centre memberships, cohort enrolments and consent, calendar feeds and
// every session (so every signed-in browser is signed out at once). Audit rows keep their
// history with the actor cleared (SetNull). Staff dashboards and chapter views read live rows, so
// the user disappears from them on the next request.
import "server-only";
import { db } from "../db";
import { FieldError } from "./errors";
import { requireViewer } from "./viewer";

export async function deleteAccount(confirmation: string): Promise<void> {
  const viewer = await requireViewer();
  if (confirmation.trim().toLowerCase() !== viewer.email.toLowerCase()) {
    throw new FieldError("confirmation", "Type your email address exactly as shown to confirm.");
  }
  await db.user.delete({ where: { id: viewer.id } });
}
