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
export function contactPriority({ motivation, isAlumniOrAdvocate, openPostings }: PriorityInputs): number {
  const m = Math.min(5, Math.max(1, Math.round(motivation)));
  const p = Math.min(3, Math.max(0, Math.round(openPostings)));
  return m * 10 + (isAlumniOrAdvocate ? 20 : 0) + p * 5;
}
