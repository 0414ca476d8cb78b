// A lone CR (old Mac line ends, a pasted note) in a contact's field is written as \n in the vCard,
// like CRLF and LF, so it cannot end the line and add a property; long lines still fold.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { openImport, type SourceRow } from "@/lib/domain/import";
import { buildVcards, type VcardContact } from "@/lib/domain/vcard";

const base: VcardContact = {
  id: "c1",
  name: "Ana Pérez",
  title: null,
  employer: null,
  email: null,
  phone: null,
  linkedinUrl: null,
  location: null,
  notes: null,
  tags: [],
  updatedAt: new Date("2026-11-20T10:00:00Z"),
};

describe("vCard line breaks", () => {
  it("escape a lone CR, CRLF and LF as \\n in every text field and fold long lines", async () => {
    const text = buildVcards([
      {
        ...base,
        name: "Ana\rPérez",
        title: "Director\rEMAIL:title@evil.example",
        employer: "Edelman\rTEL:+1 555 0100",
        notes: `One\rTwo\r\nThree\nFour ${"é".repeat(80)}\r${"\r".repeat(30)}end`,
        location: "Dublin\rURL:https://evil.example",
        tags: ["pr\rEMAIL:tag@evil.example"],
        linkedinUrl: "https://www.linkedin.com/in/ana\rEMAIL:url@evil.example",
      },
    ]);
    expect(text).not.toMatch(/\r(?!\n)/);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);

    const card = new ICAL.Component(ICAL.parse(text));
    expect(card.getAllProperties().map((p) => p.name).sort()).toEqual(["adr", "categories", "fn", "n", "note", "org", "rev", "title", "uid", "url", "version"]);
    expect(card.getFirstPropertyValue("note")).toBe(`One\nTwo\nThree\nFour ${"é".repeat(80)}\n${"\n".repeat(30)}end`);
    expect(card.getFirstPropertyValue("title")).toBe("Director\nEMAIL:title@evil.example");

    const opened = await openImport(new TextEncoder().encode(text), "contacts.vcf");
    const rows: SourceRow[] = [];
    for await (const row of opened.rows) rows.push(row);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ok: true, draft: { email: null, notes: `One\nTwo\nThree\nFour ${"é".repeat(80)}\n${"\n".repeat(30)}end` } });
  });
});
