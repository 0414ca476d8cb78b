// contacts.csv, the export a student opens in a spreadsheet: every value as the app shows it
// (stages and how-found in words, priority as its band and score, times in the student's zone as
// yyyy-MM-dd HH:mm), never enum names or ISO instants. Restoring an account reads account.json, not
// this file; the app's own CSV import does read it back, by the headers it knows (Name, Title,
// Employer, Industry, Location, Email, Phone, LinkedIn URL, Tags, Notes), so those stay as they are.
import type { HowFound, Stage } from "../generated/prisma/enums";
import { toCsv } from "./csv";
import { HOW_FOUND_LABELS } from "./format";
import { toLocalInputValue } from "./local-time";
import { PRIORITY_MAX } from "./priority";
import { STAGE_LABELS } from "./stages";

export interface ContactCsvRow {
  name: string;
  title: string | null;
  employer: string | null;
  industry: string | null;
  location: string | null;
  distanceKm: number | null;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  howFound: HowFound;
  connection: string | null;
  motivation: number;
  isAlumniOrAdvocate: boolean;
  openPostings: number;
  priority: number;
  stage: Stage;
  tags: string[];
  doNotContact: boolean;
  archivedAt: Date | null;
  notes: string | null;
  createdAt: Date;
}

/** "2026-11-24 15:30" in `timeZone`: sorts as text, and every spreadsheet reads it as a date and time. */
export function spreadsheetDateTime(instant: Date, timeZone: string): string {
  return toLocalInputValue(instant, timeZone).replace("T", " ");
}

/** The band the priority badge shows (components/contacts/priority-badge.tsx). */
function priorityLabel(priority: number): string {
  const band = priority >= 60 ? "High" : priority >= 40 ? "Medium" : "Low";
  return `${band} (${priority} of ${PRIORITY_MAX})`;
}

/** As the contact form offers it: 0 is "None", 3 stands for "3 or more". */
function postingsLabel(openPostings: number): string {
  return openPostings <= 0 ? "None" : openPostings >= 3 ? "3 or more" : String(openPostings);
}

export function contactsCsv(contacts: readonly ContactCsvRow[], timeZone: string): string {
  const zone = timeZone.replaceAll("_", " ");
  const header = [
    "Name",
    "Title",
    "Employer",
    "Industry",
    "Location",
    "Distance (km)",
    "Email",
    "Phone",
    "LinkedIn URL",
    "How found",
    "Connection",
    "Motivation",
    "Alumni or advocate",
    "Open postings",
    "Priority",
    "Stage",
    "Tags",
    "Do not contact",
    `Archived (${zone} time)`,
    "Notes",
    `Added (${zone} time)`,
  ];
  return toCsv(
    header,
    contacts.map((c) => [
      c.name,
      c.title,
      c.employer,
      c.industry,
      c.location,
      c.distanceKm,
      c.email,
      c.phone,
      c.linkedinUrl,
      HOW_FOUND_LABELS[c.howFound],
      c.connection,
      `${c.motivation} of 5`,
      c.isAlumniOrAdvocate,
      postingsLabel(c.openPostings),
      priorityLabel(c.priority),
      STAGE_LABELS[c.stage],
      c.tags.join(", "),
      c.doNotContact,
      c.archivedAt ? spreadsheetDateTime(c.archivedAt, timeZone) : null,
      c.notes,
      spreadsheetDateTime(c.createdAt, timeZone),
    ]),
  );
}
