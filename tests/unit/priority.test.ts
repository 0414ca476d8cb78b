import { describe, expect, it } from "vitest";
import { contactPriority, PRIORITY_MAX, priorityExplanation } from "@/lib/domain/priority";
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

describe("priorityExplanation", () => {
  it("names what each point is for, adding up to the score", () => {
    expect(priorityExplanation({ motivation: 4, isAlumniOrAdvocate: true, openPostings: 2 })).toBe(
      "70 of 85 points: 40 for motivation (4 of 5), 20 for alumni or advocate, 10 for 2 open postings.",
    );
    expect(priorityExplanation({ motivation: 2, isAlumniOrAdvocate: false, openPostings: 1 })).toBe("25 of 85 points: 20 for motivation (2 of 5), 5 for 1 open posting.");
    expect(priorityExplanation({ motivation: 3, isAlumniOrAdvocate: false, openPostings: 0 })).toBe("30 of 85 points: 30 for motivation (3 of 5).");
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
