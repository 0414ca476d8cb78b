// Where a reminder sits in a contact's timeline and what settled it, read from the history at the
// instant it was settled.
import { describe, expect, it } from "vitest";
import { reminderSettledReason, reminderTimelineAt, type ReminderHistory, type SettledReminder } from "@/lib/domain/reminder-outcome";

const due = new Date("2026-11-25T14:00:00Z");
const earlier = new Date("2026-11-18T17:30:00Z");
const later = new Date("2026-11-27T09:00:00Z");
const followUp = (status: SettledReminder["status"], settledAt: Date | null): SettledReminder => ({ rule: "FOLLOW_UP_7B", status, dueAt: due, settledAt, meetingId: null });
const none: ReminderHistory = { stageChanges: [], archivedAt: null, doNotContactAt: null, meetings: [], replies: [] };

describe("reminderTimelineAt", () => {
  it("keeps an open reminder at its due date", () => {
    expect(reminderTimelineAt(followUp("PENDING", null))).toEqual(due);
  });

  it("places one settled before it was due when it was settled, and one settled later at its due date", () => {
    for (const status of ["DONE", "DISMISSED", "CANCELLED"] as const) {
      expect(reminderTimelineAt(followUp(status, earlier))).toEqual(earlier);
      expect(reminderTimelineAt(followUp(status, later))).toEqual(due);
    }
  });
});

describe("reminderSettledReason", () => {
  it("names the stage move made at the same instant", () => {
    const moved = (fromStage: "OUTREACH" | "SCHEDULED" | "THANKED", toStage: "FIND" | "SCHEDULED" | "INTERVIEWED" | "FOLLOW_UP") => ({ ...none, stageChanges: [{ at: earlier, fromStage, toStage }] });
    expect(reminderSettledReason(followUp("CANCELLED", earlier), moved("OUTREACH", "SCHEDULED"))).toBe("meeting agreed");
    expect(reminderSettledReason(followUp("DONE", earlier), moved("SCHEDULED", "INTERVIEWED"))).toBe("meeting held");
    expect(reminderSettledReason(followUp("CANCELLED", earlier), moved("OUTREACH", "FIND"))).toBe("moved back to Find");
    expect(reminderSettledReason(followUp("CANCELLED", earlier), moved("THANKED", "FOLLOW_UP"))).toBe("moved to Follow-up");
    // A move at another time says nothing about this reminder.
    expect(reminderSettledReason(followUp("CANCELLED", later), moved("OUTREACH", "SCHEDULED"))).toBeNull();
  });

  it("names an archive, a cancelled meeting and a reply", () => {
    expect(reminderSettledReason(followUp("CANCELLED", earlier), { ...none, archivedAt: earlier })).toBe("contact archived");
    const prep: SettledReminder = { rule: "PREP_DAY_BEFORE", status: "CANCELLED", dueAt: due, settledAt: earlier, meetingId: "m1" };
    expect(reminderSettledReason(prep, { ...none, meetings: [{ id: "m1", status: "CANCELLED", cancelledAt: earlier }] })).toBe("meeting cancelled");
    const replies = [
      { replyStatus: "REPLIED" as const, repliedAt: new Date("2026-11-17T12:00:00Z") },
      { replyStatus: "DECLINED" as const, repliedAt: new Date("2026-11-18T12:00:00Z") },
      { replyStatus: "REPLIED" as const, repliedAt: later },
    ];
    expect(reminderSettledReason(followUp("CANCELLED", earlier), { ...none, replies })).toBe("they declined");
    // A reply does not explain a reminder the student ticked done, or a prep reminder.
    expect(reminderSettledReason(followUp("DONE", earlier), { ...none, replies })).toBeNull();
    expect(reminderSettledReason({ ...prep, meetingId: null }, { ...none, replies })).toBeNull();
  });

  it("names do-not-contact for a reminder it cancelled, and not for one settled otherwise", () => {
    expect(reminderSettledReason(followUp("CANCELLED", earlier), { ...none, doNotContactAt: earlier })).toBe("marked do-not-contact");
    // Marked again later: the earlier cancellation was something else.
    expect(reminderSettledReason(followUp("CANCELLED", earlier), { ...none, doNotContactAt: later })).toBeNull();
    expect(reminderSettledReason(followUp("DONE", earlier), { ...none, doNotContactAt: earlier })).toBeNull();
  });

  it("says nothing of an open reminder", () => {
    expect(reminderSettledReason(followUp("PENDING", null), { ...none, archivedAt: earlier })).toBeNull();
  });
});
