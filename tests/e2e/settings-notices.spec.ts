// What a student is told on Settings, in their terms: a weekend holiday is taken with a note that
// weekends are skipped already; a server without email says so plainly (no setting names). And the
// favicon browsers ask for at /favicon.ico is there.
import { expect, test, type Page } from "@playwright/test";

async function signUp(page: Page, name: string, tag: string) {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(`${tag}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@example.edu`);
  await page.getByLabel("Password").fill("a much longer passphrase");
  await page.getByRole("button", { name: /Create account/ }).click();
  await expect(page).toHaveURL(/\/today$/, { timeout: 20_000 });
}

test("/favicon.ico is a real icon", async ({ request }) => {
  const response = await request.get("/favicon.ico");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
  const body = await response.body();
  // An ICO header: reserved 0, type 1 (icon), at least one image.
  expect([...body.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  expect(body.readUInt16LE(4)).toBeGreaterThan(0);
});

test("the email digest setting tells the student plainly that this server sends no email", async ({ page }, testInfo) => {
  await signUp(page, "Dana Digest", `digest.${testInfo.project.name}`);
  await page.goto("/settings");
  // The e2e server runs on the embedded database without SMTP: no digest can be sent.
  await expect(page.getByText("Email digests aren’t set up on this Rapport server yet, so none will be sent.")).toBeVisible();
  await expect(page.getByText("If you would like one, ask your career centre.", { exact: false })).toBeVisible();
  await expect(page.locator("main")).not.toContainText(/SMTP|DATABASE_URL|PostgreSQL/);
});

test("a weekend holiday is accepted, with a note on its date field that reminders skip weekends already", async ({ page }, testInfo) => {
  await signUp(page, "Wes Weekend", `weekend.${testInfo.project.name}`);
  await page.goto("/settings");
  // A date typed before the page's scripts run is wiped when they take over the field (seen in CI).
  await page.waitForLoadState("networkidle");
  const date = page.getByLabel("Date", { exact: true });
  const note = "Saturday, March 15 is a weekend day: reminders already skip it.";
  await date.fill("2031-03-15");
  await expect(date).toHaveAccessibleDescription(note);
  await date.fill("2031-03-17");
  await expect(page.getByText(note)).toHaveCount(0);
  await date.fill("2031-03-15");
  await page.getByLabel("Name", { exact: true }).fill("School fair");
  await page.getByRole("button", { name: "Add holiday" }).click();
  await expect(page.getByText(`Added School fair. ${note}`)).toBeVisible();
  await expect(page.getByRole("list", { name: "Your holidays" }).getByRole("listitem").filter({ hasText: "School fair" })).toBeVisible();
  // The field is cleared for the next one, and its note with it.
  await expect(date).toHaveValue("");
  await expect(date).not.toHaveAccessibleDescription(note);
});
