// A contact's priority, from the find-stage inputs in product.md. Motivation weighs most: a student
// who really wants this conversation prepares for it. An alumnus or advocate is far likelier to
// answer; open postings mean the team is growing and people there have news to share.
export interface PriorityInputs {
  motivation: number; // 1–5
  isAlumniOrAdvocate: boolean;
  openPostings: number; // 0–3
}

export const PRIORITY_MAX = 5 * 10 + 20 + 3 * 5;

/** 0–85, higher first. */
export function contactPriority(inputs: PriorityInputs): number {
  return priorityParts(inputs).reduce((sum, part) => sum + part.points, 0);
}

/**
 * The score in words, so "70 of 85" is not a mystery: "70 of 85 points: 40 for motivation (4 of 5),
 * 20 for alumni or advocate, 10 for 2 open postings."
 */
export function priorityExplanation(inputs: PriorityInputs): string {
  const parts = priorityParts(inputs).filter((part) => part.points > 0);
  return `${contactPriority(inputs)} of ${PRIORITY_MAX} points: ${parts.map((part) => `${part.points} for ${part.why}`).join(", ")}.`;
}

function priorityParts({ motivation, isAlumniOrAdvocate, openPostings }: PriorityInputs): { points: number; why: string }[] {
  const m = Math.min(5, Math.max(1, Math.round(motivation)));
  const p = Math.min(3, Math.max(0, Math.round(openPostings)));
  return [
    { points: m * 10, why: `motivation (${m} of 5)` },
    { points: isAlumniOrAdvocate ? 20 : 0, why: "alumni or advocate" },
    { points: p * 5, why: p === 1 ? "1 open posting" : `${p} open postings` },
  ];
}
