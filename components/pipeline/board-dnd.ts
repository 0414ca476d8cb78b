// Drag and drop for the pipeline board (@dnd-kit/core): which input starts a drag, where the
// keyboard moves a card, which column a card is over, and what a screen reader hears.
import {
  KeyboardCode,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  type Announcements,
  type CollisionDetection,
  type KeyboardCodes,
  type KeyboardCoordinateGetter,
  type PointerSensorOptions,
} from "@dnd-kit/core";
import type { PointerEvent as ReactPointerEvent } from "react";
import { requiredRecord, type StageRecordKind } from "@/lib/domain/pipeline";
import { isStage, STAGE_LABELS, STAGES } from "@/lib/domain/stages";
import type { Stage } from "@/lib/generated/prisma/enums";

/** What a draggable card carries, for announcements and the drop. */
export interface DragCardData {
  name: string;
  stage: Stage;
}

/**
 * The mouse and pen. Touch has its own sensor with a press delay, so a finger can still scroll
 * the board; a PointerSensor would otherwise claim touches first (pointerdown precedes touchstart).
 */
export class MousePointerSensor extends PointerSensor {
  static activators = [
    {
      eventName: "onPointerDown" as const,
      handler: ({ nativeEvent: event }: ReactPointerEvent, { onActivation }: PointerSensorOptions): boolean => {
        if (event.pointerType === "touch" || !event.isPrimary || event.button !== 0) return false;
        onActivation?.({ event });
        return true;
      },
    },
  ];
}

/** Space or Enter picks up and drops; Escape or Tab puts the card back. */
export const BOARD_KEYBOARD_CODES: KeyboardCodes = {
  start: [KeyboardCode.Space, KeyboardCode.Enter],
  cancel: [KeyboardCode.Esc, KeyboardCode.Tab],
  end: [KeyboardCode.Space, KeyboardCode.Enter],
};

export function dragData(data: unknown): DragCardData | null {
  if (typeof data !== "object" || data === null) return null;
  const { name, stage } = data as Partial<DragCardData>;
  return typeof name === "string" && isStage(stage) ? { name, stage } : null;
}

/**
 * Left and right arrows move the picked-up card to the previous or next stage's column, keeping
 * its height on the page. In a scrolling row of columns the sensor scrolls the row instead when
 * the column is off-screen, and the card is then over it.
 */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const step = event.code === KeyboardCode.Right ? 1 : event.code === KeyboardCode.Left ? -1 : 0;
  if (step === 0) return undefined;
  event.preventDefault();
  const { active, over, collisionRect, droppableRects } = context;
  const from = isStage(over?.id) ? over.id : dragData(active?.data.current)?.stage;
  if (!from || !collisionRect) return undefined;
  const target = STAGES[STAGES.indexOf(from) + step];
  const rect = target ? droppableRects.get(target) : undefined;
  if (!rect) return undefined;
  const top = Math.min(Math.max(currentCoordinates.y, rect.top), Math.max(rect.top, rect.bottom - collisionRect.height));
  return { x: rect.left + Math.max(0, (rect.width - collisionRect.width) / 2), y: top };
};

/** The column under the pointer; for the keyboard (no pointer), the column the card overlaps most. */
export const boardCollisionDetection: CollisionDetection = (args) => {
  if (args.pointerCoordinates) {
    const under = pointerWithin(args);
    if (under.length > 0) return under;
  }
  return rectIntersection(args);
};

export const RECORD_WORDS: Record<StageRecordKind, string> = {
  outreach: "the outreach details",
  meeting: "the meeting details",
  meetingDone: "when the meeting ended",
  thankYou: "the thank-you details",
  cadence: "how often to keep in touch",
};

export const BOARD_INSTRUCTIONS =
  "To move a contact with the keyboard, press Space or Enter on its drag handle to pick it up. " +
  "Press the left and right arrow keys to choose a stage, then press Space or Enter to drop it there " +
  "and fill in what that stage needs. Press Escape to put it back. You can also use the card's Move button.";

function stageWords(id: unknown): string | null {
  return isStage(id) ? STAGE_LABELS[id] : null;
}

/** What happens next after dropping a card from one stage on another. */
export function dropOutcome(name: string, from: Stage, to: Stage): string {
  const kind = requiredRecord(from, to);
  if (kind) return `Dropped ${name} on ${STAGE_LABELS[to]}: fill in ${RECORD_WORDS[kind]}.`;
  return `Dropped ${name} on ${STAGE_LABELS[to]}: confirm moving it back.`;
}

/**
 * Screen-reader announcements in words. One per board: it remembers the stage last announced, so
 * picking a card up is not drowned out by "over Find" for the column it is already in.
 */
export function createBoardAnnouncements(): Announcements {
  let lastOver: unknown = null;
  return {
    onDragStart({ active }) {
      const card = dragData(active.data.current);
      if (!card) return undefined;
      lastOver = card.stage;
      return `Picked up ${card.name} from ${STAGE_LABELS[card.stage]}. Use the left and right arrow keys to choose a stage.`;
    },
    onDragOver({ active, over }) {
      const card = dragData(active.data.current);
      if (!card || (over?.id ?? null) === lastOver) return undefined;
      lastOver = over?.id ?? null;
      const stage = stageWords(over?.id);
      if (!stage) return `${card.name} is not over a stage.`;
      return over?.id === card.stage ? `${card.name} is over ${stage}, where it is now.` : `${card.name} is over ${stage}.`;
    },
    onDragEnd({ active, over }) {
      const card = dragData(active.data.current);
      if (!card) return undefined;
      if (!isStage(over?.id) || over.id === card.stage) return `${card.name} was dropped back in ${STAGE_LABELS[card.stage]}. Nothing changed.`;
      return dropOutcome(card.name, card.stage, over.id);
    },
    onDragCancel({ active }) {
      const card = dragData(active.data.current);
      if (!card) return undefined;
      return `Moving ${card.name} was cancelled. It stays in ${STAGE_LABELS[card.stage]}.`;
    },
  };
}
