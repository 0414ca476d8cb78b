// Where a reminder sits in a contact's timeline, and what settled it. An open reminder sits at its
// due date (still ahead, or overdue). A settled one (done, dismissed, cancelled) sits when it was
// settled if that came before it was due: a follow-up cancelled because a meeting was agreed is
// history from that moment, not an entry "in the future" at the top of the timeline. One settled
// after it came due stays at its due date, where it mattered: a prep reminder settled with the
// meeting would otherwise sit after the meeting it was for.
//
// No reminder row records why it was settled; the writes that settle them (a stage move, an
// archive, do-not-contact, a reply, a meeting cancelled) stamp settledAt with their own instant, so the contact's
// history at that instant tells.
import type { MeetingStatus, ReminderRule, ReminderStatus, ReplyStatus, Stage } from "../generated/prisma/enums";
import { STAGE_LABELS, stageIndex } from "./stages";

export interface SettledReminder {
  rule: ReminderRule;
  status: ReminderStatus;
  dueAt: Date;
  settledAt: Date | null;
  meetingId: string | null;
}

export interface ReminderHistory {
  stageChanges: readonly { at: Date; fromStage: Stage | null; toStage: Stage }[];
  archivedAt: Date | null;
  /** When the contact was last marked do-not-contact (kept once cleared). */
  doNotContactAt: Date | null;
  meetings: readonly { id: string; status: MeetingStatus; cancelledAt: Date | null }[];
  replies: readonly { replyStatus: ReplyStatus; repliedAt: Date | null }[];
}

const isSettled = (r: SettledReminder): r is SettledReminder & { settledAt: Date } => r.status !== "PENDING" && r.settledAt !== null;

/** The instant the reminder's timeline entry is placed at. */
export function reminderTimelineAt(reminder: SettledReminder): Date {
  return isSettled(reminder) && reminder.settledAt.getTime() < reminder.dueAt.getTime() ? reminder.settledAt : reminder.dueAt;
}

const STAGE_REASONS: Partial<Record<Stage, string>> = {
  SCHEDULED: "meeting agreed",
  INTERVIEWED: "meeting held",
  THANKED: "thank-you sent",
};

/** What settled it, in a few words ("meeting agreed"), or null when the history does not say. */
export function reminderSettledReason(reminder: SettledReminder, history: ReminderHistory): string | null {
  if (!isSettled(reminder)) return null;
  const at = reminder.settledAt.getTime();
  const move = history.stageChanges.find((s) => s.at.getTime() === at);
  if (move) {
    const back = move.fromStage !== null && stageIndex(move.toStage) < stageIndex(move.fromStage);
    return back ? `moved back to ${STAGE_LABELS[move.toStage]}` : (STAGE_REASONS[move.toStage] ?? `moved to ${STAGE_LABELS[move.toStage]}`);
  }
  if (history.archivedAt?.getTime() === at) return "contact archived";
  if (reminder.status === "CANCELLED" && history.doNotContactAt?.getTime() === at) return "marked do-not-contact";
  const meeting = reminder.meetingId ? history.meetings.find((m) => m.id === reminder.meetingId) : undefined;
  if (meeting?.status === "CANCELLED" && meeting.cancelledAt?.getTime() === at) return "meeting cancelled";
  if (reminder.status === "CANCELLED" && (reminder.rule === "FOLLOW_UP_7B" || reminder.rule === "SUGGEST_ANOTHER_3B")) {
    // A reply stops the chasing; the latest one logged by then is the one that did.
    const reply = history.replies
      .filter((r) => r.replyStatus !== "NO_REPLY" && r.repliedAt && r.repliedAt.getTime() <= at)
      .sort((a, b) => b.repliedAt!.getTime() - a.repliedAt!.getTime())[0];
    if (reply) return reply.replyStatus === "DECLINED" ? "they declined" : "they replied";
  }
  return null;
}
