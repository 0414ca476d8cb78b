// What a finished import's page says happened (lib/domain/import/outcome.ts): "Done" with a link
// to the contacts only when some were imported or updated; otherwise what the rows were.
import { describe, expect, it } from "vitest";
import { importOutcome, skippedKinds } from "@/lib/domain/import/outcome";

const already = (by = "email") => ({ reason: `already in your contacts (same ${by})` });
const repeat = (row: number) => ({ reason: `same person as row ${row} (same email)` });
const invalid = (reason = "no name") => ({ reason });

describe("importOutcome", () => {
  it.each([
    [
      "some imported, some skipped",
      { totalRows: 8, created: 5, updated: 0, report: [invalid(), repeat(5), invalid("“x@@y” is not an email address")] },
      { title: "Done: all 8 rows read", summary: "5 contacts imported, 3 rows skipped.", tone: "success", contactsLink: "See imported contacts" },
    ],
    [
      "one imported, one updated, nothing skipped",
      { totalRows: 2, created: 1, updated: 1, report: [] },
      { title: "Done: all 2 rows read", summary: "1 contact imported, 1 updated.", tone: "success", contactsLink: "See imported contacts" },
    ],
    [
      "only updates",
      { totalRows: 3, created: 0, updated: 2, report: [already()] },
      { title: "Done: all 3 rows read", summary: "2 contacts updated, 1 row skipped.", tone: "success", contactsLink: "See updated contacts" },
    ],
    [
      "the same file again: every row already there",
      { totalRows: 5, created: 0, updated: 0, report: [already(), already(), already("LinkedIn profile"), already(), already()] },
      { title: "Nothing new: all 5 rows were already in your contacts", summary: "No contact was added or changed, so nobody is in your contacts twice.", tone: "info", contactsLink: null },
    ],
    [
      "one row, already there, with nothing to fill",
      { totalRows: 1, created: 0, updated: 0, report: [{ reason: "already in your contacts (same email), with no empty field this row could fill" }] },
      { title: "Nothing new: the one row was already in your contacts", contactsLink: null },
    ],
    [
      "already there, and a later row repeating it",
      { totalRows: 2, created: 0, updated: 0, report: [already(), repeat(1)] },
      { title: "Nothing new: all 2 rows were already in your contacts", contactsLink: null },
    ],
    [
      "no row readable",
      { totalRows: 3, created: 0, updated: 0, report: [invalid(), invalid(), invalid()] },
      { title: "Nothing imported: none of the 3 rows could be read as a contact", tone: "info", contactsLink: null },
    ],
    [
      "some already there, some unreadable",
      { totalRows: 8, created: 0, updated: 0, report: [invalid(), already(), already(), invalid()] },
      {
        title: "Nothing imported: all 8 rows skipped",
        summary: "2 rows were already in your contacts and 2 rows could not be read as a contact (listed below). No contact was added or changed.",
        contactsLink: null,
      },
    ],
  ] as const)("%s", (_name, input, expected) => {
    expect(importOutcome(input)).toMatchObject(expected);
  });

  it("never says imported, nor offers the imported contacts, when none was created or updated", () => {
    for (const report of [[already()], [invalid()], [already(), invalid()], [repeat(1), already()]]) {
      const outcome = importOutcome({ totalRows: report.length, created: 0, updated: 0, report });
      expect(outcome.contactsLink).toBeNull();
      expect(outcome.title).not.toMatch(/^Done/);
      expect(outcome.summary).not.toMatch(/\d+ contacts? (imported|updated)/);
    }
  });
});

describe("skippedKinds", () => {
  it("tells duplicates of contacts, repeats within the file and unreadable rows apart", () => {
    expect(skippedKinds([already(), repeat(3), invalid(), invalid("“same person as row” is not an email address"), already("LinkedIn profile")])).toEqual({ alreadyThere: 2, repeated: 1, invalid: 2 });
  });
});
