// Dragging agenda questions into a new order (@dnd-kit/core): which input starts a drag, where the
// arrow keys move a picked-up question, and what a screen reader hears.
import {
  closestCenter,
  KeyboardCode,
  type Announcements,
  type CollisionDetection,
  type KeyboardCodes,
  type KeyboardCoordinateGetter,
} from "@dnd-kit/core";

/** Space or Enter picks up and drops; Escape or Tab puts the question back. */
export const AGENDA_KEYBOARD_CODES: KeyboardCodes = {
  start: [KeyboardCode.Space, KeyboardCode.Enter],
  cancel: [KeyboardCode.Esc, KeyboardCode.Tab],
  end: [KeyboardCode.Space, KeyboardCode.Enter],
};

export const AGENDA_INSTRUCTIONS =
  "To move a question with the keyboard, press Space or Enter on its drag handle to pick it up, " +
  "the up and down arrow keys to choose its place, and Space or Enter to drop it. Press Escape to put it back. " +
  "The Move up and Move down buttons do the same one step at a time.";

export const agendaCollisionDetection: CollisionDetection = closestCenter;

/** Up and down arrows move the picked-up question over the previous or next question. */
export const rowKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const step = event.code === KeyboardCode.Down ? 1 : event.code === KeyboardCode.Up ? -1 : 0;
  if (step === 0) return undefined;
  event.preventDefault();
  const { active, over, collisionRect, droppableRects, droppableContainers } = context;
  if (!collisionRect) return undefined;
  const rows = droppableContainers
    .getEnabled()
    .map((container) => ({ id: container.id, rect: droppableRects.get(container.id) }))
    .filter((row): row is { id: typeof row.id; rect: NonNullable<typeof row.rect> } => Boolean(row.rect))
    .sort((a, b) => a.rect.top - b.rect.top);
  const currentId = over?.id ?? active;
  const index = rows.findIndex((row) => row.id === currentId);
  const target = rows[index + step];
  if (index < 0 || !target) return undefined;
  return { x: currentCoordinates.x, y: target.rect.top + (target.rect.height - collisionRect.height) / 2 };
};

export interface AgendaRowInfo {
  id: string;
  text: string;
}

/** "“How did you get started…”": a question short enough to hear in an announcement. */
export function shortQuestion(text: string): string {
  const words = text.trim().split(/\s+/);
  return `“${words.length > 8 ? `${words.slice(0, 8).join(" ")}…` : text.trim()}”`;
}

/** Announcements in words, reading the current order through `rows()`. */
export function createAgendaAnnouncements(rows: () => AgendaRowInfo[]): Announcements {
  const place = (id: unknown) => {
    const list = rows();
    const index = list.findIndex((row) => row.id === id);
    return { index, count: list.length, text: list[index]?.text ?? "" };
  };
  let lastOver: unknown = null;
  return {
    onDragStart({ active }) {
      const { index, count, text } = place(active.id);
      lastOver = active.id;
      return `Picked up ${shortQuestion(text)}, question ${index + 1} of ${count}. Use the up and down arrow keys to choose its place.`;
    },
    onDragOver({ active, over }) {
      if (!over || over.id === lastOver) return undefined;
      lastOver = over.id;
      const { text } = place(active.id);
      const target = place(over.id);
      return `${shortQuestion(text)} is over position ${target.index + 1} of ${target.count}.`;
    },
    onDragEnd({ active, over }) {
      const { index, count, text } = place(active.id);
      if (!over || over.id === active.id) return `${shortQuestion(text)} was dropped back at position ${index + 1} of ${count}. Nothing changed.`;
      return `Moved ${shortQuestion(text)} to position ${place(over.id).index + 1} of ${count}.`;
    },
    onDragCancel({ active }) {
      const { index, count, text } = place(active.id);
      return `Moving ${shortQuestion(text)} was cancelled. It stays at position ${index + 1} of ${count}.`;
    },
  };
}
