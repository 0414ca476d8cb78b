// What Rapport keeps in the browser's storage, and whose it is. Every key is
// `rapport:user:<userId>:<kind>[:<what>]`: the owner comes first, so a page reads only keys under
// the signed-in user's own prefix, and another person's drafts on a shared computer are never
// shown to them (nor overwritten). The builders here are the one definition of each key.
//
// Two deletions: signing out deletes every "rapport:" key (the next person must not find them),
// asking first when some of it is unsaved work; and whenever the app shell loads for a signed-in
// user, every "rapport:" key that is not theirs is deleted (see keysToForget). A key of no kind
// listed here counts as unsaved work: a kind added without a line here is asked about at sign-out,
// never deleted unnamed. No I/O.
import type { ComposePurpose } from "./today";

export const DEVICE_KEY_PREFIX = "rapport:";

/** Where owned keys start; keys written before drafts carried their owner lack it. */
const OWNED_KEY_PREFIX = `${DEVICE_KEY_PREFIX}user:`;

export type DeviceKeyKind = "interviewNotes" | "pitch" | "message" | "interviewTimer";

/**
 * Each kind's name, the key's segment after the owner. The same names as the unowned keys of the
 * previous version (`rapport:interview:…`), so those still sort into a kind. No name holds a ":"
 * (a unit test checks), so a key has exactly one kind.
 */
export const DEVICE_KEY_KINDS = {
  /** Interview notes typed during a meeting, not yet on the server: `:<meetingId>:<field>` follows. */
  interviewNotes: "interview",
  /** The user's unsaved pitch: one per user, nothing follows. */
  pitch: "pitch-draft",
  /** A message being written in the composer (sessionStorage): `:<contactId>:<purpose>` follows. */
  message: "compose",
  /** A meeting's timer: not typed work, deleted without asking. `:<meetingId>` follows. */
  interviewTimer: "interview-timer",
} as const satisfies Record<DeviceKeyKind, string>;

/**
 * Where every key of `userId` starts. The id is URI-encoded, so it holds no ":" and one user's
 * prefix is never the start of another's ("u1" and "u10" differ at the ":").
 */
export function ownerKeyPrefix(userId: string): string {
  return `${OWNED_KEY_PREFIX}${encodeURIComponent(userId)}:`;
}

/** Where a field of a meeting's interview notes is kept: one key per user, meeting and field. */
export function interviewNotesKey(userId: string, meetingId: string, field: string): string {
  return `${ownerKeyPrefix(userId)}${DEVICE_KEY_KINDS.interviewNotes}:${meetingId}:${field}`;
}

/** The field an interview-notes key holds, if the key is `userId`'s and `meetingId`'s. */
export function interviewNotesField(userId: string, meetingId: string, key: string): string | null {
  const prefix = interviewNotesKey(userId, meetingId, "");
  return key.startsWith(prefix) ? key.slice(prefix.length) : null;
}

export function interviewTimerKey(userId: string, meetingId: string): string {
  return `${ownerKeyPrefix(userId)}${DEVICE_KEY_KINDS.interviewTimer}:${meetingId}`;
}

export function pitchDraftKey(userId: string): string {
  return `${ownerKeyPrefix(userId)}${DEVICE_KEY_KINDS.pitch}`;
}

/** Where a tab's unsaved message is kept in the browser session: one per user, contact and purpose. */
export function messageDraftKey(userId: string, contactId: string, purpose: ComposePurpose): string {
  return `${ownerKeyPrefix(userId)}${DEVICE_KEY_KINDS.message}:${contactId}:${purpose}`;
}

/** Whether a storage key is one of Rapport's (and so deleted on sign-out). */
export function isDeviceKey(key: string): boolean {
  return key.startsWith(DEVICE_KEY_PREFIX);
}

/** Whether a Rapport key is `userId`'s: the only keys a page of theirs may read. */
export function isOwnedBy(key: string, userId: string): boolean {
  return key.startsWith(ownerKeyPrefix(userId));
}

/**
 * The Rapport keys to delete when `userId` is the one signed in: every one that is not theirs.
 * Another user's can never be read by this one, and left in place it is that person's text on a
 * shared computer for anyone with the browser's developer tools. It is also lost to its owner,
 * who may have typed it offline: privacy wins, as it does at sign-out. Keys without an owner
 * (written by the version before owners were kept) go too: nothing says whose they are, so
 * handing them to whoever signs in next could show one student's notes to another.
 */
export function keysToForget(keys: Iterable<string>, userId: string): string[] {
  return [...new Set(keys)].filter((key) => isDeviceKey(key) && !isOwnedBy(key, userId));
}

/** The part of a Rapport key after its owner (or after "rapport:" for a key without one). */
function afterOwner(key: string): string {
  if (key.startsWith(OWNED_KEY_PREFIX)) {
    const end = key.indexOf(":", OWNED_KEY_PREFIX.length);
    if (end > OWNED_KEY_PREFIX.length) return key.slice(end + 1);
  }
  return key.slice(DEVICE_KEY_PREFIX.length);
}

/** A Rapport key's kind, "other" for one of no kind listed here, null for another site's key. */
export function kindOfKey(key: string): DeviceKeyKind | "other" | null {
  if (!isDeviceKey(key)) return null;
  const rest = afterOwner(key);
  const colon = rest.indexOf(":");
  const name = colon < 0 ? rest : rest.slice(0, colon);
  const args = colon < 0 ? "" : rest.slice(colon + 1);
  for (const [kind, kindName] of Object.entries(DEVICE_KEY_KINDS) as [DeviceKeyKind, string][]) {
    if (name !== kindName) continue;
    // The pitch is one per user, so its key names nothing more (the old one named its owner).
    if (kind === "pitch" || args) return kind;
  }
  return "other";
}

/** The unsaved work found on the device, by kind. */
export interface DeviceDrafts {
  /** Meetings with the user's interview notes not yet saved, in the order first found. */
  meetingIds: string[];
  pitchDrafts: number;
  messageDrafts: number;
  /** Rapport keys of no known kind, and anyone else's (or no one's) drafts. */
  otherDrafts: number;
}

/**
 * Sorts the device's storage keys into the unsaved work they hold for `userId`; other sites' keys
 * are ignored. Anyone else's drafts (only there if written after this page loaded, by a tab still
 * open from an earlier session) are counted as other work: sign-out deletes them too, so it asks,
 * but can't link to a meeting this user can't open.
 */
export function summariseDeviceDrafts(keys: Iterable<string>, userId: string): DeviceDrafts {
  const found: DeviceDrafts = { meetingIds: [], pitchDrafts: 0, messageDrafts: 0, otherDrafts: 0 };
  for (const key of new Set(keys)) {
    const kind = kindOfKey(key);
    if (kind === null || kind === "interviewTimer") continue;
    if (!isOwnedBy(key, userId)) {
      found.otherDrafts++;
      continue;
    }
    switch (kind) {
      case "interviewNotes": {
        const rest = afterOwner(key).slice(DEVICE_KEY_KINDS.interviewNotes.length + 1);
        const meetingId = rest.slice(0, rest.indexOf(":"));
        // A key without a meeting id is still someone's notes: asked about, just not linked.
        if (!rest.includes(":") || !meetingId) found.otherDrafts++;
        else if (!found.meetingIds.includes(meetingId)) found.meetingIds.push(meetingId);
        break;
      }
      case "pitch":
        found.pitchDrafts++;
        break;
      case "message":
        found.messageDrafts++;
        break;
      case "other":
        found.otherDrafts++;
        break;
      default: {
        const unhandled: never = kind;
        throw new Error(`Unhandled device key kind ${String(unhandled)}`);
      }
    }
  }
  return found;
}

export function hasUnsavedDrafts(drafts: DeviceDrafts): boolean {
  return drafts.meetingIds.length + drafts.pitchDrafts + drafts.messageDrafts + drafts.otherDrafts > 0;
}

function count(n: number, one: string, many: string): string {
  return n === 1 ? one : `${n} ${many}`;
}

function joinAnd(parts: string[]): string {
  if (parts.length <= 2) return parts.join(" and ");
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/**
 * What signing out would delete, in a sentence or two, e.g. "Unsaved interview notes for 1 meeting
 * and a pitch draft are kept on this device. Signing out deletes them so the next person using this
 * computer can't see them." Empty when there is nothing unsaved.
 */
export function describeDeviceDrafts(drafts: DeviceDrafts): string {
  const parts: { text: string; plural: boolean }[] = [];
  const meetings = drafts.meetingIds.length;
  if (meetings) parts.push({ text: `unsaved interview notes for ${meetings} ${meetings === 1 ? "meeting" : "meetings"}`, plural: true });
  if (drafts.pitchDrafts) parts.push({ text: count(drafts.pitchDrafts, "a pitch draft", "pitch drafts"), plural: drafts.pitchDrafts > 1 });
  if (drafts.messageDrafts) parts.push({ text: count(drafts.messageDrafts, "a message draft", "message drafts"), plural: drafts.messageDrafts > 1 });
  if (drafts.otherDrafts) parts.push({ text: "other unsaved work", plural: false });
  if (!parts.length) return "";
  const plural = parts.length > 1 || parts[0]!.plural;
  const what = joinAnd(parts.map((p) => p.text));
  const them = plural ? "them" : "it";
  return `${what[0]!.toUpperCase()}${what.slice(1)} ${plural ? "are" : "is"} kept on this device. Signing out deletes ${them} so the next person using this computer can't see ${them}.`;
}
