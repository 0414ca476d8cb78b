import { describe, expect, it } from "vitest";
import { consentSentence } from "@/lib/domain/consent";

describe("consentSentence", () => {
  it("says what the student shares in one sentence, without repeating the verb", () => {
    expect(consentSentence("CONTACTS")).toBe("You share your progress and contacts.");
    expect(consentSentence("PROGRESS")).toBe("You share your progress.");
    expect(consentSentence("NONE")).toBe("You don't share anything with its staff.");
    for (const level of ["NONE", "PROGRESS", "CONTACTS"] as const) {
      expect(consentSentence(level)).not.toMatch(/share:|shares/i);
    }
  });
});
