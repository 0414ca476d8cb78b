// Writing CSV that spreadsheets open safely. RFC 4180 quoting, CRLF line ends, and a UTF-8 byte
// order mark so Excel reads accents right. A cell a spreadsheet would run as a formula (starting
// with =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe: the text stays
// readable, and a contact named "=HYPERLINK(...)" can never execute in a staff member's Excel.

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, neutralised and quoted as needed. Numbers are written as they are (a negative number is data, not a formula). */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: the header row then the rows, CRLF-separated, with a leading BOM. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
