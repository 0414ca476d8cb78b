// Words for a stage move, shown before it is saved: what the new stage needs, and what moving a
// contact back cancels (lib/domain/pipeline planStageMove decides; this only describes it).
import { requiredRecord } from "@/lib/domain/pipeline";
import { STAGE_LABELS, stageIndex } from "@/lib/domain/stages";
import type { Stage } from "@/lib/generated/prisma/enums";

export function isBackMove(from: Stage, to: Stage): boolean {
  return stageIndex(to) < stageIndex(from);
}

export function moveTitle(name: string, from: Stage, to: Stage): string {
  return isBackMove(from, to) ? `Move ${name} back to ${STAGE_LABELS[to]}` : `Move ${name} to ${STAGE_LABELS[to]}`;
}

export function moveDescription(from: Stage, to: Stage): string {
  switch (requiredRecord(from, to)) {
    case "outreach":
      return "Record the message you sent. If there's no reply, Rapport reminds you to try someone else after 3 business days and to follow up once after 7.";
    case "meeting":
      return "When and how you'll meet. Rapport reminds you to prepare the day before.";
    case "meetingDone":
      return "Mark the meeting done. Rapport reminds you to send a thank-you within 24 hours.";
    case "thankYou":
      return "Record the thank-you you sent.";
    case "cadence":
      return "Choose how often to stay in touch.";
    case null:
      return isBackMove(from, to) ? `Nothing to fill in: confirm the move back from ${STAGE_LABELS[from]}.` : "Nothing to fill in.";
  }
}

/** What a move back from `from` to `to` cancels; empty for forward moves. */
export function backMoveConsequences(from: Stage, to: Stage): string[] {
  if (!isBackMove(from, to)) return [];
  const leaves = (stage: Stage) => stageIndex(from) >= stageIndex(stage) && stageIndex(to) < stageIndex(stage);
  const consequences: string[] = [];
  if (leaves("SCHEDULED")) consequences.push("The scheduled meeting is cancelled, with its reminder to prepare.");
  if (leaves("OUTREACH")) consequences.push("The reminders to follow up or to try someone else at the same employer are cancelled.");
  if (leaves("INTERVIEWED")) consequences.push("The reminders to send a thank-you and to thank the referrer are cancelled.");
  if (leaves("FOLLOW_UP")) consequences.push("The keep-in-touch reminder is cancelled.");
  return consequences;
}
