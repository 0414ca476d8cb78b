// The next step, offered on the contact's page: a meeting whose time has passed leads to interview
// mode to record how it went (not to the board), and a thanked contact starts keeping in touch in
// the board's own move-to-Follow-up dialog, which asks how often.
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { DEMO_STUDENT, signInAsDemo } from "./helpers";

// The e2e server reads its clock offset from here (lib/clock.ts, RAPPORT_TEST_CLOCK=1).
const clockFile = path.join(process.env.E2E_DATA_DIR ?? ".data/e2e", "clock-offset");
test.afterEach(() => rmSync(clockFile, { force: true }));

async function openContact(page: Page, name: string) {
  await page.goto(`/contacts?q=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name: new RegExp(`^${name}`) }).first().click();
  await page.waitForURL(/\/contacts\/[\w-]+$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

/** On the phone project, at 360 px: the element is on screen and nothing scrolls sideways. */
async function expectFitsPhone(page: Page, label: string, locator: Locator) {
  const width = page.viewportSize()!.width;
  const box = await locator.boundingBox();
  expect(box, label).not.toBeNull();
  expect(box!.x, `${label} starts on screen`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${label} ends on screen`).toBeLessThanOrEqual(width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

test("once a meeting's time has passed, its panel leads to interview mode to record how it went", async ({ page }, testInfo) => {
  // Kenji Watanabe's meeting, days ahead in the demo; this test only reads it (and moves the clock).
  const name = "Kenji Watanabe";
  if (testInfo.project.name === "phone") await page.setViewportSize({ width: 360, height: 780 });
  await signInAsDemo(page, DEMO_STUDENT);
  await openContact(page, name);
  const upcoming = page.getByRole("region", { name: "Upcoming meeting" });
  const ics = await upcoming.locator('a[href$="/invitation"]').first().getAttribute("href");
  const meetingId = ics?.match(/\/api\/meetings\/([^/]+)\/invitation/)?.[1];
  expect(meetingId, `${name}'s scheduled meeting`).toBeTruthy();
  await expect(upcoming.getByText("This time has passed.")).toHaveCount(0);
  await expect(upcoming.getByRole("link", { name: "Record how it went" })).toHaveCount(0);

  // An hour after it started (it lasts 30 minutes).
  const startsAt = await upcoming.locator("time").first().getAttribute("datetime");
  writeFileSync(clockFile, String(new Date(startsAt!).getTime() + 60 * 60_000 - Date.now()));
  await page.reload();
  await expect(upcoming.getByText(/^This time has passed\. If you met, record how it went/)).toBeVisible();
  // Not the board: interview mode marks it done (and moves them to Interviewed).
  await expect(upcoming.getByText(/on the board/)).toHaveCount(0);
  const record = upcoming.getByRole("link", { name: "Record how it went" });
  await expect(record).toHaveAttribute("href", `/meetings/${meetingId}/interview`);
  // If they did not meet: still rescheduled or cancelled here.
  await expect(upcoming.getByRole("button", { name: "Reschedule" })).toBeVisible();
  await expect(upcoming.getByRole("button", { name: "Cancel meeting" })).toBeVisible();
  if (testInfo.project.name === "phone") await expectFitsPhone(page, "Record how it went", record);
  await expectAccessible(page);

  // From the keyboard, to the page where it is marked done (not marked here: the demo meeting stays as it is).
  await record.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: `Interview with ${name}` })).toBeVisible();
  await expect(page.getByRole("region", { name: "Finish" }).getByRole("button", { name: "Mark meeting done" })).toBeVisible();
});

test("a thanked contact starts keeping in touch from their page: by keyboard, in the board's dialog", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  // Demo contacts in Thanked whose stage no other spec depends on, one per project.
  const name = testInfo.project.name === "phone" ? "Caroline Park" : "Dana Whitfield";
  if (testInfo.project.name === "phone") await page.setViewportSize({ width: 360, height: 780 });
  await signInAsDemo(page, DEMO_STUDENT);
  await openContact(page, name);
  await page.waitForLoadState("networkidle");

  const keepInTouch = page.getByRole("region", { name: "Keep in touch", exact: true });
  const start = keepInTouch.getByRole("button", { name: "Start keeping in touch" });
  await expect(start).toBeVisible();
  // One way to choose how often: the move's dialog, not a second select beside it.
  await expect(keepInTouch.getByRole("combobox")).toHaveCount(0);
  await expect(keepInTouch.getByRole("button", { name: `Don’t keep in touch with ${name}` })).toBeVisible();
  if (testInfo.project.name === "phone") await expectFitsPhone(page, "Start keeping in touch", start);
  await expectAccessible(page);

  // Opened and closed from the keyboard: Escape puts focus back on the button.
  await start.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: `Move ${name} to Follow-up` });
  await expect(dialog).toBeVisible();
  const cadence = dialog.getByLabel("Keep in touch");
  await expect(cadence).toBeFocused();
  await expect(cadence).toHaveValue("3");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(start).toBeFocused();

  // Every 6 months, saved from the keyboard.
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await cadence.selectOption("6");
  await dialog.getByRole("button", { name: "Move to Follow-up" }).focus();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  const notice = page.getByText(`Moved ${name} to Follow-up.`);
  await expect(notice).toBeVisible();
  // The button is gone with the dialog: focus is on what happened, not lost to the page.
  await expect(page.locator(":focus")).toContainText(`Moved ${name} to Follow-up.`);
  await expect(start).toHaveCount(0);

  // The page shows the new stage, the cadence chosen and the reminder it derived.
  await expect(page.locator("header").getByText("Follow-up", { exact: true })).toBeVisible();
  await expect(keepInTouch.getByRole("combobox", { name: `Keep in touch with ${name}` })).toHaveValue("6");
  await expect(page.getByRole("region", { name: "Timeline" }).getByText(`Keep in touch with ${name}`).first()).toBeVisible();
  if (testInfo.project.name === "phone") await expectFitsPhone(page, "The notice", notice);
  await expectAccessible(page);

  await page.reload();
  await expect(page.locator("header").getByText("Follow-up", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Start keeping in touch" })).toHaveCount(0);
});
