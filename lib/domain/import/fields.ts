// The contact fields a file's columns can map to. Kept apart from the parser so the mapping form
// (a client component) does not pull papaparse into the browser.

export const IMPORT_FIELDS = [
  "name",
  "firstName",
  "middleName",
  "lastName",
  "title",
  "employer",
  "industry",
  "location",
  "distance",
  "email",
  "phone",
  "linkedinUrl",
  "notes",
  "tags",
  "connectedOn",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  name: "Full name",
  firstName: "First name",
  middleName: "Middle name",
  lastName: "Last name",
  title: "Job title",
  employer: "Employer",
  industry: "Industry",
  location: "Location",
  distance: "Distance (km, or “15 mi”)",
  email: "Email",
  phone: "Phone",
  linkedinUrl: "LinkedIn URL",
  notes: "Notes",
  tags: "Tags",
  connectedOn: "Connected on",
};

/** Column index → field (null: not imported). */
export type ColumnMapping = (ImportField | null)[];
