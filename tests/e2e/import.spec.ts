// Issue #9: a new student imports their LinkedIn connections: upload, preview, import with a
// progress bar, the report of skipped rows, then finds an imported contact. A fresh sign-up per
// run (desktop, then phone, on one database), so no demo data is touched.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";

const FIXTURES = path.join(import.meta.dirname, "../fixtures/import");

async function expectNoSideways(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

test("a new student imports a LinkedIn export, reviews it, watches it import, reads the report, finds a contact, exports, deletes the account and restores it into a new one", async ({ page }, testInfo) => {
  const email = `import.${testInfo.project.name}.${Date.now()}@example.edu`;
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Imogen Import");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a much longer passphrase");
  await page.getByRole("button", { name: /Create account/ }).click();
  await expect(page).toHaveURL(/\/today$/, { timeout: 20_000 });

  await page.goto("/contacts");
  await page.getByRole("link", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import contacts" })).toBeVisible();
  await expectAccessible(page);
  await expectNoSideways(page);

  // A damaged file is refused on the field; nothing is imported.
  const file = page.getByLabel("Contacts file");
  await file.setInputFiles(path.join(FIXTURES, "malformed-quote.csv"));
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByText(/never closes/)).toBeVisible();
  await expect(file).toHaveAttribute("aria-invalid", "true");

  await file.setInputFiles(path.join(FIXTURES, "linkedin-connections.csv"));
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review the import" })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText("LinkedIn connections")).toBeVisible();
  const counts = page.getByRole("definition");
  await expect(counts).toHaveText(["8", "5", "1", "2"]);
  await expect(page.getByText("Row 5:")).toBeVisible();
  await expect(page.getByText("José Núñez").first()).toBeVisible();
  await expect(page.getByText("“priya@@broken” is not an email address")).toBeVisible();
  await expectAccessible(page);
  await expectNoSideways(page);

  await page.getByRole("radio", { name: /Skip them/ }).check();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const bar = page.getByRole("progressbar");
  await expect(bar).toBeVisible({ timeout: 20_000 });
  await expect(bar).toHaveAttribute("aria-valuenow", "100", { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Done: all 8 rows read" })).toBeVisible();
  await expect(page.getByText("5 contacts imported, 3 rows skipped.")).toBeVisible();
  await expect(page.getByText("same person as row 5 (same email)")).toBeVisible();
  await expect(page.getByRole("link", { name: "Download the report (CSV)" })).toHaveAttribute("href", /\/skipped-rows$/);
  await expectAccessible(page);
  await expectNoSideways(page);

  await page.getByRole("link", { name: "See imported contacts" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Contacts" })).toBeVisible();
  await page.getByRole("link", { name: /Zoë O'Brien/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Zoë O'Brien" })).toBeVisible();
  await expect(page.getByText("Weber Shandwick, Inc.").first()).toBeVisible();

  // Your data: the contacts come back out as CSV; then the account is deleted behind the typed email.
  await page.goto("/settings");
  await page.getByRole("link", { name: "Export, restore or delete" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your data" })).toBeVisible();
  await expectAccessible(page);
  await expectNoSideways(page);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Contacts (CSV)" }).click();
  const exported = await download;
  expect(exported.suggestedFilename()).toMatch(/^contacts-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(readFileSync(await exported.path(), "utf8")).toContain("Zoë O'Brien");
  const archiveDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Everything (.zip)" }).click();
  const archivePath = await (await archiveDownload).path();

  // Restoring needs a file, and an account with no contacts yet: each refusal is said on the field, which gets focus.
  const archiveField = page.getByLabel("Archive (.zip or account.json)");
  await page.getByRole("button", { name: "Restore", exact: true }).click();
  await expect(page.getByText("Choose the archive to restore.")).toBeVisible();
  await expect(archiveField).toBeFocused();
  await archiveField.setInputFiles(archivePath);
  await page.getByRole("button", { name: "Restore", exact: true }).click();
  await expect(page.getByText("Restore into an account with no contacts yet: sign up with a new account, then import the archive there.")).toBeVisible();
  await expect(archiveField).toBeFocused();
  await expect(archiveField).toHaveAttribute("aria-invalid", "true");

  const confirmation = page.getByLabel(/to confirm/);
  await confirmation.fill("someone-else@example.edu");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("Type your email address exactly as shown to confirm.")).toBeVisible();
  await expect(confirmation).toHaveAttribute("aria-invalid", "true");
  await confirmation.fill(email);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/sign-in/, { timeout: 20_000 });
  await expect(page.getByRole("status").filter({ hasText: "Your account and everything in it were deleted." })).toBeVisible();
  await page.goto("/contacts");
  await expect(page).toHaveURL(/\/sign-in/);

  // The archive brings it all back into a new account.
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Imogen Import");
  await page.getByLabel("Email").fill(`restored.${email}`);
  await page.getByLabel("Password").fill("a much longer passphrase");
  await page.getByRole("button", { name: /Create account/ }).click();
  await expect(page).toHaveURL(/\/today$/, { timeout: 20_000 });
  await page.goto("/settings/data");
  await page.getByLabel("Archive (.zip or account.json)").setInputFiles(archivePath);
  await page.getByRole("button", { name: "Restore", exact: true }).click();
  await expect(page.getByText(/^Restored \d+ contacts, \d+ meetings and \d+ notes\.$/)).toBeVisible({ timeout: 20_000 });
  await page.goto("/contacts?q=Brien");
  await expect(page.getByRole("link", { name: /Zoë O'Brien/ }).first()).toBeVisible();
});

// QA: the same CSV imported a second time ended on "Imported 100 % · 5 of 5 rows", then "0 contacts
// imported, 5 rows skipped" and a "See imported contacts" link with nothing new behind it. The page
// now says what happened, and offers no link to imported contacts when there are none.
test("importing the same CSV twice: the second result says nothing was new and offers no imported contacts", async ({ page }, testInfo) => {
  const email = `import.twice.${testInfo.project.name}.${Date.now()}@example.edu`;
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Tobias Twice");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a much longer passphrase");
  await page.getByRole("button", { name: /Create account/ }).click();
  await expect(page).toHaveURL(/\/today$/, { timeout: 20_000 });

  const csv = {
    name: "five-people.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      "Name,Email,Company,Title\nAda Byron,ada@example.com,Analytical,Engineer\nBen Ng,ben@example.com,Ogilvy,Writer\nCara Diaz,cara@example.com,Edelman,Planner\nDev Rao,dev@example.com,Ketchum,Intern\nEve Kim,eve@example.com,Weber,Director\n",
    ),
  };
  const importIt = async () => {
    await page.goto("/contacts/import");
    await page.getByLabel("Contacts file").setInputFiles(csv);
    await page.getByRole("button", { name: "Upload and preview" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Review the import" })).toBeVisible({ timeout: 20_000 });
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100", { timeout: 30_000 });
  };

  await importIt();
  await expect(page.getByRole("heading", { level: 1, name: "Done: all 5 rows read" })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("status").filter({ hasText: "5 contacts imported." })).toBeVisible();
  await expect(page.getByRole("link", { name: "See imported contacts" })).toBeVisible();

  await importIt();
  await expect(page.getByRole("heading", { level: 1, name: "Nothing new: all 5 rows were already in your contacts" })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("status").filter({ hasText: "No contact was added or changed" })).toBeVisible();
  await expect(page.getByText(/\bImported\b/)).toHaveCount(0);
  await expect(page.getByText(/contacts? imported/)).toHaveCount(0);
  await expect(page.getByRole("link", { name: /imported contacts/i })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Skipped rows (5)" })).toBeVisible();
  await expect(page.getByText("already in your contacts (same email)")).toHaveCount(5);
  await expectAccessible(page);
  await expectNoSideways(page);
  await page.getByRole("link", { name: "Go to your contacts" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Contacts" })).toBeVisible();
});
