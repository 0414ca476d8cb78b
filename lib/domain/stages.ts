// The six stages of one contact's pipeline, in order (shared/docs/product.md).
import type { Stage } from "../generated/prisma/enums";

export const STAGES = ["FIND", "OUTREACH", "SCHEDULED", "INTERVIEWED", "THANKED", "FOLLOW_UP"] as const satisfies readonly Stage[];

export const STAGE_LABELS: Record<Stage, string> = {
  FIND: "Find",
  OUTREACH: "Outreach",
  SCHEDULED: "Scheduled",
  INTERVIEWED: "Interviewed",
  THANKED: "Thanked",
  FOLLOW_UP: "Follow-up",
};

export function isStage(value: unknown): value is Stage {
  return typeof value === "string" && (STAGES as readonly string[]).includes(value);
}

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}
