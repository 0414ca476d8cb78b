// The pipeline board: moving demo contacts stage by stage with the keyboard alone and with the
// mouse (or, on a phone, the Move menu), supplying each stage's record; counts, a move back, field
// errors, and accessibility with the dialog open.
//
// Both projects (desktop, phone) run against the same demo database one after the other, so each
// moves its own contacts from Find; none that another spec writes to (outreach.spec logs messages
// to Aiko Tanaka and Kwame Mensah; contacts.spec archives and restores Priya Shah and Ethan Brooks).
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { DEMO_STUDENT, signInAsDemo } from "./helpers";

// The app's clock (lib/clock.ts): the keyboard test moves it past the meeting it schedules.
const clockFile = path.join(process.env.E2E_DATA_DIR ?? ".data/e2e", "clock-offset");
test.afterEach(() => rmSync(clockFile, { force: true }));

const STAGES = ["Find", "Outreach", "Scheduled", "Interviewed", "Thanked", "Follow-up"] as const;
type StageLabel = (typeof STAGES)[number];

const CONTACTS: Record<string, { keyboard: string; mouse: string }> = {
  desktop: { keyboard: "Zoë Müller", mouse: "Marcus Bell" },
  phone: { keyboard: "Grace O'Connor", mouse: "Fernando Ríos" },
};

function contactsFor(project: string) {
  const contacts = CONTACTS[project];
  if (!contacts) throw new Error(`no demo contacts assigned to the ${project} project`);
  return contacts;
}

function column(page: Page, stage: StageLabel): Locator {
  return page.locator(`#stage-${stage.toLowerCase().replace("-", "_")}`);
}

function card(page: Page, stage: StageLabel, name: string): Locator {
  return column(page, stage).getByRole("article", { name });
}

async function counts(page: Page): Promise<Record<StageLabel, number>> {
  const result = {} as Record<StageLabel, number>;
  for (const stage of STAGES) {
    const heading = column(page, stage).getByRole("heading", { level: 2 });
    const text = (await heading.textContent()) ?? "";
    const match = /\d+/.exec(text);
    if (!match) throw new Error(`no count in the ${stage} heading`);
    result[stage] = Number(match[0]);
  }
  return result;
}

async function expectCounts(page: Page, expected: Record<StageLabel, number>) {
  for (const stage of STAGES) {
    await expect(column(page, stage).getByRole("heading", { level: 2 })).toHaveAccessibleName(
      `${stage} ${expected[stage]} ${expected[stage] === 1 ? "contact" : "contacts"}`,
    );
  }
}

function shifted(base: Record<StageLabel, number>, from: StageLabel, to: StageLabel): Record<StageLabel, number> {
  return { ...base, [from]: base[from] - 1, [to]: base[to] + 1 };
}

async function openBoard(page: Page) {
  await signInAsDemo(page, DEMO_STUDENT);
  await page.goto("/pipeline");
  await expect(page.getByRole("heading", { level: 1, name: "Pipeline" })).toBeVisible();
  await expect(column(page, "Find").getByRole("article").first()).toBeVisible();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Presses Tab (or Shift+Tab) until `target` has focus. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 250 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error("could not reach the element with Tab");
}

const dndLiveRegion = (page: Page) => page.locator('[id^="DndLiveRegion"]');

/** Picks a card up by its handle, moves it right column by column with the arrow key, and drops it on `to`. */
async function keyboardDrag(page: Page, name: string, from: StageLabel, to: StageLabel) {
  const handle = card(page, from, name).getByRole("button", { name: `Drag ${name}` });
  await expect(handle).toBeFocused();
  await page.keyboard.press("Space");
  await expect(dndLiveRegion(page)).toHaveText(`Picked up ${name} from ${from}. Use the left and right arrow keys to choose a stage.`);
  const steps = STAGES.indexOf(to) - STAGES.indexOf(from);
  for (let i = 1; i <= steps; i++) {
    await page.keyboard.press("ArrowRight");
    await expect(dndLiveRegion(page)).toHaveText(`${name} is over ${STAGES[STAGES.indexOf(from) + i]}.`);
  }
  await page.keyboard.press("Space");
  await expect(dndLiveRegion(page)).toHaveText(new RegExp(`^Dropped ${name} on ${to}`));
}

/** Opens a card's Move menu with the keyboard and chooses `to`. */
async function keyboardMenuMove(page: Page, name: string, from: StageLabel, to: StageLabel) {
  const move = card(page, from, name).getByRole("button", { name: `Move ${name}` });
  await expect(move).toHaveAttribute("aria-haspopup", "menu");
  await tabTo(page, move);
  await page.keyboard.press("Enter");
  const menu = page.getByRole("menu", { name: `Move ${name} to` });
  await expect(menu).toBeVisible();
  const label = STAGES.indexOf(to) < STAGES.indexOf(from) ? `Back to ${to}` : to;
  const item = menu.getByRole("menuitem", { name: new RegExp(`${label}$`) });
  for (let i = 0; i < STAGES.length && !(await item.evaluate((element) => element === document.activeElement)); i++) {
    await page.keyboard.press("ArrowDown");
  }
  await expect(item).toBeFocused();
  await page.keyboard.press("Enter");
}

async function submitWithKeyboard(page: Page, dialog: Locator, button: string) {
  await tabTo(page, dialog.getByRole("button", { name: button }));
  await page.keyboard.press("Enter");
}

async function expectMoved(page: Page, name: string, to: StageLabel) {
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByText(`Moved ${name} to ${to}.`)).toBeVisible();
  await expect(card(page, to, name)).toBeVisible();
}

/** A local date-time a few months ahead, typed into a datetime-local field segment by segment (en-US). */
async function typeFutureDateTime(page: Page) {
  const year = new Date().getFullYear() + 1;
  await page.keyboard.type(`0615${year}`);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.type("1030A");
  return `${year}-06-15T10:30`;
}

test("the board shows six stages with counts and is accessible", async ({ page }) => {
  await openBoard(page);
  for (const stage of STAGES) await expect(column(page, stage).getByRole("heading", { level: 2, name: new RegExp(`^${stage} \\d+ contacts?$`) })).toBeVisible();
  const first = column(page, "Find").getByRole("article").first();
  await expect(first.getByRole("button", { name: /^Move / })).toHaveAttribute("aria-haspopup", "menu");
  await expect(first.getByRole("button", { name: /^Drag / })).toHaveAttribute("aria-roledescription", "draggable");
  await expect(page.getByRole("article").filter({ has: page.getByText("Overdue", { exact: true }) }).first()).toBeVisible();
  // Wide content scrolls inside the board, never the page.
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
  expect(widths.page).toBeLessThanOrEqual(widths.screen);
  await expectAccessible(page);
  // And with a card's Move menu open.
  await first.getByRole("button", { name: /^Move / }).click();
  await expect(page.getByRole("menu")).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toHaveCount(0);
  await expect(first.getByRole("button", { name: /^Move / })).toBeFocused();
});

test("on a wide screen, a card reached by Shift+Tab is not hidden under its column's sticky heading", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === "phone", "the columns' headings stick from 1280 px wide only");
  await page.setViewportSize({ width: 1280, height: 560 });
  await openBoard(page);
  // The last card of the longest column, then back up to the first: each Shift+Tab scrolls the page up.
  let longest = column(page, "Find");
  for (const stage of STAGES) if ((await column(page, stage).getByRole("article").count()) > (await longest.getByRole("article").count())) longest = column(page, stage);
  const cards = longest.getByRole("article");
  expect(await cards.count(), "a column taller than the window").toBeGreaterThan(4);
  await cards.last().getByRole("button", { name: /^Move / }).focus();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const heading = longest.getByRole("heading", { level: 2 }).locator("xpath=..");
  for (let i = (await cards.count()) - 2; i >= 1; i--) {
    const grip = cards.nth(i).getByRole("button", { name: /^Drag / });
    await tabTo(page, grip, { backwards: true });
    const [gripBox, headingBox] = [await grip.boundingBox(), await heading.boundingBox()];
    expect(gripBox!.y, `card ${i + 1}'s grip below the heading`).toBeGreaterThanOrEqual(headingBox!.y + headingBox!.height);
  }
});

test("with the keyboard alone, a contact moves from Find to Follow-up with each stage's record", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const name = contactsFor(testInfo.project.name).keyboard;
  await openBoard(page);
  const start = await counts(page);
  const handle = (stage: StageLabel) => card(page, stage, name).getByRole("button", { name: `Drag ${name}` });

  // Find → Outreach: drag with the keyboard.
  await tabTo(page, handle("Find"));
  await keyboardDrag(page, name, "Find", "Outreach");
  let dialog = page.getByRole("dialog", { name: `Move ${name} to Outreach` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Sent by")).toBeFocused();
  await expect(dialog.getByLabel("Sent on")).toHaveValue(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
  await expectAccessible(page);
  await tabTo(page, dialog.getByLabel("Subject (optional)"));
  await page.keyboard.type("A question from a fellow Buckeye");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Would you have 20 minutes for a call about your path into PR?");
  await submitWithKeyboard(page, dialog, "Move to Outreach");
  await expectMoved(page, name, "Outreach");
  await expectCounts(page, shifted(start, "Find", "Outreach"));
  // Focus comes back to the card, now in its new column.
  await expect(handle("Outreach")).toBeFocused();

  // Outreach → Scheduled: the Move menu.
  await keyboardMenuMove(page, name, "Outreach", "Scheduled");
  dialog = page.getByRole("dialog", { name: `Move ${name} to Scheduled` });
  await expect(dialog.getByLabel("Date and time")).toBeFocused();
  const startsAt = await typeFutureDateTime(page);
  await expect(dialog.getByLabel("Date and time")).toHaveValue(startsAt);
  await tabTo(page, dialog.getByRole("radio", { name: "30 minutes" }));
  await page.keyboard.press("ArrowLeft");
  await expect(dialog.getByRole("radio", { name: "20 minutes" })).toBeChecked();
  await tabTo(page, dialog.getByLabel("Video link (optional)"));
  await page.keyboard.type("https://meet.example.com/maya");
  await submitWithKeyboard(page, dialog, "Move to Scheduled");
  await expectMoved(page, name, "Scheduled");
  await expect(card(page, "Scheduled", name).getByRole("button", { name: `Move ${name}` })).toBeFocused();
  await expect(card(page, "Scheduled", name)).toContainText(`Prepare for your meeting with ${name}`);

  // Scheduled → Interviewed: drag with the keyboard. Before the meeting has started there is no end
  // to record: the dialog says when the meeting is, points to interview mode for one held earlier
  // than planned, and offers Cancel rather than a form every answer to which would be refused.
  await tabTo(page, handle("Scheduled"), { backwards: true });
  await keyboardDrag(page, name, "Scheduled", "Interviewed");
  dialog = page.getByRole("dialog", { name: `Move ${name} to Interviewed` });
  await expect(dialog).toHaveAccessibleDescription("The meeting hasn't happened yet.");
  // Focus on the explanation, not on a button the drop's key could press.
  await expect(dialog.locator("[autofocus]")).toBeFocused();
  await expect(dialog).toContainText(new RegExp(`Your meeting with ${escapeRegExp(name)} is on \\w{3}, Jun 15, \\d{4}, at 10:30 AM\\. You can mark it done`));
  await expect(dialog).toContainText("It happened earlier than planned");
  await expect(dialog.getByLabel("When the meeting ended")).toHaveCount(0);
  await expect(dialog.getByRole("button", { name: "Move to Interviewed" })).toHaveCount(0);
  // Interview mode of that meeting, or (while the board doesn't know the meeting's id) the contact's page, which links to it.
  await expect(dialog.getByRole("link", { name: "Open interview mode" })).toHaveAttribute("href", /^\/meetings\/[^/]+\/interview$/);
  await expectAccessible(page);
  await submitWithKeyboard(page, dialog, "Cancel");
  await expect(dialog).toHaveCount(0);
  await expect(card(page, "Scheduled", name)).toBeVisible();
  // The meeting takes place: the app's clock moves to the next day, and the board is opened again.
  const year = Number(startsAt.slice(0, 4));
  writeFileSync(clockFile, String(Date.UTC(year, 5, 16, 12) - Date.now()));
  await page.reload();
  await expect(card(page, "Scheduled", name)).toBeVisible();
  await tabTo(page, handle("Scheduled"));
  await keyboardDrag(page, name, "Scheduled", "Interviewed");
  dialog = page.getByRole("dialog", { name: `Move ${name} to Interviewed` });
  const ended = dialog.getByLabel("When the meeting ended");
  await expect(ended).toBeFocused();
  // Offered: its scheduled end (10:30 for 20 minutes), and the hint says when it started.
  await expect(ended).toHaveValue(`${year}-06-15T10:50`);
  await expect(ended).toHaveAccessibleDescription(/^It was scheduled to start at 10:30 AM on .+\. In your time zone/);
  await submitWithKeyboard(page, dialog, "Move to Interviewed");
  await expectMoved(page, name, "Interviewed");
  await expect(card(page, "Interviewed", name)).toContainText(`Thank ${name} within 24 hours`);

  // Interviewed → Thanked: the Move menu; the thank-you went by LinkedIn that afternoon.
  await keyboardMenuMove(page, name, "Interviewed", "Thanked");
  dialog = page.getByRole("dialog", { name: `Move ${name} to Thanked` });
  await expect(dialog.getByLabel("Sent by")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(dialog.getByLabel("Sent by")).toHaveValue("LINKEDIN");
  await tabTo(page, dialog.getByLabel("Sent on"));
  await page.keyboard.type(`0615${year}`);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.type("0400P");
  await expect(dialog.getByLabel("Sent on")).toHaveValue(`${year}-06-15T16:00`);
  await submitWithKeyboard(page, dialog, "Move to Thanked");
  await expectMoved(page, name, "Thanked");

  // Thanked → Follow-up: drag with the keyboard; keep in touch every 6 months.
  await tabTo(page, handle("Thanked"), { backwards: true });
  await keyboardDrag(page, name, "Thanked", "Follow-up");
  dialog = page.getByRole("dialog", { name: `Move ${name} to Follow-up` });
  await expect(dialog.getByLabel("Keep in touch")).toHaveValue("3");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(dialog.getByLabel("Keep in touch")).toHaveValue("6");
  await submitWithKeyboard(page, dialog, "Move to Follow-up");
  await expectMoved(page, name, "Follow-up");
  await expectCounts(page, shifted(start, "Find", "Follow-up"));

  // Saved, not just shown: a fresh load agrees.
  await page.reload();
  await expect(card(page, "Follow-up", name)).toContainText(`Keep in touch with ${name}`);
  await expectCounts(page, shifted(start, "Find", "Follow-up"));

  // The contact's timeline shows every move, newest first, each with its time.
  await card(page, "Follow-up", name).getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const moves = page.getByRole("listitem").filter({ hasText: "Moved from" });
  const expected = ["Thanked to Follow-up", "Interviewed to Thanked", "Scheduled to Interviewed", "Outreach to Scheduled", "Find to Outreach"];
  for (const [i, move] of expected.entries()) {
    const item = page.getByRole("listitem").filter({ hasText: `Moved from ${move}` });
    await expect(item).toHaveCount(1);
    await expect(item.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
    // Newest first: each move sits above the one before it.
    if (i > 0) {
      const above = await page.getByRole("listitem").filter({ hasText: `Moved from ${expected[i - 1]}` }).boundingBox();
      const below = await item.boundingBox();
      expect(above!.y).toBeLessThan(below!.y);
    }
  }
  await expect(moves).toHaveCount(expected.length);
  await expectAccessible(page);
});

/** Drags a card with the mouse onto the column `to`, at the card's height. */
async function mouseDrag(page: Page, name: string, from: StageLabel, to: StageLabel) {
  const source = card(page, from, name);
  await source.scrollIntoViewIfNeeded();
  const grip = source.getByRole("button", { name: `Drag ${name}` });
  const start = await grip.boundingBox();
  const target = await column(page, to).boundingBox();
  if (!start || !target) throw new Error("the card or column is not on screen");
  const x = start.x + start.width / 2;
  const y = start.y + start.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 12, y + 4, { steps: 4 });
  // Dropped inside the target column: a card low in a long column sits below the end of a short one
  // (the columns are as tall as their cards), where a drop lands on no column.
  const dropY = Math.min(Math.max(y, target.y + 24), target.y + target.height - 24);
  await page.mouse.move(target.x + target.width / 2, dropY, { steps: 12 });
  await page.mouse.up();
}

/**
 * Presses and holds a card with a finger, then drags it onto the edge of the next column, which
 * peeks in at the right of a phone's screen (Chromium's touch events, through the DevTools protocol).
 */
async function touchDrag(page: Page, name: string, from: StageLabel, to: StageLabel) {
  const source = card(page, from, name);
  await source.scrollIntoViewIfNeeded();
  const start = await source.getByText(name, { exact: true }).boundingBox();
  const target = await column(page, to).boundingBox();
  if (!start || !target) throw new Error("the card or column is not on screen");
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: "touchStart" | "touchMove" | "touchEnd", x: number, y: number) =>
    cdp.send("Input.dispatchTouchEvent", { type, touchPoints: type === "touchEnd" ? [] : [{ x, y }] });
  const x = start.x + start.width / 2;
  const y = start.y + start.height / 2;
  const toX = target.x + 16;
  await touch("touchStart", x, y);
  // Longer than the press delay: a quicker move would scroll the board instead.
  await page.waitForTimeout(400);
  for (let i = 1; i <= 10; i++) await touch("touchMove", x + ((toX - x) * i) / 10, y);
  await expect(dndLiveRegion(page)).toHaveText(`${name} is over ${to}.`);
  await touch("touchEnd", toX, y);
  await cdp.detach();
}

test("with the mouse (a finger on a phone), a contact moves two stages forward and back, with errors on their fields", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const name = contactsFor(testInfo.project.name).mouse;
  const phone = testInfo.project.name === "phone";
  await openBoard(page);
  const start = await counts(page);

  // On a phone the columns are a scrolling row: a finger drags to the column peeking in at the
  // edge, and the Move menu, tapped, reaches the others.
  async function move(from: StageLabel, to: StageLabel) {
    if (!phone) return mouseDrag(page, name, from, to);
    if (from === "Find") return touchDrag(page, name, from, to);
    await card(page, from, name).getByRole("button", { name: `Move ${name}` }).click();
    const label = STAGES.indexOf(to) < STAGES.indexOf(from) ? `Back to ${to}` : to;
    await page.getByRole("menu", { name: `Move ${name} to` }).getByRole("menuitem", { name: new RegExp(`${label}$`) }).click();
  }

  // Find → Outreach.
  await move("Find", "Outreach");
  let dialog = page.getByRole("dialog", { name: `Move ${name} to Outreach` });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Sent by").selectOption("EMAIL");
  await dialog.getByLabel("Subject (optional)").fill("Your path into public media");
  await dialog.getByRole("button", { name: "Move to Outreach" }).click();
  await expectMoved(page, name, "Outreach");
  await expectCounts(page, shifted(start, "Find", "Outreach"));

  // Outreach → Scheduled: a time already past and a 500-minute meeting are both refused at once, each
  // on its field, and what was typed stays.
  await move("Outreach", "Scheduled");
  dialog = page.getByRole("dialog", { name: `Move ${name} to Scheduled` });
  await expect(dialog).toBeVisible();
  const year = new Date().getFullYear() + 1;
  const when = dialog.getByLabel("Date and time");
  await when.fill(`${year - 2}-03-10T14:00`);
  await dialog.getByText("Other", { exact: true }).click();
  await dialog.getByLabel(/^Minutes/).fill("500");
  await dialog.getByLabel("How you'll meet").selectOption("COFFEE");
  await dialog.getByLabel("Café (optional)").fill("Fox in the Snow, Italian Village");
  await dialog.getByRole("button", { name: "Move to Scheduled" }).click();
  const minutes = dialog.getByLabel(/^Minutes/);
  await expect(minutes).toHaveAttribute("aria-invalid", "true");
  await expect(minutes).toHaveAccessibleDescription(/Choose 10 to 180 minutes\./);
  await expect(when).toHaveAttribute("aria-invalid", "true");
  await expect(when).toHaveAccessibleDescription(/That time has passed/);
  await expect(dialog.getByRole("alert")).toHaveText("Check the highlighted fields.");
  // Focus goes to the first field to fix.
  await expect(when).toBeFocused();
  await expect(minutes).toHaveValue("500");
  await expect(when).toHaveValue(`${year - 2}-03-10T14:00`);
  await expect(dialog.getByLabel("Café (optional)")).toHaveValue("Fox in the Snow, Italian Village");
  await expectAccessible(page);
  // The card went back to Outreach while the dialog asks again.
  await expect(card(page, "Outreach", name)).toBeVisible();
  await expectCounts(page, shifted(start, "Find", "Outreach"));
  if (phone) {
    // Closed with Escape, the move is dropped; opened from the Move menu, focus is back on the card's
    // Move button, though the refused move redrew the card (the dialog's own return of focus had lost
    // it). On a phone only: a desktop's drag is not a control focus returns to, and the same steps
    // with the mouse left the next drag (Scheduled back to Outreach) without a drop in CI.
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(card(page, "Outreach", name).getByRole("button", { name: `Move ${name}` })).toBeFocused();
    await move("Outreach", "Scheduled");
    await when.fill(`${year - 2}-03-10T14:00`);
    await dialog.getByText("Other", { exact: true }).click();
  }
  // The length fixed, the time is still refused, alone.
  await minutes.fill("45");
  await dialog.getByRole("button", { name: "Move to Scheduled" }).click();
  await expect(when).toHaveAccessibleDescription(/That time has passed/);
  await expect(minutes).not.toHaveAttribute("aria-invalid", "true");
  await expect(dialog.getByRole("alert")).toHaveText("Check the highlighted field.");
  await when.fill(`${year}-03-10T14:00`);
  await dialog.getByRole("button", { name: "Move to Scheduled" }).click();
  await expectMoved(page, name, "Scheduled");
  await expectCounts(page, shifted(start, "Find", "Scheduled"));

  // Scheduled → back to Outreach: nothing to fill in; the dialog says what it cancels.
  await move("Scheduled", "Outreach");
  dialog = page.getByRole("dialog", { name: `Move ${name} back to Outreach` });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("The scheduled meeting is cancelled, with its reminder to prepare.");
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Move back to Outreach" }).click();
  await expectMoved(page, name, "Outreach");
  await expect(card(page, "Outreach", name)).not.toContainText(`Prepare for your meeting with ${name}`);
  await expectCounts(page, shifted(start, "Find", "Outreach"));
});

test("a move can be cancelled, and do-not-contact blocks reaching out", async ({ page }) => {
  await openBoard(page);
  const start = await counts(page);
  const name = "Derek Olsen";
  await card(page, "Find", name).getByRole("button", { name: `Move ${name}` }).click();
  const menu = page.getByRole("menu", { name: `Move ${name} to` });
  await expect(menu.getByRole("menuitem")).toHaveCount(5);
  await expect(card(page, "Find", name).getByRole("button", { name: `Move ${name}` })).toHaveAttribute("aria-expanded", "true");
  await expectAccessible(page);
  await menu.getByRole("menuitem", { name: /Outreach$/ }).click();
  const dialog = page.getByRole("dialog", { name: `Move ${name} to Outreach` });
  await expect(dialog).toContainText("marked do-not-contact");
  await dialog.getByRole("button", { name: "Cancel", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(card(page, "Find", name)).toBeVisible();
  await expect(card(page, "Find", name).getByRole("button", { name: `Move ${name}` })).toBeFocused();
  await expectCounts(page, start);
});

test("a move to Follow-up starts from the cadence chosen in Thanked, and says so after a decline", async ({ page }, testInfo) => {
  // Demo contacts in Thanked that no other spec touches, one per project.
  const name = testInfo.project.name === "phone" ? "Gabriel Santos" : "Noah Schwartz";
  await openBoard(page);
  await card(page, "Thanked", name).getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  // Declined first: the move still needs a cadence, and the dialog says why.
  const decline = page.getByRole("button", { name: `Don’t keep in touch with ${name}` });
  if (await decline.isVisible()) {
    await decline.click();
  } else {
    // A retry finds the cadence the first attempt chose.
    await page.getByLabel(`Keep in touch with ${name}`, { exact: true }).selectOption("");
    await page.getByRole("button", { name: "Save", exact: true }).click();
  }
  await expect(page.getByText(`You chose not to keep in touch with ${name}`)).toBeVisible();

  await page.goto("/pipeline");
  await card(page, "Thanked", name).getByRole("button", { name: `Move ${name}` }).click();
  await page.getByRole("menu", { name: `Move ${name} to` }).getByRole("menuitem", { name: /Follow-up$/ }).click();
  let dialog = page.getByRole("dialog", { name: `Move ${name} to Follow-up` });
  await expect(dialog.getByLabel("Keep in touch")).toHaveValue("3");
  await expect(dialog.getByLabel("Keep in touch")).toHaveAccessibleDescription(/You had chosen not to keep in touch/);
  await dialog.getByRole("button", { name: "Cancel", exact: true }).click();

  // A cadence chosen on the contact's page is the dialog's default.
  await card(page, "Thanked", name).getByRole("link", { name }).click();
  await page.getByLabel(`Keep in touch with ${name}`, { exact: true }).selectOption("6");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(`You chose not to keep in touch with ${name}`)).toBeHidden();
  await expect(page.getByLabel(`Keep in touch with ${name}`, { exact: true })).toHaveValue("6");
  await page.goto("/pipeline");
  await card(page, "Thanked", name).getByRole("button", { name: `Move ${name}` }).click();
  await page.getByRole("menu", { name: `Move ${name} to` }).getByRole("menuitem", { name: /Follow-up$/ }).click();
  dialog = page.getByRole("dialog", { name: `Move ${name} to Follow-up` });
  await expect(dialog.getByLabel("Keep in touch")).toHaveValue("6");
  await expect(dialog.getByLabel("Keep in touch")).toHaveAccessibleDescription(/any touch you log resets the clock/);
  await dialog.getByRole("button", { name: "Cancel", exact: true }).click();
  await expect(card(page, "Thanked", name)).toBeVisible();
});
