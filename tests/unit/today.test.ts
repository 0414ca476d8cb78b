import { describe, expect, it } from "vitest";
import { zonedDayOffset } from "@/lib/domain/format";
import { isOverdue, primaryAction, reminderLabel, reminderLinkName, reminderTitle, shownReminder, startOfViewerToday } from "@/lib/domain/today";

const contact = { id: "c1", employer: "Edelman & Co" };
const me = "u1";
const meeting = { id: "m1", ownerId: me, startsAt: new Date("2026-11-24T15:00:00Z") };
// The day before the meeting, when its prep reminder is due.
const now = new Date("2026-11-23T15:00:00Z");

describe("primaryAction", () => {
  it("opens the composer with the right purpose for messages owed", () => {
    expect(primaryAction({ rule: "THANK_YOU_24H", contact, meeting }, me, now)).toEqual({ label: "Write the thank-you", href: "/contacts/c1/compose?purpose=thank-you" });
    expect(primaryAction({ rule: "FOLLOW_UP_7B", contact, meeting: null }, me, now)?.href).toBe("/contacts/c1/compose?purpose=follow-up");
    expect(primaryAction({ rule: "KEEP_IN_TOUCH", contact, meeting: null }, me, now)?.href).toBe("/contacts/c1/compose?purpose=touch");
    expect(primaryAction({ rule: "THANK_REFERRER", contact, meeting }, me, now)?.href).toBe("/contacts/c1/compose?purpose=touch");
  });

  it("suggests another person at the same employer, the employer filled in", () => {
    expect(primaryAction({ rule: "SUGGEST_ANOTHER_3B", contact, meeting: null }, me, now)).toEqual({
      label: "Add someone else at Edelman & Co",
      href: "/contacts/new?employer=Edelman%20%26%20Co",
    });
    expect(primaryAction({ rule: "SUGGEST_ANOTHER_3B", contact: { id: "c1", employer: null }, meeting: null }, me, now)?.href).toBe("/contacts/new");
  });

  it("sends prep to the agenda and action items to the meeting's notes; nothing without a target", () => {
    expect(primaryAction({ rule: "PREP_DAY_BEFORE", contact, meeting }, me, now)?.href).toBe("/meetings/m1/agenda");
    expect(primaryAction({ rule: "ACTION_ITEM", contact, meeting }, me, now)?.href).toBe("/meetings/m1/interview");
    expect(primaryAction({ rule: "PREP_DAY_BEFORE", contact, meeting: null }, me, now)).toBeNull();
    expect(primaryAction({ rule: "THANK_YOU_24H", contact: null, meeting }, me, now)).toBeNull();
  });

  it("sends an attendee of a chapter's group meeting to its page: the agenda and notes pages are the officer's", () => {
    const group = { id: "g1", ownerId: "officer", startsAt: meeting.startsAt };
    expect(primaryAction({ rule: "PREP_DAY_BEFORE", contact, meeting: group }, me, now)?.href).toBe("/chapter/meetings/g1");
    expect(primaryAction({ rule: "ACTION_ITEM", contact, meeting: group }, me, now)?.href).toBe("/chapter/meetings/g1");
    expect(primaryAction({ rule: "PREP_DAY_BEFORE", contact, meeting: group }, "officer", now)?.href).toBe("/meetings/g1/agenda");
  });

  it("once the student's own meeting has started, a prep reminder still open offers to record how it went, not to prepare", () => {
    const started = meeting.startsAt;
    expect(primaryAction({ rule: "PREP_DAY_BEFORE", contact, meeting }, me, new Date(started.getTime() - 60_000))).toEqual({ label: "Prepare the agenda", href: "/meetings/m1/agenda" });
    expect(primaryAction({ rule: "PREP_DAY_BEFORE", contact, meeting }, me, started)).toEqual({ label: "Record how it went", href: "/meetings/m1/interview" });
    // A group meeting is its officers' to mark done: an attendee is still sent to its page.
    const group = { id: "g1", ownerId: "officer", startsAt: started };
    expect(primaryAction({ rule: "PREP_DAY_BEFORE", contact, meeting: group }, me, started)?.href).toBe("/chapter/meetings/g1");
  });
});

describe("overdue: due before the viewer's today began, in the viewer's zone", () => {
  const at = (iso: string) => new Date(iso);

  it("draws the line at local midnight where the UTC date is already tomorrow (Tokyo, 01:00 local)", () => {
    const now = at("2026-12-05T16:00:00Z"); // 01:00 on Sunday 6 December in Tokyo; still the 5th in UTC
    expect(startOfViewerToday(now, "Asia/Tokyo")).toEqual(at("2026-12-05T15:00:00Z"));
    expect(isOverdue(at("2026-12-05T14:30:00Z"), now, "Asia/Tokyo")).toBe(true); // 23:30 yesterday, local
    expect(isOverdue(at("2026-12-05T15:30:00Z"), now, "Asia/Tokyo")).toBe(false); // 00:30 today, local
  });

  it("draws the line at local midnight where the UTC date is still yesterday (Los Angeles, 20:00 local)", () => {
    const now = at("2026-12-06T04:00:00Z"); // 20:00 on Saturday 5 December in Los Angeles; the 6th in UTC
    expect(isOverdue(at("2026-12-05T07:30:00Z"), now, "America/Los_Angeles")).toBe(true); // 23:30 on the 4th, local
    // 00:30 today, local, though its UTC date is before today's UTC date.
    expect(isOverdue(at("2026-12-05T08:30:00Z"), now, "America/Los_Angeles")).toBe(false);
  });

  it("counts due at the very start of today, or an hour ago, as due today", () => {
    const now = at("2026-12-02T16:00:00Z"); // 10:00 in Chicago; the day began at 06:00 UTC
    const start = startOfViewerToday(now, "America/Chicago");
    expect(start).toEqual(at("2026-12-02T06:00:00Z"));
    expect(isOverdue(start, now, "America/Chicago")).toBe(false);
    expect(isOverdue(new Date(start.getTime() - 1), now, "America/Chicago")).toBe(true);
    expect(isOverdue(at("2026-12-02T15:00:00Z"), now, "America/Chicago")).toBe(false);
  });

  it("holds on daylight-saving days: 23- and 25-hour days, and a day whose midnight is skipped", () => {
    // New York springs forward at 02:00 on 8 March 2026: 10:00 local is 9 hours after midnight, not 10.
    const spring = at("2026-03-08T14:00:00Z");
    expect(startOfViewerToday(spring, "America/New_York")).toEqual(at("2026-03-08T05:00:00Z"));
    expect(isOverdue(at("2026-03-08T04:30:00Z"), spring, "America/New_York")).toBe(true); // 23:30 EST on the 7th
    expect(isOverdue(at("2026-03-08T05:30:00Z"), spring, "America/New_York")).toBe(false); // 00:30 EST on the 8th
    // Falls back on 1 November 2026: at 23:30 EST the day is 24½ hours old.
    const fall = at("2026-11-02T04:30:00Z");
    expect(startOfViewerToday(fall, "America/New_York")).toEqual(at("2026-11-01T04:00:00Z"));
    expect(isOverdue(at("2026-11-01T03:30:00Z"), fall, "America/New_York")).toBe(true); // 23:30 EDT on 31 October
    expect(isOverdue(at("2026-11-01T04:30:00Z"), fall, "America/New_York")).toBe(false); // 00:30 EDT on 1 November
    // Santiago goes from 24:00 on 5 September straight to 01:00 on the 6th: the 6th begins at 01:00.
    const skipped = at("2026-09-06T15:00:00Z");
    expect(startOfViewerToday(skipped, "America/Santiago")).toEqual(at("2026-09-06T04:00:00Z"));
    expect(isOverdue(at("2026-09-06T03:30:00Z"), skipped, "America/Santiago")).toBe(true); // 23:30 on the 5th
    expect(isOverdue(at("2026-09-06T04:30:00Z"), skipped, "America/Santiago")).toBe(false); // 01:30 on the 6th
  });

  it("answers for the zone asked, one after another at the same instant", () => {
    const now = at("2026-12-05T16:00:00Z");
    const due = at("2026-12-05T14:30:00Z");
    expect(isOverdue(due, now, "Asia/Tokyo")).toBe(true); // 23:30 on the 5th; it is the 6th there
    expect(isOverdue(due, now, "UTC")).toBe(false);
    expect(isOverdue(due, now, "America/Los_Angeles")).toBe(false);
    expect(isOverdue(due, now, "Asia/Tokyo")).toBe(true);
    // Each caller gets its own Date: changing one does not move the line for the next.
    startOfViewerToday(now, "Asia/Tokyo").setTime(0);
    expect(startOfViewerToday(now, "Asia/Tokyo")).toEqual(at("2026-12-05T15:00:00Z"));
  });

  it.each(["America/New_York", "Asia/Tokyo", "America/Santiago", "Australia/Lord_Howe", "Asia/Kathmandu", "Pacific/Chatham"])(
    "agrees with the day a due date is shown on (\"Was due …\" exactly when overdue) in %s",
    (zone) => {
      let seed = zone.length * 7919;
      const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
      for (let i = 0; i < 500; i++) {
        const now = new Date(Date.UTC(2025, 0, 1) + Math.floor(next() * 3 * 365 * 86_400_000));
        // Mostly within a day and a half of now, where the line is.
        const due = new Date(now.getTime() + Math.floor((next() - 0.6) * 36 * 3_600_000));
        expect(isOverdue(due, now, zone), `${due.toISOString()} at ${now.toISOString()}`).toBe(zonedDayOffset(now, due, zone) < 0);
      }
    },
  );
});

describe("reminderTitle", () => {
  const thanks = { rule: "THANK_YOU_24H" as const, title: "Thank Ana Ruiz within 24 hours" };

  it("keeps a thank-you's 24 hours while they have not gone by", () => {
    expect(reminderTitle(thanks, false, now)).toBe("Thank Ana Ruiz within 24 hours");
  });

  it("says an overdue thank-you is late and still worth sending, not 'within 24 hours'", () => {
    expect(reminderTitle(thanks, true, now)).toBe("Thank Ana Ruiz — late, and still worth sending");
  });

  it("says so from the contact's name, however the thank-you was titled", () => {
    const seeded = { rule: "THANK_YOU_24H" as const, title: "Send a thank-you to Ana Ruiz", contactName: "Ana Ruiz" };
    expect(reminderTitle(seeded, true, now)).toBe("Thank Ana Ruiz — late, and still worth sending");
    expect(reminderTitle(seeded, false, now)).toBe("Send a thank-you to Ana Ruiz");
  });

  it("leaves other reminders, and a thank-you titled some other way with no contact, as written", () => {
    expect(reminderTitle({ rule: "FOLLOW_UP_7B", title: "Follow up with Ana Ruiz within 24 hours", contactName: "Ana Ruiz" }, true, now)).toBe("Follow up with Ana Ruiz within 24 hours");
    expect(reminderTitle({ rule: "THANK_YOU_24H", title: "Thank Ana Ruiz" }, true, now)).toBe("Thank Ana Ruiz");
  });

  describe("a prep reminder", () => {
    const prep = { rule: "PREP_DAY_BEFORE" as const, title: "Prepare for your video call with Ana Ruiz", contact: { name: "Ana Ruiz" } };

    it("asks to prepare until the viewer's own meeting starts, then to record how it went", () => {
      const before = new Date(meeting.startsAt.getTime() - 60_000);
      expect(reminderTitle(shownReminder({ ...prep, meeting }, me), true, before)).toBe("Prepare for your video call with Ana Ruiz");
      expect(reminderTitle(shownReminder({ ...prep, meeting }, me), true, meeting.startsAt)).toBe("Record how your meeting with Ana Ruiz went");
    });

    it("keeps a chapter's group meeting's prep as written: its officers mark it done, not the attendee", () => {
      const started = new Date(meeting.startsAt.getTime() + 3_600_000);
      const group = shownReminder({ ...prep, title: "Prepare for PRSSA agency panel", meeting: { ...meeting, ownerId: "officer" } }, me);
      expect(group.ownMeetingStartsAt).toBeNull();
      expect(reminderTitle(group, true, started)).toBe("Prepare for PRSSA agency panel");
      expect(reminderLabel(group, started)).toBe("Prepare");
    });

    it("is badged as what its title asks: 'Prepare' before the meeting, 'Record notes' once it has started", () => {
      const own = shownReminder({ ...prep, meeting }, me);
      expect(reminderLabel(own, new Date(meeting.startsAt.getTime() - 60_000))).toBe("Prepare");
      expect(reminderLabel(own, meeting.startsAt)).toBe("Record notes");
      // Without the contact's name the title stays "Prepare for…", and so does its badge.
      expect(reminderLabel({ ...own, contactName: null }, meeting.startsAt)).toBe("Prepare");
      expect(reminderLabel({ rule: "THANK_YOU_24H", title: "Thank Ana Ruiz within 24 hours" }, now)).toBe("Send thanks");
    });

    it("names its link once when the title already says what the link does", () => {
      const own = shownReminder({ ...prep, meeting }, me);
      const link = primaryAction({ rule: "PREP_DAY_BEFORE", contact, meeting }, me, meeting.startsAt)!;
      expect(reminderLinkName(link, reminderTitle(own, true, meeting.startsAt))).toBe("Record how your meeting with Ana Ruiz went");
      const before = new Date(meeting.startsAt.getTime() - 60_000);
      const prepare = primaryAction({ rule: "PREP_DAY_BEFORE", contact, meeting }, me, before)!;
      expect(reminderLinkName(prepare, reminderTitle(own, false, before))).toBe("Prepare the agenda: Prepare for your video call with Ana Ruiz");
      // A started meeting's link on a reminder still titled "Prepare for…" (no contact name) says both.
      expect(reminderLinkName(link, "Prepare for PRSSA agency panel")).toBe("Record how it went: Prepare for PRSSA agency panel");
    });
  });
});
