// Signing out on a shared computer leaves nothing of Rapport's in the browser: with nothing unsaved
// it signs out at once; with unsaved drafts it names them first, Cancel keeps them, and "Delete and
// sign out" deletes them. Interview notes not yet saved get a link back to their meeting, and a
// sign-out that fails (no connection) deletes nothing. Nothing here writes to the server: the
// drafts are typed and never saved.
import { expect, test, type Page } from "@playwright/test";
import { DEVICE_KEY_PREFIXES } from "@/lib/domain/device-drafts";
import { expectAccessible } from "./axe";
import { DEMO_STUDENT, signInAsDemo } from "./helpers";

/** Every key Rapport keeps in this tab's localStorage and sessionStorage. */
function rapportKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => [...Object.keys(window.localStorage), ...Object.keys(window.sessionStorage)].filter((key) => key.startsWith("rapport:")));
}

function signOutButton(page: Page) {
  return page.getByRole("banner").getByRole("button", { name: "Sign out" });
}

async function expectSignedOut(page: Page) {
  await expect(page).toHaveURL(/\/sign-in$/, { timeout: 20_000 });
  await expect(page.getByRole("button", { name: new RegExp(`Sign in as ${DEMO_STUDENT}`) })).toBeVisible();
  expect(await rapportKeys(page)).toEqual([]);
  await page.goto("/today");
  await expect(page).toHaveURL(/\/sign-in/);
}

test("with nothing unsaved, Sign out signs out at once and still clears what Rapport kept", async ({ page }) => {
  await signInAsDemo(page, DEMO_STUDENT);
  // A meeting's timer is kept on the device but is not typed work: no question asked, still deleted.
  const timer = `${DEVICE_KEY_PREFIXES.interviewTimer}some-meeting`;
  await page.evaluate((key) => window.localStorage.setItem(key, JSON.stringify({ accumulatedMs: 60_000, runningSince: null })), timer);
  expect(await rapportKeys(page)).toEqual([timer]);

  await signOutButton(page).click();
  await expectSignedOut(page);
});

test("an unsaved pitch draft is named before sign-out; Cancel keeps it, Delete and sign out removes it", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await signInAsDemo(page, DEMO_STUDENT);
  await page.goto("/pitch");
  await expect(page.getByRole("heading", { level: 1, name: "Your 30-second pitch" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  const editor = page.getByLabel("Your pitch");
  const saved = await editor.inputValue();
  const draft = `Hi, I'm Maya Chen, and this pitch is typed on a lab computer (${testInfo.project.name} ${Date.now().toString(36)}).`;
  await editor.fill(draft);
  await expect.poll(() => rapportKeys(page)).toEqual([expect.stringMatching(/^rapport:pitch-draft:/)]);

  await signOutButton(page).click();
  const dialog = page.getByRole("dialog", { name: "Delete unsaved drafts?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("A pitch draft is kept on this device. Signing out deletes it so the next person using this computer can't see it.");
  await expect(dialog.getByRole("link")).toHaveCount(0); // no interview notes, so no meeting to open
  await expectAccessible(page);

  // Cancel: still signed in, the draft still typed and still kept, focus back on Sign out.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(signOutButton(page)).toBeFocused();
  await expect(page).toHaveURL(/\/pitch$/);
  await expect(editor).toHaveValue(draft);
  expect(await rapportKeys(page)).toHaveLength(1);

  // By keyboard: Enter opens it again, Escape closes it and keeps the draft.
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  expect(await rapportKeys(page)).toHaveLength(1);

  await signOutButton(page).click();
  await dialog.getByRole("button", { name: "Delete and sign out" }).click();
  await expectSignedOut(page);

  // The same person back: the saved pitch, no draft restored.
  await signInAsDemo(page, DEMO_STUDENT);
  await page.goto("/pitch");
  await page.waitForLoadState("networkidle");
  await expect(page.getByLabel("Your pitch")).toHaveValue(saved);
  await expect(page.getByText("Restored your unsaved draft from this device.")).toHaveCount(0);
});

test("interview notes not yet saved get the strongest warning and a link to their meeting; a failed sign-out deletes nothing", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await signInAsDemo(page, DEMO_STUDENT);
  // Lauren Mitchell's scheduled meeting (the one interview.spec runs); nothing is saved to it here.
  await page.goto(`/contacts?q=${encodeURIComponent("Lauren Mitchell")}`);
  await page.getByRole("link", { name: /^Lauren Mitchell/ }).first().click();
  await page.waitForURL(/\/contacts\/[\w-]+$/, { timeout: 30_000 });
  const href = await page.getByRole("link", { name: "Add to calendar (.ics)" }).first().getAttribute("href");
  const meetingId = href?.match(/\/api\/meetings\/([^/]+)\/invitation/)?.[1];
  expect(meetingId, "Lauren's scheduled meeting").toBeTruthy();
  const interview = `/meetings/${meetingId}/interview`;
  await page.goto(interview);
  await expect(page.getByRole("heading", { level: 1, name: "Interview with Lauren Mitchell" })).toBeVisible();
  await page.waitForLoadState("networkidle");

  // A referral's name typed but not added: kept on the device only.
  const referrals = page.getByRole("region", { name: "Referrals" });
  const name = `Sam Ortiz ${Date.now().toString(36)}`;
  await referrals.getByLabel("Name", { exact: true }).fill(name);
  await expect.poll(() => rapportKeys(page)).toEqual([`${DEVICE_KEY_PREFIXES.interviewNotes}${meetingId}:form:referral`]);

  // Signing out from elsewhere names the notes and links back to the meeting.
  await page.goto("/today");
  await signOutButton(page).click();
  const dialog = page.getByRole("dialog", { name: "Delete interview notes that aren't saved?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Unsaved interview notes for 1 meeting are kept on this device.");
  await expect(dialog).toContainText("These notes haven't reached Rapport yet: once deleted, they can't be recovered.");
  await expectAccessible(page);
  await dialog.getByRole("link", { name: "Open the meeting" }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`${interview}$`));
  await expect(page.getByRole("region", { name: "Referrals" }).getByLabel("Name", { exact: true })).toHaveValue(name);

  // No connection: the sign-out fails, so nothing is deleted and the person stays signed in.
  await context.setOffline(true);
  await signOutButton(page).click();
  await dialog.getByRole("button", { name: "Delete and sign out" }).click();
  await expect(dialog.getByRole("alert")).toHaveText(/Couldn't reach Rapport, so you're still signed in and nothing was deleted\./);
  expect(await rapportKeys(page)).toHaveLength(1);
  await expect(page).toHaveURL(new RegExp(`${interview}$`));

  await context.setOffline(false);
  await dialog.getByRole("button", { name: "Delete and sign out" }).click();
  await expectSignedOut(page);
});
