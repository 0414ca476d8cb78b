import { describe, expect, it } from "vitest";
import { passwordWeakness } from "@/lib/domain/password";

describe("passwordWeakness", () => {
  it.each([
    ["", /at least 10/],
    ["abc12345", /at least 10/],
    ["Password123", /leaked/],
    ["1111122222", /different characters/],
    ["mayachen-rocks", /email/],
    ["x".repeat(201), /at most 200/],
  ])("refuses %j", (password, message) => {
    expect(passwordWeakness(password, "mayachen@osu.edu")).toMatch(message);
  });

  it.each(["correct horse battery staple", "Tr4ilRunner!2026", "ünïcødé-pässwörd"])("accepts %j", (password) => {
    expect(passwordWeakness(password, "mayachen@osu.edu")).toBeNull();
  });
});
