// 3B7 (product.md): 3 business days without a reply → suggest another person at the same employer;
// 7 business days → one polite follow-up to the first person; after that, no more nagging: the
// contact goes dormant. A reply at any point ends it. Derived from the outreach history alone, so
// running it again gives the same answer and never a second reminder.
import type { ReminderRule } from "../generated/prisma/enums";
import { addBusinessDays, type BusinessCalendar } from "./business-days";

export interface OutreachEvent {
  id: string;
  kind: "INITIAL" | "FOLLOW_UP" | "THANK_YOU" | "TOUCH";
  sentAt: Date;
  replyStatus: "NO_REPLY" | "REPLIED" | "DECLINED";
  repliedAt: Date | null;
}

export interface FollowUpReminder {
  rule: Extract<ReminderRule, "SUGGEST_ANOTHER_3B" | "FOLLOW_UP_7B">;
  /** The first outreach's id: one of each reminder per request, however often this runs. */
  ruleKey: string;
  dueAt: Date;
}

export interface FollowUpState {
  /** Reminders that should exist (pending) now. */
  reminders: FollowUpReminder[];
  /** Pending follow-up reminders for other keys, or all of them after a reply, are cancelled. */
  replied: boolean;
  /**
   * No reply, the one follow-up sent, and its wait over: stop asking. The one definition of
   * dormancy; contactDormantSince (keep-in-touch.ts) reads it, never a stored copy.
   */
  dormantSince: Date | null;
}

export const SUGGEST_AFTER = 3;
export const FOLLOW_UP_AFTER = 7;
/** Business days to wait for an answer to the one follow-up before going quiet. */
export const DORMANT_AFTER_FOLLOW_UP = 7;

export function followUpState(history: readonly OutreachEvent[], now: Date, calendar: BusinessCalendar): FollowUpState {
  const sorted = history.filter((e) => e.kind === "INITIAL" || e.kind === "FOLLOW_UP").sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime());
  // A contact moved back to Find and asked afresh starts over from that new first request.
  const start = sorted.findLastIndex((e) => e.kind === "INITIAL");
  const requests = start > 0 ? sorted.slice(start) : sorted;
  const first = requests[0];
  if (!first) return { reminders: [], replied: false, dormantSince: null };

  const replies = requests.filter((e) => e.replyStatus !== "NO_REPLY");
  if (replies.length === 0) return chase(requests, now, calendar);

  // A request sent after the latest answer (the meeting was cancelled and the student asks again)
  // is a new ask, chased by the same 3B7 rule; until then a reply ends it.
  const lastReply = replies[replies.length - 1]!;
  const answeredAt = lastReply.repliedAt ?? lastReply.sentAt;
  const asksSince = requests.filter((e) => e.sentAt > answeredAt && e.replyStatus === "NO_REPLY");
  if (asksSince.length === 0) return { reminders: [], replied: true, dormantSince: null };
  return chase(asksSince, now, calendar);
}

/** 3B7 for requests with no answer yet, the first of them starting the clock. */
function chase(requests: readonly OutreachEvent[], now: Date, calendar: BusinessCalendar): FollowUpState {
  const first = requests[0]!;
  const followUp = requests.find((e) => e.kind === "FOLLOW_UP" && e.sentAt > first.sentAt);
  if (followUp) {
    const quietFrom = addBusinessDays(followUp.sentAt, DORMANT_AFTER_FOLLOW_UP, calendar);
    // The follow-up has been sent: the 7-day reminder is settled; nothing more is asked.
    return { reminders: [], replied: false, dormantSince: now >= quietFrom ? quietFrom : null };
  }

  return {
    reminders: [
      { rule: "SUGGEST_ANOTHER_3B", ruleKey: first.id, dueAt: addBusinessDays(first.sentAt, SUGGEST_AFTER, calendar) },
      { rule: "FOLLOW_UP_7B", ruleKey: first.id, dueAt: addBusinessDays(first.sentAt, FOLLOW_UP_AFTER, calendar) },
    ],
    replied: false,
    dormantSince: null,
  };
}
