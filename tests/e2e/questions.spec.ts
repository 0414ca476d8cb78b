// The question bank and the pitch through the pages a student uses: add an own question (fixing a
// field error first), tag it and filter by the tag, hide a built-in question and show it again;
// undo a hide, edit and delete the own question (with a confirmation), fit a 360 px screen;
// write a pitch, watch its speaking time, save twice and restore version 1.
// Desktop and phone share one demo database (and a retry runs again on it), so each project hides
// its own built-in question and every text it adds carries the project's name and a fresh token.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { DEMO_STUDENT, signInAsDemo } from "./helpers";

/** Opens a page and waits until its scripts have loaded, so clicks are not lost before hydration. */
async function openPage(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
}

/** A row of the bank (not the message above it that may quote the same text). */
const bankRow = (page: Page, text: string) => page.getByRole("listitem").filter({ has: page.getByText(text, { exact: true }) });

test.beforeEach(async ({ page }) => {
  await signInAsDemo(page, DEMO_STUDENT);
});

test("add an own question after a field error, filter by its tag, hide a built-in and show it again (list and Undo), edit and delete the own one", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const project = testInfo.project.name;
  const token = Date.now().toString(36);
  const text = `How do ${project} agencies pitch podcast hosts (${token})?`;
  const tag = `podcasts-${project}-${token}`;
  const builtIn = project === "phone" ? "Are there courses or certifications worth my time?" : "Where do you see this industry in five years?";

  await openPage(page, "/questions");
  await expect(page.getByRole("heading", { level: 1, name: "Questions" })).toBeVisible();
  await expectAccessible(page);

  // Add, with a question too short to be one first.
  await page.getByRole("button", { name: "Add a question" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a question" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Question", { exact: true }).fill("Why?");
  await dialog.getByLabel("Where it fits").selectOption("TRENDS");
  await dialog.getByLabel("About the industry").check();
  await dialog.getByLabel("Tags").fill(`${tag}, Agency`);
  await dialog.getByRole("button", { name: "Add question" }).click();

  const question = dialog.getByLabel("Question", { exact: true });
  await expect(dialog.getByText("Write the whole question (at least 8 characters).")).toBeVisible();
  await expect(question).toHaveAttribute("aria-invalid", "true");
  await expect(question).toBeFocused();
  await expect(question).toHaveValue("Why?");
  await expect(dialog.getByLabel("Where it fits")).toHaveValue("TRENDS");
  await expect(dialog.getByLabel("About the industry")).toBeChecked();
  await expect(dialog.getByLabel("Tags")).toHaveValue(`${tag}, Agency`);
  await expectAccessible(page);

  // Fixed by keyboard: type the question and submit with Enter on the tags field.
  await question.fill(text);
  await dialog.getByLabel("Tags").press("Enter");
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Added “${text}”.`)).toBeVisible();
  const added = bankRow(page, text);
  await expect(added).toBeVisible();
  await expect(added.getByText("Yours")).toBeVisible();
  await expect(added.getByText("About the industry")).toBeVisible();

  // Filter by the new tag: only the new question is left, and the filter is in the URL.
  await page.getByLabel("Tag", { exact: true }).selectOption(tag);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]tag=${tag}(&|$)`));
  await expect(bankRow(page, text)).toBeVisible();
  await expect(bankRow(page, "How did you get started in this field?")).toHaveCount(0);
  await expect(page.getByRole("region", { name: /Industry trends/ }).getByRole("listitem")).toHaveCount(1);
  // The URL alone gives the same view.
  await page.reload();
  await expect(page.getByLabel("Tag", { exact: true })).toHaveValue(tag);
  await expect(page.getByRole("listitem").filter({ hasText: "How did you get started" })).toHaveCount(0);
  await expect(bankRow(page, text)).toBeVisible();

  // Clear, then hide a built-in question.
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/questions$/);
  await page.getByRole("button", { name: `Hide: ${builtIn}` }).click();
  await expect(page.getByText(`Hidden “${builtIn}”.`)).toBeVisible();
  await expect(bankRow(page, builtIn)).toHaveCount(0);
  await expect(page.getByRole("button", { name: `Hide: ${builtIn}` })).toHaveCount(0);

  // "N hidden — show" lists it with Show again.
  await page.getByRole("link", { name: /\d+ hidden — show/ }).click();
  await expect(page).toHaveURL(/hidden=1/);
  const hiddenList = page.getByRole("region", { name: /Hidden questions/ });
  await expect(hiddenList.getByText(builtIn, { exact: true })).toBeVisible();
  await expectAccessible(page);
  await hiddenList.getByRole("button", { name: `Show again: ${builtIn}` }).click();
  await expect(page.getByText(`“${builtIn}” is back in your bank.`)).toBeVisible();
  await expect(hiddenList.getByText(builtIn, { exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: `Hide: ${builtIn}` })).toBeVisible();

  // Hiding is undone from its message too.
  await page.getByRole("button", { name: `Hide: ${builtIn}` }).click();
  await expect(hiddenList.getByText(builtIn, { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText(`“${builtIn}” is back in your bank.`)).toBeVisible();
  await expect(hiddenList.getByText(builtIn, { exact: true })).toHaveCount(0);

  // Fits a 360 px phone: nothing wider than the screen.
  await page.setViewportSize({ width: 360, height: 780 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // Edit the own question, then delete it behind a confirmation.
  const edited = `${text} Edited`;
  await page.getByRole("button", { name: `Edit: ${text}` }).click();
  const editDialog = page.getByRole("dialog", { name: "Edit your question" });
  await expect(editDialog.getByLabel("Tags")).toHaveValue(`${tag}, agency`);
  await editDialog.getByLabel("Question", { exact: true }).fill(edited);
  await editDialog.getByRole("button", { name: "Save question" }).click();
  await expect(editDialog).toBeHidden();
  await expect(bankRow(page, edited)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Edit: How did you get started/ })).toHaveCount(0);

  await page.getByRole("button", { name: `Delete: ${edited}` }).click();
  const confirm = page.getByRole("dialog", { name: "Delete this question?" });
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(bankRow(page, edited)).toBeVisible();
  await page.getByRole("button", { name: `Delete: ${edited}` }).click();
  await confirm.getByRole("button", { name: "Delete question" }).click();
  await expect(page.getByText(`Deleted “${edited}”.`)).toBeVisible();
  await expect(bankRow(page, edited)).toHaveCount(0);
});

test("hide, undo, dismiss and delete by keyboard: focus goes to the message (the row is gone), Undo is the next Tab stop, Dismiss moves on", async ({ page }, testInfo) => {
  const project = testInfo.project.name;
  const text = `Which ${project} newsletter do you read first (${Date.now().toString(36)})?`;
  const builtIn = project === "phone" ? "Who do you work with most closely, inside and outside your team?" : "How is success measured in your role?";
  await openPage(page, "/questions");
  await page.getByRole("button", { name: "Add a question" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a question" });
  await dialog.getByLabel("Question", { exact: true }).fill(text);
  await dialog.getByLabel("Where it fits").selectOption("RESOURCES");
  await dialog.getByRole("button", { name: "Add question" }).click();
  await expect(dialog).toBeHidden();
  await expect(bankRow(page, text)).toBeVisible();

  await page.getByRole("button", { name: `Hide: ${builtIn}` }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(`Hidden “${builtIn}”.`)).toBeFocused();
  await expect(bankRow(page, builtIn)).toHaveCount(0);
  await expect(page.getByText(`Hidden “${builtIn}”.`)).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText(`“${builtIn}” is back in your bank.`)).toBeFocused();
  await expect(bankRow(page, builtIn)).toBeVisible();
  // Dismissing the message moves on to what follows it, the filters, not back to the top.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Dismiss message" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText(`“${builtIn}” is back in your bank.`)).toHaveCount(0);
  await expect(page.getByLabel("Tier")).toBeFocused();

  await page.getByRole("button", { name: `Delete: ${text}` }).focus();
  await page.keyboard.press("Enter");
  const confirm = page.getByRole("dialog", { name: "Delete this question?" });
  await confirm.getByRole("button", { name: "Delete question" }).focus();
  await page.keyboard.press("Enter");
  await expect(confirm).toBeHidden();
  await expect(page.getByText(`Deleted “${text}”.`)).toBeFocused();
  await expect(bankRow(page, text)).toHaveCount(0);
  await expect(page.getByText(`Deleted “${text}”.`)).toBeFocused();
});

test("write a pitch, see its speaking time, save twice and restore version 1", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const token = `${testInfo.project.name} ${Date.now().toString(36)}`;
  const pitch =
    "I'm Sam Rivera, a junior studying strategic communication at Ohio State. I'm exploring agency public relations, and I'd love to learn how you moved from account coordinator to leading client teams. Last spring I ran our PRSSA chapter's campaign for a local food pantry, and it doubled volunteer sign-ups in six weeks. I'd value your advice on which skills to build before my internship search next fall.";

  await openPage(page, "/questions");
  await page.getByRole("link", { name: "Your 30-second pitch" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your 30-second pitch" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await expectAccessible(page);

  const editor = page.getByLabel("Your pitch");
  // The demo student's saved pitch is loaded.
  await expect(editor).toHaveValue(/^I'm Maya Chen|^Hi, I'm Maya Chen|^I'm Sam Rivera/);

  // An empty pitch is refused on the field.
  await editor.fill("");
  await page.getByRole("button", { name: "Save pitch" }).click();
  await expect(page.getByText("Write your pitch before saving.")).toBeVisible();
  await expect(editor).toHaveAttribute("aria-invalid", "true");

  // Live word count and speaking time.
  await editor.fill("Hi, I'm Sam, a junior at Ohio State, and I'd like to learn about public relations from you.");
  await expect(page.getByText("18 words", { exact: true })).toBeVisible();
  await expect(page.getByText("about 7–8 seconds spoken")).toBeVisible();
  await expect(page.getByRole("status").getByText("Too short")).toBeVisible();
  await editor.fill(pitch);
  await expect(page.getByText("67 words", { exact: true })).toBeVisible();
  await expect(page.getByText("about 27–31 seconds spoken")).toBeVisible();
  await expect(page.getByRole("status").getByText("About right")).toBeVisible();

  // Save twice: two new versions.
  await editor.fill(`${pitch} (${token})`);
  await page.getByRole("button", { name: "Save pitch" }).click();
  const first = page.getByText(/^Saved as version (\d+)\.$/);
  await expect(first).toBeVisible();
  const firstVersion = Number((await first.textContent())?.match(/(\d+)/)?.[1]);
  expect(firstVersion).toBeGreaterThanOrEqual(3);

  await editor.fill(`${pitch} Thank you for your time. (${token})`);
  await page.getByRole("button", { name: "Save pitch" }).click();
  await expect(page.getByText(`Saved as version ${firstVersion + 1}.`)).toBeVisible();
  const history = page.getByRole("region", { name: "Versions" });
  await expect(history.getByRole("heading", { name: new RegExp(`^Version ${firstVersion + 1}\\s*Current$`) })).toBeVisible();
  await expect(history.getByRole("heading", { name: `Version ${firstVersion}`, exact: true })).toBeVisible();

  // Restore version 1: its text becomes the newest version, and the editor shows it.
  await history.getByRole("button", { name: "Restore version 1", exact: true }).click();
  await expect(page.getByText(`Restored version 1 as version ${firstVersion + 2}.`)).toBeVisible();
  await expect(editor).toHaveValue(/^Hi, I'm Maya Chen, a communications major at Ohio State\./);
  await page.reload();
  await expect(page.getByLabel("Your pitch")).toHaveValue(/^Hi, I'm Maya Chen, a communications major at Ohio State\./);
  await expect(page.getByRole("region", { name: "Versions" }).getByRole("heading", { name: new RegExp(`^Version ${firstVersion + 2}\\s*Current$`) })).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 360, height: 780 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
