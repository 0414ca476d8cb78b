// A meeting's question agenda: its time budget, where new questions go, moving them, and a
// suggested agenda in TIARA order. Pure functions; the data layer applies the results.
import type { QuestionCategory } from "../generated/prisma/enums";
import { QUESTION_CATEGORIES } from "./format";

/**
 * Minutes no question can use. An informational interview opens with thanks, a reminder of how the
 * student found the person and the 30-second pitch (about 2 minutes with the greeting), and closes
 * with thanks, confirming any names offered and asking to stay in touch (about 1 minute). Career
 * guides time the pitch at 30 seconds and warn that students overrun the agreed length most often
 * in these two moments, so the budget sets 3 minutes aside for them up front.
 */
export const OPENING_MINUTES = 2;
export const CLOSING_MINUTES = 1;
export const ALLOWANCE_MINUTES = OPENING_MINUTES + CLOSING_MINUTES;

/** Minutes a question gets unless the student says otherwise (the schema's default too). */
export const DEFAULT_ITEM_MINUTES = 3;
export const MIN_ITEM_MINUTES = 1;
export const MAX_ITEM_MINUTES = 30;

export interface AgendaBudget {
  meetingMinutes: number;
  allowanceMinutes: number;
  /** The questions' minutes added up. */
  questionMinutes: number;
  /** Questions plus the opening and closing allowance. */
  usedMinutes: number;
  /** Minutes still free for questions (0 when over). */
  remainingMinutes: number;
  /** Minutes past the meeting's end (0 when it fits). */
  overrunMinutes: number;
  fits: boolean;
}

export function agendaBudget(items: readonly { minutes: number }[], meetingMinutes: number): AgendaBudget {
  const questionMinutes = items.reduce((sum, item) => sum + Math.max(0, item.minutes), 0);
  const usedMinutes = questionMinutes + ALLOWANCE_MINUTES;
  const overrunMinutes = Math.max(0, usedMinutes - meetingMinutes);
  return {
    meetingMinutes,
    allowanceMinutes: ALLOWANCE_MINUTES,
    questionMinutes,
    usedMinutes,
    remainingMinutes: Math.max(0, meetingMinutes - usedMinutes),
    overrunMinutes,
    fits: overrunMinutes === 0,
  };
}

const minutesWord = (n: number) => `${n} ${n === 1 ? "minute" : "minutes"}`;

/** "25 of 30 minutes". */
export function budgetSummary(budget: AgendaBudget): string {
  return `${budget.usedMinutes} of ${minutesWord(budget.meetingMinutes)}`;
}

/** The overrun warning, or null when the agenda fits. */
export function overrunWarning(budget: AgendaBudget): string | null {
  if (budget.fits) return null;
  return `Over by ${minutesWord(budget.overrunMinutes)}: this agenda needs ${budget.usedMinutes} of the ${budget.meetingMinutes} minutes agreed. Cut a question or shorten some, and keep to the time you asked for.`;
}

// ---------------------------------------------------------------------------
// Order
// ---------------------------------------------------------------------------

export interface Categorised {
  /** The bank category of the question the item came from; null for a custom question. */
  category: QuestionCategory | null;
}

export const isReferral = (item: Categorised): boolean => item.category === "REFERRALS";

/**
 * Where a new, non-referral question goes: before the referral questions that close the agenda.
 * A referral question the student moved up into the middle stays where they put it; only the
 * trailing run counts.
 */
export function insertionIndex(items: readonly Categorised[]): number {
  let index = items.length;
  while (index > 0 && isReferral(items[index - 1]!)) index--;
  return index;
}

/** `existing` with `incoming` added: referral questions at the end, the rest before them, in order. */
export function insertItems<T extends Categorised>(existing: readonly T[], incoming: readonly T[]): T[] {
  const result = [...existing];
  for (const item of incoming) {
    if (isReferral(item)) result.push(item);
    else result.splice(insertionIndex(result), 0, item);
  }
  return result;
}

/** The list with the item at `from` moved to `to` (clamped); the same array when nothing moves. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const target = Math.min(Math.max(0, Math.trunc(to)), items.length - 1);
  if (from < 0 || from >= items.length || target === from) return [...items];
  const result = [...items];
  const [moved] = result.splice(from, 1);
  result.splice(target, 0, moved as T);
  return result;
}

/** The index `direction` leads to, or null at either end. */
export function stepTarget(length: number, from: number, direction: "up" | "down"): number | null {
  const to = direction === "up" ? from - 1 : from + 1;
  return to < 0 || to >= length ? null : to;
}

/** Positions 0..n-1 in list order: the ones whose stored position differs need writing. */
export function positionChanges(items: readonly { id: string; position: number }[]): { id: string; position: number }[] {
  return items.flatMap((item, index) => (item.position === index ? [] : [{ id: item.id, position: index }]));
}

// ---------------------------------------------------------------------------
// Suggested agenda
// ---------------------------------------------------------------------------

export interface BankQuestion extends Categorised {
  id: string;
  category: QuestionCategory;
}

const categoryRank = (category: QuestionCategory) => QUESTION_CATEGORIES.indexOf(category);

/**
 * A default agenda that fits the meeting: questions in TIARA order (career path and the job,
 * skills, trends, advice, resources) ending with one referral question. Every question gets the
 * default minutes. Categories take turns, so a short meeting covers the most ground: the first
 * question of each category, then the second of each, until the time is used. Questions already on
 * the agenda (`taken`) are skipped, and the minutes they use are counted; no second referral
 * question is suggested when one is there. `bank` is in bank order within each category.
 */
export function suggestAgenda(
  bank: readonly BankQuestion[],
  meetingMinutes: number,
  taken: readonly (Categorised & { questionId: string | null; minutes: number })[] = [],
  minutesPerItem = DEFAULT_ITEM_MINUTES,
): BankQuestion[] {
  const takenIds = new Set(taken.map((t) => t.questionId).filter(Boolean));
  const free = agendaBudget(taken, meetingMinutes).remainingMinutes;
  let slots = Math.floor(free / minutesPerItem);
  if (slots <= 0) return [];
  const available = bank.filter((q) => !takenIds.has(q.id));
  const picks: BankQuestion[] = [];
  if (!taken.some(isReferral)) {
    const referral = available.find(isReferral);
    if (referral) {
      picks.push(referral);
      slots--;
    }
  }
  const queues = QUESTION_CATEGORIES.filter((c) => c !== "REFERRALS").map((category) => available.filter((q) => q.category === category));
  for (let round = 0; slots > 0; round++) {
    let pickedThisRound = false;
    for (const queue of queues) {
      const question = queue[round];
      if (!question || slots <= 0) continue;
      picks.push(question);
      pickedThisRound = true;
      slots--;
    }
    if (!pickedThisRound) break;
  }
  const order = new Map(bank.map((q, i) => [q.id, i]));
  return picks.sort((a, b) => categoryRank(a.category) - categoryRank(b.category) || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}
