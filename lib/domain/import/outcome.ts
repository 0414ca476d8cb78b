// What a finished import's page says happened. An import that added nobody (a file imported
// before, or one whose rows were all skipped) must not read "Imported" nor offer to show imported
// contacts: the heading says what happened, and the link is only offered when there is something
// behind it.
import type { DuplicateMatch } from "./duplicates";

/** How a finished import's rows went (the ContactImport row's counts and its skipped-rows report). */
export interface FinishedImport {
  totalRows: number;
  created: number;
  updated: number;
  report: readonly { reason: string }[];
}

export interface ImportOutcome {
  /** The page's heading. */
  title: string;
  /** One sentence under the progress bar. */
  summary: string;
  tone: "success" | "info";
  /** The link to the contacts this import created or changed; null when it changed none. */
  contactsLink: string | null;
}

// A row skipped as a duplicate: of a contact already there, or of an earlier row of the same
// file. The import job writes its reason with describeMatch, and the page reads the kind back from
// the same words (tests/integration/import.test.ts holds them to what a real re-import reports).
const ALREADY_IN_CONTACTS = "already in your contacts";
const REPEATED_ROW = /^same person as row \d+/;

/** The skipped-rows report's reason for a duplicate row. */
export function describeMatch(match: DuplicateMatch): string {
  return match.contactId ? `${ALREADY_IN_CONTACTS} (same ${match.by})` : `same person as row ${match.row} (same ${match.by})`;
}

const n = (value: number) => value.toLocaleString("en-US");
const plural = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`;

/** The skipped rows by kind: duplicates of contacts already there, repeats within the file, and rows that could not be read. */
export function skippedKinds(report: readonly { reason: string }[]): { alreadyThere: number; repeated: number; invalid: number } {
  let alreadyThere = 0;
  let repeated = 0;
  for (const { reason } of report) {
    if (reason.startsWith(ALREADY_IN_CONTACTS)) alreadyThere++;
    else if (REPEATED_ROW.test(reason)) repeated++;
  }
  return { alreadyThere, repeated, invalid: report.length - alreadyThere - repeated };
}

export function importOutcome({ totalRows, created, updated, report }: FinishedImport): ImportOutcome {
  const skipped = report.length;
  const allRows = totalRows === 1 ? "the one row" : `all ${n(totalRows)} rows`;
  if (created > 0 || updated > 0) {
    const parts: string[] = [];
    if (created > 0) parts.push(`${plural(created, "contact", "contacts")} imported`);
    if (updated > 0) parts.push(created > 0 ? `${n(updated)} updated` : `${plural(updated, "contact", "contacts")} updated`);
    if (skipped > 0) parts.push(`${plural(skipped, "row", "rows")} skipped`);
    return {
      title: `Done: ${allRows} read`,
      summary: `${parts.join(", ")}.`,
      tone: "success",
      contactsLink: created > 0 ? "See imported contacts" : "See updated contacts",
    };
  }
  if (skipped === 0) return { title: `Done: ${allRows} read`, summary: "No contact was added or changed.", tone: "info", contactsLink: null };
  const { alreadyThere, repeated, invalid } = skippedKinds(report);
  // With nobody created, a row repeating an earlier one repeats someone already in the contacts
  // (or a row that could not be read, which is then counted as that).
  if (invalid === 0) {
    return {
      title: `Nothing new: ${allRows} ${totalRows === 1 ? "was" : "were"} already in your contacts`,
      summary: "No contact was added or changed, so nobody is in your contacts twice.",
      tone: "info",
      contactsLink: null,
    };
  }
  if (alreadyThere + repeated === 0) {
    return {
      title: totalRows === 1 ? "Nothing imported: the row could not be read as a contact" : `Nothing imported: none of the ${n(totalRows)} rows could be read as a contact`,
      summary: "No contact was added. Each row's reason is listed below: fix them in the file and import it again.",
      tone: "info",
      contactsLink: null,
    };
  }
  return {
    title: `Nothing imported: ${allRows} skipped`,
    summary: `${plural(alreadyThere + repeated, "row was", "rows were")} already in your contacts and ${plural(invalid, "row", "rows")} could not be read as a contact (listed below). No contact was added or changed.`,
    tone: "info",
    contactsLink: null,
  };
}
