import { describe, expect, it } from "vitest";
import { CLOCK_SLACK_MS } from "@/lib/domain/local-time";
import {
  changedMeetingEndError,
  HELD_EARLIER_MAX_MS,
  heldEarlierError,
  meetingEndError,
  suggestedEarlierStart,
  suggestedMeetingEnd,
  thankYouSentError,
  thankYouNote,
  memberThankYouNote,
  thankYouReminderNote,
} from "@/lib/domain/meeting-done";

const MINUTE = 60_000;
const zone = "America/New_York";
const now = new Date("2026-11-18T15:00:00Z"); // Wednesday 10:00 in New York
const yesterday = new Date("2026-11-17T20:00:00Z"); // Tuesday 17 November, 3:00 PM in New York
const ahead = new Date("2026-12-08T20:00:00Z"); // Tuesday 8 December, 3:00 PM in New York
const at = (base: Date, minutes: number) => new Date(base.getTime() + minutes * MINUTE);

describe("meetingEndError: the end lies between the scheduled start and now", () => {
  it.each([
    { case: "half an hour after the start", startsAt: yesterday, doneAt: at(yesterday, 30), ok: true },
    { case: "at the start (a meeting that began early and was short)", startsAt: yesterday, doneAt: yesterday, ok: true },
    { case: "five minutes before the start: slack for clocks", startsAt: yesterday, doneAt: at(yesterday, -5), ok: true },
    { case: "just over five minutes before the start", startsAt: yesterday, doneAt: new Date(yesterday.getTime() - CLOCK_SLACK_MS - 1), ok: false },
    { case: "the day before the start", startsAt: yesterday, doneAt: at(yesterday, -24 * 60), ok: false },
    { case: "now, for a meeting that started yesterday", startsAt: yesterday, doneAt: now, ok: true },
    { case: "five minutes ahead of now: slack for clocks", startsAt: yesterday, doneAt: at(now, 5), ok: true },
    { case: "six minutes ahead of now", startsAt: yesterday, doneAt: at(now, 6), ok: false },
    { case: "now, for a meeting that starts next month", startsAt: ahead, doneAt: now, ok: false },
    { case: "after the start of a meeting still ahead (in the future)", startsAt: ahead, doneAt: at(ahead, 30), ok: false },
  ])("$case: accepted $ok", ({ startsAt, doneAt, ok }) => {
    const error = meetingEndError({ doneAt, startsAt, now, timeZone: zone });
    if (ok) expect(error).toBeNull();
    else expect(error).toEqual(expect.any(String));
  });

  it("accepts every minute from five before the start up to five after now, and nothing outside", () => {
    const startsAt = at(now, -60);
    for (let minute = -90; minute <= 20; minute++) {
      const doneAt = at(now, minute);
      const accepted = meetingEndError({ doneAt, startsAt, now, timeZone: zone }) === null;
      expect(accepted, `${minute} min from now`).toBe(minute >= -65 && minute <= 5);
    }
  });

  it("names the start in the viewer's zone and says what to do: the start has passed", () => {
    expect(meetingEndError({ doneAt: at(yesterday, -60), startsAt: yesterday, now, timeZone: zone })).toBe(
      "This meeting was scheduled to start at 3:00 PM on Tue, Nov 17, so it can't have ended before then. Check the date and time it ended.",
    );
    expect(meetingEndError({ doneAt: at(yesterday, -60), startsAt: yesterday, now, timeZone: "Europe/London" })).toMatch(/^This meeting was scheduled to start at 8:00 PM on Tue, Nov 17,/);
  });

  it("names the start and says what to do: the meeting is still ahead", () => {
    expect(meetingEndError({ doneAt: now, startsAt: ahead, now, timeZone: zone })).toBe(
      "This meeting is scheduled to start at 3:00 PM on Tue, Dec 8, so it can't have ended before then. Mark it done once it's over.",
    );
    // Next year's date says the year.
    const nextYear = new Date("2027-01-05T20:00:00Z");
    expect(meetingEndError({ doneAt: now, startsAt: nextYear, now, timeZone: zone })).toMatch(/start at 3:00 PM on Tue, Jan 5, 2027,/);
  });

  it("names the meeting as told and adds the way out when there is one", () => {
    expect(
      meetingEndError({ doneAt: at(yesterday, -60), startsAt: yesterday, now, timeZone: zone, subject: "The meeting with Priya Shah", ifEarlier: "If it happened earlier, do X." }),
    ).toBe("The meeting with Priya Shah was scheduled to start at 3:00 PM on Tue, Nov 17, so it can't have ended before then. Check the date and time it ended. If it happened earlier, do X.");
  });

  it("refuses a time in the future with the future's message, and a time that is no time", () => {
    expect(meetingEndError({ doneAt: at(now, 60), startsAt: yesterday, now, timeZone: zone })).toBe("A meeting can't be done in the future.");
    expect(meetingEndError({ doneAt: new Date(Number.NaN), startsAt: yesterday, now, timeZone: zone })).toBe("Enter the time the meeting ended.");
  });
});

describe("suggestedMeetingEnd: the scheduled end, or now if that is earlier", () => {
  it.each([
    { case: "marked the next day: the scheduled end", startsAt: yesterday, minutes: 30, expected: at(yesterday, 30) },
    { case: "still running: now", startsAt: at(now, -10), minutes: 30, expected: now },
    { case: "right at the scheduled end: the end", startsAt: at(now, -30), minutes: 30, expected: now },
    { case: "not started yet: now (no end is valid yet)", startsAt: ahead, minutes: 30, expected: now },
  ])("$case", ({ startsAt, minutes, expected }) => {
    expect(suggestedMeetingEnd(startsAt, minutes, now)).toEqual(expected);
  });

  it("is a valid end whenever the meeting has started", () => {
    for (const minutesAgo of [0, 1, 29, 30, 31, 600, 60 * 24 * 3]) {
      const startsAt = at(now, -minutesAgo);
      expect(meetingEndError({ doneAt: suggestedMeetingEnd(startsAt, 30, now), startsAt, now, timeZone: zone })).toBeNull();
    }
  });
});

describe("thankYouSentError: a thank-you is sent at or after the end of the latest done meeting", () => {
  const ended = at(yesterday, 30); // Tuesday 17 November, 3:30 PM in New York

  it.each([
    { case: "a minute after the end", sentAt: at(ended, 1), ok: true },
    { case: "at the end exactly (the metrics count it for the meeting)", sentAt: ended, ok: true },
    { case: "the next day", sentAt: at(ended, 24 * 60), ok: true },
    { case: "a millisecond before the end: no slack, it would thank an older meeting or none", sentAt: new Date(ended.getTime() - 1), ok: false },
    { case: "a minute before the end", sentAt: at(ended, -1), ok: false },
    { case: "during the meeting", sentAt: at(ended, -15), ok: false },
    { case: "the week before", sentAt: at(ended, -7 * 24 * 60), ok: false },
  ])("$case: accepted $ok", ({ sentAt, ok }) => {
    const error = thankYouSentError({ sentAt, meetingDoneAt: ended, now, timeZone: zone });
    if (ok) expect(error).toBeNull();
    else expect(error).toEqual(expect.any(String));
  });

  it("accepts every minute from the end on, and none before it", () => {
    for (let minute = -90; minute <= 90; minute++) {
      const accepted = thankYouSentError({ sentAt: at(ended, minute), meetingDoneAt: ended, now, timeZone: zone }) === null;
      expect(accepted, `${minute} min from the end`).toBe(minute >= 0);
    }
  });

  it("has nothing to check without a done meeting, or without a time (the form's own check says so)", () => {
    expect(thankYouSentError({ sentAt: at(now, -10 * 24 * 60), meetingDoneAt: null, now, timeZone: zone })).toBeNull();
    expect(thankYouSentError({ sentAt: new Date(Number.NaN), meetingDoneAt: ended, now, timeZone: zone })).toBeNull();
  });

  it("names the end in the viewer's zone, the meeting as told, and what to do", () => {
    expect(thankYouSentError({ sentAt: at(ended, -60), meetingDoneAt: ended, now, timeZone: zone })).toBe(
      "The meeting ended at 3:30 PM on Tue, Nov 17, so the thank-you can't have been sent before then. Check the date and time you sent it. If the meeting ended earlier, change when it ended in the contact's timeline.",
    );
    expect(thankYouSentError({ sentAt: at(ended, -60), meetingDoneAt: ended, now, timeZone: "Europe/London", subject: "Your meeting with Priya Shah" })).toBe(
      "Your meeting with Priya Shah ended at 8:30 PM on Tue, Nov 17, so the thank-you can't have been sent before then. Check the date and time you sent it. If the meeting ended earlier, change when it ended in the contact's timeline.",
    );
    // Last year's meeting says the year.
    const lastYear = new Date("2025-12-30T20:30:00Z");
    expect(thankYouSentError({ sentAt: at(lastYear, -1), meetingDoneAt: lastYear, now, timeZone: zone })).toMatch(/ended at 3:30 PM on Tue, Dec 30, 2025,/);
  });

  it("names an end stored with seconds by the next whole minute: the first a typed time can be, and it is accepted", () => {
    const withSeconds = new Date(ended.getTime() + 45_000); // 3:30:45 PM
    expect(thankYouSentError({ sentAt: ended, meetingDoneAt: withSeconds, now, timeZone: zone })).toMatch(/ended at 3:31 PM on Tue, Nov 17,/);
    expect(thankYouSentError({ sentAt: at(ended, 1), meetingDoneAt: withSeconds, now, timeZone: zone })).toBeNull();
  });
});

describe("changedMeetingEndError: a done meeting's corrected end keeps the bounds and its thank-you", () => {
  const ended = at(yesterday, 30); // Tuesday 17 November, 3:30 PM in New York
  const thanked = at(ended, 25); // 3:55 PM

  it.each([
    { case: "earlier, still after the start", doneAt: at(yesterday, 20), thankYouSentAt: thanked, ok: true },
    { case: "later, still before the thank-you", doneAt: at(thanked, -5), thankYouSentAt: thanked, ok: true },
    { case: "at the thank-you exactly (it still belongs to this meeting)", doneAt: thanked, thankYouSentAt: thanked, ok: true },
    { case: "a millisecond after the thank-you: it would belong to an older meeting or none", doneAt: new Date(thanked.getTime() + 1), thankYouSentAt: thanked, ok: false },
    { case: "an hour after the thank-you", doneAt: at(thanked, 60), thankYouSentAt: thanked, ok: false },
    { case: "later, no thank-you logged", doneAt: at(thanked, 60), thankYouSentAt: null, ok: true },
    { case: "before the start, no thank-you", doneAt: at(yesterday, -60), thankYouSentAt: null, ok: false },
    { case: "in the future, no thank-you", doneAt: at(now, 60), thankYouSentAt: null, ok: false },
  ])("$case: accepted $ok", ({ doneAt, thankYouSentAt, ok }) => {
    const error = changedMeetingEndError({ doneAt, startsAt: yesterday, thankYouSentAt, now, timeZone: zone });
    if (ok) expect(error).toBeNull();
    else expect(error).toEqual(expect.any(String));
  });

  it("accepts every minute from five before the start up to the thank-you, and nothing after it", () => {
    for (let minute = -10; minute <= 90; minute++) {
      const accepted = changedMeetingEndError({ doneAt: at(yesterday, minute), startsAt: yesterday, thankYouSentAt: thanked, now, timeZone: zone }) === null;
      expect(accepted, `${minute} min from the start`).toBe(minute >= -5 && minute <= 55);
    }
  });

  it("names the thank-you's time in the viewer's zone as the latest end it takes", () => {
    expect(changedMeetingEndError({ doneAt: at(thanked, 10), startsAt: yesterday, thankYouSentAt: thanked, now, timeZone: zone })).toBe(
      "Your thank-you for this meeting was sent at 3:55 PM on Tue, Nov 17, so the meeting had ended by then. Enter that time or an earlier one.",
    );
    expect(changedMeetingEndError({ doneAt: at(thanked, 10), startsAt: yesterday, thankYouSentAt: thanked, now, timeZone: "Europe/London" })).toMatch(/^Your thank-you for this meeting was sent at 8:55 PM on Tue, Nov 17,/);
  });

  it("names a thank-you stored with seconds by its whole minute: the last a typed time can be, and it is accepted", () => {
    const withSeconds = new Date(thanked.getTime() + 45_000); // 3:55:45 PM
    expect(changedMeetingEndError({ doneAt: at(thanked, 1), startsAt: yesterday, thankYouSentAt: withSeconds, now, timeZone: zone })).toMatch(/sent at 3:55 PM on Tue, Nov 17,/);
    expect(changedMeetingEndError({ doneAt: thanked, startsAt: yesterday, thankYouSentAt: withSeconds, now, timeZone: zone })).toBeNull();
  });

  it("says the start's and the future's messages first, as marking it done does", () => {
    expect(changedMeetingEndError({ doneAt: at(yesterday, -60), startsAt: yesterday, thankYouSentAt: thanked, now, timeZone: zone })).toBe(
      "This meeting was scheduled to start at 3:00 PM on Tue, Nov 17, so it can't have ended before then. Check the date and time it ended.",
    );
    expect(changedMeetingEndError({ doneAt: at(now, 60), startsAt: yesterday, thankYouSentAt: null, now, timeZone: zone })).toBe("A meeting can't be done in the future.");
  });
});

describe("heldEarlierError: a meeting recorded as held earlier than planned", () => {
  // Planned for Tuesday 8 December at 3:00 PM; the professional asked to meet this morning instead.
  const morning = at(now, -90); // 8:30 AM in New York, today
  const check = (startedAt: Date, doneAt: Date, startsAt = ahead) => heldEarlierError({ startedAt, doneAt, startsAt, now, timeZone: zone });

  it.each([
    { case: "this morning, half an hour, for a meeting planned next month", startedAt: morning, doneAt: at(morning, 30), field: null },
    { case: "ending just now", startedAt: at(now, -30), doneAt: now, field: null },
    { case: "ending five minutes ahead of now: slack for clocks", startedAt: at(now, -30), doneAt: at(now, 5), field: null },
    { case: "ending six minutes ahead of now", startedAt: at(now, -30), doneAt: at(now, 6), field: "doneAt" },
    { case: "ending next month at the planned time (not over yet)", startedAt: ahead, doneAt: at(ahead, 30), field: "doneAt" },
    { case: "starting when it ended", startedAt: morning, doneAt: morning, field: "startedAt" },
    { case: "starting after it ended", startedAt: at(morning, 31), doneAt: at(morning, 30), field: "startedAt" },
    { case: "starting exactly six hours before the end", startedAt: at(now, -6 * 60), doneAt: now, field: null },
    { case: "starting a minute more than six hours before the end", startedAt: at(now, -6 * 60 - 1), doneAt: now, field: "startedAt" },
    { case: "starting the day before (a slip of the date)", startedAt: at(morning, -24 * 60), doneAt: at(morning, 30), field: "startedAt" },
    { case: "starting at the planned start (not earlier)", startedAt: yesterday, doneAt: at(yesterday, 30), startsAt: yesterday, field: "startedAt" },
    { case: "starting a minute before the planned start and ending after it", startedAt: at(yesterday, -1), doneAt: at(yesterday, 30), startsAt: yesterday, field: null },
    { case: "no end", startedAt: morning, doneAt: new Date(Number.NaN), field: "doneAt" },
    { case: "no start", startedAt: new Date(Number.NaN), doneAt: morning, field: "startedAt" },
  ])("$case: refused on $field", ({ startedAt, doneAt, startsAt, field }) => {
    const error = check(startedAt, doneAt, startsAt);
    if (field === null) expect(error).toBeNull();
    else expect(error).toEqual({ field, message: expect.any(String) });
  });

  it("bounds the span at six hours", () => {
    expect(HELD_EARLIER_MAX_MS).toBe(6 * 60 * MINUTE);
  });

  it("says what is wrong in the viewer's zone, on the field that caused it", () => {
    expect(check(at(morning, 40), at(morning, 30))).toEqual({
      field: "startedAt",
      message: "The meeting ended at 9:00 AM on Wed, Nov 18, so it started before then. Check the date and time it started.",
    });
    expect(check(at(morning, -24 * 60), at(morning, 30))).toEqual({
      field: "startedAt",
      message: "That is more than 6 hours before it ended at 9:00 AM on Wed, Nov 18. Check the date and time it started.",
    });
    expect(check(at(yesterday, 10), at(yesterday, 40), yesterday)).toEqual({
      field: "startedAt",
      message: 'It was scheduled to start at 3:00 PM on Tue, Nov 17, so that isn\'t earlier than planned. Check the time it started, or untick "It happened earlier than planned" to mark it done as scheduled.',
    });
    expect(check(morning, at(now, 60))).toEqual({ field: "doneAt", message: "A meeting can't be done in the future." });
  });

  it("accepts what meetingEndError refuses: an end before the scheduled start", () => {
    expect(meetingEndError({ doneAt: at(morning, 30), startsAt: ahead, now, timeZone: zone })).toEqual(expect.any(String));
    expect(check(morning, at(morning, 30))).toBeNull();
  });
});

describe("suggestedEarlierStart: the end typed, less the planned length", () => {
  it.each([
    { end: "2026-11-18T09:00", minutes: 30, start: "2026-11-18T08:30" },
    { end: "2026-11-18T00:10", minutes: 20, start: "2026-11-17T23:50" },
    { end: "2026-03-01T00:15", minutes: 30, start: "2026-02-28T23:45" },
    { end: " 2026-11-18T09:00 ", minutes: 180, start: "2026-11-18T06:00" },
    { end: "", minutes: 30, start: "" },
    { end: "not a time", minutes: 30, start: "" },
  ])("$end less $minutes min: $start", ({ end, minutes, start }) => {
    expect(suggestedEarlierStart(end, minutes)).toBe(start);
  });
});

describe("thankYouNote: what a done meeting's page says of its thank-you", () => {
  // Ended yesterday at 3:00 PM in New York; due 24 hours later, today at 3:00 PM; now is 10:00 AM.
  const doneAt = yesterday;

  it("once it has gone out, says when, in the student's zone, instead of asking for it", () => {
    expect(thankYouNote({ sentAt: at(yesterday, 90), doneAt, timeZone: zone, now })).toBe("Your thank-you went out at 4:30 PM on Tue, Nov 17.");
  });

  it("while it is owed, says by when: 24 hours after the meeting ended", () => {
    expect(thankYouNote({ sentAt: null, doneAt, timeZone: zone, now })).toBe("Send your thank-you within 24 hours, by 3:00 PM on Wed, Nov 18.");
  });

  it("past the 24 hours, says it is late rather than asking for it within 24 hours", () => {
    const later = at(yesterday, 24 * 60 + 1);
    expect(thankYouNote({ sentAt: null, doneAt, timeZone: zone, now: later })).toBe("Your thank-you was due by 3:00 PM on Wed, Nov 18. It is late, and still worth sending.");
    expect(thankYouNote({ sentAt: null, doneAt, timeZone: zone, now: at(later, 3 * 24 * 60) })).toBe(
      "Your thank-you was due by 3:00 PM on Wed, Nov 18. It is late, and still worth sending.",
    );
  });

  it("at the 24th hour itself it is still on time, as the metrics count it", () => {
    expect(thankYouNote({ sentAt: null, doneAt, timeZone: zone, now: at(yesterday, 24 * 60) })).toMatch(/^Send your thank-you within 24 hours/);
  });
});

describe("thankYouReminderNote: where the done meeting's page says the thank-you's reminder is", () => {
  const zone = "America/New_York";
  const now = new Date("2026-11-18T15:00:00Z");

  it("on Today while it is open, its snooze over or never set", () => {
    expect(thankYouReminderNote({ snoozedUntil: null }, zone, now)).toBe("The reminder is on Today.");
    expect(thankYouReminderNote({ snoozedUntil: new Date("2026-11-18T14:00:00Z") }, zone, now)).toBe("The reminder is on Today.");
  });

  it("the day it comes back while snoozed", () => {
    expect(thankYouReminderNote({ snoozedUntil: new Date("2026-11-20T14:00:00Z") }, zone, now)).toBe("The reminder is snoozed until Fri, Nov 20.");
  });

  it("nothing once it is dismissed or settled", () => {
    expect(thankYouReminderNote(null, zone, now)).toBeNull();
  });
});

describe("memberThankYouNote: what a group meeting's page tells a member who went of their thank-you", () => {
  const zone = "America/New_York";
  const doneAt = new Date("2026-11-17T22:00:00Z"); // 5:00 PM on Tue, Nov 17
  const open = { status: "PENDING" as const, snoozedUntil: null };

  it("while open: by when it is due, and that the reminder is on Today", () => {
    expect(memberThankYouNote({ reminder: open, doneAt, timeZone: zone, now: new Date("2026-11-18T15:00:00Z") })).toBe(
      "Send your thank-you within 24 hours, by 5:00 PM on Wed, Nov 18. The reminder is on Today.",
    );
  });

  it("once the 24 hours have gone by, that it is late", () => {
    expect(memberThankYouNote({ reminder: open, doneAt, timeZone: zone, now: new Date("2026-11-24T15:00:00Z") })).toBe(
      "Your thank-you was due by 5:00 PM on Wed, Nov 18. It is late, and still worth sending. The reminder is on Today.",
    );
  });

  it("once done, that it is done; once dismissed or cancelled (or never made), nothing", () => {
    const now = new Date("2026-11-24T15:00:00Z");
    expect(memberThankYouNote({ reminder: { status: "DONE", snoozedUntil: null }, doneAt, timeZone: zone, now })).toBe("Your thank-you is done.");
    expect(memberThankYouNote({ reminder: { status: "DISMISSED", snoozedUntil: null }, doneAt, timeZone: zone, now })).toBeNull();
    expect(memberThankYouNote({ reminder: { status: "CANCELLED", snoozedUntil: null }, doneAt, timeZone: zone, now })).toBeNull();
    expect(memberThankYouNote({ reminder: null, doneAt, timeZone: zone, now })).toBeNull();
  });
});
