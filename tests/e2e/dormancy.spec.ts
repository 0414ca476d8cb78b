// Dormancy (product.md, 3B7), end to end: the demo's Nathan Brooks got a request and one follow-up
// weeks ago and never answered. Nothing was logged since, so nothing stored could say he went quiet:
// the contacts list and his page derive it when they are read. Read only: no spec changes Nathan.
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { DEMO_STUDENT, signInAsDemo } from "./helpers";

const name = "Nathan Brooks";

test("a contact with no reply after the one follow-up shows as dormant in the list and on their page", async ({ page }) => {
  await signInAsDemo(page, DEMO_STUDENT);
  await page.goto(`/contacts?q=${encodeURIComponent(name)}`);
  // The phone layout is a list of cards, the desktop one a table (both rendered, one hidden):
  // either way the visible row says Dormant.
  const row = page.locator("li, tr").filter({ visible: true }).filter({ has: page.getByRole("link", { name: new RegExp(`^${name}`) }) }).first();
  const link = row.getByRole("link", { name: new RegExp(`^${name}`) });
  await expect(link).toBeVisible();
  await expect(row.getByText("Dormant", { exact: true })).toBeVisible();

  await link.click();
  await page.waitForURL(/\/contacts\/[\w-]+$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const dormant = page.getByRole("region", { name: "Dormant", exact: true });
  await expect(dormant).toContainText("No reply to your request or your one follow-up");
  await expect(page.getByText("Dormant since")).toBeVisible();
  await expectAccessible(page);

  // A contact who answered is not dormant.
  await page.goto(`/contacts?q=${encodeURIComponent("Olivia Martínez")}`);
  const answered = page.locator("li, tr").filter({ visible: true }).filter({ has: page.getByRole("link", { name: /^Olivia Martínez/ }) }).first();
  await expect(answered).toBeVisible();
  await expect(answered.getByText("Dormant", { exact: true })).toHaveCount(0);
});
