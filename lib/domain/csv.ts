// Writing CSV that spreadsheets open safely. RFC 4180 quoting, CRLF line ends, and a UTF-8 byte
// order mark so Excel reads accents right. A cell a spreadsheet would run as a formula (starting
// with =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe: the text stays
// readable, and a contact named "=HYPERLINK(...)" can never execute in a staff member's Excel.
// The one exception is a phone number written the international way ("+1 415 555 0100"): a + then
// only digits, spaces, dashes, dots and parentheses can name no function, reference or DDE link,
// so it is written unchanged rather than corrupted with an apostrophe. Every CSV Rapport writes
// (contacts, cohort, an import's skipped rows) goes through csvCell, so they all agree.

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
/** "+" then digits, plain spaces, dashes, dots and parentheses only, with at least 7 digits ("+1" alone is a formula). */
const INTERNATIONAL_PHONE = /^\+[0-9 ().-]+$/;
const PHONE_MIN_DIGITS = 7;

function isPhoneNumber(value: string): boolean {
  return INTERNATIONAL_PHONE.test(value) && (value.match(/[0-9]/g)?.length ?? 0) >= PHONE_MIN_DIGITS;
}

/** Would a spreadsheet read this text as a formula? */
export function looksLikeFormula(value: string): boolean {
  return FORMULA_START.test(value) && !isPhoneNumber(value);
}

/** One cell, neutralised and quoted as needed. Numbers are written as they are (a negative number is data, not a formula). */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  const text = looksLikeFormula(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: the header row then the rows, CRLF-separated, with a leading BOM. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
