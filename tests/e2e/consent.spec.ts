// Issue #7: a new student joins the demo cohort by its invite code, choosing to share progress,
// sees the level on the Sharing page, and withdraws by leaving the cohort.
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";

/**
 * The demo cohort's invite code, derived the way prisma/seed.ts derives it: invite codes come from
 * their own generator (mulberry32 seeded with 1870), and the cohort's is the second code drawn,
 * after the chapter's (the career centre's staff code has a generator of its own).
 */
function demoCohortCode(): string {
  let a = 1870;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const chars = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
  const codes = Array.from({ length: 2 }, () => `${chars(4)}-${chars(4)}`);
  return codes[1]!;
}

async function expectNoSideways(page: import("@playwright/test").Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

test("a new student joins the demo cohort sharing progress, sees it on Sharing, stops sharing, and leaves", async ({ page }, testInfo) => {
  const email = `cohort.${testInfo.project.name}.${Date.now()}@example.edu`;
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Casey Cohort");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a much longer passphrase");
  await page.getByRole("button", { name: /Create account/ }).click();
  await expect(page).toHaveURL(/\/today$/, { timeout: 20_000 });

  // Nothing shared yet.
  await page.goto("/sharing");
  await expect(page.getByRole("heading", { level: 1, name: "Sharing with your career centre" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "You are not in any cohort" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Join a cohort" }).click();

  // An unknown code is refused on the field, and what was typed stays.
  await expect(page.getByRole("heading", { level: 1, name: "Join a cohort" })).toBeVisible();
  await expectAccessible(page);
  const codeField = page.getByLabel("Invite code");
  await codeField.fill("zzzz 9999");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("No cohort has that invite code.")).toBeVisible();
  await expect(codeField).toHaveValue("zzzz 9999");
  await expect(codeField).toHaveAttribute("aria-invalid", "true");
  await expect(codeField).toBeFocused();

  // The real code, typed in lower case without the dash.
  const code = demoCohortCode();
  await codeField.fill(code.toLowerCase().replace("-", ""));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(new RegExp(`/join/${code}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Join Communications Fall 2026" })).toBeVisible();

  // Nothing is chosen for the student: "Nothing" is selected, and says so.
  await expect(page.getByRole("radio", { name: /^Nothing/ })).toBeChecked();
  await expect(page.getByText("Nothing about your contacts or your progress.")).toBeVisible();
  await page.getByRole("radio", { name: /^My progress and who/ }).check();
  await expect(page.getByText(/The name and employer of each contact \(you have none yet\)/)).toBeVisible();
  await page.getByRole("radio", { name: /^My progress Counts/ }).check();
  await expect(page.getByText(/How many contacts you have in each stage\. Today: Find 0/)).toBeVisible();
  await expect(page.getByText("Never shown: your notes, meeting agendas and answers, or the text of your messages.")).toBeVisible();
  await expectAccessible(page);
  await expectNoSideways(page);
  await page.getByRole("button", { name: "Join Communications Fall 2026" }).click();

  // Sharing shows the cohort at the chosen level.
  await expect(page).toHaveURL(/\/sharing\?joined=/);
  await expect(page.getByText("You joined Communications Fall 2026. You share your progress.")).toBeVisible();
  const card = page.getByRole("region", { name: "Communications Fall 2026" });
  await expect(card.getByText("Now: Shares progress", { exact: true })).toBeVisible();
  await expect(card.getByRole("radio", { name: /^My progress Counts/ })).toBeChecked();
  await expectAccessible(page);
  await expectNoSideways(page);

  // Change the level: staff would see nothing from the next request on.
  await card.getByRole("radio", { name: /^Nothing/ }).check();
  await card.getByRole("button", { name: "Save sharing level" }).click();
  await expect(card.getByText("Saved. You now share nothing with the staff of Communications Fall 2026.", { exact: false })).toBeVisible();
  await expect(card.getByText("Now: Not sharing", { exact: true })).toBeVisible();
  await expect(card.getByRole("radio", { name: /^Nothing/ })).toBeChecked();
  await page.reload();
  await expect(card.getByText("Now: Not sharing", { exact: true })).toBeVisible();

  // The invite link again says already joined.
  await page.goto(`/join/${code}`);
  await expect(page.getByText("You already joined Communications Fall 2026. You don't share anything with its staff.")).toBeVisible();
  await page.goto("/sharing");

  // Withdraw: leave behind a confirmation; cancelling first keeps the student in.
  await card.getByRole("button", { name: "Leave Communications Fall 2026" }).click();
  const dialog = page.getByRole("dialog", { name: "Leave Communications Fall 2026?" });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Stay in the cohort" }).click();
  await expect(dialog).toBeHidden();
  await card.getByRole("button", { name: "Leave Communications Fall 2026" }).click();
  await dialog.getByRole("button", { name: "Leave the cohort" }).click();
  await expect(page.getByText("You left the cohort. Its staff no longer see you or anything of yours.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "You are not in any cohort" })).toBeVisible();
});
