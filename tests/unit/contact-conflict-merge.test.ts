// The edit form after a two-tab conflict: nothing either tab typed is lost.
import { describe, expect, it } from "vitest";
import { contactFormValues, mergeAfterConflict } from "@/lib/validation/contacts";

const loaded = { name: "Priya Shah", title: "Manager", employer: "Edelman", tags: "pr, agency", doNotContact: "", notes: "" };

describe("mergeAfterConflict", () => {
  it("brings in the other save's changes to fields this tab left alone", () => {
    const mine = { ...loaded, employer: "Weber Shandwick" };
    const result = mergeAfterConflict(loaded, mine, [{ field: "title", label: "Title", value: "Director" }]);
    expect(result.values).toMatchObject({ title: "Director", employer: "Weber Shandwick" });
    expect(result.merged.map((c) => c.field)).toEqual(["title"]);
    expect(result.clashes).toEqual([]);
    expect(result.loaded).toMatchObject({ title: "Director", employer: "Edelman" });
  });

  it("keeps this tab's value where both changed the field, and lists the clash", () => {
    const mine = { ...loaded, title: "Senior Manager" };
    const result = mergeAfterConflict(loaded, mine, [{ field: "title", label: "Title", value: "Director" }]);
    expect(result.values.title).toBe("Senior Manager");
    expect(result.clashes).toEqual([{ field: "title", label: "Title", value: "Director" }]);
  });

  it("reads cleared fields, unchecked boxes and retyped tags as the same values", () => {
    const mine = { name: "Priya Shah", title: "Manager", employer: "Edelman", tags: "PR,agency", notes: "" };
    const result = mergeAfterConflict(loaded, mine, [
      { field: "notes", label: "Notes", value: "Met at PRSA" },
      { field: "doNotContact", label: "Do not contact", value: "on" },
      { field: "employer", label: "Employer", value: "(empty)" },
    ]);
    expect(result.values).toMatchObject({ notes: "Met at PRSA", doNotContact: "on", employer: "" });
    expect(result.clashes).toEqual([]);
  });

  it("does not list a clash when both tabs typed the same value", () => {
    const result = mergeAfterConflict(loaded, { ...loaded, title: "Director" }, [{ field: "title", label: "Title", value: "Director" }]);
    expect(result.clashes).toEqual([]);
    expect(result.merged).toEqual([]);
  });
});

describe("contactFormValues", () => {
  it("writes tags comma-joined and checkboxes as on or empty", () => {
    expect(contactFormValues({ name: "A", tags: ["pr", "nyc"], doNotContact: true, isAlumniOrAdvocate: false, motivation: 4, email: null })).toMatchObject({
      name: "A",
      tags: "pr, nyc",
      doNotContact: "on",
      isAlumniOrAdvocate: "",
      motivation: "4",
      email: "",
    });
  });
});
