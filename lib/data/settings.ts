// The viewer's own settings: time zone and weekly outreach goal. A new time zone re-derives the
// pending 3B7 due dates, which count business days in the user's local calendar.
import "server-only";
import { db } from "../db";
import type { DigestFrequency } from "../domain/digest";
import { resyncFollowUpDueDates } from "./holidays";
import { requireViewer } from "./viewer";

export interface Settings {
  timeZone: string;
  weeklyOutreachGoal: number;
}

export async function getSettings(): Promise<Settings> {
  const viewer = await requireViewer();
  return db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { timeZone: true, weeklyOutreachGoal: true } });
}

export async function updateSettings(input: Settings): Promise<{ moved: number }> {
  const viewer = await requireViewer();
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { timeZone: true } });
    await tx.user.update({ where: { id: viewer.id }, data: { timeZone: input.timeZone, weeklyOutreachGoal: input.weeklyOutreachGoal } });
    const moved = before.timeZone === input.timeZone ? 0 : await resyncFollowUpDueDates(tx, viewer.id, input.timeZone);
    return { moved };
  });
}

// ---------------------------------------------------------------------------
// The email digest preference (sent by lib/jobs/digest.ts where SMTP is configured)
// ---------------------------------------------------------------------------

/** The viewer's digest frequency and the address it goes to. */
export async function getDigestPreference(): Promise<{ digestFrequency: DigestFrequency; email: string }> {
  const viewer = await requireViewer();
  return db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { digestFrequency: true, email: true } });
}

export async function updateDigestPreference(digestFrequency: DigestFrequency): Promise<void> {
  const viewer = await requireViewer();
  await db.user.update({ where: { id: viewer.id }, data: { digestFrequency } });
}
