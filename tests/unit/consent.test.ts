import { describe, expect, it } from "vitest";
import { consentSavedMessage, consentSentence } from "@/lib/domain/consent";

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

describe("consentSavedMessage", () => {
  // It said "Saved: shares progress.", the badge's label lowercased.
  it("says in a sentence what the cohort's staff now see", () => {
    expect(consentSavedMessage("CONTACTS", "Communications Fall 2026")).toBe("Saved. You now share your progress and contacts with the staff of Communications Fall 2026.");
    expect(consentSavedMessage("PROGRESS", "Communications Fall 2026")).toBe("Saved. You now share your progress with the staff of Communications Fall 2026.");
    expect(consentSavedMessage("NONE", "Communications Fall 2026")).toBe("Saved. You now share nothing with the staff of Communications Fall 2026.");
    for (const level of ["NONE", "PROGRESS", "CONTACTS"] as const) {
      expect(consentSavedMessage(level, "X")).not.toMatch(/Saved:|shares|not sharing/i);
    }
  });
});
