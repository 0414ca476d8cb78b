// Settings and holidays through the actions the settings page calls: validation on the field,
// duplicates refused, remove and undo, each user's own list, and pending 3B7 due dates that follow
// a changed holiday list or time zone.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addHolidayAction, removeHolidayAction, restoreHolidayAction, updateSettingsAction } from "@/lib/actions/settings";
import { createContact } from "@/lib/data/contacts";
import { NotFoundError } from "@/lib/data/errors";
import { addHoliday, listHolidays, removeHoliday } from "@/lib/data/holidays";
import { logOutreach } from "@/lib/data/outreach";
import { getSettings, updateSettings } from "@/lib/data/settings";
import { getDatabase } from "@/lib/db";
import { contactFieldsSchema } from "@/lib/validation/contacts";
import { initialFormState } from "@/lib/validation/form-state";
import { createTestUser } from "../support/factories";
import { signInAs } from "../support/session";

const prisma = () => getDatabase().prisma;

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

let owner: { id: string };
let other: { id: string };
const monday = new Date("2026-11-16T15:00:00Z"); // 10:00 in New York

beforeAll(async () => {
  owner = await createTestUser("Settings Owner");
  other = await createTestUser("Settings Snoop");
});

beforeEach(async () => {
  await prisma().holiday.deleteMany({});
  await prisma().user.updateMany({ data: { timeZone: "America/New_York", weeklyOutreachGoal: 5 } });
  await signInAs(owner.id);
});

describe("settings", () => {
  it("saves a time zone from the list and a weekly goal", async () => {
    const state = await updateSettingsAction(initialFormState, form({ timeZone: "Europe/Berlin", weeklyOutreachGoal: "8" }));
    expect(state.status).toBe("saved");
    expect(await getSettings()).toEqual({ timeZone: "Europe/Berlin", weeklyOutreachGoal: 8 });
    expect((await updateSettingsAction(initialFormState, form({ timeZone: "UTC", weeklyOutreachGoal: "1" }))).status).toBe("saved");
  });

  it("puts each error on its field and keeps what was typed", async () => {
    const state = await updateSettingsAction(initialFormState, form({ timeZone: "Mars/Olympus_Mons", weeklyOutreachGoal: "0" }));
    expect(state.status).toBe("invalid");
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["timeZone", "weeklyOutreachGoal"]);
    expect(state.values).toMatchObject({ timeZone: "Mars/Olympus_Mons", weeklyOutreachGoal: "0" });
    expect((await updateSettingsAction(initialFormState, form({ timeZone: "UTC", weeklyOutreachGoal: "2.5" }))).fieldErrors?.weeklyOutreachGoal).toBeTruthy();
    expect((await updateSettingsAction(initialFormState, form({ timeZone: "UTC", weeklyOutreachGoal: "many" }))).fieldErrors?.weeklyOutreachGoal).toBeTruthy();
    expect(await getSettings()).toEqual({ timeZone: "America/New_York", weeklyOutreachGoal: 5 });
  });
});

describe("holidays", () => {
  it("adds holidays, lists them by date, and refuses a second one on the same day on the date field", async () => {
    expect((await addHolidayAction(initialFormState, form({ date: "2026-12-25", name: "Christmas Day" }))).status).toBe("saved");
    expect((await addHolidayAction(initialFormState, form({ date: "2026-11-26", name: "Thanksgiving" }))).status).toBe("saved");
    const dup = await addHolidayAction(initialFormState, form({ date: "2026-12-25", name: "Xmas" }));
    expect(dup).toMatchObject({ status: "invalid", values: { date: "2026-12-25", name: "Xmas" } });
    expect(dup.fieldErrors?.date).toMatch(/Dec 25, 2026 is already on your list \(Christmas Day\)/);
    expect((await listHolidays()).map((h) => [h.date, h.name])).toEqual([
      ["2026-11-26", "Thanksgiving"],
      ["2026-12-25", "Christmas Day"],
    ]);
  });

  it("accepts a Saturday or Sunday, saying weekends are skipped already; a weekday's message says nothing of it", async () => {
    const saturday = await addHolidayAction(initialFormState, form({ date: "2026-12-26", name: "Boxing Day" }));
    expect(saturday).toMatchObject({ status: "saved", message: "Added Boxing Day. Saturday, December 26 is a weekend day: reminders already skip it." });
    const weekday = await addHolidayAction(initialFormState, form({ date: "2026-12-28", name: "Boxing Day (observed)" }));
    expect(weekday).toMatchObject({ status: "saved", message: "Added Boxing Day (observed)." });
    expect((await listHolidays()).map((h) => h.date)).toEqual(["2026-12-26", "2026-12-28"]);
  });

  it("puts a missing name or an impossible date on its field", async () => {
    const state = await addHolidayAction(initialFormState, form({ date: "2026-02-30", name: "" }));
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["date", "name"]);
    expect((await addHolidayAction(initialFormState, form({ date: "", name: "Day off" }))).fieldErrors?.date).toBe("Enter the date.");
    expect(await listHolidays()).toEqual([]);
  });

  it("removes a holiday and undo puts it back", async () => {
    await addHolidayAction(initialFormState, form({ date: "2026-12-31", name: "New Year's Eve" }));
    const [holiday] = await listHolidays();
    const removed = await removeHolidayAction(holiday!.id);
    expect(removed).toMatchObject({ status: "saved", values: { date: "2026-12-31", name: "New Year's Eve" } });
    expect(await listHolidays()).toEqual([]);
    expect(await restoreHolidayAction(removed.values!)).toMatchObject({ status: "saved" });
    expect((await listHolidays()).map((h) => [h.date, h.name])).toEqual([["2026-12-31", "New Year's Eve"]]);
    expect(await removeHolidayAction(holiday!.id)).toMatchObject({ status: "error" });
  });

  it("another user can neither see nor remove someone's holidays, and has their own list", async () => {
    const mine = await addHoliday({ date: "2026-12-24", name: "Christmas Eve" });
    await signInAs(other.id);
    expect(await listHolidays()).toEqual([]);
    await expect(removeHoliday(mine.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await removeHolidayAction(mine.id)).toMatchObject({ status: "error" });
    // The same day is free for them: the duplicate check is per user.
    expect((await addHolidayAction(initialFormState, form({ date: "2026-12-24", name: "Their Eve" }))).status).toBe("saved");
    await updateSettings({ timeZone: "Asia/Tokyo", weeklyOutreachGoal: 3 });
    await signInAs(owner.id);
    expect((await listHolidays()).map((h) => h.name)).toEqual(["Christmas Eve"]);
    expect(await prisma().holiday.count({ where: { id: mine.id, ownerId: owner.id } })).toBe(1);
    expect(await getSettings()).toEqual({ timeZone: "America/New_York", weeklyOutreachGoal: 5 });
  });
});

describe("3B7 due dates follow the calendar", () => {
  const due = async (contactId: string) =>
    (await prisma().reminder.findMany({ where: { contactId, status: "PENDING" }, orderBy: { rule: "asc" }, select: { rule: true, dueAt: true } })).map(
      (r) => `${r.rule} ${r.dueAt.toISOString()}`,
    );

  async function contactWithOutreach(name = "Priya Shah") {
    const { id } = await createContact(contactFieldsSchema.parse({ name, employer: "Edelman" }));
    await logOutreach(id, { channel: "EMAIL", sentAt: monday, body: "Hello" }, monday);
    return id;
  }

  it("a holiday added moves pending reminders later; removing it moves them back", async () => {
    const contactId = await contactWithOutreach();
    const before = ["SUGGEST_ANOTHER_3B 2026-11-19T15:00:00.000Z", "FOLLOW_UP_7B 2026-11-25T15:00:00.000Z"];
    expect(await due(contactId)).toEqual(before);
    const added = await addHolidayAction(initialFormState, form({ date: "2026-11-18", name: "Day off" }));
    expect(added.message).toMatch(/2 follow-up reminders move/);
    expect(await due(contactId)).toEqual(["SUGGEST_ANOTHER_3B 2026-11-20T15:00:00.000Z", "FOLLOW_UP_7B 2026-11-26T15:00:00.000Z"]);
    // A holiday after both due dates moves nothing.
    expect((await addHolidayAction(initialFormState, form({ date: "2026-12-25", name: "Christmas" }))).message).not.toMatch(/move/);
    const [dayOff] = await listHolidays();
    await removeHolidayAction(dayOff!.id);
    expect(await due(contactId)).toEqual(before);
    expect(await prisma().reminder.count({ where: { contactId } })).toBe(2);
  });

  it("a new time zone re-derives them in the new local calendar", async () => {
    const contactId = await contactWithOutreach();
    await addHoliday({ date: "2026-11-19", name: "Local holiday" });
    // New York: Mon 10:00 + 3 business days skipping Thu 19 → Fri 20, 10:00.
    expect(await due(contactId)).toEqual(["SUGGEST_ANOTHER_3B 2026-11-20T15:00:00.000Z", "FOLLOW_UP_7B 2026-11-26T15:00:00.000Z"]);
    // Kiritimati (UTC+14): sent Tue 17 05:00 local; + 3 skipping Thu 19 → Mon 23 05:00 local.
    const state = await updateSettingsAction(initialFormState, form({ timeZone: "Pacific/Kiritimati", weeklyOutreachGoal: "5" }));
    expect(state.status).toBe("saved");
    expect(await due(contactId)).toEqual(["SUGGEST_ANOTHER_3B 2026-11-22T15:00:00.000Z", "FOLLOW_UP_7B 2026-11-26T15:00:00.000Z"]);
  });

  it("settled reminders and other users' reminders stay where they are", async () => {
    const contactId = await contactWithOutreach();
    await prisma().reminder.updateMany({ where: { contactId, rule: "FOLLOW_UP_7B" }, data: { status: "DONE", settledAt: monday } });
    await signInAs(other.id);
    const theirs = await contactWithOutreach("Sam Lee");
    const theirsBefore = await due(theirs);
    await signInAs(owner.id);
    await addHoliday({ date: "2026-11-17", name: "Day off" });
    expect(await due(contactId)).toEqual(["SUGGEST_ANOTHER_3B 2026-11-20T15:00:00.000Z"]);
    expect((await prisma().reminder.findFirstOrThrow({ where: { contactId, rule: "FOLLOW_UP_7B" } })).dueAt.toISOString()).toBe("2026-11-25T15:00:00.000Z");
    expect(await due(theirs)).toEqual(theirsBefore);
  });
});
