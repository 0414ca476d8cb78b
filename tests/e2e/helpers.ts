import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";

export const DEMO_STUDENT = "Maya Chen";
export const DEMO_STAFF = "Dr. Alex Rivera";
export const DEMO_OFFICER = "Jordan Patel";

/** Signs in with a demo account and waits for its first page: the demo staff member, who keeps no contacts, starts on Cohorts. */
export async function signInAsDemo(page: Page, name: string) {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: new RegExp(`Sign in as ${name}`) }).click();
  const home = name === DEMO_STAFF ? { url: /\/cohorts$/, heading: "Cohorts" } : { url: /\/today$/, heading: "Today" };
  await expect(page).toHaveURL(home.url, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1, name: home.heading })).toBeVisible();
}

/** Opens a page from the navigation, waits for its heading, and scans it. */
export async function visit(page: Page, link: string, heading: string | RegExp) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: link, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expectAccessible(page);
}
