import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/** One figure on a dashboard: a label, the value, and an optional line explaining it. Use inside a <dl>. */
export function Stat({ label, value, children }: { label: string; value: ReactNode; children?: ReactNode }) {
  return (
    <Card className="p-3 sm:p-4">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-1 text-xl font-semibold tabular-nums sm:text-2xl text-slate-900">{value}</dd>
      {children ? <dd className="mt-1 text-sm text-slate-600">{children}</dd> : null}
    </Card>
  );
}
