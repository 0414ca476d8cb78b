// When the server cannot answer a form — it is down, or the connection drops — the form says so and
// keeps every field as typed; once the server answers again, the same submission saves once.
import { expect, test } from "@playwright/test";

test("a form whose server cannot be reached keeps what was typed, and saves once it can", async ({ page }, testInfo) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Offline Olive");
  await page.getByLabel("Email").fill(`offline.${testInfo.project.name}.${Date.now()}@example.edu`);
  await page.getByLabel("Password").fill("a much longer passphrase");
  await page.getByRole("button", { name: /Create account/ }).click();
  await expect(page).toHaveURL(/\/today$/, { timeout: 20_000 });

  await page.goto("/contacts/new");
  const notes = "Met at the alumni panel.\nAsked to follow up after finals.";
  await page.getByLabel("Name").fill("Priya Raman");
  await page.getByLabel("Employer", { exact: true }).fill("Ketchum");
  await page.getByLabel("Notes").fill(notes);

  // The server action's request never gets an answer.
  const dropActions = (route: import("@playwright/test").Route) =>
    route.request().method() === "POST" && route.request().headers()["next-action"] ? route.abort("connectionreset") : route.fallback();
  await page.route("**/*", dropActions);
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(page.getByText(/couldn’t be reached, so nothing was saved yet/)).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue("Priya Raman");
  await expect(page.getByLabel("Employer", { exact: true })).toHaveValue("Ketchum");
  await expect(page.getByLabel("Notes")).toHaveValue(notes);
  await expect(page).toHaveURL(/\/contacts\/new$/);

  // Back online: the same form saves, once.
  await page.unroute("**/*", dropActions);
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Priya Raman" })).toBeVisible();
  await page.goto("/contacts");
  await expect(page.getByRole("main").getByText("Priya Raman").filter({ visible: true })).toHaveCount(1);
});
