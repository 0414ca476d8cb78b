import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { DEMO_STUDENT, signInAsDemo } from "./helpers";

test("reminders on Today can be done, snoozed and dismissed, and the tab's count follows", async ({ page }) => {
  await signInAsDemo(page, DEMO_STUDENT);
  await expectAccessible(page);
  const main = page.getByRole("main");
  const items = main.getByRole("listitem").filter({ has: page.getByRole("button", { name: /^Done:/ }) });
  const before = await items.count();
  expect(before).toBeGreaterThan(2);
  const todayTab = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /\bToday\b/ });
  const dueCount = async () => Number((await todayTab.textContent())?.match(/(\d+)/)?.[1] ?? 0);
  const dueBefore = await dueCount();
  expect(dueBefore).toBeGreaterThanOrEqual(3); // the demo has overdue reminders, listed first

  const firstTitle = (await items.first().getByRole("button", { name: /^Done:/ }).getAttribute("aria-label"))!.replace("Done: ", "");
  await items.first().getByRole("button", { name: /^Done:/ }).click();
  await expect(main.getByText(firstTitle, { exact: true })).toHaveCount(0);

  const second = items.first();
  const secondTitle = (await second.getByRole("button", { name: /^Done:/ }).getAttribute("aria-label"))!.replace("Done: ", "");
  await second.locator("summary").click();
  await expect(second.getByRole("button", { name: "Next week" })).toBeVisible();
  await expectAccessible(page); // with the snooze choices open
  // Escape closes the choices, focus back on Snooze; opened again from the keyboard.
  await second.getByRole("button", { name: "Next week" }).focus();
  await page.keyboard.press("Escape");
  await expect(second.getByRole("button", { name: "Next week" })).toHaveCount(0);
  await expect(second.locator("summary")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(second.getByRole("button", { name: "Next week" })).toBeVisible();
  await second.getByRole("button", { name: "Next week" }).click();
  await expect(main.getByText(secondTitle, { exact: true })).toHaveCount(0);

  const third = items.first();
  const thirdTitle = (await third.getByRole("button", { name: /^Dismiss:/ }).getAttribute("aria-label"))!.replace("Dismiss: ", "");
  await third.getByRole("button", { name: /^Dismiss:/ }).click();
  await expect(main.getByText(thirdTitle, { exact: true })).toHaveCount(0);
  await expect(items).toHaveCount(before - 3);

  // Dismissed by mistake: the notice outlives the card, and Undo brings the reminder back.
  const notice = main.getByText(`Dismissed: ${thirdTitle}.`, { exact: true }).locator("..");
  await notice.getByRole("button", { name: "Undo" }).click();
  await expect(main.getByText("Undone: the reminder is back on Today.")).toBeVisible();
  await expect(main.getByText(thirdTitle, { exact: true })).toHaveCount(1);
  await expect(items).toHaveCount(before - 2);

  await page.reload();
  await expect(items).toHaveCount(before - 2);
  expect(await dueCount()).toBe(dueBefore - 2);
});
