"use client";
// One contact on the board: name (a link to the contact), employer, priority, the next due
// reminder in words, overdue and do-not-contact badges; a drag handle and a Move menu.
import { useDraggable } from "@dnd-kit/core";
import clsx from "clsx";
import Link from "next/link";
import { PriorityBadge } from "@/components/contacts/priority-badge";
import { Badge } from "@/components/ui/badge";
import { Icon } from "@/components/ui/icons";
import type { BoardCard as BoardCardData } from "@/lib/data/board";
import { formatDay, formatRelativeDay, zonedDayOffset } from "@/lib/domain/format";
import type { Stage } from "@/lib/generated/prisma/enums";
import type { DragCardData } from "./board-dnd";
import { MoveMenu } from "./move-menu";

export const dragHandleId = (contactId: string) => `pipeline-drag-${contactId}`;
export const moveButtonId = (contactId: string) => `pipeline-move-${contactId}`;

export interface BoardCardProps {
  card: BoardCardData;
  now: Date;
  timeZone: string;
  onChooseMove: (card: BoardCardData, to: Stage) => void;
}

export function BoardCard({ card, now, timeZone, onChooseMove }: BoardCardProps) {
  const data: DragCardData = { name: card.name, stage: card.stage };
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({ id: card.id, data });

  return (
    <article
      ref={setNodeRef}
      // Pointer and touch drags start anywhere on the card; the keyboard starts on the handle only.
      {...listeners}
      aria-labelledby={`${dragHandleId(card.id)}-name`}
      className={clsx(
        "board-card",
        isDragging ? "border-dashed border-brand-300 opacity-50" : "border-slate-200 hover:shadow-md",
      )}
    >
      <div className="flex items-start gap-1">
        <h3 id={`${dragHandleId(card.id)}-name`} className="min-w-0 flex-1 text-sm font-semibold text-slate-900">
          <Link
            href={`/contacts/${card.id}`}
            // Prefetching every card would cost the server a request per card.
            prefetch={false}
            draggable={false}
            className="board-card-name"
          >
            {card.name}
          </Link>
        </h3>
        <button
          ref={setActivatorNodeRef}
          id={dragHandleId(card.id)}
          type="button"
          {...attributes}
          aria-label={`Drag ${card.name}`}
          className="board-card-handle"
        >
          <GripIcon />
        </button>
      </div>
      {card.employer ? <p className="-mt-1 text-sm break-words hyphens-auto text-slate-700">{card.employer}</p> : null}
      <div className="mt-2 flex flex-wrap gap-1.5">
        <PriorityBadge priority={card.priority} />
        {card.overdue ? (
          <Badge tone="danger">
            <Icon name="clock" className="mr-1 size-3" />
            Overdue
          </Badge>
        ) : null}
        {card.doNotContact ? <Badge tone="danger">Do not contact</Badge> : null}
      </div>
      {card.nextReminder ? <NextAction reminder={card.nextReminder} overdue={card.overdue} now={now} timeZone={timeZone} /> : null}
      <div className="mt-2">
        <MoveMenu name={card.name} stage={card.stage} buttonId={moveButtonId(card.id)} onChoose={(to) => onChooseMove(card, to)} />
      </div>
    </article>
  );
}

function NextAction({ reminder, overdue, now, timeZone }: { reminder: { title: string; dueAt: Date }; overdue: boolean; now: Date; timeZone: string }) {
  return (
    <p className={clsx("mt-2 text-xs break-words", overdue ? "text-red-800" : "text-slate-700")}>
      <span className="font-medium">{reminder.title}</span>
      <br />
      <time dateTime={reminder.dueAt.toISOString()} className={clsx(overdue ? "font-semibold" : "text-slate-600")}>
        {dueInWords(now, reminder.dueAt, timeZone)}
      </time>
    </p>
  );
}

/** "Due today", "Due tomorrow, Thu, Dec 3", "Due Fri, Dec 11 (in 9 days)", "Was due Mon, Nov 30 (2 days ago)". */
export function dueInWords(now: Date, dueAt: Date, timeZone: string): string {
  const offset = zonedDayOffset(now, dueAt, timeZone);
  const day = formatDay(dueAt, timeZone, now);
  if (offset === 0) return "Due today";
  if (offset === 1) return `Due tomorrow, ${day}`;
  if (offset > 1) return `Due ${day} (${formatRelativeDay(now, dueAt, timeZone)})`;
  return `Was due ${day} (${formatRelativeDay(now, dueAt, timeZone)})`;
}

/** A static copy of a card that follows the pointer while dragging. */
export function BoardCardPreview({ card }: { card: BoardCardData }) {
  return (
    <div aria-hidden="true" className="cursor-grabbing rounded-lg border border-brand-300 bg-white px-2.5 pt-1 pb-2.5 shadow-xl ring-2 ring-brand-500/40">
      <div className="flex items-start gap-1">
        <p className="flex min-h-11 min-w-0 flex-1 items-center text-sm font-semibold break-words text-slate-900">{card.name}</p>
        <span className="inline-flex size-11 shrink-0 items-center justify-center text-slate-500">
          <GripIcon />
        </span>
      </div>
      {card.employer ? <p className="-mt-1 text-sm break-words hyphens-auto text-slate-700">{card.employer}</p> : null}
      <div className="mt-2 flex flex-wrap gap-1.5">
        <PriorityBadge priority={card.priority} />
      </div>
    </div>
  );
}

function GripIcon() {
  // Six dots: round caps on zero-length strokes.
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="size-5">
      <path d="M7 5h0M13 5h0M7 10h0M13 10h0M7 15h0M13 15h0" stroke="currentColor" strokeWidth={3} strokeLinecap="round" />
    </svg>
  );
}
