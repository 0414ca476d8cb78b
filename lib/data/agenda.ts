// A meeting's agenda and research notes, for the student who arranged the meeting only. Every
// write to the list locks the meeting's row first, so two tabs adding or moving at once queue up
// and the positions stay 0..n-1 with no gaps or repeats.
import "server-only";
import { db } from "../db";
import { insertItems, moveItem, positionChanges, stepTarget, type Categorised } from "../domain/agenda";
import type { Prisma } from "../generated/prisma/client";
import type { QuestionCategory } from "../generated/prisma/enums";
import type {
  AddCustomQuestionInput,
  MoveAgendaItemInput,
  RestoreAgendaItemInput,
  UpdateAgendaItemInput,
} from "../validation/agenda";
import { FieldError, NotFoundError } from "./errors";
import { requireViewer } from "./viewer";

const itemRow = {
  id: true,
  questionId: true,
  text: true,
  position: true,
  minutes: true,
  question: { select: { category: true, tier: true } },
} satisfies Prisma.AgendaItemSelect;

const meetingRow = {
  id: true,
  title: true,
  startsAt: true,
  durationMinutes: true,
  timeZone: true,
  mode: true,
  location: true,
  status: true,
  researchNotes: true,
  contact: { select: { id: true, name: true, title: true, employer: true } },
  agendaItems: { select: itemRow, orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
} satisfies Prisma.MeetingSelect;

type ItemRecord = Prisma.AgendaItemGetPayload<{ select: typeof itemRow }>;

export interface AgendaItemView {
  id: string;
  questionId: string | null;
  text: string;
  position: number;
  minutes: number;
  /** The bank category it came from; null for a custom question (or a bank question since deleted). */
  category: QuestionCategory | null;
}

export interface MeetingAgenda {
  id: string;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  timeZone: string;
  mode: Prisma.MeetingGetPayload<{ select: { mode: true } }>["mode"];
  location: string | null;
  status: Prisma.MeetingGetPayload<{ select: { status: true } }>["status"];
  researchNotes: string | null;
  contact: { id: string; name: string; title: string | null; employer: string | null } | null;
  items: AgendaItemView[];
}

function toView(item: ItemRecord): AgendaItemView {
  return {
    id: item.id,
    questionId: item.questionId,
    text: item.text,
    position: item.position,
    minutes: item.minutes,
    category: item.question?.category ?? null,
  };
}

/** The meeting with its agenda in order; NotFoundError unless the viewer arranged it. */
export async function getMeetingAgenda(meetingId: string): Promise<MeetingAgenda> {
  const viewer = await requireViewer();
  const meeting = await db.meeting.findFirst({ where: { id: meetingId, ownerId: viewer.id }, select: meetingRow });
  if (!meeting) throw new NotFoundError("meeting");
  const { agendaItems, ...rest } = meeting;
  return { ...rest, items: agendaItems.map(toView) };
}

type Tx = Prisma.TransactionClient;

/**
 * Locks the viewer's meeting for the rest of the transaction (FOR UPDATE) and returns its items in
 * order. A meeting that is missing or someone else's is NotFoundError, before anything is read.
 */
async function lockAgenda(tx: Tx, meetingId: string, ownerId: string): Promise<AgendaItemView[]> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Meeting" WHERE "id" = ${meetingId} AND "ownerId" = ${ownerId} FOR UPDATE`;
  if (locked.length === 0) throw new NotFoundError("meeting");
  const items = await tx.agendaItem.findMany({ where: { meetingId }, select: itemRow, orderBy: [{ position: "asc" }, { createdAt: "asc" }] });
  return items.map(toView);
}

/** The meeting an item belongs to, if the viewer arranged it. */
async function meetingOfItem(tx: Tx, itemId: string, ownerId: string): Promise<string> {
  const item = await tx.agendaItem.findFirst({ where: { id: itemId, meeting: { ownerId } }, select: { meetingId: true } });
  if (!item) throw new NotFoundError("agenda item");
  return item.meetingId;
}

/** Writes each row's new place (`index`), touching only the rows that moved. */
async function writeOrder(tx: Tx, meetingId: string, rows: { id: string; position: number; index: number }[]): Promise<void> {
  for (const row of rows) {
    if (row.position !== row.index) await tx.agendaItem.update({ where: { id: row.id, meetingId }, data: { position: row.index } });
  }
}

/** Positions 0..n-1 in list order. */
async function writeListOrder(tx: Tx, meetingId: string, ordered: { id: string; position: number }[]): Promise<void> {
  for (const change of positionChanges(ordered)) {
    await tx.agendaItem.update({ where: { id: change.id, meetingId }, data: { position: change.position } });
  }
}

type NewItem = Categorised & { id: string; position: number; questionId: string | null; text: string; minutes: number; isNew: true };

/**
 * Adds bank questions (in the order given, skipping any already on the agenda) or one custom
 * question. Referral questions go last; the rest go before the closing referral questions.
 * Returns how many were added.
 */
export async function addAgendaItems(
  meetingId: string,
  input: { questionIds: string[] } | AddCustomQuestionInput,
): Promise<{ added: number }> {
  const viewer = await requireViewer();
  return db.$transaction(async (tx) => {
    const existing = await lockAgenda(tx, meetingId, viewer.id);
    let incoming: Omit<NewItem, "id" | "position" | "isNew">[];
    if ("questionIds" in input) {
      const wanted = [...new Set(input.questionIds)];
      const questions = await tx.question.findMany({
        where: { id: { in: wanted }, OR: [{ ownerId: null }, { ownerId: viewer.id }] },
        select: { id: true, text: true, category: true },
      });
      // Someone else's question, or one deleted since the page loaded: refuse the whole add.
      if (questions.length !== wanted.length) throw new FieldError("questionIds", "One of those questions is no longer in your bank. Reload and choose again.");
      const byId = new Map(questions.map((q) => [q.id, q]));
      const taken = new Set(existing.map((item) => item.questionId));
      incoming = wanted
        .filter((id) => !taken.has(id))
        .map((id) => byId.get(id)!)
        .map((q) => ({ questionId: q.id, text: q.text, category: q.category, minutes: 3 }));
    } else {
      incoming = [{ questionId: null, text: input.text, category: null, minutes: input.minutes }];
    }
    if (incoming.length === 0) return { added: 0 };
    const fresh: NewItem[] = incoming.map((item) => ({ ...item, id: "", position: -1, isNew: true }));
    const ordered = insertItems<AgendaItemView | NewItem>(existing, fresh);
    await writeOrder(tx, meetingId, ordered.filter((item) => !("isNew" in item)).map((item) => ({ id: item.id, position: item.position, index: ordered.indexOf(item) })));
    await tx.agendaItem.createMany({
      data: ordered.flatMap((item, index) =>
        "isNew" in item ? [{ meetingId, questionId: item.questionId, text: item.text, minutes: item.minutes, position: index }] : [],
      ),
    });
    return { added: fresh.length };
  });
}

/** Changes an item's wording or minutes. */
export async function updateAgendaItem(itemId: string, input: UpdateAgendaItemInput): Promise<void> {
  const viewer = await requireViewer();
  const { count } = await db.agendaItem.updateMany({
    where: { id: itemId, meeting: { ownerId: viewer.id } },
    data: { text: input.text, minutes: input.minutes },
  });
  if (count === 0) throw new NotFoundError("agenda item");
}

/** Moves an item one step up or down, or to an index; every position is rewritten in one transaction. */
export async function moveAgendaItem(itemId: string, move: MoveAgendaItemInput): Promise<{ index: number; count: number }> {
  const viewer = await requireViewer();
  return db.$transaction(async (tx) => {
    const meetingId = await meetingOfItem(tx, itemId, viewer.id);
    const items = await lockAgenda(tx, meetingId, viewer.id);
    const from = items.findIndex((item) => item.id === itemId);
    if (from < 0) throw new NotFoundError("agenda item");
    const to = "direction" in move ? stepTarget(items.length, from, move.direction) : move.index;
    const ordered = to === null ? items : moveItem(items, from, to);
    await writeListOrder(tx, meetingId, ordered);
    return { index: ordered.findIndex((item) => item.id === itemId), count: ordered.length };
  });
}

/** What a removed item was, so the page can offer to put it back where it was. */
export type RemovedAgendaItem = RestoreAgendaItemInput;

/** Removes an item and closes the gap. Returns what Undo needs to restore it. */
export async function removeAgendaItem(itemId: string): Promise<RemovedAgendaItem> {
  const viewer = await requireViewer();
  return db.$transaction(async (tx) => {
    const meetingId = await meetingOfItem(tx, itemId, viewer.id);
    const items = await lockAgenda(tx, meetingId, viewer.id);
    const index = items.findIndex((item) => item.id === itemId);
    const item = items[index];
    if (!item) throw new NotFoundError("agenda item");
    await tx.agendaItem.delete({ where: { id: itemId, meetingId } });
    await writeListOrder(tx, meetingId, items.filter((other) => other.id !== itemId));
    return { questionId: item.questionId, text: item.text, minutes: item.minutes, position: index };
  });
}

/**
 * Undo for removeAgendaItem: the item comes back at its old place (or last, if the list is
 * shorter now). Checked like an add: the meeting must be the viewer's, the question visible to them.
 */
export async function restoreAgendaItem(meetingId: string, removed: RestoreAgendaItemInput): Promise<{ id: string }> {
  const viewer = await requireViewer();
  return db.$transaction(async (tx) => {
    const items = await lockAgenda(tx, meetingId, viewer.id);
    let questionId = removed.questionId;
    if (questionId) {
      const visible = await tx.question.findFirst({ where: { id: questionId, OR: [{ ownerId: null }, { ownerId: viewer.id }] }, select: { id: true } });
      // A question deleted meanwhile comes back as custom text rather than not at all.
      if (!visible) questionId = null;
      else if (items.some((item) => item.questionId === questionId)) throw new FieldError("questionId", "That question is already on the agenda.");
    }
    const index = Math.min(removed.position, items.length);
    // Items from the old place on move down one.
    await writeOrder(tx, meetingId, items.map((item, i) => ({ id: item.id, position: item.position, index: i < index ? i : i + 1 })));
    const created = await tx.agendaItem.create({
      data: { meetingId, questionId, text: removed.text, minutes: removed.minutes, position: index },
      select: { id: true },
    });
    return created;
  });
}

/** Saves the research notes on the person and employer (null clears them). */
export async function saveResearchNotes(meetingId: string, researchNotes: string | null): Promise<void> {
  const viewer = await requireViewer();
  const { count } = await db.meeting.updateMany({ where: { id: meetingId, ownerId: viewer.id }, data: { researchNotes } });
  if (count === 0) throw new NotFoundError("meeting");
}
