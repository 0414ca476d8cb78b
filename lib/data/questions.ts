// The question bank: the built-in questions (ownerId null) and the viewer's own, minus the ones the
// viewer has hidden.
import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
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

/** Visible questions, ordered by category (TIARA order, as the enum declares it) then position. */
export async function listQuestions(): Promise<QuestionRow[]> {
  const viewer = await requireViewer();
  const rows = await db.question.findMany({
    where: {
      OR: [{ ownerId: null }, { ownerId: viewer.id }],
      hiddenBy: { none: { userId: viewer.id } },
    },
    select: questionRow,
    orderBy: [{ category: "asc" }, { position: "asc" }, { createdAt: "asc" }],
  });
  return rows.map(({ ownerId, ...question }) => ({ ...question, isOwn: ownerId === viewer.id }));
}

/** How many built-in questions the viewer has hidden, so the page can say so. */
export async function countHiddenQuestions(): Promise<number> {
  const viewer = await requireViewer();
  return db.questionHide.count({ where: { userId: viewer.id } });
}
