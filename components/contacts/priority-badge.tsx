import { Badge } from "@/components/ui/badge";
import { PRIORITY_MAX } from "@/lib/domain/priority";

/** Priority 0–85 (lib/domain/priority), shown as a band with the score. */
export function PriorityBadge({ priority }: { priority: number }) {
  const band = priority >= 60 ? "High" : priority >= 40 ? "Medium" : "Low";
  return (
    <Badge tone={band === "High" ? "brand" : "neutral"}>
      <span aria-hidden="true">
        {band} · {priority}
      </span>
      <span className="sr-only">
        {band} priority, {priority} of {PRIORITY_MAX}
      </span>
    </Badge>
  );
}
