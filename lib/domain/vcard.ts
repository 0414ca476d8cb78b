// Writing contacts as vCard 4.0 (RFC 6350), which Apple, Google and Outlook contacts import.
// Line folding and text escaping follow the same rules as iCalendar, so they are reused from ics.ts.
import { escapeLineBreaks, foldLine, singleLine } from "./ics";

export interface VcardContact {
  id: string;
  name: string;
  title: string | null;
  employer: string | null;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  location: string | null;
  notes: string | null;
  tags: string[];
  updatedAt: Date;
}

/** TEXT values escape backslash, comma and line breaks, a lone CR included (RFC 6350 §3.4). */
function escape(value: string): string {
  return escapeLineBreaks(value.replace(/\\/g, "\\\\").replace(/,/g, "\\,"));
}

/** A component of a structured value (N, ORG, ADR) also escapes the semicolon that separates components. */
function component(value: string): string {
  return escape(value).replace(/;/g, "\\;");
}

/** FN is the name as written; N is a best guess at family;given for sorting in address books. */
function structuredName(name: string): string {
  const parts = name.trim().split(/\s+/);
  const family = parts.length > 1 ? parts.pop()! : "";
  return `${component(family)};${component(parts.join(" "))};;;`;
}

export function buildVcards(contacts: readonly VcardContact[]): string {
  const lines: string[] = [];
  for (const c of contacts) {
    lines.push("BEGIN:VCARD", "VERSION:4.0", `UID:urn:rapport:contact:${singleLine(c.id)}`, `FN:${escape(c.name)}`, `N:${structuredName(c.name)}`);
    if (c.employer) lines.push(`ORG:${component(c.employer)}`);
    if (c.title) lines.push(`TITLE:${escape(c.title)}`);
    if (c.email) lines.push(`EMAIL;TYPE=work:${escape(c.email)}`);
    if (c.phone) lines.push(`TEL;VALUE=text:${escape(c.phone)}`);
    if (c.linkedinUrl) lines.push(`URL;TYPE=linkedin:${singleLine(c.linkedinUrl)}`);
    if (c.location) lines.push(`ADR;TYPE=work:;;;${component(c.location)};;;`);
    if (c.tags.length) lines.push(`CATEGORIES:${c.tags.map(escape).join(",")}`);
    if (c.notes) lines.push(`NOTE:${escape(c.notes)}`);
    lines.push(`REV:${c.updatedAt.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "")}`, "END:VCARD");
  }
  return lines.map(foldLine).join("\r\n") + (lines.length ? "\r\n" : "");
}
