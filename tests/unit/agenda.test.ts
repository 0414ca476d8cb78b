import { describe, expect, it } from "vitest";
import {
  agendaBudget,
  ALLOWANCE_MINUTES,
  budgetSummary,
  insertionIndex,
  insertItems,
  moveItem,
  overrunWarning,
  positionChanges,
  stepTarget,
  suggestAgenda,
  type BankQuestion,
  type Categorised,
} from "@/lib/domain/agenda";
import type { QuestionCategory } from "@/lib/generated/prisma/enums";

const m = (...minutes: number[]) => minutes.map((n) => ({ minutes: n }));

describe("agendaBudget", () => {
  it("sets 3 minutes aside for the opening, pitch and closing", () => {
    expect(ALLOWANCE_MINUTES).toBe(3);
  });

  it.each([
    // items, meeting length → used, remaining, overrun
    [m(), 30, 3, 27, 0],
    [m(5, 5, 4, 5, 3), 30, 25, 5, 0],
    [m(9, 9, 9), 30, 30, 0, 0],
    [m(9, 9, 9, 1), 30, 31, 0, 1],
    [m(3, 3, 3, 3, 3, 3), 20, 21, 0, 1],
    [m(10, 10), 20, 23, 0, 3],
  ])("%o in %i minutes → %i used, %i left, %i over", (items, length, used, remaining, over) => {
    const budget = agendaBudget(items, length);
    expect(budget.usedMinutes).toBe(used);
    expect(budget.remainingMinutes).toBe(remaining);
    expect(budget.overrunMinutes).toBe(over);
    expect(budget.fits).toBe(over === 0);
    expect(budget.questionMinutes).toBe(used - 3);
  });

  it("says how much of the meeting is planned, and warns only when it overruns, by how much", () => {
    const fits = agendaBudget(m(5, 5, 4, 5, 3), 30);
    expect(budgetSummary(fits)).toBe("25 of 30 minutes");
    expect(overrunWarning(fits)).toBeNull();
    const over = agendaBudget(m(5, 5, 5, 5, 5), 20);
    expect(budgetSummary(over)).toBe("28 of 20 minutes");
    expect(overrunWarning(over)).toMatch(/^Over by 8 minutes: this agenda needs 28 of the 20 minutes agreed\./);
    expect(overrunWarning(agendaBudget(m(18), 20))).toMatch(/^Over by 1 minute:/);
  });
});

const item = (name: string, category: QuestionCategory | null = "THE_JOB") => ({ name, category });
const names = (items: { name: string }[]) => items.map((i) => i.name);

describe("where new questions go", () => {
  it("goes before the trailing referral questions, or at the end when there are none", () => {
    expect(insertionIndex([])).toBe(0);
    expect(insertionIndex([item("a"), item("b")])).toBe(2);
    expect(insertionIndex([item("a"), item("who", "REFERRALS")])).toBe(1);
    expect(insertionIndex([item("a"), item("who", "REFERRALS"), item("mention", "REFERRALS")])).toBe(1);
    // A referral question the student moved up stays put; only the closing run counts.
    expect(insertionIndex([item("who", "REFERRALS"), item("a")])).toBe(2);
  });

  it("keeps the referral question last when adding, custom ones included, and keeps their order", () => {
    const existing: (Categorised & { name: string })[] = [item("start", "CAREER_PATH"), item("who", "REFERRALS")];
    const added = insertItems(existing, [item("day"), item("other", "REFERRALS"), item("custom", null), item("trends", "TRENDS")]);
    expect(names(added)).toEqual(["start", "day", "custom", "trends", "who", "other"]);
    expect(names(existing)).toEqual(["start", "who"]);
  });
});

describe("moving", () => {
  const list = ["a", "b", "c", "d"];
  it.each([
    [0, 2, ["b", "c", "a", "d"]],
    [3, 0, ["d", "a", "b", "c"]],
    [1, 1, ["a", "b", "c", "d"]],
    [1, 99, ["a", "c", "d", "b"]],
    [2, -5, ["c", "a", "b", "d"]],
    [7, 0, ["a", "b", "c", "d"]],
  ])("from %i to %i", (from, to, expected) => {
    expect(moveItem(list, from, to)).toEqual(expected);
  });

  it("steps up and down, and stops at either end", () => {
    expect(stepTarget(4, 0, "up")).toBeNull();
    expect(stepTarget(4, 0, "down")).toBe(1);
    expect(stepTarget(4, 3, "down")).toBeNull();
    expect(stepTarget(4, 2, "up")).toBe(1);
  });

  it("rewrites only the positions that differ from list order", () => {
    expect(positionChanges([{ id: "x", position: 0 }, { id: "y", position: 2 }, { id: "z", position: 1 }])).toEqual([
      { id: "y", position: 1 },
      { id: "z", position: 2 },
    ]);
    expect(positionChanges([{ id: "x", position: 0 }])).toEqual([]);
  });
});

describe("suggestAgenda", () => {
  const q = (id: string, category: QuestionCategory): BankQuestion => ({ id, category });
  const bank: BankQuestion[] = [
    q("start", "CAREER_PATH"),
    q("path", "CAREER_PATH"),
    q("day", "THE_JOB"),
    q("best", "THE_JOB"),
    q("skills", "SKILLS"),
    q("trends", "TRENDS"),
    q("ai", "TRENDS"),
    q("plan", "ADVICE"),
    q("orgs", "RESOURCES"),
    q("who", "REFERRALS"),
    q("mention", "REFERRALS"),
  ];
  const ids = (qs: BankQuestion[]) => qs.map((x) => x.id);

  it("fills a 20-minute meeting in TIARA order with one referral question last, and fits", () => {
    const picks = suggestAgenda(bank, 20);
    // 17 free minutes: 5 questions of 3 minutes.
    expect(ids(picks)).toEqual(["start", "day", "skills", "trends", "who"]);
    expect(agendaBudget(picks.map(() => ({ minutes: 3 })), 20).fits).toBe(true);
  });

  it("covers every category once before taking a second from any, for 30 minutes", () => {
    // 27 free minutes: 9 questions.
    expect(ids(suggestAgenda(bank, 30))).toEqual(["start", "path", "day", "best", "skills", "trends", "plan", "orgs", "who"]);
  });

  it("skips what is on the agenda, counts its minutes, and adds no second referral question", () => {
    const taken = [
      { questionId: "start", category: "CAREER_PATH" as const, minutes: 5 },
      { questionId: "who", category: "REFERRALS" as const, minutes: 3 },
    ];
    // 30 − 3 − 8 = 19 free: 6 questions.
    expect(ids(suggestAgenda(bank, 30, taken))).toEqual(["path", "day", "skills", "trends", "plan", "orgs"]);
  });

  it("suggests nothing when the agenda is already full, and stops when the bank runs out", () => {
    expect(suggestAgenda(bank, 20, [{ questionId: null, category: null, minutes: 17 }])).toEqual([]);
    expect(ids(suggestAgenda([q("a", "SKILLS")], 60))).toEqual(["a"]);
  });
});
