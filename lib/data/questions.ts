// The question bank: the built-in questions (ownerId null) and the viewer's own, minus the ones the
// viewer has hidden. Users add, edit and delete their own questions; built-in ones are never
// edited or deleted by anyone through the app, only hidden per user. Another user's own questions
// behave as missing: NotFoundError, whatever the operation.
import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { QuestionFields, QuestionFilter } from "../validation/questions";
import { FieldError, NotFoundError } from "./errors";
import { requireViewer } from "./viewer";

const questionRow = {
  id: true,
  ownerId: true,
  category: true,
  tier: true,
  text: true,
  tags: true,
  position: true,
} satisfies Prisma.QuestionSelect;

type QuestionRecord = Prisma.QuestionGetPayload<{ select: typeof questionRow }>;

export type QuestionRow = Omit<QuestionRecord, "ownerId"> & { isOwn: boolean };

const BANK_ORDER = [{ category: "asc" }, { position: "asc" }, { createdAt: "asc" }] satisfies Prisma.QuestionOrderByWithRelationInput[];

/** Built in, or the viewer's own: the questions the viewer may see at all. */
const visibleTo = (viewerId: string): Prisma.QuestionWhereInput => ({ OR: [{ ownerId: null }, { ownerId: viewerId }] });

function filterWhere(filter: QuestionFilter): Prisma.QuestionWhereInput {
  return {
    ...(filter.tier ? { tier: filter.tier } : {}),
    ...(filter.category ? { category: filter.category } : {}),
    ...(filter.tag ? { tags: { has: filter.tag } } : {}),
  };
}

const toRow = (viewerId: string) => ({ ownerId, ...question }: QuestionRecord): QuestionRow => ({ ...question, isOwn: ownerId === viewerId });

/** Visible questions, ordered by category (TIARA order, as the enum declares it) then position. */
export async function listQuestions(): Promise<QuestionRow[]> {
  return listBankQuestions();
}

/**
 * The bank as the viewer sees it, narrowed by tier, category and tag: what the questions page
 * lists and what an agenda offers to pick from. Hidden questions are left out. Same order and row
 * shape as listQuestions().
 */
export async function listBankQuestions(filter: QuestionFilter = {}): Promise<QuestionRow[]> {
  const viewer = await requireViewer();
  const rows = await db.question.findMany({
    where: { ...visibleTo(viewer.id), ...filterWhere(filter), hiddenBy: { none: { userId: viewer.id } } },
    select: questionRow,
    orderBy: BANK_ORDER,
  });
  return rows.map(toRow(viewer.id));
}

/** One question the viewer may use (built in or their own, hidden or not); anyone else's is NotFoundError. */
export async function getBankQuestion(questionId: string): Promise<QuestionRow> {
  const viewer = await requireViewer();
  const row = await db.question.findFirst({ where: { id: questionId, ...visibleTo(viewer.id) }, select: questionRow });
  if (!row) throw new NotFoundError("question");
  return toRow(viewer.id)(row);
}

/** The questions the viewer has hidden, in bank order, so they can be shown again. */
export async function listHiddenQuestions(): Promise<QuestionRow[]> {
  const viewer = await requireViewer();
  const rows = await db.question.findMany({
    where: { ...visibleTo(viewer.id), hiddenBy: { some: { userId: viewer.id } } },
    select: questionRow,
    orderBy: BANK_ORDER,
  });
  return rows.map(toRow(viewer.id));
}

/** How many questions the viewer has hidden, so the page can say so. */
export async function countHiddenQuestions(): Promise<number> {
  const viewer = await requireViewer();
  return db.questionHide.count({ where: { userId: viewer.id, question: visibleTo(viewer.id) } });
}

/** Every tag on a question the viewer can see (hidden ones included), sorted, each once. */
export async function listQuestionTags(): Promise<string[]> {
  const viewer = await requireViewer();
  const rows = await db.question.findMany({ where: { ...visibleTo(viewer.id), NOT: { tags: { isEmpty: true } } }, select: { tags: true } });
  return [...new Set(rows.flatMap((r) => r.tags))].sort((a, b) => a.localeCompare(b));
}

/** Adds one of the viewer's own questions, after the others in its category. */
export async function createQuestion(input: QuestionFields): Promise<{ id: string }> {
  const viewer = await requireViewer();
  const last = await db.question.aggregate({ where: { ...visibleTo(viewer.id), category: input.category }, _max: { position: true } });
  return db.question.create({
    data: { ownerId: viewer.id, text: input.text, category: input.category, tier: input.tier, tags: input.tags, position: (last._max.position ?? -1) + 1 },
    select: { id: true },
  });
}

/**
 * Finds a question for a change only its owner may make: another user's is NotFoundError; a
 * built-in one is a FieldError with a way forward.
 */
async function ownQuestion(questionId: string, viewerId: string, refusal: string): Promise<{ id: string; category: string }> {
  const found = await db.question.findFirst({ where: { id: questionId, ...visibleTo(viewerId) }, select: { id: true, ownerId: true, category: true } });
  if (!found) throw new NotFoundError("question");
  if (found.ownerId === null) throw new FieldError("form", refusal);
  return found;
}

/** Edits one of the viewer's own questions. A new category puts it last in that category. */
export async function updateQuestion(questionId: string, input: QuestionFields): Promise<void> {
  const viewer = await requireViewer();
  const found = await ownQuestion(questionId, viewer.id, "Built-in questions can’t be edited. Hide it and add your own version instead.");
  let position: number | undefined;
  if (found.category !== input.category) {
    const last = await db.question.aggregate({ where: { ...visibleTo(viewer.id), category: input.category }, _max: { position: true } });
    position = (last._max.position ?? -1) + 1;
  }
  const { count } = await db.question.updateMany({
    where: { id: questionId, ownerId: viewer.id },
    data: { text: input.text, category: input.category, tier: input.tier, tags: input.tags, ...(position === undefined ? {} : { position }) },
  });
  if (count === 0) throw new NotFoundError("question");
}

/** Deletes one of the viewer's own questions. Agenda items keep their own copy of the text. */
export async function deleteQuestion(questionId: string): Promise<void> {
  const viewer = await requireViewer();
  await ownQuestion(questionId, viewer.id, "Built-in questions can’t be deleted. Hide it instead.");
  const deleted = await db.question.deleteMany({ where: { id: questionId, ownerId: viewer.id } });
  if (deleted.count === 0) throw new NotFoundError("question");
}

/** Hides a question (built in or the viewer's own) from the viewer's bank. Hiding twice is harmless. */
export async function hideQuestion(questionId: string): Promise<void> {
  const viewer = await requireViewer();
  await getVisibleId(questionId, viewer.id);
  await db.questionHide.createMany({ data: [{ userId: viewer.id, questionId }], skipDuplicates: true });
}

/** Shows a hidden question again. Showing one that is not hidden is harmless. */
export async function unhideQuestion(questionId: string): Promise<void> {
  const viewer = await requireViewer();
  await getVisibleId(questionId, viewer.id);
  await db.questionHide.deleteMany({ where: { userId: viewer.id, questionId } });
}

async function getVisibleId(questionId: string, viewerId: string): Promise<void> {
  const found = await db.question.findFirst({ where: { id: questionId, ...visibleTo(viewerId) }, select: { id: true } });
  if (!found) throw new NotFoundError("question");
}
