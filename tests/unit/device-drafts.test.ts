import { describe, expect, it } from "vitest";
import {
  DEVICE_KEY_KINDS,
  DEVICE_KEY_PREFIX,
  describeDeviceDrafts,
  hasUnsavedDrafts,
  interviewNotesField,
  interviewNotesKey,
  interviewTimerKey,
  isOwnedBy,
  keysToForget,
  kindOfKey,
  messageDraftKey,
  ownerKeyPrefix,
  pitchDraftKey,
  summariseDeviceDrafts,
  type DeviceDrafts,
} from "@/lib/domain/device-drafts";

const none: DeviceDrafts = { meetingIds: [], pitchDrafts: 0, messageDrafts: 0, otherDrafts: 0 };

// Ids as Prisma makes them (cuid), and ones that would break a naive scheme: a prefix of another,
// a ":" (the separator), characters that need encoding, and the name of a kind.
const USERS = ["cmb2x7k0a0000u8l1yq3d9f2z", "u1", "u10", "u1:interview", "a b/ü%", "interview", "pitch-draft"];

describe("the device key scheme", () => {
  it("names each kind by one segment, distinct and without a ':' (a key has exactly one kind)", () => {
    const names: string[] = Object.values(DEVICE_KEY_KINDS);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z-]+$/);
  });

  it("puts the owner first, under rapport:user:", () => {
    expect(interviewNotesKey("u1", "m1", "answer:a1")).toBe("rapport:user:u1:interview:m1:answer:a1");
    expect(interviewTimerKey("u1", "m1")).toBe("rapport:user:u1:interview-timer:m1");
    expect(pitchDraftKey("u1")).toBe("rapport:user:u1:pitch-draft");
    expect(messageDraftKey("u1", "c1", "thank-you")).toBe("rapport:user:u1:compose:c1:thank-you");
  });

  it("gives every key built for a user that user's owner and its kind", () => {
    for (const user of USERS) {
      const keys: [string, string][] = [
        [interviewNotesKey(user, "m1", "answer:a1"), "interviewNotes"],
        [interviewNotesKey(user, "m1", "form:referral"), "interviewNotes"],
        [interviewTimerKey(user, "m1"), "interviewTimer"],
        [pitchDraftKey(user), "pitch"],
        [messageDraftKey(user, "c1", "outreach"), "message"],
      ];
      for (const [key, kind] of keys) {
        expect(key.startsWith(DEVICE_KEY_PREFIX)).toBe(true);
        expect(kindOfKey(key)).toBe(kind);
        expect(isOwnedBy(key, user)).toBe(true);
        // No other user owns it, whatever their ids have in common.
        for (const other of USERS) if (other !== user) expect(isOwnedBy(key, other), `${key} owned by ${other}`).toBe(false);
      }
    }
  });

  it("never makes one user's prefix the start of another's", () => {
    for (const a of USERS) for (const b of USERS) if (a !== b) expect(ownerKeyPrefix(b).startsWith(ownerKeyPrefix(a))).toBe(false);
  });

  it("keeps one message draft per user, contact and purpose", () => {
    expect(messageDraftKey("u1", "c1", "outreach")).not.toBe(messageDraftKey("u1", "c1", "thank-you"));
    expect(messageDraftKey("u1", "c1", "outreach")).not.toBe(messageDraftKey("u1", "c2", "outreach"));
    expect(messageDraftKey("u1", "c1", "outreach")).not.toBe(messageDraftKey("u2", "c1", "outreach"));
    expect(messageDraftKey("u1", "c1", "touch")).toBe(messageDraftKey("u1", "c1", "touch"));
  });

  it("reads an interview-notes field back only for its own user and meeting", () => {
    const key = interviewNotesKey("u1", "m1", "answer:a1");
    expect(interviewNotesField("u1", "m1", key)).toBe("answer:a1");
    expect(interviewNotesField("u2", "m1", key)).toBeNull();
    expect(interviewNotesField("u1", "m2", key)).toBeNull();
    expect(interviewNotesField("u1", "m1", interviewNotesKey("u1", "m10", "answer:a1"))).toBeNull();
    expect(interviewNotesField("u1", "m1", interviewNotesKey("u10", "m1", "answer:a1"))).toBeNull();
    // The key the previous version wrote for the same meeting and field is no one's.
    expect(interviewNotesField("u1", "m1", "rapport:interview:m1:answer:a1")).toBeNull();
  });
});

describe("keysToForget: the Rapport keys deleted when a user's pages load", () => {
  const mine = [interviewNotesKey("u1", "m1", "answer:a1"), pitchDraftKey("u1"), messageDraftKey("u1", "c1", "outreach"), interviewTimerKey("u1", "m1")];
  const theirs = [interviewNotesKey("u10", "m1", "answer:a1"), pitchDraftKey("u2"), messageDraftKey("u2", "c1", "outreach"), interviewTimerKey("u2", "m1")];
  const legacy = ["rapport:interview:m1:answer:a1", "rapport:pitch-draft:u1", "rapport:compose:c1:outreach", "rapport:interview-timer:m1", "rapport:x"];
  const malformed = ["rapport:user:", "rapport:user::pitch-draft", "rapport:user:u1"];
  const notRapport = ["theme", "rapportage:x", "user:u1:pitch-draft", "RAPPORT:user:u2:pitch-draft"];

  it("keeps every key of the signed-in user", () => {
    expect(keysToForget(mine, "u1")).toEqual([]);
  });

  it("deletes every other user's keys, including a user whose id starts with this one's", () => {
    expect(keysToForget(theirs, "u1")).toEqual(theirs);
  });

  it("deletes keys without an owner (the previous version's, even one that names this user) and malformed ones", () => {
    expect(keysToForget(legacy, "u1")).toEqual(legacy);
    expect(keysToForget(malformed, "u1")).toEqual(malformed);
  });

  it("leaves other sites' keys alone", () => {
    expect(keysToForget(notRapport, "u1")).toEqual([]);
  });

  it("on a mixed device, keeps exactly the user's own, once each", () => {
    const all = [...notRapport, ...theirs, ...mine, ...legacy, ...malformed, ...theirs];
    const forgotten = keysToForget(all, "u1");
    expect(new Set(forgotten)).toEqual(new Set([...theirs, ...legacy, ...malformed]));
    expect(forgotten).toHaveLength(new Set(forgotten).size);
    // What stays is what the user may read: theirs, and other sites' keys.
    expect(all.filter((key) => !forgotten.includes(key))).toEqual(expect.arrayContaining([...mine, ...notRapport]));
    for (const key of all.filter((k) => !forgotten.includes(k) && k.startsWith(DEVICE_KEY_PREFIX))) expect(isOwnedBy(key, "u1")).toBe(true);
  });

  it("forgets for the next user what the last one kept", () => {
    expect(keysToForget(mine, "u2")).toEqual(mine);
  });
});

describe("summariseDeviceDrafts", () => {
  it("finds nothing on a device without Rapport drafts, and ignores other sites' keys", () => {
    expect(summariseDeviceDrafts([], "u1")).toEqual(none);
    expect(summariseDeviceDrafts(["theme", "ajs_user_id", "rapportage:x", "interview:m1:notes"], "u1")).toEqual(none);
  });

  it("does not count a meeting's timer as unsaved work, whoever's it is", () => {
    const drafts = summariseDeviceDrafts([interviewTimerKey("u1", "m1"), interviewTimerKey("u2", "m2"), "rapport:interview-timer:m3"], "u1");
    expect(drafts).toEqual(none);
    expect(hasUnsavedDrafts(drafts)).toBe(false);
  });

  it("counts the user's interview notes by meeting, whatever the field, in the order found", () => {
    const keys = [
      interviewNotesKey("u1", "m2", "answer:a1"),
      interviewNotesKey("u1", "m1", "answer:a1"),
      interviewNotesKey("u1", "m2", "form:referral"),
      interviewNotesKey("u1", "m2", "takeaway:t1"),
      interviewTimerKey("u1", "m3"),
    ];
    expect(summariseDeviceDrafts(keys, "u1")).toEqual({ ...none, meetingIds: ["m2", "m1"] });
  });

  it("counts pitch and message drafts, once per key", () => {
    const keys = [pitchDraftKey("u1"), messageDraftKey("u1", "c1", "outreach"), messageDraftKey("u1", "c1", "thank-you"), messageDraftKey("u1", "c1", "outreach")];
    expect(summariseDeviceDrafts(keys, "u1")).toEqual({ ...none, pitchDrafts: 1, messageDrafts: 2 });
  });

  it("counts another user's or no one's drafts as other work: sign-out deletes them, but links to no meeting of theirs", () => {
    const keys = [interviewNotesKey("u2", "m9", "answer:a1"), pitchDraftKey("u2"), "rapport:interview:m8:notes", "rapport:compose:c1:outreach"];
    expect(summariseDeviceDrafts(keys, "u1")).toEqual({ ...none, otherDrafts: 4 });
  });

  it.each([
    ["a kind added without a line here", "rapport:user:u1:agenda-draft:m1"],
    ["a kind without what it is of", "rapport:user:u1:compose"],
    ["interview notes without a meeting id", "rapport:user:u1:interview:m1"],
    ["interview notes with an empty meeting id", "rapport:user:u1:interview::notes"],
  ])("counts %s as other unsaved work, so it is asked about before it is deleted", (_, key) => {
    const drafts = summariseDeviceDrafts([key], "u1");
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
    const keys = [
      interviewNotesKey("u1", "m1", "notes"),
      pitchDraftKey("u1"),
      messageDraftKey("u1", "c1", "outreach"),
      "rapport:user:u1:x",
      interviewTimerKey("u1", "m1"),
      pitchDraftKey("u2"),
      "rapport:interview-timer:m2",
      "other",
    ];
    // Every subset of the keys: the sentence is empty exactly when nothing unsaved is found.
    for (let mask = 0; mask < 1 << keys.length; mask++) {
      const drafts = summariseDeviceDrafts(
        keys.filter((_, i) => mask & (1 << i)),
        "u1",
      );
      expect(describeDeviceDrafts(drafts) !== "").toBe(hasUnsavedDrafts(drafts));
    }
  });
});
