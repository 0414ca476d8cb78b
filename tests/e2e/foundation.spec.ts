import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { DEMO_OFFICER, DEMO_STAFF, DEMO_STUDENT, signInAsDemo, visit } from "./helpers";

test("the sign-in page offers the demo accounts and is accessible", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("button", { name: new RegExp(`Sign in as ${DEMO_STUDENT}`) })).toBeVisible();
  await expectAccessible(page);
});

test("a wrong password gets a clear message and keeps the email", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("student@demo.rapport.app");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("That email and password don't match.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("student@demo.rapport.app");
});

test("a refused sign-up keeps everything typed, the password too, without the server sending it back", async ({ page }, testInfo) => {
  const password = `kept passphrase ${testInfo.project.name}`;
  // The password stays in the browser: no answer to the form's posts carries it back.
  const echoes: string[] = [];
  page.on("response", async (response) => {
    if (response.request().method() !== "POST") return;
    const body = await response.text().catch(() => "");
    if (body.includes(password)) echoes.push(response.url());
  });
  await page.goto("/sign-up");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Name").fill("Sam Second");
  await page.getByLabel("Email").fill("student@demo.rapport.app");
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: /Create account/ }).click();
  await expect(page.getByText("An account with this email already exists.", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in instead" })).toHaveAttribute("href", "/sign-in");
  await expect(page.getByLabel("Email")).toBeFocused();
  await expect(page.getByLabel("Name")).toHaveValue("Sam Second");
  await expect(page.getByLabel("Email")).toHaveValue("student@demo.rapport.app");
  await expect(page.getByLabel("Password")).toHaveValue(password);

  // A refusal of the password itself keeps it too, to fix rather than retype.
  await page.getByLabel("Email").fill(`second.${testInfo.project.name}.${Date.now()}@example.edu`);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: /Create account/ }).click();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(page.getByLabel("Password")).toBeFocused();
  await expect(page.getByLabel("Password")).toHaveValue("short");
  await expect(page.getByLabel("Name")).toHaveValue("Sam Second");
  expect(echoes, "responses that carried the password").toEqual([]);
});

test("the demo student sees the shell and demo data on every page", async ({ page }) => {
  // Six pages, an axe scan on each: over a minute on a busy 2-core machine.
  test.setTimeout(120_000);
  await signInAsDemo(page, DEMO_STUDENT);
  await expectAccessible(page);
  await expect(page.getByRole("main")).toContainText(/Overdue|Today|Upcoming/);

  await visit(page, "Pipeline", "Pipeline");
  for (const stage of ["Find", "Outreach", "Scheduled", "Interviewed", "Thanked", "Follow-up"]) {
    await expect(page.getByRole("heading", { name: new RegExp(`^${stage}`) })).toBeVisible();
  }

  await visit(page, "Contacts", "Contacts");
  await page.getByRole("searchbox").fill("Edelman");
  await page.getByRole("searchbox").press("Enter");
  await expect(page).toHaveURL(/q=Edelman/);
  await expect(page.getByRole("link", { name: /Priya Shah/ }).first()).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: /Maya|Zoë/ })).toHaveCount(0);

  await visit(page, "Questions", "Questions");
  await expect(page.getByText("Who else should I talk to?", { exact: false }).first()).toBeVisible();
  await visit(page, "Templates", "Templates");

  await expect(page.getByRole("link", { name: "Cohorts" })).toHaveCount(0);
  const response = await page.goto("/cohorts");
  expect(response?.status()).toBe(404);
});

test("a contact's page shows its fields and timeline", async ({ page }) => {
  await signInAsDemo(page, DEMO_STUDENT);
  await page.goto("/contacts?q=Edelman");
  await page.getByRole("link", { name: /Priya Shah/ }).first().click();
  await expect(page).toHaveURL(/\/contacts\/[\w-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Timeline|History/ })).toBeVisible();
  await expectAccessible(page);
  expect((await page.goto("/contacts/does-not-exist"))?.status()).toBe(404);
});

test("staff see their cohort, officers their chapter", async ({ page }) => {
  // They keep no contacts of their own: signing in lands on their cohorts, and so does the logo.
  await signInAsDemo(page, DEMO_STAFF);
  await expect(page.getByRole("link", { name: `Open the Communications Fall 2026 dashboard` })).toBeVisible();
  await visit(page, "Today", "Today");
  // Nothing of their own is due: Today points them to their cohorts.
  await expect(page.getByRole("link", { name: "Open your cohorts" })).toBeVisible();
  await page.getByRole("banner").getByRole("link", { name: "Rapport" }).click();
  await expect(page).toHaveURL(/\/cohorts$/);
  await visit(page, "Cohorts", "Cohorts");
  await expect(page.getByRole("heading", { name: /Communications Fall 2026/ })).toBeVisible();
  await page.getByRole("button", { name: /Sign out/ }).first().click();
  await expect(page).toHaveURL(/\/sign-in/);

  await signInAsDemo(page, DEMO_OFFICER);
  await visit(page, "Chapter", /Chapter|PRSSA/);
});

test("a new student signs up, lands on an empty Today, and signs out", async ({ page }, testInfo) => {
  const email = `new.${testInfo.project.name}.${Date.now()}@example.edu`;
  await page.goto("/sign-up");
  await expectAccessible(page);
  await page.getByLabel("Name").fill("Nora New");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: /Create account/ }).click();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(email);

  await page.getByLabel("Password").fill("a much longer passphrase");
  await page.getByRole("button", { name: /Create account/ }).click();
  await expect(page).toHaveURL(/\/today$/, { timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
  // Not "all caught up": with no contact yet, Today offers the first step.
  await expect(page.getByRole("heading", { name: "No contacts yet" })).toBeVisible();
  await expect(page.getByText("You're all caught up")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Add your first contact" })).toHaveAttribute("href", "/contacts/new");
  await expect(page.getByRole("link", { name: "Import contacts" })).toHaveAttribute("href", "/contacts/import");
  await expectAccessible(page);

  await page.getByRole("button", { name: /Sign out/ }).first().click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/today");
  await expect(page).toHaveURL(/\/sign-in/);
});
