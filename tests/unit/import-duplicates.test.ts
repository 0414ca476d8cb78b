// Who is the same person on import: the same email or LinkedIn profile always; the same name and
// employer only when nothing tells the two apart (both emails, or both profiles, present and different).
import { describe, expect, it } from "vitest";
import { DuplicateIndex, FileRepeats, toldApart, type DuplicateKeys } from "@/lib/domain/import/duplicates";

const person = (name: string, employer: string | null, email: string | null = null, linkedinUrl: string | null = null): DuplicateKeys => ({ name, employer, email, linkedinUrl });

describe("DuplicateIndex: the name rule", () => {
  const existing = [{ id: "c1", ...person("José Núñez", "Edelman", "jose@edelman.example") }];

  it.each([
    ["same email, another name", person("J. Nunez", null, "JOSE@edelman.example"), { contactId: "c1", row: null, by: "email" }],
    ["same name, no email on the row", person("jose nunez", "EDELMAN"), { contactId: "c1", row: null, by: "name and employer" }],
    ["same name, both emails present and different", person("José Núñez", "Edelman", "jnunez@other.example"), null],
    ["same name, other employer", person("José Núñez", "Ogilvy"), null],
  ])("%s", (_label, row, expected) => {
    expect(new DuplicateIndex(existing).match(row)).toEqual(expected);
  });

  it("a name match stays a candidate when the existing contact has no email", () => {
    const index = new DuplicateIndex([{ id: "c2", ...person("Mei Chen", "Ogilvy") }]);
    expect(index.match(person("Mei Chen", "Ogilvy", "mei@ogilvy.example"))).toEqual({ contactId: "c2", row: null, by: "name and employer" });
  });

  it("LinkedIn profiles tell namesakes apart the same way emails do", () => {
    const index = new DuplicateIndex([{ id: "c3", ...person("Ana Silva", "Ketchum", null, "https://www.linkedin.com/in/ana-silva-1") }]);
    expect(index.match(person("Ana Silva", "Ketchum", null, "https://www.linkedin.com/in/ana-silva-2"))).toBeNull();
    // The same profile written another way (mobile subdomain, case, trailing slash) is the same person.
    expect(index.match(person("A. Silva", null, "ana@x.example", "https://m.linkedin.com/in/Ana-Silva-1/"))).toEqual({ contactId: "c3", row: null, by: "LinkedIn URL" });
    expect(index.match(person("Ana Silva", "Ketchum"))).toEqual({ contactId: "c3", row: null, by: "name and employer" });
  });

  it("with two namesakes, a row matches the one it is not told apart from", () => {
    const index = new DuplicateIndex([
      { id: "a", ...person("Sam Lee", "Acme", "sam.a@acme.example") },
      { id: "b", ...person("Sam Lee", "Acme") },
    ]);
    expect(index.match(person("Sam Lee", "Acme", "sam.c@acme.example"))).toEqual({ contactId: "b", row: null, by: "name and employer" });
  });

  it("rows of the file added to the index follow the same rule", () => {
    const index = new DuplicateIndex();
    index.add(person("Kim Park", "Edelman", "kim1@example.com"), { contactId: null, row: 3 });
    expect(index.match(person("Kim Park", "Edelman", "kim2@example.com"))).toBeNull();
    expect(index.match(person("kim park", "edelman"))).toEqual({ contactId: null, row: 3, by: "name and employer" });
  });

  it("toldApart needs both sides to have the key", () => {
    expect(toldApart(person("A", null, "a@x.example"), person("A", null, "b@x.example"))).toBe(true);
    expect(toldApart(person("A", null, "a@x.example"), person("A", null, "A@X.example"))).toBe(false);
    expect(toldApart(person("A", null, "a@x.example"), person("A", null))).toBe(false);
    expect(toldApart(person("A", null, null, "linkedin.com/in/a"), person("A", null, null, "linkedin.com/in/b"))).toBe(true);
  });
});

describe("FileRepeats", () => {
  it("names the earlier row with the same email or LinkedIn profile, and nothing for a name alone", () => {
    const repeats = new FileRepeats();
    expect(repeats.check(person("Jo", null, "jo@x.example", "https://www.linkedin.com/in/jo"), 3)).toBeNull();
    expect(repeats.check(person("Jo", null, "JO@x.example"), 7)).toEqual({ row: 3, by: "email" });
    expect(repeats.check(person("Joanna", null, null, "http://linkedin.com/in/jo/en"), 8)).toEqual({ row: 3, by: "LinkedIn URL" });
    expect(repeats.check(person("Jo", null), 9)).toBeNull();
    expect(repeats.check(person("Jo", null, "other@x.example"), 10)).toBeNull();
    expect(repeats.check(person("Jo again", null, "other@x.example"), 11)).toEqual({ row: 10, by: "email" });
  });
});
