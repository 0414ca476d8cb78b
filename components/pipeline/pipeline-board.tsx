"use client";
// The pipeline board: six stage columns of contact cards. A card moves by dragging it (mouse,
// touch with a press, or the keyboard) or through its Move menu; either way a dialog asks for what
// the new stage needs before the move is saved. The card moves at once and moves back if the save
// is refused.
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  TouchSensor,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from "@dnd-kit/core";
import clsx from "clsx";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useOptimistic, useRef, useState } from "react";
import type { Board, BoardCard as BoardCardData, BoardColumn } from "@/lib/data/board";
import { isStage, STAGE_LABELS, STAGES } from "@/lib/domain/stages";
import type { Stage } from "@/lib/generated/prisma/enums";
import { BoardCard, BoardCardPreview, dragHandleId, moveButtonId } from "./board-card";
import {
  BOARD_INSTRUCTIONS,
  BOARD_KEYBOARD_CODES,
  boardCollisionDetection,
  columnKeyboardCoordinates,
  createBoardAnnouncements,
  MousePointerSensor,
} from "./board-dnd";
import { MoveDialog, type PendingMove } from "./move-dialog";

const STAGE_HINTS: Record<Stage, string> = {
  FIND: "People to reach out to",
  OUTREACH: "Waiting for a reply",
  SCHEDULED: "Meetings coming up",
  INTERVIEWED: "Send a thank-you",
  THANKED: "Thanked, keep warm",
  FOLLOW_UP: "Stay in touch",
};

/** How a move was started: where focus goes once it is saved. */
type MoveSource = "keyboard" | "pointer" | "menu";

export interface PipelineBoardProps {
  board: Board;
  /** The server's "now", so due dates read the same on the server and in the browser. */
  now: Date;
}

function byPriorityThenName(a: BoardCardData, b: BoardCardData): number {
  return b.priority - a.priority || a.name.localeCompare(b.name);
}

/** The board with one card moved: what the server will show once the move is saved. */
function withCardMoved(columns: BoardColumn[], move: { contactId: string; to: Stage }): BoardColumn[] {
  let moved: BoardCardData | undefined;
  const without = columns.map((column) => {
    const card = column.cards.find((c) => c.id === move.contactId);
    if (!card || column.stage === move.to) return column;
    moved = card;
    return { ...column, count: column.count - 1, cards: column.cards.filter((c) => c.id !== move.contactId) };
  });
  if (!moved) return columns;
  const card: BoardCardData = { ...moved, stage: move.to };
  return without.map((column) =>
    column.stage === move.to ? { ...column, count: column.count + 1, cards: [...column.cards, card].sort(byPriorityThenName) } : column,
  );
}

export function PipelineBoard({ board, now }: PipelineBoardProps) {
  const router = useRouter();
  const [columns, showMoved] = useOptimistic(board.columns, withCardMoved);
  const [dragging, setDragging] = useState<BoardCardData | null>(null);
  const [pendingMove, setPendingMove] = useState<(PendingMove & { source: MoveSource }) | null>(null);
  const [announcement, setAnnouncement] = useState("");
  // Where focus goes once a move is saved; `until`: wait for a board newer than this one first.
  const [focusAfterMove, setFocusAfterMove] = useState<{ contactId: string; source: MoveSource; until?: Board } | null>(null);
  const dragSource = useRef<MoveSource>("pointer");
  const [announcements] = useState(createBoardAnnouncements);
  // How far the server's clock (the one that checks a move) is ahead of this browser's, from the
  // board's render: a move reads "now" from whichever is later, so a browser clock that is behind
  // can't hide a form the server would accept, nor a board restored from history with a stale `now`.
  const serverAhead = useRef(0);
  useEffect(() => {
    serverAhead.current = Math.max(0, now.getTime() - Date.now());
  }, [now]);

  const sensors = useSensors(
    useSensor(MousePointerSensor, { activationConstraint: { distance: 6 } }),
    // A press and hold starts a drag; moving the finger sooner scrolls the board.
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates, keyboardCodes: BOARD_KEYBOARD_CODES }),
  );

  useEffect(() => {
    // Once a saved move's card is in its new column, put focus back on the control that moved it.
    if (!focusAfterMove || pendingMove || focusAfterMove.until === board) return;
    const frame = requestAnimationFrame(() => {
      const id = focusAfterMove.source === "menu" ? moveButtonId(focusAfterMove.contactId) : dragHandleId(focusAfterMove.contactId);
      const target = document.getElementById(id);
      if (target) {
        target.focus();
        target.scrollIntoView({ block: "nearest", inline: "nearest" });
      }
      setFocusAfterMove(null);
    });
    return () => cancelAnimationFrame(frame);
  }, [focusAfterMove, pendingMove, columns, board]);

  function findCard(contactId: string): BoardCardData | undefined {
    for (const column of columns) {
      const card = column.cards.find((c) => c.id === contactId);
      if (card) return card;
    }
    return undefined;
  }

  function startMove(card: BoardCardData, to: Stage, source: MoveSource) {
    if (to === card.stage) return;
    setAnnouncement("");
    setPendingMove({ contactId: card.id, name: card.name, version: card.version, doNotContact: card.doNotContact, keepInTouchMonths: card.keepInTouchMonths, meeting: card.meeting, from: card.stage, to, source, openedAt: new Date(Date.now() + serverAhead.current) });
  }

  function onDragStart(event: DragStartEvent) {
    dragSource.current = event.activatorEvent instanceof KeyboardEvent ? "keyboard" : "pointer";
    setDragging(findCard(String(event.active.id)) ?? null);
  }

  function onDragEnd(event: DragEndEvent) {
    setDragging(null);
    const card = findCard(String(event.active.id));
    const to = event.over?.id;
    if (card && isStage(to) && to !== card.stage) startMove(card, to, dragSource.current);
  }

  function onSaved(move: PendingMove, message: string) {
    const source = pendingMove?.source ?? "menu";
    setPendingMove(null);
    setFocusAfterMove(source === "pointer" ? null : { contactId: move.contactId, source });
    // Announced once the dialog has closed, so it is not lost behind the modal.
    window.setTimeout(() => setAnnouncement(message), 150);
    router.refresh();
  }

  return (
    <DndContext
      // Also the id of the hidden drag instructions every handle's aria-describedby points to.
      id="pipeline-drag-instructions"
      sensors={sensors}
      collisionDetection={boardCollisionDetection}
      // Scroll only near the very edge, and gently: a card dropped on the column peeking in at the
      // edge of a phone should land there, not on the one the row has raced on to.
      autoScroll={{ threshold: { x: 0.1, y: 0.12 }, acceleration: 6 }}
      accessibility={{ announcements, screenReaderInstructions: { draggable: BOARD_INSTRUCTIONS }, restoreFocus: false }}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragging(null)}
    >
      <p className="mb-3 text-sm text-slate-600">
        Drag a card to another stage<span className="md:hidden"> (press and hold it first)</span>, or use its Move button.{" "}
        <span className="hidden md:inline">With a keyboard: tab to a card&apos;s grip, press Space, choose a stage with ← →, and press Space again.</span>
      </p>

      <div
        role="status"
        aria-live="polite"
        className={clsx(announcement ? "mb-4 rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm font-medium text-emerald-900" : "sr-only")}
      >
        {announcement}
      </div>

      <nav aria-label="Jump to a stage" className="relative -mx-4 mb-4 overflow-x-auto px-4 md:-mx-8 md:px-8 xl:hidden">
        <ol className="flex gap-2">
          {columns.map((column) => (
            <li key={column.stage} className="shrink-0">
              <a
                href={`#stage-${column.stage.toLowerCase()}`}
                className="inline-flex min-h-11 items-center gap-2 rounded-full border border-slate-200 bg-white px-3 text-sm font-medium text-slate-700 hover:border-slate-300 hover:text-slate-900"
              >
                {STAGE_LABELS[column.stage]}
                <span className="text-slate-600 tabular-nums">{column.count}</span>
              </a>
            </li>
          ))}
        </ol>
      </nav>

      <div
        role="region"
        aria-label="Pipeline stages"
        className={clsx(
          // relative: the screen-reader-only text inside (absolutely positioned) scrolls and clips with
          // the columns instead of widening the page.
          "relative -mx-4 flex gap-3 overflow-x-auto overscroll-x-contain px-4 pb-4 md:-mx-8 md:px-8",
          "xl:-mx-4 xl:grid xl:grid-cols-6 xl:gap-2 xl:overflow-visible xl:px-0",
          // Snapping would fight the auto-scroll while a card is dragged to an off-screen column.
          dragging ? "snap-none" : "snap-x snap-mandatory scroll-px-4 md:scroll-px-8 xl:snap-none",
        )}
      >
        {STAGES.map((stage) => {
          const column = columns.find((c) => c.stage === stage) ?? { stage, count: 0, cards: [] };
          return (
            <StageColumn
              key={stage}
              column={column}
              dragging={dragging}
              now={now}
              timeZone={board.timeZone}
              onChooseMove={(card, to) => startMove(card, to, "menu")}
            />
          );
        })}
      </div>

      <DragOverlay dropAnimation={null}>{dragging ? <BoardCardPreview card={dragging} /> : null}</DragOverlay>

      <MoveDialog
        move={pendingMove}
        timeZone={board.timeZone}
        onClose={() => {
          // The dialog returns focus to what opened it, but a refused move redraws the card (shown moved,
          // then back), so that Move button or grip is gone: focus the card's control by id instead.
          if (pendingMove && pendingMove.source !== "pointer") setFocusAfterMove({ contactId: pendingMove.contactId, source: pendingMove.source });
          setPendingMove(null);
        }}
        onSubmitting={(move) => showMoved({ contactId: move.contactId, to: move.to })}
        onSaved={onSaved}
        onReload={() => {
          if (pendingMove && pendingMove.source !== "pointer") setFocusAfterMove({ contactId: pendingMove.contactId, source: pendingMove.source, until: board });
          setPendingMove(null);
          router.refresh();
        }}
      />
    </DndContext>
  );
}

function StageColumn({
  column,
  dragging,
  now,
  timeZone,
  onChooseMove,
}: {
  column: BoardColumn;
  dragging: BoardCardData | null;
  now: Date;
  timeZone: string;
  onChooseMove: (card: BoardCardData, to: Stage) => void;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: column.stage });
  const slug = column.stage.toLowerCase();
  const headingId = `stage-${slug}-heading`;
  const target = isOver && dragging !== null && dragging.stage !== column.stage;
  const more = column.count - column.cards.length;

  return (
    <section
      ref={setNodeRef}
      id={`stage-${slug}`}
      aria-labelledby={headingId}
      className={clsx(
        "flex w-[82vw] max-w-xs shrink-0 snap-start flex-col rounded-xl p-3 transition-colors sm:w-64",
        "xl:w-auto xl:max-w-none xl:min-w-0 xl:p-2",
        target ? "bg-brand-50 ring-2 ring-brand-500" : "bg-slate-100",
      )}
    >
      {/* On a wide screen the page scrolls, not the columns: each column keeps its name in view. */}
      <div className="mb-3 px-1 xl:sticky xl:top-14 xl:z-10 xl:-mx-2 xl:-mt-2 xl:rounded-t-xl xl:bg-inherit xl:px-3 xl:pt-2 xl:pb-2">
        <h2 id={headingId} className="flex items-center justify-between gap-2 text-sm font-semibold text-slate-900">
          {STAGE_LABELS[column.stage]}
          <span className="rounded-full bg-white px-2 py-0.5 text-xs font-semibold text-slate-700 tabular-nums ring-1 ring-slate-200">
            {column.count}
            <span className="sr-only"> {column.count === 1 ? "contact" : "contacts"}</span>
          </span>
        </h2>
        <p className="mt-0.5 text-xs text-slate-600">{STAGE_HINTS[column.stage]}</p>
      </div>
      {column.cards.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 px-3 py-6 text-center text-sm text-slate-600">
          {target ? `Drop to move to ${STAGE_LABELS[column.stage]}` : "No contacts here"}
        </p>
      ) : (
        <ol className="space-y-2">
          {column.cards.map((card) => (
            <li key={card.id}>
              <BoardCard card={card} now={now} timeZone={timeZone} onChooseMove={onChooseMove} />
            </li>
          ))}
        </ol>
      )}
      {more > 0 ? (
        <Link
          href={`/contacts?stage=${column.stage}`}
          prefetch={false}
          className="mt-2 flex min-h-11 items-center justify-center rounded-lg px-3 text-sm font-semibold text-brand-800 hover:bg-white hover:underline"
        >
          {more} more in {STAGE_LABELS[column.stage]}
        </Link>
      ) : null}
    </section>
  );
}
