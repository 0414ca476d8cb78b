// Reading contact files: every format the shipped fixtures cover, the encodings, and the reasons a
// row is skipped.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { csvRecords } from "@/lib/domain/import/csv";
import { DuplicateIndex, foldText } from "@/lib/domain/import/duplicates";
import { decodeBytes } from "@/lib/domain/import/encoding";
import { normaliseLinkedInUrl } from "@/lib/domain/import/draft";
import { ImportFileError, openImport, type SourceRow } from "@/lib/domain/import";

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(import.meta.dirname, "../fixtures/import", name)));

async function readAll(name: string, bytes = fixture(name), mapping?: Parameters<typeof openImport>[2]) {
  const opened = await openImport(bytes, name, mapping);
  const rows: SourceRow[] = [];
  for await (const row of opened.rows) rows.push(row);
  const drafts = rows.flatMap((r) => (r.ok ? [r.draft] : []));
  const skipped = rows.flatMap((r) => (r.ok ? [] : [r]));
  return { ...opened, rows, drafts, skipped };
}

describe("encoding", () => {
  const text = "Zoë, José, 陈";
  it.each([
    ["utf-8 with BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), "utf-8"],
    ["utf-8 without BOM", new TextEncoder().encode(text), "utf-8"],
    ["utf-16 LE with BOM", new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]), "utf-16le"],
    ["utf-16 LE without BOM", new Uint8Array(Buffer.from(`First Name,${text}`, "utf16le")), "utf-16le"],
    ["utf-16 BE with BOM", new Uint8Array([0xfe, 0xff, ...Buffer.from(text, "utf16le").swap16()]), "utf-16be"],
    ["utf-16 BE without BOM", new Uint8Array(Buffer.from(`First Name,${text}`, "utf16le").swap16()), "utf-16be"],
  ])("%s", (_label, bytes, encoding) => {
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text.endsWith(text)).toBe(true);
  });

  it("falls back to windows-1252 when the bytes are not UTF-8", () => {
    const decoded = decodeBytes(new Uint8Array([0x5a, 0x6f, 0xeb, 0x20, 0x80])); // "Zoë €" in cp1252
    expect(decoded).toEqual({ text: "Zoë €", encoding: "windows-1252" });
  });
});

describe("LinkedIn Connections.csv", () => {
  it("skips LinkedIn's notes above the header and reads every connection", async () => {
    const { format, drafts, skipped, columns } = await readAll("linkedin-connections.csv");
    expect(format).toBe("linkedin");
    expect(columns).toEqual(["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]);
    expect(drafts.map((d) => d.name)).toEqual(["José Núñez", "Zoë O'Brien", "Mei 陈", "Søren Kierkegaard-Hansen", "Aaliyah Johnson", "José Núñez"]);
    const jose = drafts[0]!;
    expect(jose).toMatchObject({
      employer: "Edelman",
      title: "Senior Vice President, Media Relations",
      email: "jose.nunez@edelman.example",
      linkedinUrl: "https://www.linkedin.com/in/jose-nunez-pr",
      howFound: "LINKEDIN",
      tags: ["imported"],
      notes: "Connected on LinkedIn: 14 Mar 2025",
    });
    expect(drafts[1]).toMatchObject({ email: null, employer: "Weber Shandwick, Inc." });
    // Rows are numbered as a spreadsheet shows them: notes on rows 1–3, header on row 4.
    expect(skipped).toEqual([
      { ok: false, row: 9, name: "", reason: "no name" },
      { ok: false, row: 12, name: "Priya Raman", reason: "“priya@@broken” is not an email address" },
    ]);
  });
});

describe("Google, Outlook and any CSV", () => {
  it("reads a Google Contacts export with a BOM, labels and a multi-line note", async () => {
    const { format, encoding, drafts, skipped } = await readAll("google-contacts.csv");
    expect([format, encoding]).toEqual(["google", "utf-8"]);
    expect(drafts[0]).toMatchObject({
      name: "Amélie Dubois",
      employer: "Publicis",
      title: "Head of PR",
      email: "amelie.dubois@example.fr",
      phone: "+33 6 12 34 56 78",
      linkedinUrl: "https://www.linkedin.com/in/amelie-dubois",
      notes: "Met at PRSA ICON.\nSaid to follow up in spring, re: agency rotations.",
      tags: ["imported", "alumni"],
      howFound: "OTHER",
    });
    expect(drafts[1]).toMatchObject({ name: "Marcus Lee", employer: "Ohio State University, Office of Comms", email: null, phone: "(614) 555-0142" });
    expect(skipped).toEqual([{ ok: false, row: 4, name: "someone@example.com", reason: "no name (only an email address)" }]);
  });

  it.each(["outlook-contacts.csv", "outlook-contacts-1252.csv"])("reads an Outlook export (%s): job title, not the honorific", async (name) => {
    const { format, drafts } = await readAll(name);
    expect(format).toBe("outlook");
    expect(drafts).toHaveLength(2);
    expect(drafts[0]).toMatchObject({ name: "François Lefèvre", title: "Account Supervisor", employer: "Havas", email: "francois.lefevre@havas.example", notes: "Prefers email.", tags: ["imported", "agency", "paris"] });
    expect(drafts[1]).toMatchObject({ name: "Grace Hopper", title: null, email: "grace@navy.example", phone: "+1 614 555 0199" });
  });

  it("reads any CSV through a column mapping", async () => {
    const auto = await readAll("custom-columns.csv");
    expect(auto.format).toBe("csv");
    expect(auto.mapping).toEqual([null, null, "title", null, "phone", null]);
    const mapped = await readAll("custom-columns.csv", undefined, ["name", "employer", "title", "email", "phone", "notes"]);
    expect(mapped.drafts).toEqual([
      expect.objectContaining({ name: "Ng, Tran", employer: "Acme Corp", email: "tran.ng@acme.example", notes: "Two lines\nof notes" }),
      expect.objectContaining({ name: "Beyoncé Knowles", employer: "Parkwood, LLC", email: null }),
    ]);
  });
});

describe("distance", () => {
  it("reads contacts.csv's Distance (km) column, a number or with miles, and leaves out what is not a distance", async () => {
    const csv = "Name,Employer,Distance (km)\nAna Ruiz,Edelman,570\nBo Li,Golin,12 mi\nCy Ode,Ketchum,far away\nDi Fox,FleishmanHillard,\n";
    const read = await readAll("contacts.csv", new TextEncoder().encode(csv));
    expect(read.mapping).toEqual(["name", "employer", "distance"]);
    expect(read.skipped).toEqual([]);
    expect(read.drafts.map((d) => [d.name, d.distanceKm])).toEqual([
      ["Ana Ruiz", 570],
      ["Bo Li", 19],
      ["Cy Ode", null],
      ["Di Fox", null],
    ]);
  });
});

describe("vCard", () => {
  it("reads vCard 3.0: folded lines, grouped properties, an embedded photo, several cards", async () => {
    const { format, drafts, skipped } = await readAll("contacts-v3.vcf");
    expect(format).toBe("vcard");
    expect(drafts[0]).toMatchObject({
      name: "Linnéa Åkesson",
      employer: "Spotify, AB",
      title: "Head of Corporate Communications",
      email: "linnea@spotify.example",
      phone: "+46 70 123 45 67",
      linkedinUrl: "https://www.linkedin.com/in/linnea-akesson",
      notes: "Met at Cannes Lions.\nAsk about the graduate programme.",
    });
    expect(drafts[1]).toMatchObject({ name: "Chidi Okafor", employer: "Nike", location: "Beaverton, OR, USA" });
    expect(skipped).toEqual([{ ok: false, row: 3, name: "info@nonamecompany.example", reason: "no name (only an email address)" }]);
  });

  it("reads vCard 4.0", async () => {
    const { drafts } = await readAll("contacts-v4.vcf");
    expect(drafts).toEqual([
      expect.objectContaining({ name: "Dr. Ana María Pérez", email: "ana.perez@uniandes.example", phone: "+57-1-555-0100", linkedinUrl: "https://www.linkedin.com/in/anamariaperez", tags: ["imported", "academia", "mentor"] }),
      expect.objectContaining({ name: "Yuki Tanaka", employer: "Dentsu" }),
    ]);
  });
});

describe("malformed files are refused with a clear message", () => {
  it.each([
    ["malformed-quote.csv", /quote opened near row 2 never closes/],
    ["malformed-cut.vcf", /never ends/],
    ["not-a-csv.csv", /not a CSV or vCard file/],
  ])("%s", async (name, message) => {
    const error = await readAll(name).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).userMessage).toMatch(message);
  });

  it("an empty file", async () => {
    await expect(openImport(new Uint8Array(), "empty.csv")).rejects.toThrow("This file is empty.");
  });
});

describe("streaming", () => {
  it("parses a large CSV a chunk at a time and numbers rows like a spreadsheet", async () => {
    const lines = ["First Name,Last Name"];
    for (let i = 0; i < 5000; i++) lines.push(`Person,"Number ${i}, the ${i}th"`);
    let count = 0;
    let last = 0;
    for await (const record of csvRecords(lines.join("\n"), 4096)) {
      count++;
      last = record.row;
    }
    expect(count).toBe(5001);
    expect(last).toBe(5001);
  });
});

describe("duplicates", () => {
  it("folds case, accents and apostrophes", () => {
    expect(foldText("  ZOË  O’Brien ")).toBe("zoe o'brien");
  });

  it("matches by email, LinkedIn URL, or name and employer", () => {
    const index = new DuplicateIndex([
      { id: "c1", name: "José Núñez", employer: "Edelman", email: "jose@edelman.example", linkedinUrl: null },
      { id: "c2", name: "Mei Chen", employer: null, email: null, linkedinUrl: "https://www.linkedin.com/in/mei-chen/" },
    ]);
    expect(index.match({ name: "Someone Else", employer: null, email: "JOSE@edelman.example", linkedinUrl: null })).toEqual({ contactId: "c1", row: null, by: "email" });
    expect(index.match({ name: "M. Chen", employer: "Ogilvy", email: null, linkedinUrl: "http://linkedin.com/in/Mei-Chen" })).toEqual({ contactId: "c2", row: null, by: "LinkedIn URL" });
    expect(index.match({ name: "jose nunez", employer: "EDELMAN", email: null, linkedinUrl: null })).toEqual({ contactId: "c1", row: null, by: "name and employer" });
    expect(index.match({ name: "José Núñez", employer: "Ogilvy", email: null, linkedinUrl: null })).toBeNull();
  });

  it("normalises LinkedIn profile URLs and ignores other pages", () => {
    expect(normaliseLinkedInUrl("linkedin.com/in/ana?trk=x")).toBe("https://www.linkedin.com/in/ana");
    expect(normaliseLinkedInUrl("https://www.linkedin.com/company/acme")).toBeNull();
    // The mobile app's address and a profile's language version are the same person.
    expect(normaliseLinkedInUrl("https://m.linkedin.com/in/ana")).toBe("https://www.linkedin.com/in/ana");
    expect(normaliseLinkedInUrl("https://www.linkedin.com/in/ana/en")).toBe("https://www.linkedin.com/in/ana");
    expect(normaliseLinkedInUrl("https://www.linkedin.com/in/ana/fr-fr/")).toBe("https://www.linkedin.com/in/ana");
    expect(normaliseLinkedInUrl("https://evil.example/linkedin.com/in/ana")).toBeNull();
    expect(normaliseLinkedInUrl("https://www.linkedin.com/in/ana/details/experience")).toBeNull();
  });
});
