import { describe, expect, it } from "vitest";
import { contactPriority, PRIORITY_MAX } from "@/lib/domain/priority";
import { STAGES, isStage, stageIndex } from "@/lib/domain/stages";

describe("contactPriority", () => {
  it.each([
    [{ motivation: 1, isAlumniOrAdvocate: false, openPostings: 0 }, 10],
    [{ motivation: 3, isAlumniOrAdvocate: false, openPostings: 0 }, 30],
    [{ motivation: 3, isAlumniOrAdvocate: true, openPostings: 0 }, 50],
    [{ motivation: 5, isAlumniOrAdvocate: true, openPostings: 3 }, PRIORITY_MAX],
    [{ motivation: 9, isAlumniOrAdvocate: false, openPostings: -2 }, 50],
  ])("%o → %i", (inputs, expected) => {
    expect(contactPriority(inputs)).toBe(expected);
  });

  it("ranks an alumnus with middling motivation above a stranger with high motivation", () => {
    expect(contactPriority({ motivation: 3, isAlumniOrAdvocate: true, openPostings: 0 })).toBeGreaterThan(
      contactPriority({ motivation: 4, isAlumniOrAdvocate: false, openPostings: 0 }),
    );
  });
});

describe("stages", () => {
  it("run find → follow-up in order", () => {
    expect(STAGES).toEqual(["FIND", "OUTREACH", "SCHEDULED", "INTERVIEWED", "THANKED", "FOLLOW_UP"]);
    expect(stageIndex("THANKED")).toBe(4);
    expect(isStage("OUTREACH")).toBe(true);
    expect(isStage("outreach")).toBe(false);
  });
});
