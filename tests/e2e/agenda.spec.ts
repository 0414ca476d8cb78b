// A meeting's agenda through the page a student uses: opened from the contact, built from the bank
// and a custom question, reordered with the keyboard (buttons and the drag handle), the budget
// warning when it overruns, the order kept after a reload, remove with undo, research notes.
// Desktop and phone share one demo database, so each project prepares its own demo meeting
// (20 minutes, no agenda in the seed) and first clears what an earlier run left on it.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { DEMO_STUDENT, signInAsDemo } from "./helpers";

const START = "How did you get started in this field?";
const DAY = "What does a typical day or week look like for you?";
const WHO = "Who else should I talk to?";

const agendaList = (page: Page) => page.getByRole("list", { name: "Agenda questions in order" });

/** The questions on the agenda, in order, as the page shows them. */
async function order(page: Page): Promise<string[]> {
  if (!(await agendaList(page).isVisible())) return [];
  return agendaList(page).getByRole("listitem").locator("p").allInnerTexts();
}

async function openAgenda(page: Page, contactName: string) {
  await page.goto(`/contacts?q=${encodeURIComponent(contactName)}`);
  await page.getByRole("link", { name: new RegExp(`^${contactName}`) }).first().click();
  await page.waitForURL(/\/contacts\/[\w-]+$/, { timeout: 30_000 });
  const href = await page.getByRole("link", { name: "Add to calendar (.ics)" }).first().getAttribute("href");
  const meetingId = href?.match(/\/api\/meetings\/([^/]+)\/invitation/)?.[1];
  expect(meetingId, "the contact's meeting").toBeTruthy();
  await page.goto(`/meetings/${meetingId}/agenda`);
  await expect(page.getByRole("heading", { level: 1, name: `Agenda: ${contactName}` })).toBeVisible();
  // Wait until the page's scripts run (a click before that is lost): the bank search filters as typed.
  const search = page.getByRole("searchbox", { name: "Search the bank" });
  await expect(async () => {
    await search.fill("zzz-no-such-question");
    await expect(page.getByText("No questions match “zzz-no-such-question”.", { exact: false })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await search.fill("");
  return meetingId!;
}

test("build an agenda from the bank and your own question, reorder it by keyboard, see it overrun, keep it after a reload, and run it in interview mode", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const contactName = testInfo.project.name === "phone" ? "Nina Kowalski" : "Ayesha Rahman";
  const custom = `What surprised you most in your first year? (${testInfo.project.name})`;
  await signInAsDemo(page, DEMO_STUDENT);
  await openAgenda(page, contactName);

  await expect(page.getByRole("heading", { name: "Your pitch" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Interview mode" })).toHaveAttribute("href", /\/meetings\/[^/]+\/interview$/);

  // Clear what an earlier run left, through the Remove buttons.
  for (let left = (await order(page)).length; left > 0; left--) {
    await agendaList(page).getByRole("button", { name: /^Remove / }).first().click();
    await expect(agendaList(page).getByRole("listitem")).toHaveCount(left - 1);
  }
  await expect(page.getByRole("heading", { name: "No questions yet" })).toBeVisible();
  await expect(page.getByText("3 of 20 minutes")).toBeVisible();
  await expectAccessible(page);

  // From the bank: search narrows the list; ticks survive a change of search; tier filters.
  const search = page.getByRole("searchbox", { name: "Search the bank" });
  await search.fill("typical day");
  await expect(page.getByLabel(START)).toBeHidden();
  await page.getByLabel(DAY).check();
  await search.fill("");
  await page.getByLabel("Tier").selectOption("INDUSTRY");
  await expect(page.getByLabel(START)).toBeHidden();
  await page.getByLabel("Tier").selectOption("ALL");
  await page.getByLabel(WHO).check();
  await page.getByLabel(START).check();
  await page.getByRole("button", { name: "Add 3 selected" }).click();
  await expect(page.getByText("Added 3 questions to the agenda.")).toBeVisible();
  // Bank order, with the referral question last.
  await expect.poll(() => order(page)).toEqual([START, DAY, WHO]);
  await expect(page.getByLabel(DAY)).toBeDisabled();

  // A custom question goes before the referral question; its field error first.
  await page.getByLabel("Your question").fill(custom);
  await page.getByLabel("Minutes", { exact: true }).fill("0");
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByText("Enter 1 to 30 minutes.")).toBeVisible();
  await expect(page.getByLabel("Your question")).toHaveValue(custom);
  await page.getByLabel("Minutes", { exact: true }).fill("4");
  await page.getByRole("button", { name: "Add question" }).click();
  await expect.poll(() => order(page)).toEqual([START, DAY, custom, WHO]);
  await expect(page.getByText("16 of 20 minutes")).toBeVisible();

  // Reorder with the keyboard: the Move up button, then the drag handle with the arrow keys.
  const moveUp = page.getByRole("button", { name: /^Move “What surprised you most.*up$/ });
  await moveUp.focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => order(page)).toEqual([START, custom, DAY, WHO]);
  await expect(page.getByText(/Moved “What surprised you most.*to position 2 of 4\./)).toBeAttached();
  await expect(moveUp).toBeFocused();

  // Each key waits for its announcement: a key pressed before the sensor has caught up is lost.
  const announcer = page.locator('[id^="DndLiveRegion"]');
  await page.getByRole("button", { name: /^Drag to reorder “How did you get started/ }).focus();
  await page.keyboard.press("Space");
  await expect(announcer).toContainText("Picked up");
  await page.keyboard.press("ArrowDown");
  await expect(announcer).toContainText("is over position 2 of 4");
  await page.keyboard.press("ArrowDown");
  await expect(announcer).toContainText("is over position 3 of 4");
  await page.keyboard.press("Space");
  await expect.poll(() => order(page)).toEqual([custom, DAY, START, WHO]);

  // Longer answers overrun the 20 minutes: the warning says by how much.
  await page.getByRole("button", { name: /^Edit “What surprised you most/ }).click();
  const editForm = agendaList(page).locator("form");
  await editForm.getByLabel("Minutes").fill("10");
  await editForm.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Over by 2 minutes" })).toBeVisible();
  await expect(page.getByText("22 of 20 minutes")).toBeVisible();

  // Research notes saved beside the agenda.
  const notes = `Ask about the ${testInfo.project.name} launch.`;
  await page.getByLabel(/^What you know about/).fill(notes);
  await page.getByRole("button", { name: "Save notes" }).click();
  await expect(page.getByText("Research notes saved.")).toBeVisible();

  await page.reload();
  await expect.poll(() => order(page)).toEqual([custom, DAY, START, WHO]);
  await expect(page.getByRole("status").filter({ hasText: "Over by 2 minutes" })).toBeVisible();
  await expect(page.getByLabel(/^What you know about/)).toHaveValue(notes);

  // Remove with undo: the question comes back where it was.
  await page.getByRole("button", { name: /^Remove “What does a typical day/ }).click();
  await expect.poll(() => order(page)).toEqual([custom, START, WHO]);
  await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => order(page)).toEqual([custom, DAY, START, WHO]);
  await expectAccessible(page);

  // The agenda just built is what interview mode runs, in its order; an answer survives a reload.
  await page.getByRole("link", { name: "Interview mode" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Interview with ${contactName}` })).toBeVisible();
  const questions = page.getByRole("region", { name: "Questions" }).getByRole("list").first().getByRole("textbox");
  await expect(questions).toHaveCount(4);
  for (const [i, question] of [custom, DAY, START, WHO].entries()) {
    await expect(questions.nth(i)).toHaveAccessibleName(new RegExp(question.replace(/[?()]/g, "\\$&")));
  }
  const reply = `Nobody expects the first year to go to plan (${testInfo.project.name} ${Date.now().toString(36)})`;
  await questions.first().fill(reply);
  await expect(page.getByRole("region", { name: "Questions" }).getByRole("listitem").first().getByRole("status")).toHaveText("Saved");
  await page.reload();
  await expect(questions.first()).toHaveValue(reply);
});

test("drag a question with the mouse, print the agenda without the app around it, and fit a 360 px screen", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const contactName = testInfo.project.name === "phone" ? "Nina Kowalski" : "Ayesha Rahman";
  await signInAsDemo(page, DEMO_STUDENT);
  await openAgenda(page, contactName);
  if ((await order(page)).length < 3) {
    for (const question of [START, DAY, WHO]) if (!(await page.getByLabel(question).isDisabled())) await page.getByLabel(question).check();
    await page.getByRole("button", { name: /^Add \d+ selected$/ }).click();
    await expect.poll(async () => (await order(page)).length).toBeGreaterThanOrEqual(3);
  }
  const before = await order(page);
  expect(before.length).toBeGreaterThanOrEqual(3);

  if (testInfo.project.name === "desktop") {
    // The last question dragged by its handle onto the first place.
    const rows = agendaList(page).getByRole("listitem");
    const handle = (await agendaList(page).getByRole("button", { name: /^Drag to reorder/ }).last().boundingBox())!;
    const from = (await rows.last().boundingBox())!;
    const to = (await rows.first().boundingBox())!;
    const x = handle.x + handle.width / 2;
    const y = handle.y + handle.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y - 10, { steps: 3 });
    await page.mouse.move(x, y + (to.y + to.height / 2) - (from.y + from.height / 2), { steps: 15 });
    await page.mouse.up();
    await expect.poll(() => order(page)).toEqual([before[before.length - 1], ...before.slice(0, -1)]);
  }

  // On paper: the questions, pitch and notes; no navigation, no buttons, no bank.
  const first = (await order(page))[0]!;
  await page.emulateMedia({ media: "print" });
  for (const nav of await page.locator('nav[aria-label="Main"]').all()) await expect(nav).toBeHidden();
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(agendaList(page).getByRole("button", { name: /^Move / }).first()).toBeHidden();
  await expect(page.getByRole("heading", { name: "Add from the question bank" })).toBeHidden();
  await expect(agendaList(page).getByText(first, { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Research notes" })).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // A 360 px phone: nothing wider than the screen.
  await page.setViewportSize({ width: 360, height: 740 });
  await expect(page.getByRole("heading", { level: 1, name: `Agenda: ${contactName}` })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test("another meeting id is a not-found page", async ({ page }) => {
  await signInAsDemo(page, DEMO_STUDENT);
  // A real 404 status, not a 200 that streams the not-found page.
  expect((await page.goto("/meetings/not-a-meeting/agenda"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Meeting not found" })).toBeVisible();
  expect((await page.goto("/meetings/not-a-meeting/interview"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Meeting not found" })).toBeVisible();
});
