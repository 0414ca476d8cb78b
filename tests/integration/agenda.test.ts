// A meeting's agenda through the data layer and the actions: adding from the bank and custom
// questions, the referral question kept last, reordering, removing with undo, research notes,
// positions always 0..n-1, and nothing of it readable or changeable by another user.
import { randomBytes } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  addBankQuestionsAction,
  addCustomQuestionAction,
  moveAgendaItemAction,
  removeAgendaItemAction,
  restoreAgendaItemAction,
  saveResearchNotesAction,
  suggestAgendaAction,
  updateAgendaItemAction,
} from "@/lib/actions/agenda";
import {
  addAgendaItems,
  getMeetingAgenda,
  moveAgendaItem,
  removeAgendaItem,
  restoreAgendaItem,
  saveResearchNotes,
  updateAgendaItem,
} from "@/lib/data/agenda";
import { FieldError, NotFoundError } from "@/lib/data/errors";
import { getDatabase } from "@/lib/db";
import { agendaBudget } from "@/lib/domain/agenda";
import type { QuestionCategory } from "@/lib/generated/prisma/enums";
import { initialFormState } from "@/lib/validation/form-state";
import { createTestUser } from "../support/factories";
import { signInAs } from "../support/session";

const prisma = () => getDatabase().prisma;

function form(values: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  }
  return data;
}

let owner: { id: string };
let other: { id: string };
const bank: Record<string, string> = {};
let othersQuestionId: string;
let meetingId: string;

async function question(key: string, category: QuestionCategory, position: number, ownerId: string | null = null) {
  const row = await prisma().question.create({ data: { ownerId, category, text: `Q ${key}?`, position }, select: { id: true } });
  return row.id;
}

beforeAll(async () => {
  owner = await createTestUser("Agenda Owner");
  other = await createTestUser("Agenda Stranger");
  const specs: [string, QuestionCategory][] = [
    ["start", "CAREER_PATH"],
    ["path", "CAREER_PATH"],
    ["day", "THE_JOB"],
    ["skills", "SKILLS"],
    ["trends", "TRENDS"],
    ["plan", "ADVICE"],
    ["orgs", "RESOURCES"],
    ["who", "REFERRALS"],
    ["mention", "REFERRALS"],
  ];
  for (const [i, [key, category]] of specs.entries()) bank[key] = await question(key, category, i);
  othersQuestionId = await question("private", "SKILLS", 0, other.id);
});

beforeEach(async () => {
  await signInAs(owner.id);
  const contact = await prisma().contact.create({
    data: { ownerId: owner.id, name: "Lauren Mitchell", employer: "Abercrombie & Fitch", stage: "SCHEDULED" },
    select: { id: true },
  });
  const id = randomBytes(8).toString("hex");
  meetingId = (
    await prisma().meeting.create({
      data: {
        ownerId: owner.id,
        contactId: contact.id,
        title: "Coffee with Lauren Mitchell",
        startsAt: new Date("2026-12-02T15:00:00Z"),
        durationMinutes: 20,
        timeZone: "America/New_York",
        icsUid: `${id}@rapport.app`,
      },
      select: { id: true },
    })
  ).id;
});

async function texts() {
  const rows = await prisma().agendaItem.findMany({ where: { meetingId }, orderBy: { position: "asc" }, select: { text: true, position: true } });
  // Positions stay dense: 0..n-1, no gaps, no repeats.
  expect(rows.map((r) => r.position)).toEqual(rows.map((_, i) => i));
  return rows.map((r) => r.text);
}

async function itemId(text: string) {
  return (await prisma().agendaItem.findFirstOrThrow({ where: { meetingId, text }, select: { id: true } })).id;
}

describe("building an agenda", () => {
  it("adds bank questions in order, skips repeats, and keeps the referral question last when adding more", async () => {
    await addAgendaItems(meetingId, { questionIds: [bank.start!, bank.who!] });
    expect(await texts()).toEqual(["Q start?", "Q who?"]);
    const state = await addBankQuestionsAction(meetingId, initialFormState, form({ questionIds: [bank.day!, bank.start!] }));
    expect(state).toMatchObject({ status: "saved", message: "Added 1 question to the agenda." });
    await addCustomQuestionAction(meetingId, initialFormState, form({ text: "How did the relaunch tour come together?", minutes: "4" }));
    expect(await texts()).toEqual(["Q start?", "Q day?", "How did the relaunch tour come together?", "Q who?"]);
    // A second referral question joins the first at the end.
    await addAgendaItems(meetingId, { questionIds: [bank.mention!, bank.trends!] });
    expect(await texts()).toEqual(["Q start?", "Q day?", "How did the relaunch tour come together?", "Q trends?", "Q who?", "Q mention?"]);
    const agenda = await getMeetingAgenda(meetingId);
    expect(agenda.contact).toMatchObject({ name: "Lauren Mitchell", employer: "Abercrombie & Fitch" });
    expect(agenda.items.map((i) => i.category)).toEqual(["CAREER_PATH", "THE_JOB", null, "TRENDS", "REFERRALS", "REFERRALS"]);
    expect(agenda.items.find((i) => i.category === null)?.minutes).toBe(4);
  });

  it("puts errors on the field and keeps what was typed", async () => {
    const empty = await addCustomQuestionAction(meetingId, initialFormState, form({ text: "  ", minutes: "90" }));
    expect(empty.status).toBe("invalid");
    expect(Object.keys(empty.fieldErrors ?? {}).sort()).toEqual(["minutes", "text"]);
    expect(empty.values).toMatchObject({ minutes: "90" });
    const none = await addBankQuestionsAction(meetingId, initialFormState, form({}));
    expect(none.fieldErrors?.questionIds).toBe("Choose at least one question.");
    expect(await texts()).toEqual([]);
  });

  it("refuses another user's private question, adding nothing", async () => {
    await expect(addAgendaItems(meetingId, { questionIds: [bank.start!, othersQuestionId] })).rejects.toBeInstanceOf(FieldError);
    const state = await addBankQuestionsAction(meetingId, initialFormState, form({ questionIds: [othersQuestionId] }));
    expect(state.status).toBe("invalid");
    expect(await texts()).toEqual([]);
  });

  it("suggests an agenda that fits the meeting, in TIARA order, ending with a referral question", async () => {
    const state = await suggestAgendaAction(meetingId);
    expect(state).toMatchObject({ status: "saved", added: 5 });
    // 20 minutes − 3 set aside = 17: five 3-minute questions.
    expect(await texts()).toEqual(["Q start?", "Q day?", "Q skills?", "Q trends?", "Q who?"]);
    const agenda = await getMeetingAgenda(meetingId);
    expect(agendaBudget(agenda.items, agenda.durationMinutes).fits).toBe(true);
    // Suggesting again with no time left adds nothing, and says so.
    expect(await suggestAgendaAction(meetingId)).toMatchObject({ status: "saved", message: "The agenda already fills the meeting; nothing to add.", added: 0 });
    expect(await texts()).toHaveLength(5);
  });

  it("edits an item's words and minutes", async () => {
    await addAgendaItems(meetingId, { questionIds: [bank.start!] });
    const id = await itemId("Q start?");
    const bad = await updateAgendaItemAction(meetingId, id, initialFormState, form({ text: "How did you start?", minutes: "0" }));
    expect(bad.fieldErrors?.minutes).toBeDefined();
    await updateAgendaItemAction(meetingId, id, initialFormState, form({ text: "How did you start out?", minutes: "6" }));
    expect(await prisma().agendaItem.findUniqueOrThrow({ where: { id } })).toMatchObject({ text: "How did you start out?", minutes: 6 });
  });
});

describe("reordering", () => {
  beforeEach(async () => {
    await addAgendaItems(meetingId, { questionIds: [bank.start!, bank.day!, bank.skills!, bank.who!] });
  });

  it("moves up and down a step, stops at the ends, and moves to an index", async () => {
    await moveAgendaItem(await itemId("Q skills?"), { direction: "up" });
    expect(await texts()).toEqual(["Q start?", "Q skills?", "Q day?", "Q who?"]);
    const state = await moveAgendaItemAction(meetingId, await itemId("Q start?"), { direction: "down" });
    expect(state).toMatchObject({ status: "saved", index: 1, count: 4 });
    expect(await texts()).toEqual(["Q skills?", "Q start?", "Q day?", "Q who?"]);
    await moveAgendaItem(await itemId("Q skills?"), { direction: "up" });
    expect(await texts()).toEqual(["Q skills?", "Q start?", "Q day?", "Q who?"]);
    // The student may move the referral question up; new questions then go at the end.
    await moveAgendaItem(await itemId("Q who?"), { index: 0 });
    expect(await texts()).toEqual(["Q who?", "Q skills?", "Q start?", "Q day?"]);
    await addAgendaItems(meetingId, { text: "Custom?", minutes: 3 });
    expect(await texts()).toEqual(["Q who?", "Q skills?", "Q start?", "Q day?", "Custom?"]);
  });

  it("keeps every position distinct when two moves race", async () => {
    await Promise.all([
      moveAgendaItem(await itemId("Q start?"), { index: 3 }),
      moveAgendaItem(await itemId("Q who?"), { index: 0 }),
      addAgendaItems(meetingId, { questionIds: [bank.trends!] }),
    ]);
    const order = await texts();
    expect(order).toHaveLength(5);
    expect(new Set(order).size).toBe(5);
  });
});

describe("removing with undo", () => {
  it("closes the gap, and undo puts the item back where it was", async () => {
    await addAgendaItems(meetingId, { questionIds: [bank.start!, bank.day!, bank.skills!, bank.who!] });
    const state = await removeAgendaItemAction(meetingId, await itemId("Q day?"));
    expect(state.status).toBe("saved");
    expect(await texts()).toEqual(["Q start?", "Q skills?", "Q who?"]);
    const restored = await restoreAgendaItemAction(meetingId, state.removed!);
    expect(restored.status).toBe("saved");
    expect(await texts()).toEqual(["Q start?", "Q day?", "Q skills?", "Q who?"]);
    expect((await getMeetingAgenda(meetingId)).items[1]).toMatchObject({ questionId: bank.day, category: "THE_JOB", minutes: 3 });
    // Undoing twice does not add the question twice.
    expect((await restoreAgendaItemAction(meetingId, state.removed!)).status).toBe("error");
    expect(await texts()).toHaveLength(4);
  });

  it("puts a custom question back with its minutes, last when the list has shrunk", async () => {
    await addAgendaItems(meetingId, { text: "Custom?", minutes: 7 });
    await addAgendaItems(meetingId, { questionIds: [bank.start!] });
    const removed = await removeAgendaItem(await itemId("Q start?"));
    expect(removed).toEqual({ questionId: bank.start, text: "Q start?", minutes: 3, position: 1 });
    await removeAgendaItem(await itemId("Custom?"));
    await restoreAgendaItem(meetingId, removed);
    expect(await texts()).toEqual(["Q start?"]);
  });
});

describe("research notes", () => {
  it("are saved, cleared when emptied, and kept as typed when too long", async () => {
    const state = await saveResearchNotesAction(meetingId, initialFormState, form({ researchNotes: "Led the relaunch press tour." }));
    expect(state.status).toBe("saved");
    expect((await getMeetingAgenda(meetingId)).researchNotes).toBe("Led the relaunch press tour.");
    const long = "x".repeat(10_001);
    const tooLong = await saveResearchNotesAction(meetingId, initialFormState, form({ researchNotes: long }));
    expect(tooLong.fieldErrors?.researchNotes).toMatch(/under 10,000/);
    expect(tooLong.values?.researchNotes).toBe(long);
    await saveResearchNotes(meetingId, null);
    expect((await getMeetingAgenda(meetingId)).researchNotes).toBeNull();
  });
});

describe("another user", () => {
  it("can neither read nor change the agenda, its items or the notes", async () => {
    await addAgendaItems(meetingId, { questionIds: [bank.start!, bank.day!, bank.who!] });
    await saveResearchNotes(meetingId, "Mine.");
    const startId = await itemId("Q start?");
    const dayId = await itemId("Q day?");
    const removedByOwner = await removeAgendaItem(dayId);
    await restoreAgendaItem(meetingId, removedByOwner);
    const before = await prisma().agendaItem.findMany({ where: { meetingId }, orderBy: { position: "asc" } });

    await signInAs(other.id);
    await expect(getMeetingAgenda(meetingId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addAgendaItems(meetingId, { questionIds: [bank.trends!] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addAgendaItems(meetingId, { text: "Sneaky?", minutes: 3 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateAgendaItem(startId, { text: "Changed", minutes: 9 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(moveAgendaItem(startId, { direction: "down" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeAgendaItem(startId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(restoreAgendaItem(meetingId, { questionId: null, text: "Sneaky?", minutes: 3, position: 0 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveResearchNotes(meetingId, "Theirs.")).rejects.toBeInstanceOf(NotFoundError);

    // The actions answer the same way, with no detail about the meeting.
    const gone = { status: "error", message: "This meeting or question no longer exists. Reload the page." };
    expect(await addBankQuestionsAction(meetingId, initialFormState, form({ questionIds: [bank.trends!] }))).toEqual(gone);
    expect(await addCustomQuestionAction(meetingId, initialFormState, form({ text: "Sneaky?", minutes: "3" }))).toEqual(gone);
    expect(await suggestAgendaAction(meetingId)).toEqual(gone);
    expect(await updateAgendaItemAction(meetingId, startId, initialFormState, form({ text: "Changed", minutes: "9" }))).toEqual(gone);
    expect(await moveAgendaItemAction(meetingId, startId, { index: 2 })).toEqual(gone);
    expect(await removeAgendaItemAction(meetingId, startId)).toEqual(gone);
    expect(await restoreAgendaItemAction(meetingId, { questionId: null, text: "Sneaky?", minutes: 3, position: 0 })).toEqual(gone);
    expect(await saveResearchNotesAction(meetingId, initialFormState, form({ researchNotes: "Theirs." }))).toEqual(gone);

    // Their own meeting id with the owner's item id changes nothing either.
    const theirs = await prisma().meeting.create({
      data: { ownerId: other.id, title: "Theirs", startsAt: new Date("2026-12-03T15:00:00Z"), timeZone: "UTC", icsUid: `${randomBytes(8).toString("hex")}@rapport.app` },
      select: { id: true },
    });
    expect(await moveAgendaItemAction(theirs.id, startId, { index: 2 })).toEqual(gone);
    expect(await removeAgendaItemAction(theirs.id, startId)).toEqual(gone);

    expect(await prisma().agendaItem.findMany({ where: { meetingId }, orderBy: { position: "asc" } })).toEqual(before);
    expect((await prisma().meeting.findUniqueOrThrow({ where: { id: meetingId } })).researchNotes).toBe("Mine.");
  });
});
