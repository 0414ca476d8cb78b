import type { FunnelStep } from "@/lib/domain/metrics";
import { formatPercent } from "@/lib/domain/metrics";
import { STAGE_LABELS } from "@/lib/domain/stages";
import { ScrollRegion } from "@/components/ui/scroll-region";

/**
 * The pipeline funnel as a table: contacts in each stage now, how many ever reached it, and the
 * conversion from the stage before. The bar is drawn with CSS and hidden from screen readers, which
 * read the numbers instead.
 */
export function FunnelTable({ steps }: { steps: FunnelStep[] }) {
  const top = Math.max(1, ...steps.map((s) => s.reached));
  return (
    <ScrollRegion label="Funnel table">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Contacts per stage, how many reached each stage, and the conversion from the stage before</caption>
        <thead className="text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-2 font-medium">Stage</th>
            <th scope="col" className="px-2 py-2 text-right font-medium">Now</th>
            <th scope="col" className="px-2 py-2 font-medium">Reached</th>
            <th scope="col" className="py-2 pl-2 text-right font-medium">
              <span className="sm:hidden">Conv.</span>
              <span className="hidden sm:inline">From previous</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {steps.map((step) => (
            <tr key={step.stage}>
              <th scope="row" className="py-2 pr-2 font-medium text-slate-900">{STAGE_LABELS[step.stage]}</th>
              <td className="px-2 py-2 text-right tabular-nums text-slate-700">{step.current}</td>
              <td className="w-1/2 px-2 py-2">
                <div className="flex items-center gap-2">
                  <span className="w-8 shrink-0 text-right tabular-nums text-slate-700">{step.reached}</span>
                  <span aria-hidden="true" className="h-3 flex-1 rounded-full bg-slate-100">
                    <span className="block h-3 rounded-full bg-brand-600" style={{ width: `${(step.reached / top) * 100}%` }} />
                  </span>
                </div>
              </td>
              {/* "100 %" on one line: at 360 px the column wrapped it, leaving the "%" alone below. */}
              <td className="py-2 pl-2 text-right whitespace-nowrap tabular-nums text-slate-700">
                {step.stage === "FIND" ? (
                  <>
                    <span aria-hidden="true">–</span>
                    <span className="sr-only">not applicable</span>
                  </>
                ) : (
                  formatPercent(step.conversionFromPrevious)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
