// Contacts through the pages a student uses: create (fixing a field error first), edit, find in the
// list, filter, a two-tab conflict, archive with undo, delete with confirmation, and bulk actions.
// Desktop and phone projects share one demo database, so every name here carries the project's name.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { DEMO_STUDENT, signInAsDemo } from "./helpers";

/**
 * Opens a page and waits until its scripts have loaded: a click on a form that React has not yet
 * hydrated would be lost, not replayed.
 */
async function openPage(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
}

/** Opens the filter panel where it is folded away (phones). */
async function openFilters(page: Page) {
  const toggle = page.getByRole("button", { name: /^Filters/ });
  if (await toggle.isVisible()) await toggle.click();
}

async function searchContacts(page: Page, text: string) {
  await page.getByRole("searchbox").fill(text);
  await page.getByRole("searchbox").press("Enter");
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(text).replace(/%20/g, "\\+")}`));
}

/** Creates a contact through the form and returns its page's URL. */
async function createContact(page: Page, fields: { name: string; employer: string; title?: string; email?: string }) {
  await openPage(page, "/contacts/new");
  await page.getByLabel("Name").fill(fields.name);
  await page.getByLabel("Employer", { exact: true }).fill(fields.employer);
  if (fields.title) await page.getByLabel("Title", { exact: true }).fill(fields.title);
  if (fields.email) await page.getByLabel("Email", { exact: true }).fill(fields.email);
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(page).toHaveURL(/\/contacts\/(?!new)[\w-]+$/);
  await expect(page.getByRole("heading", { level: 1, name: fields.name })).toBeVisible();
  return page.url();
}

test.beforeEach(async ({ page }) => {
  await signInAsDemo(page, DEMO_STUDENT);
});

test("create a contact after fixing a field error, edit it, and find it by employer and stage", async ({ page }, testInfo) => {
  // The longest journey here (four accessibility scans), and the first to hit a freshly started server.
  test.setTimeout(120_000);
  const name = `Riley Okafor ${testInfo.project.name}`;
  const employer = `Lumen Public Relations ${testInfo.project.name}`;

  await openPage(page, "/contacts");
  await expect(page.getByRole("heading", { level: 1, name: "Contacts" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "New contact" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "New contact" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Title", { exact: true }).fill("Account Planner");
  await page.getByLabel("Employer", { exact: true }).fill(employer);
  await page.getByLabel("Email", { exact: true }).fill("riley@");
  await page.getByLabel("Distance from you").fill("12 mi");
  await page.getByLabel("How you found them").selectOption("ALUMNI");
  await page.getByLabel("Shared connection").fill("Fellow OSU grad");
  await page.getByLabel("Your motivation").selectOption("5");
  await page.getByLabel("Alumni or advocate").check();
  // The score says what it is made of as the inputs change.
  const explained = "70 of 85 points: 50 for motivation (5 of 5), 20 for alumni or advocate.";
  await expect(page.getByText(explained)).toBeVisible();
  await page.getByLabel("Tags").fill("PR, agency");
  await page.getByLabel("Notes").fill("Spoke at the PRSSA regional conference.");
  await page.getByRole("button", { name: "Save contact" }).click();

  // The error is on the field; everything typed is kept.
  const email = page.getByLabel("Email", { exact: true });
  await expect(page.getByText("Enter an email like name@example.com.")).toBeVisible();
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toBeFocused();
  await expect(page.getByLabel("Name")).toHaveValue(name);
  await expect(page.getByLabel("Employer", { exact: true })).toHaveValue(employer);
  await expect(page.getByLabel("Your motivation")).toHaveValue("5");
  await expect(page.getByLabel("Alumni or advocate")).toBeChecked();
  await expect(page.getByLabel("Notes")).toHaveValue("Spoke at the PRSSA regional conference.");
  await expect(page.getByLabel("Distance from you")).toHaveValue("12 mi");
  await expectAccessible(page);

  await email.fill(`riley.${testInfo.project.name}@lumen.example`);
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(page).toHaveURL(/\/contacts\/(?!new)[\w-]+$/);
  const contactUrl = page.url();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const main = page.getByRole("main");
  await expect(main.getByText(employer)).toBeVisible();
  await expect(main.getByRole("link", { name: `riley.${testInfo.project.name}@lumen.example` })).toBeVisible();
  await expect(main.getByText("Fellow OSU grad")).toBeVisible();
  // Typed in miles, kept in km, shown in both with what it means for the ask.
  await expect(main.getByText("19 km (12 mi): near enough to offer coffee in person")).toBeVisible();
  await expect(main.getByText("Added in Find")).toBeVisible();
  await expect(main.getByText(explained)).toBeVisible();
  await expectAccessible(page);

  // Edit: the form opens with the stored values.
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Edit ${name}` })).toBeVisible();
  await expect(page.getByLabel("Tags")).toHaveValue("pr, agency");
  await expect(page.getByLabel("Distance from you")).toHaveValue("19 km");
  await page.getByLabel("Title", { exact: true }).fill("Senior Account Planner");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(contactUrl);
  await expect(page.getByText(`Saved your changes to ${name}.`)).toBeVisible();
  await expect(page.getByRole("main").getByText("Senior Account Planner")).toBeVisible();

  // The list finds it by employer…
  await openPage(page, "/contacts");
  await searchContacts(page, employer);
  await expect(page.getByRole("link", { name })).toBeVisible();
  await expect(page.getByRole("heading", { name: "1 contact", exact: true })).toBeVisible();
  await expect(page.getByText("19 km (12 mi) away").filter({ visible: true })).toHaveCount(1);

  // …and by stage, in the URL, with the search kept.
  await openFilters(page);
  await page.getByLabel("Stage").selectOption("FIND");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/stage=FIND/);
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByRole("link", { name })).toBeVisible();

  // …and by distance: 19 km is near enough for coffee, so not among the farther ones.
  await openFilters(page);
  await page.getByLabel("Distance", { exact: true }).selectOption("near");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/distance=near/);
  await expect(page.getByRole("link", { name })).toBeVisible();
  await expect(page.getByRole("link", { name: /Within 80 km/ })).toBeVisible();
  await openFilters(page);
  await page.getByLabel("Distance", { exact: true }).selectOption("far");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/distance=far/);
  await expect(page.getByRole("heading", { name: "No contacts match" })).toBeVisible();
  await page.getByRole("link", { name: /Farther than 80 km/ }).click();
  await expect(page).not.toHaveURL(/distance=/);
  await expect(page.getByRole("link", { name })).toBeVisible();

  await openFilters(page);
  await page.getByLabel("Stage").selectOption("OUTREACH");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/stage=OUTREACH/);
  await expect(page.getByRole("heading", { name: "No contacts match" })).toBeVisible();

  // Filtering by stage alone: Outreach contacts only.
  await openPage(page, "/contacts?stage=OUTREACH");
  await expect(page.getByRole("link", { name: "Priya Shah" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Dana Whitfield" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /Stage: Outreach/ })).toBeVisible();
  await expectAccessible(page);
});

test("a duplicate email is warned about, and saved anyway when confirmed", async ({ page }, testInfo) => {
  const email = `sam.duplicate.${testInfo.project.name}@lumen.example`;
  const first = await createContact(page, { name: `Sam Ortiz ${testInfo.project.name}`, employer: "Lumen", email });

  await openPage(page, "/contacts/new");
  await page.getByLabel("Name").fill(`Samuel Ortiz ${testInfo.project.name}`);
  await page.getByLabel("Email", { exact: true }).fill(email.toUpperCase());
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(page.getByRole("heading", { name: "You may already have this person" })).toBeVisible();
  const existing = page.getByRole("link", { name: new RegExp(`Sam Ortiz ${testInfo.project.name}`) });
  await expect(existing).toHaveAttribute("href", new URL(first).pathname);
  await expect(page.getByLabel("Email", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Save anyway" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Samuel Ortiz ${testInfo.project.name}` })).toBeVisible();
  expect(page.url()).not.toBe(first);
});

test("two tabs editing one contact: the second save shows what changed and loses nothing", async ({ page, context }, testInfo) => {
  const name = `Jordan Lee ${testInfo.project.name}`;
  const url = await createContact(page, { name, employer: "Brightline", title: "Coordinator" });

  const tabA = page;
  const tabB = await context.newPage();
  await openPage(tabA, `${url}/edit`);
  await openPage(tabB, `${url}/edit`);
  await expect(tabB.getByLabel("Title", { exact: true })).toHaveValue("Coordinator");

  await tabA.getByLabel("Title", { exact: true }).fill("Director");
  await tabA.getByRole("button", { name: "Save changes" }).click();
  await expect(tabA.getByText(`Saved your changes to ${name}.`)).toBeVisible();

  await tabB.getByLabel("Employer", { exact: true }).fill("Brightline Health");
  await tabB.getByRole("button", { name: "Save changes" }).click();
  const panel = tabB.getByRole("alert").filter({ hasText: "changed in another tab" });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText("Title:");
  await expect(panel).toContainText("Director");
  // Their change is brought into the form; this tab's edit is still there.
  await expect(tabB.getByLabel("Title", { exact: true })).toHaveValue("Director");
  await expect(tabB.getByLabel("Employer", { exact: true })).toHaveValue("Brightline Health");
  await expectAccessible(tabB);

  await tabB.getByRole("button", { name: "Save again with these values" }).click();
  await expect(tabB).toHaveURL(url);
  const main = tabB.getByRole("main");
  await expect(main.locator("header")).toContainText("Director at Brightline Health");
  await tabB.close();
});

test("archive, undo and restore by keyboard: focus goes to what happened, and Undo is the next Tab stop", async ({ page }, testInfo) => {
  const name = `Jamie Keys ${testInfo.project.name}`;
  await createContact(page, { name, employer: "Northfield Radio" });
  await page.waitForLoadState("networkidle");

  await page.getByRole("button", { name: "Archive", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(`Archived ${name}.`)).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText(`Undone: ${name} is back in your pipeline.`)).toBeFocused();

  await page.getByRole("button", { name: "Archive", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(`Archived ${name}.`)).toBeFocused();
  await page.getByRole("button", { name: "Restore", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(`Restored ${name} to your pipeline.`)).toBeFocused();
});

test("archive with undo, then delete behind a confirmation", async ({ page }, testInfo) => {
  const name = `Casey Morgan ${testInfo.project.name}`;
  await createContact(page, { name, employer: "Harbor Media" });
  const header = page.getByRole("main").locator("header");

  await page.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByText(`Archived ${name}.`)).toBeVisible();
  await expect(header.getByText("Archived", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Restore" })).toBeVisible();
  // Archived: no "Write..." leading to a composer that would only say to restore them first.
  await expect(header.getByRole("link", { name: /^Write/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText(`Undone: ${name} is back in your pipeline.`)).toBeVisible();
  await expect(header.getByText("Archived", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Archive" })).toBeVisible();
  await expect(header.getByRole("link", { name: /^Write/ })).toBeVisible();

  await page.getByRole("button", { name: "Delete" }).click();
  const dialog = page.getByRole("dialog", { name: `Delete ${name}?` });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("their history (1 stage move)");
  await expect(dialog).toContainText("outreach messages");
  await expect(dialog).toContainText("meetings");
  await expect(dialog).toContainText("notes");
  await expect(dialog).toContainText("reminders");
  await expectAccessible(page);
  // Cancelling changes nothing.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("dialog").getByRole("button", { name: `Delete ${name}` }).click();
  await expect(page).toHaveURL(/\/contacts$/);
  await expect(page.getByText("Contact deleted, with its history.")).toBeVisible();
  await searchContacts(page, name);
  await expect(page.getByRole("heading", { name: "No contacts match" })).toBeVisible();
});

test("a do-not-contact contact's page offers nothing to write, says why, and what still works", async ({ page }, testInfo) => {
  // Carla Jensen is do-not-contact in the demo data; this test only reads her page.
  const name = "Carla Jensen";
  if (testInfo.project.name === "phone") await page.setViewportSize({ width: 360, height: 780 });
  await openPage(page, `/contacts?q=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name: new RegExp(`^${name}`) }).first().click();
  await page.waitForURL(/\/contacts\/[\w-]+$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  // Before: a primary "Write to them" that opened a composer saying there was nothing to write.
  await expect(page.getByRole("link", { name: /^Write / })).toHaveCount(0);
  const notice = page.getByRole("region", { name: "Do not contact" });
  await expect(notice).toContainText(`${name} asked not to be contacted`);
  await expect(notice).toContainText("You can still keep notes on them");
  await expect(page.getByRole("link", { name: "Edit", exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectAccessible(page);

  // Notes still work: the notice leads to the form that holds them.
  await notice.getByRole("link", { name: `edit ${name}` }).click();
  await expect(page).toHaveURL(/\/contacts\/[\w-]+\/edit$/);
  await expect(page.getByLabel("Notes")).toHaveValue(/Don't reach out/);
});

test("bulk tag the selected contacts, and a bulk move lists who was skipped and why", async ({ page }, testInfo) => {
  const tag = `bulk-${testInfo.project.name}`;
  await openPage(page, "/contacts");
  await searchContacts(page, "Edelman");
  await page.getByRole("checkbox", { name: "Select Priya Shah" }).check();
  await page.getByRole("checkbox", { name: "Select Ethan Brooks" }).check();
  const bar = page.getByRole("region", { name: "Bulk actions" });
  await expect(bar).toContainText("2 selected");
  await expectAccessible(page);
  await bar.getByRole("button", { name: "Tag", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Tag 2 contacts" });
  await dialog.getByRole("button", { name: "Add tag" }).click();
  await expect(dialog.getByText("Enter a tag.")).toBeVisible();
  await expectAccessible(page); // the dialog open, showing its field error
  await dialog.getByLabel("Tag").fill(tag);
  await dialog.getByRole("button", { name: "Add tag" }).click();
  await expect(page.getByText(`Tagged 2 contacts “${tag}”.`)).toBeVisible();
  await expect(bar).toBeHidden();

  await openPage(page, `/contacts?tag=${tag}`);
  await expect(page.getByRole("heading", { name: "2 contacts", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Priya Shah" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ethan Brooks" })).toBeVisible();

  // Bulk archive empties this view; the notice stays, and Undo brings both back.
  await page.getByText("Select all 2 on this page").click();
  await page.getByRole("region", { name: "Bulk actions" }).getByRole("button", { name: "Archive" }).click();
  await expect(page.getByText("Archived 2 contacts.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "No contacts match" })).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText("Restored 2 contacts.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Priya Shah" })).toBeVisible();

  // Do-not-contact contacts refuse to move into outreach: each is listed with the reason.
  await openPage(page, "/contacts?dnc=only");
  await page.getByText(/Select all \d+ on this page/).click();
  await page.getByRole("region", { name: "Bulk actions" }).getByRole("button", { name: "Move to stage" }).click();
  const move = page.getByRole("dialog", { name: /^Move \d+ contacts?$/ });
  await move.getByLabel("Move to").selectOption("OUTREACH");
  await expect(move.getByLabel("Sent by")).toBeVisible();
  await move.getByRole("button", { name: "Move to Outreach" }).click();
  await expect(page.getByText("Moved 0 contacts to Outreach.")).toBeVisible();
  await expect(page.getByText(/^Derek Olsen: .*do-not-contact/)).toBeVisible();
});
