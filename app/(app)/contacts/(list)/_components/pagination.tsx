import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { contactListHref, type ContactListParams } from "@/lib/validation/contacts";

/** Previous / next links that keep the search, filters and sort. */
export function Pagination({ params, page, pageCount }: { params: ContactListParams; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const disabled = `${buttonClasses("secondary", "md")} pointer-events-none opacity-50`;
  return (
    <nav aria-label="Pages" className="mt-6 flex items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={contactListHref(params, { page: page - 1 })} className={buttonClasses("secondary", "md")} rel="prev">
          <span aria-hidden="true">←</span> Previous
        </Link>
      ) : (
        <span aria-disabled="true" className={disabled}>
          <span aria-hidden="true">←</span> Previous
        </span>
      )}
      <p className="text-sm text-slate-700">
        Page {page.toLocaleString("en-US")} of {pageCount.toLocaleString("en-US")}
      </p>
      {page < pageCount ? (
        <Link href={contactListHref(params, { page: page + 1 })} className={buttonClasses("secondary", "md")} rel="next">
          Next <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span aria-disabled="true" className={disabled}>
          Next <span aria-hidden="true">→</span>
        </span>
      )}
    </nav>
  );
}
