// contacts.csv is for people: values read as the app shows them, times in the student's zone, and
// the formula guard still in front of every cell.
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { contactsCsv, spreadsheetDateTime, type ContactCsvRow } from "@/lib/domain/contact-csv";

const ana: ContactCsvRow = {
  name: "Ana Pérez",
  title: "Director",
  employer: "Edelman",
  industry: null,
  location: "New York",
  distanceKm: 860,
  email: "ana@example.com",
  phone: "+1 415 555 0100",
  linkedinUrl: "https://www.linkedin.com/in/ana",
  howFound: "ARTICLE_AUTHOR",
  connection: null,
  motivation: 4,
  isAlumniOrAdvocate: true,
  openPostings: 3,
  priority: 75,
  stage: "FOLLOW_UP",
  tags: ["pr", "nyc"],
  doNotContact: false,
  // 2 Nov 01:30 UTC is still 1 Nov in New York (EST, UTC-5).
  archivedAt: new Date("2026-11-02T01:30:00Z"),
  notes: "=HYPERLINK(\"http://evil\")",
  createdAt: new Date("2026-12-01T14:05:00Z"),
};

function parse(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
}

describe("contacts.csv for a spreadsheet", () => {
  it("writes stages, how found, priority and flags in words and times as yyyy-MM-dd HH:mm in the student's zone", () => {
    const [row] = parse(contactsCsv([ana], "America/New_York"));
    expect(row).toMatchObject({
      Name: "Ana Pérez",
      "Distance (km)": "860",
      "How found": "Article author",
      Motivation: "4 of 5",
      "Alumni or advocate": "yes",
      "Open postings": "3 or more",
      Priority: "High (75 of 85)",
      Stage: "Follow-up",
      Tags: "pr, nyc",
      "Do not contact": "no",
      "Archived (America/New York time)": "2026-11-01 20:30",
      "Added (America/New York time)": "2026-12-01 09:05",
    });
    const csv = contactsCsv([ana], "America/New_York");
    expect(csv).not.toMatch(/FOLLOW_UP|ARTICLE_AUTHOR|\d{4}-\d{2}-\d{2}T/);
  });

  it("keeps the formula guard and leaves a phone number alone", () => {
    const [row] = parse(contactsCsv([ana], "UTC"));
    expect(row!.Notes).toBe("'=HYPERLINK(\"http://evil\")");
    expect(row!.Phone).toBe("+1 415 555 0100");
  });

  it("writes an empty cell for a contact never archived", () => {
    const [row] = parse(contactsCsv([{ ...ana, archivedAt: null, openPostings: 0, priority: 30 }], "Europe/Berlin"));
    expect(row).toMatchObject({ "Archived (Europe/Berlin time)": "", "Open postings": "None", Priority: "Low (30 of 85)", "Added (Europe/Berlin time)": "2026-12-01 15:05" });
  });

  it("formats an instant in the zone given, across a daylight-saving change", () => {
    expect(spreadsheetDateTime(new Date("2026-03-08T06:59:00Z"), "America/New_York")).toBe("2026-03-08 01:59");
    expect(spreadsheetDateTime(new Date("2026-03-08T07:00:00Z"), "America/New_York")).toBe("2026-03-08 03:00");
  });
});
