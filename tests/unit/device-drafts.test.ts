import { describe, expect, it } from "vitest";
import { composeDraftKey } from "@/lib/domain/compose-purpose";
import {
  DEVICE_KEY_PREFIX,
  DEVICE_KEY_PREFIXES,
  describeDeviceDrafts,
  hasUnsavedDrafts,
  kindOfKey,
  summariseDeviceDrafts,
  type DeviceDrafts,
} from "@/lib/domain/device-drafts";
import { draftKey } from "@/lib/domain/interview";

const none: DeviceDrafts = { meetingIds: [], pitchDrafts: 0, messageDrafts: 0, otherDrafts: 0 };

describe("the device key prefixes", () => {
  it("all sit under rapport:, and none is the start of another (a key has exactly one kind)", () => {
    const prefixes = Object.values(DEVICE_KEY_PREFIXES);
    for (const a of prefixes) {
      expect(a.startsWith(DEVICE_KEY_PREFIX)).toBe(true);
      for (const b of prefixes) if (a !== b) expect(b.startsWith(a)).toBe(false);
    }
  });

  it("are the ones the modules that write drafts use", () => {
    expect(kindOfKey(draftKey("m1", "answer:a1"))).toBe("interviewNotes");
    expect(kindOfKey(draftKey("m1", "form:referral"))).toBe("interviewNotes");
    expect(kindOfKey(composeDraftKey("c1", "thank-you"))).toBe("message");
    expect(kindOfKey(`${DEVICE_KEY_PREFIXES.pitch}u1`)).toBe("pitch");
    expect(kindOfKey(`${DEVICE_KEY_PREFIXES.interviewTimer}m1`)).toBe("interviewTimer");
  });
});

describe("summariseDeviceDrafts", () => {
  it("finds nothing on a device without Rapport drafts, and ignores other sites' keys", () => {
    expect(summariseDeviceDrafts([])).toEqual(none);
    expect(summariseDeviceDrafts(["theme", "ajs_user_id", "rapportage:x", "interview:m1:notes"])).toEqual(none);
  });

  it("does not count a meeting's timer as unsaved work", () => {
    const drafts = summariseDeviceDrafts(["rapport:interview-timer:m1"]);
    expect(drafts).toEqual(none);
    expect(hasUnsavedDrafts(drafts)).toBe(false);
  });

  it("counts interview notes by meeting, whatever the field, in the order found", () => {
    const keys = [
      "rapport:interview:m2:answer:a1",
      "rapport:interview:m1:answer:a1",
      "rapport:interview:m2:form:referral",
      "rapport:interview:m2:takeaway:t1",
      "rapport:interview-timer:m3",
    ];
    expect(summariseDeviceDrafts(keys)).toEqual({ ...none, meetingIds: ["m2", "m1"] });
  });

  it("counts pitch and message drafts, once per key", () => {
    const keys = ["rapport:pitch-draft:u1", "rapport:compose:c1:outreach", "rapport:compose:c1:thank-you", "rapport:compose:c1:outreach"];
    expect(summariseDeviceDrafts(keys)).toEqual({ ...none, pitchDrafts: 1, messageDrafts: 2 });
  });

  it.each([
    ["a kind added without a prefix here", "rapport:agenda-draft:m1"],
    ["a bare prefix", "rapport:pitch-draft:"],
    ["interview notes without a meeting id", "rapport:interview:m1"],
    ["interview notes with an empty meeting id", "rapport:interview::notes"],
  ])("counts %s as other unsaved work, so it is asked about before it is deleted", (_, key) => {
    const drafts = summariseDeviceDrafts([key]);
    expect(drafts).toEqual({ ...none, otherDrafts: 1 });
    expect(hasUnsavedDrafts(drafts)).toBe(true);
  });
});

describe("describeDeviceDrafts", () => {
  it.each<[string, Partial<DeviceDrafts>, string]>([
    ["nothing", {}, ""],
    [
      "notes for one meeting and a pitch",
      { meetingIds: ["m1"], pitchDrafts: 1 },
      "Unsaved interview notes for 1 meeting and a pitch draft are kept on this device. Signing out deletes them so the next person using this computer can't see them.",
    ],
    [
      "a pitch alone",
      { pitchDrafts: 1 },
      "A pitch draft is kept on this device. Signing out deletes it so the next person using this computer can't see it.",
    ],
    [
      "one message draft",
      { messageDrafts: 1 },
      "A message draft is kept on this device. Signing out deletes it so the next person using this computer can't see it.",
    ],
    [
      "several messages",
      { messageDrafts: 3 },
      "3 message drafts are kept on this device. Signing out deletes them so the next person using this computer can't see them.",
    ],
    [
      "notes for two meetings",
      { meetingIds: ["m1", "m2"] },
      "Unsaved interview notes for 2 meetings are kept on this device. Signing out deletes them so the next person using this computer can't see them.",
    ],
    [
      "every kind",
      { meetingIds: ["m1"], pitchDrafts: 2, messageDrafts: 1, otherDrafts: 4 },
      "Unsaved interview notes for 1 meeting, 2 pitch drafts, a message draft and other unsaved work are kept on this device. Signing out deletes them so the next person using this computer can't see them.",
    ],
    [
      "only an unknown kind",
      { otherDrafts: 2 },
      "Other unsaved work is kept on this device. Signing out deletes it so the next person using this computer can't see it.",
    ],
  ])("%s", (_, drafts, text) => {
    expect(describeDeviceDrafts({ ...none, ...drafts })).toBe(text);
  });

  it("names something exactly when there is unsaved work", () => {
    const keys = ["rapport:interview:m1:notes", "rapport:pitch-draft:u1", "rapport:compose:c1:outreach", "rapport:x", "rapport:interview-timer:m1", "other"];
    // Every subset of the keys: the sentence is empty exactly when nothing unsaved is found.
    for (let mask = 0; mask < 1 << keys.length; mask++) {
      const drafts = summariseDeviceDrafts(keys.filter((_, i) => mask & (1 << i)));
      expect(describeDeviceDrafts(drafts) !== "").toBe(hasUnsavedDrafts(drafts));
    }
  });
});
