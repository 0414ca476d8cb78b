import Link from "next/link";
import type { ReferralNode } from "@/lib/domain/metrics";

/** Who led to whom, as nested lists of links to the contacts. */
export function ReferralTree({ nodes, label }: { nodes: ReferralNode[]; label?: string }) {
  return (
    <ul aria-label={label} className={label ? undefined : "border-l-2 border-slate-200 pl-4"}>
      {nodes.map((node) => (
        <li key={node.id}>
          {/* A row as tall as a thumb (44 px): the names are targets on their own, not words in a sentence. */}
          <Link href={`/contacts/${node.id}`} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline-offset-2 hover:underline">
            {node.name}
          </Link>
          {node.employer ? <span className="text-sm text-slate-600"> · {node.employer}</span> : null}
          {node.referrals.length > 0 ? (
            <>
              <span className="sr-only">, referred:</span>
              <ReferralTree nodes={node.referrals} />
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
