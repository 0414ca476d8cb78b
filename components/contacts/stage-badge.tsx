import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Stage } from "@/lib/generated/prisma/enums";
import { STAGE_LABELS } from "@/lib/domain/stages";

const TONES: Record<Stage, BadgeTone> = {
  FIND: "neutral",
  OUTREACH: "info",
  SCHEDULED: "warning",
  INTERVIEWED: "brand",
  THANKED: "success",
  FOLLOW_UP: "success",
};

export function StageBadge({ stage }: { stage: Stage }) {
  return <Badge tone={TONES[stage]}>{STAGE_LABELS[stage]}</Badge>;
}
