// The CSV formula guard: it neutralises what a spreadsheet would run, and leaves phone numbers alone
// (an international number starts with +, and an apostrophe in front of it is a corrupted number).
import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/domain/csv";

describe("csvCell formula guard", () => {
  it("writes international phone numbers unchanged", () => {
    for (const phone of ["+1 415 555 0100", "+14155550100", "+44 (0)20 7946 0958", "+1-614-555-0100", "+33 1.23.45.67.89", "+(49) 30 901820"]) {
      expect(csvCell(phone)).toBe(phone);
    }
    expect(toCsv(["Phone"], [["+1 415 555 0100"]])).toBe("\uFEFFPhone\r\n+1 415 555 0100\r\n");
  });

  it("still neutralises formula payloads, including ones that start like a phone number", () => {
    const payloads = [
      "=1+1",
      "+cmd|' /C calc'!A0",
      "+1",
      "-2+3",
      "@SUM(A1:A2)",
      "\t=1+1",
      "\r=1+1",
      "+1 415 555 0100+HYPERLINK(\"http://evil\")",
      "+1 415 555 0100\n=cmd|' /C calc'!A0",
      "+1\t415 555 0100",
      "+SUM(1 2 3 4 5 6 7)",
      "-1 415 555 0100",
      "=+1 415 555 0100",
    ];
    for (const payload of payloads) expect(csvCell(payload).replace(/^"/, "")).toMatch(/^'/);
  });
});
