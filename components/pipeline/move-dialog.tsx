"use client";
// The dialog a move opens, from a drop or the Move menu: it asks for what the new stage needs
// (StageRecordFields; a meeting's time is checked live against the user's other meetings) or, for a
// move back, says what the move cancels; then saves the move and its record in one go through
// moveContactAction. Errors show on their fields and keep what was typed. A move to Interviewed
// before the meeting it completes has started offers no form (every end would be refused): it says
// when the meeting is, and where to record one that happened earlier than planned.
import Link from "next/link";
import { useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { moveContactAction } from "@/lib/actions/pipeline";
import { formatDay, formatTime } from "@/lib/domain/format";
import { meetingNotStarted, requiredRecord } from "@/lib/domain/pipeline";
import { STAGE_LABELS } from "@/lib/domain/stages";
import type { Stage } from "@/lib/generated/prisma/enums";
import { formValues, initialFormState, type FormState } from "@/lib/validation/form-state";
import { backMoveConsequences, isBackMove, moveDescription, moveTitle } from "./move-summary";
import { STAGE_RECORD_FIELD_NAMES } from "./stage-record";
import { StageRecordFields } from "./stage-record-fields";
import { useFormAction } from "@/components/ui/use-form-action";

export interface PendingMove {
  contactId: string;
  name: string;
  version: number;
  doNotContact: boolean;
  /** The contact's cadence (null: not chosen; 0: declined): a move to Follow-up starts from it. */
  keepInTouchMonths: number | null;
  /**
   * The scheduled meeting a move to Interviewed completes: its end is the default, its start the
   * earliest end. With its id, the dialog links straight to its interview mode; without, to the contact.
   */
  meeting: { id: string; startsAt: Date; durationMinutes: number } | null;
  from: Stage;
  to: Stage;
  /** When the move was started, on the clock the server checks against: the dialog's "now". */
  openedAt: Date;
}

export interface MoveDialogProps {
  move: PendingMove | null;
  timeZone: string;
  onClose: () => void;
  /** Called inside the submit's transition, before the server answers (optimistic UI). */
  onSubmitting: (move: PendingMove) => void;
  onSaved: (move: PendingMove, message: string) => void;
  /** After a conflict: load the board again and close. */
  onReload: () => void;
}

export function MoveDialog({ move, timeZone, onClose, onSubmitting, onSaved, onReload }: MoveDialogProps) {
  return (
    <Dialog
      open={move !== null}
      onClose={onClose}
      title={move ? moveTitle(move.name, move.from, move.to) : "Move a contact"}
      description={move ? (waitsForMeeting(move) ? "The meeting hasn't happened yet." : moveDescription(move.from, move.to)) : undefined}
    >
      {move ? (
        <MoveForm
          key={`${move.contactId}:${move.from}:${move.to}`}
          move={move}
          timeZone={timeZone}
          onCancel={onClose}
          onSubmitting={onSubmitting}
          onSaved={onSaved}
          onReload={onReload}
        />
      ) : null}
    </Dialog>
  );
}

/** The meeting a move to Interviewed would complete, when it has yet to start: no end can be recorded for it. */
function waitsForMeeting(move: PendingMove): PendingMove["meeting"] {
  return requiredRecord(move.from, move.to) === "meetingDone" && move.meeting && meetingNotStarted(move.meeting.startsAt, move.openedAt) ? move.meeting : null;
}

/** Whether the domain will refuse this move because of do-not-contact (lib/domain/pipeline). */
function blockedByDoNotContact(move: PendingMove): boolean {
  return move.doNotContact && !isBackMove(move.from, move.to) && (move.to === "OUTREACH" || move.to === "SCHEDULED");
}

function MoveForm({
  move,
  timeZone,
  onCancel,
  onSubmitting,
  onSaved,
  onReload,
}: { move: PendingMove; timeZone: string; onCancel: () => void } & Pick<MoveDialogProps, "onSubmitting" | "onSaved" | "onReload">) {
  const kind = requiredRecord(move.from, move.to);
  const back = isBackMove(move.from, move.to);
  const formRef = useRef<HTMLFormElement>(null);

  const [state, formAction, pending] = useFormAction(async (previous: FormState, form: FormData): Promise<FormState> => {
    onSubmitting(move);
    let result: FormState;
    try {
      result = await moveContactAction(previous, form);
    } catch {
      return { status: "error", message: "The move could not be saved. Check your connection and try again.", values: formValues(form) };
    }
    if (result.status === "saved") onSaved(move, result.message ?? `Moved ${move.name} to ${STAGE_LABELS[move.to]}.`);
    return result;
  }, initialFormState);

  const fieldErrors = state.status === "invalid" ? (state.fieldErrors ?? {}) : {};
  const fieldNames = kind ? STAGE_RECORD_FIELD_NAMES[kind] : [];
  // "record", "stage" and anything not on a field are about the whole move.
  const formErrors = Object.entries(fieldErrors)
    .filter(([field]) => !fieldNames.includes(field))
    .map(([, message]) => message);
  const hasFieldErrors = Object.keys(fieldErrors).some((field) => fieldNames.includes(field));

  useEffect(() => {
    // After a refused save, take the user to the first field to fix.
    if (state.status !== "invalid") return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  }, [state]);

  const upcoming = waitsForMeeting(move);
  if (upcoming) return <MeetingNotStarted move={move} meeting={upcoming} timeZone={timeZone} onCancel={onCancel} />;

  if (blockedByDoNotContact(move)) {
    return (
      <div className="space-y-4">
        <Alert tone="danger">
          <p>
            {move.name} is marked do-not-contact, so they can&apos;t move to {STAGE_LABELS[move.to]}. If that no longer applies, clear it on their page first.
          </p>
        </Alert>
        <div className="flex flex-wrap justify-end gap-2">
          <Link href={`/contacts/${move.contactId}`} prefetch={false} className="inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-semibold text-brand-800 hover:underline">
            Open {move.name}
          </Link>
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form
      ref={(form) => {
        formRef.current = form;
        // The dialog focuses an [autofocus] descendant when it opens: the first field, or the
        // explanation of a move back. Never a button, which a key still held from the drop could press.
        form?.querySelector("[data-initial-focus], input:not([type=hidden]), select, textarea")?.setAttribute("autofocus", "");
      }}
      action={formAction}
      noValidate
      className="space-y-4"
    >
      <input type="hidden" name="contactId" value={move.contactId} />
      <input type="hidden" name="to" value={move.to} />
      <input type="hidden" name="version" value={String(move.version)} />

      {state.status === "error" ? (
        <Alert tone="danger" live>
          <p>{state.message}</p>
          <button type="button" onClick={onReload} className="mt-2 inline-flex min-h-11 items-center font-semibold underline">
            Reload the board
          </button>
        </Alert>
      ) : null}
      {formErrors.length > 0 ? (
        <Alert tone="danger" live>
          {formErrors.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </Alert>
      ) : hasFieldErrors ? (
        <Alert tone="danger" live>
          {Object.keys(fieldErrors).length === 1 ? "Check the highlighted field." : "Check the highlighted fields."}
        </Alert>
      ) : null}

      {kind ? (
        <StageRecordFields kind={kind} timeZone={timeZone} values={state.values} errors={fieldErrors} overlapCheck={kind === "meeting" ? {} : undefined}
          now={move.openedAt}
          currentCadence={move.keepInTouchMonths}
          meetingToComplete={move.meeting}
        />
      ) : (
        <BackMoveSummary from={move.from} to={move.to} />
      )}

      <div className="flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" pending={pending}>
          {back ? `Move back to ${STAGE_LABELS[move.to]}` : `Move to ${STAGE_LABELS[move.to]}`}
        </Button>
      </div>
    </form>
  );
}

/**
 * A move to Interviewed before its meeting has started: when the meeting is, that it can be marked
 * done once it is over, and where a meeting held earlier than planned is recorded (interview mode's
 * "It happened earlier than planned", which moves it to when it really started).
 */
function MeetingNotStarted({ move, meeting, timeZone, onCancel }: { move: PendingMove; meeting: NonNullable<PendingMove["meeting"]>; timeZone: string; onCancel: () => void }) {
  const when = `${formatDay(meeting.startsAt, timeZone, move.openedAt)}, at ${formatTime(meeting.startsAt, timeZone)}`;
  const interview = `/meetings/${encodeURIComponent(meeting.id)}/interview`;
  return (
    <div className="space-y-4">
      <div
        // The dialog focuses this when it opens, never a button a key still held from the drop could press.
        ref={(notice) => notice?.setAttribute("autofocus", "")}
        tabIndex={-1}
        className="space-y-2 rounded-lg bg-slate-50 p-3 text-sm text-slate-800 focus-visible:outline-3"
      >
        <p>
          Your meeting with {move.name} is on <time dateTime={meeting.startsAt.toISOString()} className="font-semibold">{when}</time>. You can mark it done, and
          move {move.name} to {STAGE_LABELS[move.to]}, once it&apos;s over.
        </p>
        <p>
          If it happened earlier than planned, record that in interview mode: tick &ldquo;It happened earlier than planned&rdquo; and say when it started.
        </p>
      </div>
      <div className="flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Link href={interview} prefetch={false} className={buttonClasses("primary")}>
          Open interview mode
        </Link>
      </div>
    </div>
  );
}

function BackMoveSummary({ from, to }: { from: Stage; to: Stage }) {
  const consequences = backMoveConsequences(from, to);
  return (
    <div data-initial-focus tabIndex={-1} className="space-y-2 rounded-lg bg-slate-50 p-3 text-sm text-slate-800 focus-visible:outline-3">
      {consequences.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5">
          {consequences.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p>No meeting or reminder is cancelled.</p>
      )}
      <p className="text-slate-600">
        Everything already recorded (messages, meetings, notes) stays on the contact&apos;s timeline, and the move back is added to it. Moving forward again asks for
        that stage&apos;s details again.
      </p>
    </div>
  );
}
