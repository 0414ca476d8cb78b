// Unsaved pitch edits survive leaving the page: they are kept on the device, come back with a
// notice that offers to discard them, and are forgotten once saved.
import { expect, test, type Page } from "@playwright/test";
import { kindOfKey } from "@/lib/domain/device-drafts";
import { expectAccessible } from "./axe";
import { DEMO_STUDENT, signInAsDemo } from "./helpers";

async function openPitch(page: Page) {
  await page.goto("/pitch");
  await expect(page.getByRole("heading", { level: 1, name: "Your 30-second pitch" })).toBeVisible();
  await page.waitForLoadState("networkidle");
}

const RESTORED = "Restored your unsaved draft from this device.";

test("unsaved pitch edits come back after leaving the page; discard and save both forget them", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await signInAsDemo(page, DEMO_STUDENT);
  await openPitch(page);
  const editor = page.getByLabel("Your pitch");
  const saved = await editor.inputValue();
  expect(saved.length).toBeGreaterThan(0);
  await expect(page.getByText(RESTORED)).toHaveCount(0);

  const draft = `Hi, I'm Maya Chen, a communications major at Ohio State, and this draft is not saved yet (${testInfo.project.name} ${Date.now().toString(36)}).`;
  await editor.fill(draft);
  await expect.poll(async () => (await page.evaluate(() => Object.keys(window.localStorage))).filter((k) => kindOfKey(k) === "pitch")).toHaveLength(1);
  await page.goto("/today");
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();

  // Back: the draft, with a notice that says so.
  await openPitch(page);
  await expect(page.getByLabel("Your pitch")).toHaveValue(draft);
  await expect(page.getByText(RESTORED)).toBeVisible();
  await expectAccessible(page);

  // Discarding it shows the saved pitch, and it stays discarded.
  await page.getByRole("button", { name: "Discard draft" }).click();
  await expect(page.getByLabel("Your pitch")).toHaveValue(saved);
  await expect(page.getByText(RESTORED)).toHaveCount(0);
  await page.reload();
  await page.waitForLoadState("networkidle");
  await expect(page.getByLabel("Your pitch")).toHaveValue(saved);
  await expect(page.getByText(RESTORED)).toHaveCount(0);

  // A restored draft saves as usual, and is then forgotten on the device.
  await page.getByLabel("Your pitch").fill(draft);
  await page.reload();
  await page.waitForLoadState("networkidle");
  await expect(page.getByLabel("Your pitch")).toHaveValue(draft);
  await page.getByRole("button", { name: "Save pitch" }).click();
  await expect(page.getByText(/^Saved as version \d+\.$/)).toBeVisible();
  await expect(page.getByText(RESTORED)).toHaveCount(0);
  await page.reload();
  await page.waitForLoadState("networkidle");
  await expect(page.getByLabel("Your pitch")).toHaveValue(draft);
  await expect(page.getByText(RESTORED)).toHaveCount(0);
  expect((await page.evaluate(() => Object.keys(window.localStorage))).filter((k) => kindOfKey(k) === "pitch")).toEqual([]);
});
