// The meeting actions as the contact page and the move dialog call them: reschedule and cancel
// (FormData in, FormState out) and the live overlap check. Times are set a month after the real
// date, at local noon (never a DST gap), so the tests hold whatever day they run.
import { TZDate } from "@date-fns/tz";
import { addDays, format } from "date-fns";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cancelMeetingAction, checkMeetingOverlapsAction, rescheduleMeetingAction } from "@/lib/actions/meetings";
import { createContact } from "@/lib/data/contacts";
import { moveContact } from "@/lib/data/pipeline";
import { getDatabase } from "@/lib/db";
import { parseLocalDateTime } from "@/lib/domain/local-time";
import { contactFieldsSchema } from "@/lib/validation/contacts";
import { initialFormState } from "@/lib/validation/form-state";
import { createTestUser } from "../support/factories";
import { signInAs } from "../support/session";

const prisma = () => getDatabase().prisma;
const ZONE = "America/Los_Angeles";

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

/** "yyyy-MM-dd" of the day `days` after today, in the owner's zone. */
function localDay(days: number): string {
  return format(addDays(new TZDate(new Date(), ZONE), days), "yyyy-MM-dd");
}

const at = (local: string) => parseLocalDateTime(local, ZONE)!;

let owner: { id: string };
let other: { id: string };
let contactId: string;
let meetingId: string;
const day = localDay(30);
const startsAt = `${day}T12:00`;

beforeAll(async () => {
  owner = await createTestUser("Scheduler");
  other = await createTestUser("Intruder");
  await prisma().user.update({ where: { id: owner.id }, data: { timeZone: ZONE } });
});

beforeEach(async () => {
  await signInAs(owner.id);
  contactId = (await createContact(contactFieldsSchema.parse({ name: "Nina Kowalski", employer: "Columbus Zoo" }))).id;
  await moveContact(contactId, "OUTREACH", { kind: "outreach", channel: "EMAIL", sentAt: new Date() });
  await moveContact(contactId, "SCHEDULED", { kind: "meeting", startsAt: at(startsAt), durationMinutes: 30, mode: "VIDEO", location: "https://meet.example/nina" });
  meetingId = (await prisma().meeting.findFirstOrThrow({ where: { contactId } })).id;
});

async function storedMeeting() {
  return prisma().meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: { startsAt: true, durationMinutes: true, mode: true, location: true, status: true, icsSequence: true, icsUid: true },
  });
}

describe("rescheduleMeetingAction", () => {
  it("moves the meeting to the local time typed, same UID, SEQUENCE + 1", async () => {
    const before = await storedMeeting();
    const state = await rescheduleMeetingAction(
      initialFormState,
      form({ meetingId, startsAt: `${localDay(31)}T09:15`, durationMinutes: "20", durationPreset: "20", mode: "PHONE", location: "+1 614 555 0100" }),
    );
    expect(state.status).toBe("saved");
    expect(state.message).toMatch(/^Rescheduled to .+ at 9:15 AM\./);
    const after = await storedMeeting();
    expect(after).toMatchObject({ durationMinutes: 20, mode: "PHONE", location: "+1 614 555 0100", status: "SCHEDULED", icsUid: before.icsUid, icsSequence: before.icsSequence + 1 });
    expect(after.startsAt.toISOString()).toBe(at(`${localDay(31)}T09:15`).toISOString());
    // The prep reminder follows: the day before the new time.
    const prep = await prisma().reminder.findFirstOrThrow({ where: { meetingId, rule: "PREP_DAY_BEFORE" } });
    expect(prep.dueAt.getTime()).toBe(after.startsAt.getTime() - 24 * 3_600_000);
  });

  it("puts each error on its field, keeps what was typed, and changes nothing", async () => {
    const before = await storedMeeting();
    const typed = { meetingId, startsAt: "", durationMinutes: "5", mode: "CARRIER_PIGEON", location: "x".repeat(301) };
    const state = await rescheduleMeetingAction(initialFormState, form(typed));
    expect(state.status).toBe("invalid");
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["durationMinutes", "location", "mode", "startsAt"]);
    expect(state.fieldErrors?.durationMinutes).toBe("Choose 10 to 180 minutes.");
    expect(state.values).toMatchObject({ durationMinutes: "5", mode: "CARRIER_PIGEON", location: typed.location });

    const impossible = await rescheduleMeetingAction(initialFormState, form({ ...typed, startsAt: `${day.slice(0, 4)}-02-31T10:00`, durationMinutes: "30", mode: "VIDEO", location: "" }));
    expect(impossible).toMatchObject({ status: "invalid", fieldErrors: { startsAt: "Enter a real date and time." }, values: { startsAt: `${day.slice(0, 4)}-02-31T10:00` } });

    const past = await rescheduleMeetingAction(initialFormState, form({ meetingId, startsAt: `${localDay(-2)}T12:00`, durationMinutes: "30", mode: "VIDEO" }));
    expect(past.status).toBe("invalid");
    expect(past.fieldErrors?.startsAt).toMatch(/That time has passed/);

    const noId = await rescheduleMeetingAction(initialFormState, form({ startsAt: `${localDay(31)}T09:15`, durationMinutes: "30", mode: "VIDEO" }));
    expect(noId.status).toBe("invalid");
    expect(noId.fieldErrors?.meetingId).toBeDefined();

    expect(await storedMeeting()).toEqual(before);
  });

  it("refuses another user's meeting and changes nothing", async () => {
    const before = await storedMeeting();
    await signInAs(other.id);
    const state = await rescheduleMeetingAction(initialFormState, form({ meetingId, startsAt: `${localDay(31)}T09:15`, durationMinutes: "20", mode: "PHONE" }));
    expect(state.status).toBe("error");
    expect(state.message).toMatch(/no longer scheduled/);
    expect(await storedMeeting()).toEqual(before);
  });
});

describe("cancelMeetingAction", () => {
  it("cancels the meeting, moves the contact back to Outreach and keeps the meeting in the history", async () => {
    const state = await cancelMeetingAction(initialFormState, form({ meetingId }));
    expect(state).toMatchObject({ status: "saved" });
    expect(state.message).toMatch(/Nina Kowalski is back in Outreach/);
    expect(await storedMeeting()).toMatchObject({ status: "CANCELLED", icsSequence: 1 });
    expect((await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).stage).toBe("OUTREACH");
    expect(await prisma().stageChange.count({ where: { contactId, fromStage: "SCHEDULED", toStage: "OUTREACH" } })).toBe(1);
    // A second cancel finds nothing scheduled.
    expect(await cancelMeetingAction(initialFormState, form({ meetingId }))).toMatchObject({ status: "error" });
  });

  it("refuses another user's meeting, and a missing id, changing nothing", async () => {
    await signInAs(other.id);
    expect(await cancelMeetingAction(initialFormState, form({ meetingId }))).toMatchObject({ status: "error" });
    expect(await cancelMeetingAction(initialFormState, form({}))).toMatchObject({ status: "invalid" });
    expect(await storedMeeting()).toMatchObject({ status: "SCHEDULED", icsSequence: 0 });
    expect((await prisma().contact.findUniqueOrThrow({ where: { id: contactId } })).stage).toBe("SCHEDULED");
  });
});

describe("checkMeetingOverlapsAction", () => {
  it("names the meeting a proposed time collides with, and ignores the excluded one", async () => {
    const clash = await checkMeetingOverlapsAction({ startsAt: `${day}T12:15`, durationMinutes: "30" });
    const mine = clash.filter((o) => o.id === meetingId);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.message).toMatch(/^Overlaps with Informational interview with Nina Kowalski at .+, 12:00 PM \(30 min\)\.$/);
    expect(mine[0]!.startsAt).toBe(at(startsAt).toISOString());
    // Starting earlier and running into it counts too; ending as it starts does not.
    expect((await checkMeetingOverlapsAction({ startsAt: `${day}T11:45`, durationMinutes: 20 })).map((o) => o.id)).toContain(meetingId);
    expect((await checkMeetingOverlapsAction({ startsAt: `${day}T11:30`, durationMinutes: 30 })).map((o) => o.id)).not.toContain(meetingId);
    expect((await checkMeetingOverlapsAction({ startsAt: `${day}T12:30`, durationMinutes: 30 })).map((o) => o.id)).not.toContain(meetingId);
    // Rescheduling a meeting does not warn about itself.
    expect((await checkMeetingOverlapsAction({ startsAt: `${day}T12:15`, durationMinutes: "30", excludeMeetingId: meetingId })).map((o) => o.id)).not.toContain(meetingId);
  });

  it("gives no warning for input that is not yet a time, nor from a cancelled meeting", async () => {
    expect(await checkMeetingOverlapsAction({ startsAt: "", durationMinutes: "30" })).toEqual([]);
    expect(await checkMeetingOverlapsAction({ startsAt: `${day}T12`, durationMinutes: "30" })).toEqual([]);
    expect(await checkMeetingOverlapsAction({ startsAt: `${day}T12:15`, durationMinutes: "" })).toEqual([]);
    await cancelMeetingAction(initialFormState, form({ meetingId }));
    expect((await checkMeetingOverlapsAction({ startsAt: `${day}T12:15`, durationMinutes: "30" })).map((o) => o.id)).not.toContain(meetingId);
  });

  it("never tells another user about the owner's meetings", async () => {
    await signInAs(other.id);
    // The other user's zone is the default; ask for the same instant in it.
    const otherZone = (await prisma().user.findUniqueOrThrow({ where: { id: other.id } })).timeZone;
    const sameInstant = format(new TZDate(at(`${day}T12:15`), otherZone), "yyyy-MM-dd'T'HH:mm");
    expect(await checkMeetingOverlapsAction({ startsAt: sameInstant, durationMinutes: "30" })).toEqual([]);
  });
});
