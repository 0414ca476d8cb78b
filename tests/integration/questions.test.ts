// The question bank through the DAL and the actions: own questions added, edited, deleted; any
// question hidden and shown again; built-in questions refused for edits; another user's questions
// and hides invisible and unchangeable.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createQuestionAction,
  deleteQuestionAction,
  hideQuestionAction,
  unhideQuestionAction,
  updateQuestionAction,
} from "@/lib/actions/questions";
import { FieldError, NotFoundError } from "@/lib/data/errors";
import {
  countHiddenQuestions,
  createQuestion,
  deleteQuestion,
  getBankQuestion,
  hideQuestion,
  listBankQuestions,
  listHiddenQuestions,
  listQuestions,
  listQuestionTags,
  unhideQuestion,
  updateQuestion,
} from "@/lib/data/questions";
import { getDatabase } from "@/lib/db";
import { initialFormState } from "@/lib/validation/form-state";
import { questionFieldsSchema } from "@/lib/validation/questions";
import { createTestUser } from "../support/factories";
import { signInAs } from "../support/session";

const prisma = () => getDatabase().prisma;

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

let owner: { id: string };
let other: { id: string };
let builtIn: { start: string; trends: string; whoElse: string };

beforeAll(async () => {
  owner = await createTestUser("Asker");
  other = await createTestUser("Stranger");
  const make = (category: "CAREER_PATH" | "TRENDS" | "REFERRALS", tier: "JOB" | "INDUSTRY", text: string, position: number, tags: string[] = []) =>
    prisma().question.create({ data: { ownerId: null, category, tier, text, position, tags }, select: { id: true } });
  builtIn = {
    start: (await make("CAREER_PATH", "JOB", "How did you get started in this field?", 0, ["opener"])).id,
    trends: (await make("TRENDS", "INDUSTRY", "What trends are changing this industry right now?", 1)).id,
    whoElse: (await make("REFERRALS", "JOB", "Who else should I talk to?", 2, ["closing"])).id,
  };
});

beforeEach(async () => {
  // Each test starts from the built-in bank only: no own questions, nothing hidden.
  await prisma().questionHide.deleteMany({});
  await prisma().question.deleteMany({ where: { ownerId: { not: null } } });
  await signInAs(owner.id);
});

const fields = (values: Partial<Record<"text" | "category" | "tier", string>> & { tags?: string[] } = {}) =>
  questionFieldsSchema.parse({ text: "What does a campaign debrief look like here?", category: "THE_JOB", tier: "JOB", tags: ["agency"], ...values });

describe("adding a question", () => {
  it("puts each error on its field and keeps everything typed", async () => {
    const typed = { text: "Why?", category: "NOPE", tier: "INDUSTRY", tags: "agency, Agency ,nyc" };
    const state = await createQuestionAction(initialFormState, form(typed));
    expect(state.status).toBe("invalid");
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["category", "text"]);
    expect(state.fieldErrors?.text).toMatch(/whole question/);
    expect(state.values).toEqual(typed);
    expect(await prisma().question.count({ where: { ownerId: owner.id } })).toBe(0);

    const empty = await createQuestionAction(initialFormState, form({ text: "   ", category: "SKILLS", tier: "JOB" }));
    expect(empty.fieldErrors).toEqual({ text: "Write the question." });
  });

  it("saves it as the viewer's own, tags lower-cased once each, last in its category, and lists it in TIARA order", async () => {
    const state = await createQuestionAction(
      initialFormState,
      form({ text: "  How do agencies measure earned media?  ", category: "TRENDS", tier: "INDUSTRY", tags: "Agency, measurement , agency" }),
    );
    expect(state).toMatchObject({ status: "saved", message: "Added “How do agencies measure earned media?”." });
    const row = await prisma().question.findFirstOrThrow({ where: { ownerId: owner.id } });
    expect(row).toMatchObject({ text: "How do agencies measure earned media?", category: "TRENDS", tier: "INDUSTRY", tags: ["agency", "measurement"], position: 2 });

    const bank = await listQuestions();
    expect(bank.map((q) => q.text)).toEqual([
      "How did you get started in this field?",
      "What trends are changing this industry right now?",
      "How do agencies measure earned media?",
      "Who else should I talk to?",
    ]);
    expect(bank.map((q) => q.isOwn)).toEqual([false, false, true, false]);
    // listQuestions keeps its shape: no ownerId leaks out.
    expect(Object.keys(bank[2]!).sort()).toEqual(["category", "id", "isOwn", "position", "tags", "text", "tier"]);
  });
});

describe("filtering the bank", () => {
  it("narrows by tier, category and tag, alone and together", async () => {
    const own = await createQuestion(fields({ text: "Which agencies lead on podcast PR?", category: "TRENDS", tier: "INDUSTRY", tags: ["agency", "podcasts"] }));
    const texts = async (filter: Parameters<typeof listBankQuestions>[0]) => (await listBankQuestions(filter)).map((q) => q.id);
    expect(await texts({ tier: "INDUSTRY" })).toEqual([builtIn.trends, own.id]);
    expect(await texts({ tier: "JOB" })).toEqual([builtIn.start, builtIn.whoElse]);
    expect(await texts({ category: "REFERRALS" })).toEqual([builtIn.whoElse]);
    expect(await texts({ tag: "agency" })).toEqual([own.id]);
    expect(await texts({ tag: "opener", tier: "INDUSTRY" })).toEqual([]);
    expect(await texts({ category: "TRENDS", tier: "INDUSTRY", tag: "podcasts" })).toEqual([own.id]);
    expect(await listQuestionTags()).toEqual(["agency", "closing", "opener", "podcasts"]);
  });
});

describe("editing and deleting", () => {
  it("edits the viewer's own question and moves it to the end of a new category", async () => {
    const { id } = await createQuestion(fields());
    const state = await updateQuestionAction(
      initialFormState,
      form({ questionId: id, text: "Who should I ask about podcast PR?", category: "REFERRALS", tier: "INDUSTRY", tags: "podcasts" }),
    );
    expect(state.status).toBe("saved");
    expect(await prisma().question.findUniqueOrThrow({ where: { id } })).toMatchObject({
      text: "Who should I ask about podcast PR?",
      category: "REFERRALS",
      tier: "INDUSTRY",
      tags: ["podcasts"],
      position: 3,
    });
  });

  it("refuses to edit or delete a built-in question, through the DAL and the actions", async () => {
    await expect(updateQuestion(builtIn.start, fields())).rejects.toBeInstanceOf(FieldError);
    await expect(deleteQuestion(builtIn.start)).rejects.toBeInstanceOf(FieldError);
    const edit = await updateQuestionAction(initialFormState, form({ questionId: builtIn.start, text: "Changed by a student?", category: "CAREER_PATH", tier: "JOB" }));
    expect(edit).toMatchObject({ status: "error", message: expect.stringMatching(/can’t be edited/) });
    expect(edit.values?.text).toBe("Changed by a student?");
    const del = await deleteQuestionAction(builtIn.start);
    expect(del).toMatchObject({ status: "error", message: expect.stringMatching(/can’t be deleted/) });
    expect(await prisma().question.findUniqueOrThrow({ where: { id: builtIn.start } })).toMatchObject({
      ownerId: null,
      text: "How did you get started in this field?",
    });
  });

  it("deletes the viewer's own question; an agenda item made from it keeps its text", async () => {
    const { id } = await createQuestion(fields());
    const contact = await prisma().contact.create({ data: { ownerId: owner.id, name: "Priya Shah" }, select: { id: true } });
    const meeting = await prisma().meeting.create({
      data: {
        ownerId: owner.id,
        contactId: contact.id,
        title: "Informational interview with Priya Shah",
        startsAt: new Date("2026-12-01T15:00:00Z"),
        timeZone: "America/New_York",
        icsUid: `test-${id}@rapport.app`,
      },
      select: { id: true },
    });
    const item = await prisma().agendaItem.create({ data: { meetingId: meeting.id, questionId: id, text: "What does a campaign debrief look like here?", position: 0 } });
    expect(await deleteQuestionAction(id)).toMatchObject({ status: "saved" });
    expect(await prisma().question.findUnique({ where: { id } })).toBeNull();
    expect(await prisma().agendaItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ questionId: null, text: "What does a campaign debrief look like here?" });
    expect(await deleteQuestionAction(id)).toMatchObject({ status: "error", message: expect.stringMatching(/no longer exists/) });
  });
});

describe("hiding", () => {
  it("hides a built-in and an own question from the bank, counts them, and shows them again", async () => {
    const own = await createQuestion(fields());
    expect(await hideQuestionAction(builtIn.trends)).toMatchObject({ status: "saved" });
    await hideQuestion(own.id);
    await hideQuestion(own.id); // twice is harmless
    const visible = (await listQuestions()).map((q) => q.id);
    expect(visible).not.toContain(builtIn.trends);
    expect(visible).not.toContain(own.id);
    expect(await countHiddenQuestions()).toBe(2);
    expect((await listHiddenQuestions()).map((q) => q.id)).toEqual([own.id, builtIn.trends]);
    // An agenda may still resolve a hidden question it already uses.
    expect((await getBankQuestion(builtIn.trends)).text).toBe("What trends are changing this industry right now?");

    expect(await unhideQuestionAction(builtIn.trends)).toMatchObject({ status: "saved" });
    await unhideQuestion(builtIn.trends); // not hidden any more: harmless
    expect((await listQuestions()).map((q) => q.id)).toContain(builtIn.trends);
    expect(await countHiddenQuestions()).toBe(1);
  });

  it("hides per user: one student's hide leaves another's bank alone", async () => {
    await hideQuestion(builtIn.whoElse);
    await signInAs(other.id);
    expect((await listQuestions()).map((q) => q.id)).toContain(builtIn.whoElse);
    expect(await countHiddenQuestions()).toBe(0);
    expect(await listHiddenQuestions()).toEqual([]);
  });
});

describe("another user", () => {
  it("can neither see nor change, hide or delete someone's own questions, nor undo their hides", async () => {
    const mine = await createQuestion(fields({ tags: ["secret-tag"] }));
    await hideQuestion(builtIn.start);

    await signInAs(other.id);
    expect((await listQuestions()).map((q) => q.id)).not.toContain(mine.id);
    expect(await listBankQuestions({ tag: "secret-tag" })).toEqual([]);
    expect(await listQuestionTags()).not.toContain("secret-tag");
    await expect(getBankQuestion(mine.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateQuestion(mine.id, fields({ text: "Taken over by a stranger" }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteQuestion(mine.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(hideQuestion(mine.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(unhideQuestion(mine.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await updateQuestionAction(initialFormState, form({ questionId: mine.id, text: "Taken over by a stranger", category: "SKILLS", tier: "JOB" }))).toMatchObject({ status: "error" });
    expect(await deleteQuestionAction(mine.id)).toMatchObject({ status: "error" });
    expect(await hideQuestionAction(mine.id)).toMatchObject({ status: "error" });
    // Showing a built-in question "again" touches only the stranger's own hides.
    await unhideQuestion(builtIn.start);

    expect(await prisma().question.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({ ownerId: owner.id, text: "What does a campaign debrief look like here?" });
    expect(await prisma().questionHide.findMany({ select: { userId: true, questionId: true } })).toEqual([{ userId: owner.id, questionId: builtIn.start }]);
  });
});
