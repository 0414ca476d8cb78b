// What Rapport keeps in the browser's storage: every key starts with "rapport:", and each kind of
// thing kept has its prefix here, the one place the modules that write them take it from. Signing
// out deletes every "rapport:" key (on a shared computer the next person must not find them), and
// asks first when some of it is unsaved work. A key of no kind listed here counts as unsaved work:
// a kind added without a line here is asked about, never deleted unnamed. No I/O.

export const DEVICE_KEY_PREFIX = "rapport:";

export type DeviceKeyKind = "interviewNotes" | "pitch" | "message" | "interviewTimer";

/** The prefix of each kind. None may be the start of another (a unit test checks). */
export const DEVICE_KEY_PREFIXES = {
  /** Interview notes typed during a meeting, not yet on the server: `<meetingId>:<field>` follows. */
  interviewNotes: `${DEVICE_KEY_PREFIX}interview:`,
  /** An unsaved pitch: the owner's user id follows. */
  pitch: `${DEVICE_KEY_PREFIX}pitch-draft:`,
  /** A message being written in the composer (sessionStorage): `<contactId>:<purpose>` follows. */
  message: `${DEVICE_KEY_PREFIX}compose:`,
  /** A meeting's timer: not typed work, deleted without asking. `<meetingId>` follows. */
  interviewTimer: `${DEVICE_KEY_PREFIX}interview-timer:`,
} as const satisfies Record<DeviceKeyKind, string>;

/** Whether a storage key is one of Rapport's (and so deleted on sign-out). */
export function isDeviceKey(key: string): boolean {
  return key.startsWith(DEVICE_KEY_PREFIX);
}

/** The unsaved work found on the device, by kind. */
export interface DeviceDrafts {
  /** Meetings with interview notes not yet saved, in the order first found. */
  meetingIds: string[];
  pitchDrafts: number;
  messageDrafts: number;
  /** Rapport keys of no known kind. */
  otherDrafts: number;
}

export function kindOfKey(key: string): DeviceKeyKind | "other" | null {
  if (!isDeviceKey(key)) return null;
  for (const [kind, prefix] of Object.entries(DEVICE_KEY_PREFIXES) as [DeviceKeyKind, string][]) {
    if (key.startsWith(prefix) && key.length > prefix.length) return kind;
  }
  return "other";
}

/** Sorts the device's storage keys into the unsaved work they hold; other sites' keys are ignored. */
export function summariseDeviceDrafts(keys: Iterable<string>): DeviceDrafts {
  const found: DeviceDrafts = { meetingIds: [], pitchDrafts: 0, messageDrafts: 0, otherDrafts: 0 };
  for (const key of new Set(keys)) {
    const kind = kindOfKey(key);
    switch (kind) {
      case null:
      case "interviewTimer":
        break;
      case "interviewNotes": {
        const rest = key.slice(DEVICE_KEY_PREFIXES.interviewNotes.length);
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
