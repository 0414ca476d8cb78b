import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";

export const DEMO_STUDENT = "Maya Chen";
export const DEMO_STAFF = "Dr. Alex Rivera";
export const DEMO_OFFICER = "Jordan Patel";

export async function signInAsDemo(page: Page, name: string) {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: new RegExp(`Sign in as ${name}`) }).click();
  await expect(page).toHaveURL(/\/today$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
}

/** Opens a page from the navigation, waits for its heading, and scans it. */
export async function visit(page: Page, link: string, heading: string | RegExp) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: link, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expectAccessible(page);
}
