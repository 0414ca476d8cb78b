// Own templates and holidays, through the pages a student uses: an unknown placeholder is refused on
// its field, the fixed template fills in the composer, delete comes back with Undo; a holiday is
// added on the settings page (a second one on that day is refused) and removed again.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { DEMO_STUDENT, signInAsDemo } from "./helpers";

/** At 360 px wide nothing sticks out sideways (no horizontal scrolling). */
async function expectFitsNarrowPhone(page: Page) {
  await page.setViewportSize({ width: 360, height: 780 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

function templateCard(page: Page, name: string) {
  return page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name, exact: true }) });
}

test("an own outreach template: unknown placeholder refused, saved, used in the composer, deleted and undone", async ({ page }, testInfo) => {
  // Five pages and three axe scans: took 50 s on a busy 2-core machine, close to the 60 s default.
  test.setTimeout(120_000);
  // Each project writes to its own demo contact (no other spec uses them); nothing is logged.
  const contact = testInfo.project.name === "phone" ? { name: "Daniel Kim", employer: "OhioHealth" } : { name: "Sofia Petrov", employer: "Patagonia" };
  const name = `Museum ask ${testInfo.project.name} ${Date.now().toString(36)}`;
  await signInAsDemo(page, DEMO_STUDENT);
  await page.goto("/templates");
  await expect(page.getByRole("heading", { level: 1, name: "Templates" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "New template" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New template" })).toBeVisible();
  // Nothing written yet: the checks say so, rather than passing or blocking an empty message.
  const checks = page.getByRole("complementary", { name: /^Checks for this/ });
  await expect(checks.getByRole("listitem")).toHaveCount(1);
  await expect(checks.getByRole("listitem")).toHaveText(/^○\s*Not checked yet: Write your message first/);

  // The LinkedIn counter follows the kind.
  await page.getByLabel("Kind").selectOption({ label: "LinkedIn note" });
  const message = page.getByLabel("Message");
  await message.fill("Hi {{firstName}}, fellow alum here.");
  await expect(page.getByText("35/300 characters")).toBeVisible();
  await expect(page.getByLabel("Subject")).toHaveCount(0);

  await page.getByLabel("Kind").selectOption({ label: "Outreach email" });
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Subject").fill("20 minutes on {{topic}}?");
  const typo = "Dear {{firstName}},\n\nAs a fellow alum ({{connection}}), I found your name in the alumni directory. Would you have 20 minutes to tell me about your work at {{compnay}}? Coffee, phone or video all work. I'll follow up next week.\n\n{{myName}}";
  await message.fill(typo);
  await expect(page.getByText("Unknown placeholder {{compnay}}: use one from the list below.")).toBeVisible();
  await page.getByRole("button", { name: "Save template" }).click();
  await expect(message).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Unknown placeholder {{compnay}}: use one from the list.")).toBeVisible();
  // Everything typed is kept.
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(name);
  await expect(message).toHaveValue(typo);
  await expectAccessible(page);

  await message.fill(typo.replace("{{compnay}}", "{{employer}}"));
  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page).toHaveURL(/\/templates(\?|$)/);
  await expect(page.getByText(`Saved “${name}”.`)).toBeVisible();
  await expect(templateCard(page, name)).toBeVisible();

  // The composer offers it and fills it from the contact.
  await page.goto(`/contacts?q=${encodeURIComponent(contact.name)}`);
  await page.getByRole("link", { name: new RegExp(`^${contact.name}`) }).first().click();
  await page.waitForURL(/\/contacts\/[\w-]+$/, { timeout: 30_000 });
  await page.getByRole("link", { name: "Write to them" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Write to ${contact.name}` })).toBeVisible();
  await page.getByLabel("Start from a template").selectOption({ label: name });
  await expect(page.getByRole("textbox", { name: "Message" })).toHaveValue(new RegExp(`^Dear ${contact.name.split(" ")[0]},[\\s\\S]*your work at ${contact.employer}\\?`));
  await expect(page.getByRole("textbox", { name: "Subject" })).toHaveValue("20 minutes on {{topic}}?");

  // Delete, then Undo brings it back; then delete it for good.
  await page.goto("/templates");
  await templateCard(page, name).getByRole("button", { name: `Delete ${name}` }).click();
  await expect(page.getByText(`Deleted “${name}”.`)).toBeVisible();
  await expect(templateCard(page, name)).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText(`Undone: “${name}” is back.`)).toBeVisible();
  await expect(templateCard(page, name)).toBeVisible();
  await expectAccessible(page);
  await templateCard(page, name).getByRole("button", { name: `Delete ${name}` }).click();
  await expect(templateCard(page, name)).toHaveCount(0);
});

test("a built-in template is read-only and Customize makes an own copy", async ({ page }) => {
  await signInAsDemo(page, DEMO_STUDENT);
  await page.goto("/templates");
  const builtIn = templateCard(page, "Voicemail script");
  await expect(builtIn.getByRole("button", { name: /^Delete/ })).toHaveCount(0);
  await builtIn.getByRole("button", { name: "Customize Voicemail script" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit Voicemail script (my copy)" })).toBeVisible();
  await expect(page.getByText("This is your own copy of the built-in template")).toBeVisible();
  await expect(page.getByLabel("Message")).toHaveValue(/My number is \{\{myPhone\}\}/);
  await expectAccessible(page);
  await expectFitsNarrowPhone(page);
  await page.getByRole("link", { name: "Cancel" }).click();
  const copy = templateCard(page, "Voicemail script (my copy)").first();
  await copy.getByRole("button", { name: "Delete Voicemail script (my copy)" }).click();
  await expect(page.getByText("Deleted “Voicemail script (my copy)”.")).toBeVisible();

  await page.goto("/templates/not-a-template/edit");
  await expect(page.getByRole("heading", { level: 1, name: "Template not found" })).toBeVisible();
});

test("delete and undo by keyboard: focus goes to the message (the card is gone), and Undo is the next Tab stop", async ({ page }, testInfo) => {
  const name = `Follow-up keys ${testInfo.project.name} ${Date.now().toString(36)}`;
  await signInAsDemo(page, DEMO_STUDENT);
  await page.goto("/templates");
  await templateCard(page, "One polite follow-up").getByRole("button", { name: "Customize One polite follow-up" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit One polite follow-up (my copy)" })).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(/\/templates(\?|$)/);
  await page.waitForLoadState("networkidle");

  await templateCard(page, name).getByRole("button", { name: `Delete ${name}` }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(`Deleted “${name}”.`)).toBeFocused();
  await expect(templateCard(page, name)).toHaveCount(0);
  await expect(page.getByText(`Deleted “${name}”.`)).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText(`Undone: “${name}” is back.`)).toBeFocused();
  await expect(templateCard(page, name)).toBeVisible();
  await templateCard(page, name).getByRole("button", { name: `Delete ${name}` }).click();
  await expect(templateCard(page, name)).toHaveCount(0);
});

test("the time zone chosen in Settings is the one shown and saved, after a refusal too", async ({ page }, testInfo) => {
  // A new user of this run's own: the demo student's zone is every other spec's.
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Zoe Zones");
  await page.getByLabel("Email").fill(`zones.${testInfo.project.name}.${Date.now()}@example.edu`);
  await page.getByLabel("Password").fill("a much longer passphrase");
  await page.getByRole("button", { name: /Create account/ }).click();
  await expect(page).toHaveURL(/\/today$/, { timeout: 20_000 });
  await page.goto("/settings");
  const zone = page.getByLabel("Time zone");
  const goal = page.getByLabel("Weekly outreach goal");
  const save = page.getByRole("button", { name: "Save settings" });
  // Saved: the select shows the zone saved (it used to snap back to the old one, and the next save sent that).
  await zone.selectOption("Asia/Tokyo");
  await save.click();
  await expect(page.getByText(/^Settings saved/)).toBeVisible();
  await expect(zone).toHaveValue("Asia/Tokyo");
  // Refused on the goal: the zone chosen stays chosen, and is saved once the goal is fixed.
  await zone.selectOption("Europe/London");
  await goal.fill("0");
  await save.click();
  await expect(goal).toHaveAttribute("aria-invalid", "true");
  await expect(zone).toHaveValue("Europe/London");
  await goal.fill("8");
  await save.click();
  await expect(page.getByText(/^Settings saved/)).toBeVisible();
  await page.reload();
  await expect(zone).toHaveValue("Europe/London");
  await expect(goal).toHaveValue("8");
});

test("a holiday is added on the settings page, refused twice, removed and restored with Undo", async ({ page }, testInfo) => {
  // Far from today, so no other spec's business days move; one date per project.
  const day = testInfo.project.name === "phone" ? { value: "2031-03-17", shown: "Mon, Mar 17, 2031" } : { value: "2031-03-14", shown: "Fri, Mar 14, 2031" };
  const name = `Spring break ${testInfo.project.name}`;
  await signInAsDemo(page, DEMO_STUDENT);
  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(page.getByText("Business days skip weekends and these dates")).toBeVisible();
  await expect(page.getByLabel("Time zone")).toHaveValue("America/New_York");
  await expectAccessible(page);
  await expectFitsNarrowPhone(page);
  const list = page.getByRole("list", { name: "Your holidays" });
  const row = list.getByRole("listitem").filter({ hasText: name });
  // A run retried after a failure may find its holiday still there.
  if (await row.count()) {
    await row.getByRole("button", { name: `Remove ${name}` }).click();
    await expect(row).toHaveCount(0);
  }

  await page.getByLabel("Date").fill(day.value);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Add holiday" }).click();
  await expect(page.getByText(`Added ${name}.`)).toBeVisible();
  await expect(row).toContainText(day.shown);
  // Sorted by date: the seeded holidays of this year come first, 2031 last.
  await expect(list.getByRole("listitem").last()).toContainText(/2031/);

  await page.getByLabel("Date").fill(day.value);
  await page.getByLabel("Name", { exact: true }).fill("Again");
  await page.getByRole("button", { name: "Add holiday" }).click();
  await expect(page.getByLabel("Date")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(`${day.shown.replace(/^\w+, /, "")} is already on your list (${name}).`).first()).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Again");
  await expectAccessible(page);

  // The row's Remove, then Undo, are gone once pressed: focus goes to what happened each time.
  await row.getByRole("button", { name: `Remove ${name}` }).click();
  await expect(page.getByText(`Removed ${name}.`)).toBeFocused();
  await expect(row).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText(`Undone: ${name} is back.`)).toBeFocused();
  await expect(row).toHaveCount(1);
  await row.getByRole("button", { name: `Remove ${name}` }).click();
  await expect(row).toHaveCount(0);
});

test("a message too big to send is stopped before it leaves the browser, said on its field, and kept", async ({ page }) => {
  await signInAsDemo(page, DEMO_STUDENT);
  await page.goto("/templates/new");
  await expect(page.getByRole("heading", { level: 1, name: "New template" })).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill("Pasted a book");
  // 1.2 million characters: past the 1 MB Next.js takes per server action.
  const book = "A long paragraph pasted by mistake. ".repeat(34_000);
  await page.getByLabel("Message").fill(book);
  let actionPosts = 0;
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) actionPosts++;
  });
  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page.getByText(/^This is too much to save at once: about 1\.2 MB/)).toContainText("Nothing was sent; what you typed is still here.");
  await expect(page.getByText(`Too long to save: ${book.length.toLocaleString("en-US")} characters.`)).toBeVisible();
  expect(await page.getByLabel("Message").inputValue()).toBe(book);
  await expect(page.getByText("204,000 words · aim for about 75")).toBeVisible();
  expect(actionPosts).toBe(0);

  // Shortened, it goes, and the form's own rule answers on the field.
  await page.getByLabel("Message").fill(book.slice(0, 6_000));
  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page.getByText("Keep the message under 5,000 characters.")).toBeVisible();
  expect(actionPosts).toBe(1);
});
