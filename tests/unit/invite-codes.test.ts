import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  COHORT_CODE_GROUPS,
  INVITE_CODE_ALPHABET,
  STAFF_CODE_GROUPS,
  codeBits,
  generateCohortCode,
  generateStaffInviteCode,
  isCohortCode,
  isStaffInviteCode,
  nextFreeSlug,
  normaliseCode,
  slugFromName,
} from "@/lib/domain/invite-codes";

/** A random source that plays back a fixed sequence, so a code's every character is known. */
function sequence(values: number[]): (max: number) => number {
  let i = 0;
  return (max) => {
    const value = values[i++ % values.length] ?? 0;
    expect(max).toBe(INVITE_CODE_ALPHABET.length);
    return value;
  };
}

describe("the alphabet", () => {
  it("has 32 characters without look-alikes", () => {
    expect(INVITE_CODE_ALPHABET).toHaveLength(32);
    expect(new Set(INVITE_CODE_ALPHABET).size).toBe(32);
    for (const lookAlike of ["0", "O", "1", "I"]) expect(INVITE_CODE_ALPHABET).not.toContain(lookAlike);
  });
});

describe("generateCohortCode", () => {
  it("draws eight characters in two groups of four, in order", () => {
    expect(generateCohortCode(sequence([0, 1, 2, 3, 28, 29, 30, 31]))).toBe("ABCD-6789");
  });

  it("has the shape /join accepts", () => {
    for (let i = 0; i < 200; i++) {
      const code = generateCohortCode(randomInt);
      expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
      expect(isCohortCode(code)).toBe(true);
    }
  });

  it("refuses a random source that steps outside the alphabet", () => {
    expect(() => generateCohortCode(() => 32)).toThrow(RangeError);
    expect(() => generateCohortCode(() => 1.5)).toThrow(RangeError);
  });
});

describe("generateStaffInviteCode", () => {
  it("carries at least 128 bits", () => {
    expect(codeBits(STAFF_CODE_GROUPS)).toBeGreaterThanOrEqual(128);
    expect(codeBits(STAFF_CODE_GROUPS)).toBe(140);
    expect(codeBits(COHORT_CODE_GROUPS)).toBe(40);
  });

  it("draws seven groups of four", () => {
    const code = generateStaffInviteCode(sequence([7]));
    expect(code).toBe("HHHH-HHHH-HHHH-HHHH-HHHH-HHHH-HHHH");
    expect(isStaffInviteCode(code)).toBe(true);
  });

  it("does not repeat itself over many draws, and uses the whole alphabet", () => {
    const codes = new Set<string>();
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const code = generateStaffInviteCode(randomInt);
      expect(isStaffInviteCode(code)).toBe(true);
      codes.add(code);
      for (const c of code.replace(/-/g, "")) seen.add(c);
    }
    expect(codes.size).toBe(2000);
    expect(seen.size).toBe(32);
  });
});

describe("normaliseCode", () => {
  it.each<[string, string]>([
    ["k7qm-2xpa", "K7QM-2XPA"],
    [" k7qm 2xpa ", "K7QM-2XPA"],
    ["K7QM2XPA", "K7QM-2XPA"],
    ["hhhhhhhhhhhhhhhhhhhhhhhhhhhh", "HHHH-HHHH-HHHH-HHHH-HHHH-HHHH-HHHH"],
    ["hhhh-hhhh hhhh_hhhh.hhhh/hhhh-hhhh/", "HHHH-HHHH-HHHH-HHHH-HHHH-HHHH-HHHH"],
    ["abc", "ABC"],
    ["", ""],
    ["--", ""],
  ])("%j → %j", (raw, expected) => {
    expect(normaliseCode(raw)).toBe(expected);
  });
});

describe("isStaffInviteCode / isCohortCode", () => {
  it.each<[string, boolean, boolean]>([
    ["K7QM-2XPA", false, true],
    ["HHHH-HHHH-HHHH-HHHH-HHHH-HHHH-HHHH", true, false],
    // Six groups: 120 bits, too few for staff.
    ["HHHH-HHHH-HHHH-HHHH-HHHH-HHHH", false, false],
    ["HHHH-HHHH-HHHH-HHHH-HHHH-HHHH-HHHH-HHHH", false, false],
    // Look-alikes never appear in a generated code, so a code holding one is mistyped.
    ["HHHH-HHHH-HHHH-HHHH-HHHH-HHHH-HHH0", false, false],
    ["K7QM-2XP1", false, false],
    ["k7qm-2xpa", false, false],
    ["K7QM2XPA", false, false],
  ])("%s: staff %s, cohort %s", (code, staff, cohort) => {
    expect(isStaffInviteCode(code)).toBe(staff);
    expect(isCohortCode(code)).toBe(cohort);
  });
});

describe("slugFromName", () => {
  it.each<[string, string]>([
    ["Ohio State Career Center", "ohio-state-career-center"],
    ["  Université de Montréal  ", "universite-de-montreal"],
    ["Arts & Sciences — Careers", "arts-and-sciences-careers"],
    ["C.O.D.E. 2026!!", "c-o-d-e-2026"],
    ["東京", "career-centre"],
    ["---", "career-centre"],
  ])("%j → %j", (name, slug) => {
    expect(slugFromName(name)).toBe(slug);
  });

  it("keeps at most 60 characters and never ends on a dash", () => {
    const slug = slugFromName(`${"a".repeat(59)} b`);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith("-")).toBe(false);
    expect(slug).toBe("a".repeat(59));
  });
});

describe("nextFreeSlug", () => {
  it.each<[string, string[], string]>([
    ["centre", [], "centre"],
    ["centre", ["centre"], "centre-2"],
    ["centre", ["centre", "centre-2", "centre-3"], "centre-4"],
    ["centre", ["centre", "centre-3"], "centre-2"],
    ["centre", ["centre-2"], "centre"],
  ])("%s with %j taken → %s", (base, taken, expected) => {
    expect(nextFreeSlug(base, new Set(taken))).toBe(expected);
  });
});
