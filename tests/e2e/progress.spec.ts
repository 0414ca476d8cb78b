// The student's own dashboard: the demo student opens /progress, reads her funnel (a table whose
// "reached" column can only shrink stage by stage) and her referral tree, follows a referral to the
// contact, and the page passes the accessibility scan and fits a 360 px screen. It changes nothing,
// so both projects and repeated runs read the same demo data.
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { DEMO_STUDENT, signInAsDemo } from "./helpers";

const STAGES = ["Find", "Outreach", "Scheduled", "Interviewed", "Thanked", "Follow-up"];

test("the demo student sees her funnel, her numbers and who led her to whom", async ({ page }) => {
  await signInAsDemo(page, DEMO_STUDENT);
  await page.goto("/progress");
  await expect(page.getByRole("heading", { level: 1, name: "Progress" })).toBeVisible();
  const main = page.getByRole("main");

  const funnel = main.getByRole("table", { name: /Contacts per stage/ });
  await expect(funnel).toBeVisible();
  const rows = funnel.getByRole("row");
  await expect(rows).toHaveCount(STAGES.length + 1);
  const reached: number[] = [];
  for (const [i, stage] of STAGES.entries()) {
    const row = rows.nth(i + 1);
    await expect(row.getByRole("rowheader")).toHaveText(stage);
    const cells = row.getByRole("cell");
    reached.push(Number((await cells.nth(1).textContent())?.match(/\d+/)?.[0]));
    // Every stage after the first shows a conversion as a percentage (or — when nobody reached the one before).
    if (i > 0) await expect(cells.nth(2)).toHaveText(/^(\d+ %|—)$/);
  }
  expect(reached[0]).toBeGreaterThan(5);
  for (let i = 1; i < reached.length; i++) expect(reached[i]).toBeLessThanOrEqual(reached[i - 1] ?? 0);
  // The demo has meetings done and thank-yous, so the interviewed stage was reached.
  expect(reached[3]).toBeGreaterThan(0);

  await expect(main.getByText("Reply rate")).toBeVisible();
  await expect(main.getByText("Thank-yous within 24 hours")).toBeVisible();
  // As the cohort dashboard shows them: the on-time rate, and the count under it.
  const thanks = main.locator("dt", { hasText: /^Thank-yous within 24 hours$/ });
  await expect(thanks.locator("xpath=following-sibling::dd[1]")).toHaveText(/^\d+ %$/);
  await expect(thanks.locator("xpath=following-sibling::dd[2]")).toHaveText(/^\d+ of \d+ on time(; \d+ overdue, not sent)?\.$/);
  // Reminders past due: named and explained as on the staff's view of the student, not "Overdue reminders".
  const reminders = main.locator("dt", { hasText: /^Reminders past due$/ });
  await expect(reminders.locator("xpath=following-sibling::dd[1]")).toHaveText(/^\d+$/);
  // Thank-you reminders are among them; the owed thank-yous are counted under Thank-yous (not "left out").
  await expect(reminders.locator("xpath=following-sibling::dd[2]")).toHaveText(
    /^Open reminders on your Today, due before today( \(thank-you reminders included\)\. Thank-yous owed are counted under Thank-yous: \d+ overdue)?\./,
  );
  await expect(reminders.locator("xpath=following-sibling::dd[2]")).not.toContainText("Not counted here");
  await expect(main.locator("dt", { hasText: /^Overdue reminders$/ })).toHaveCount(0);
  await expect(main.getByText("Streak")).toBeVisible();
  await expect(main.getByRole("link", { name: "Weekly goal" })).toHaveAttribute("href", /\/settings/);

  // Dana Whitfield led to Ben Adeyemi and Gabriel Santos; Caroline Park to Ayesha Rahman.
  const tree = main.getByRole("list", { name: "Referral tree" });
  const dana = tree.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Dana Whitfield", exact: true }) });
  await expect(dana.getByRole("list").getByRole("link")).toHaveText(["Ben Adeyemi", "Gabriel Santos"]);
  const caroline = tree.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Caroline Park", exact: true }) });
  await expect(caroline.getByRole("list").getByRole("link")).toHaveText(["Ayesha Rahman"]);

  await expectAccessible(page);

  // A 360 px phone: nothing wider than the screen.
  await page.setViewportSize({ width: 360, height: 740 });
  await expect(funnel).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

  await dana.getByRole("list").getByRole("link", { name: "Ben Adeyemi" }).click();
  await expect(page).toHaveURL(/\/contacts\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Ben Adeyemi" })).toBeVisible();
});
