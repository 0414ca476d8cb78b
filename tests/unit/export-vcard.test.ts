// The vCard 4.0 export reads back through the import's own vCard reader with every field intact.
import { describe, expect, it } from "vitest";
import { openImport, type SourceRow } from "@/lib/domain/import";
import { buildVcards } from "@/lib/domain/vcard";

describe("vCard export", () => {
  it("round-trips through the importer: escapes, long folded lines, unicode", async () => {
    const text = buildVcards([
      {
        id: "c1",
        name: "Zoë O'Brien",
        title: "Director; Media, Europe",
        employer: "Weber Shandwick, Inc.",
        email: "zoe@example.com",
        phone: "+1 614 555 0100",
        linkedinUrl: "https://www.linkedin.com/in/zoe-obrien",
        location: "Dublin",
        notes: `Line one\nLine two with a back\\slash and a long tail ${"é".repeat(80)}`,
        tags: ["pr", "alumni"],
        updatedAt: new Date("2026-11-20T10:00:00Z"),
      },
    ]);
    expect(text.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const opened = await openImport(new TextEncoder().encode(text), "contacts.vcf");
    const rows: SourceRow[] = [];
    for await (const row of opened.rows) rows.push(row);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      ok: true,
      draft: {
        name: "Zoë O'Brien",
        title: "Director; Media, Europe",
        employer: "Weber Shandwick, Inc.",
        email: "zoe@example.com",
        phone: "+1 614 555 0100",
        linkedinUrl: "https://www.linkedin.com/in/zoe-obrien",
        location: "Dublin",
        notes: `Line one\nLine two with a back\\slash and a long tail ${"é".repeat(80)}`,
        tags: ["imported", "pr", "alumni"],
      },
    });
  });
});
