import { format, parseISO } from "date-fns";
import type { WeekCount } from "@/lib/domain/metrics";

/**
 * Outreach per week as a column chart. The columns are drawn with CSS and hidden from screen
 * readers, which read the same numbers from the table's cells.
 */
export function WeeklyTrend({ weeks, caption }: { weeks: readonly WeekCount[]; caption: string }) {
  const top = Math.max(1, ...weeks.map((w) => w.count));
  return (
    <table className="w-full table-fixed text-center text-xs">
      <caption className="sr-only">{caption}</caption>
      <tbody>
        <tr className="align-bottom">
          {weeks.map((w) => (
            <td key={w.week} className="px-0.5 sm:px-1">
              <span className="block font-semibold tabular-nums text-slate-900">{w.count}</span>
              <span aria-hidden="true" className="mt-1 flex h-24 items-end rounded bg-slate-50">
                <span className="block w-full rounded bg-brand-600" style={{ height: `${(w.count / top) * 100}%` }} />
              </span>
            </td>
          ))}
        </tr>
      </tbody>
      <tfoot>
        <tr>
          {weeks.map((w) => (
            <th key={w.week} scope="col" className="px-0.5 pt-1 font-normal text-slate-600 sm:px-1">
              <span className="sr-only">Week of </span>
              {format(parseISO(w.week), "MMM d")}
            </th>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
