// Signing out on a shared computer leaves nothing of Rapport's in the browser: with nothing unsaved
// it signs out at once; with unsaved drafts it names them first, Cancel keeps them, and "Delete and
// sign out" deletes them. Interview notes not yet saved get a link back to their meeting, and a
// sign-out that fails (no connection) deletes nothing. A session that ends without a sign-out (it
// expired, the browser was closed) leaves the drafts: the next person to sign in neither sees them
// nor keeps them, while their writer finds them again if no one else signed in between. Nothing
// here writes to the server: the drafts are typed and never saved.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { DEMO_OFFICER, DEMO_STUDENT, signInAsDemo } from "./helpers";

/** Every key Rapport keeps in this tab's localStorage and sessionStorage. */
function rapportKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => [...Object.keys(window.localStorage), ...Object.keys(window.sessionStorage)].filter((key) => key.startsWith("rapport:")));
}

/** Where the signed-in user's keys start, read off the pitch draft the page wrote. */
const PITCH_DRAFT_KEY = /^(rapport:user:[^:]+:)pitch-draft$/;

async function openPitch(page: Page) {
  await page.goto("/pitch");
  await expect(page.getByRole("heading", { level: 1, name: "Your 30-second pitch" })).toBeVisible();
  await page.waitForLoadState("networkidle");
}

const RESTORED = "Restored your unsaved draft from this device.";

/** Opens Lauren Mitchell's scheduled meeting (the one interview.spec runs) in interview mode. */
async function openLaurensInterview(page: Page): Promise<string> {
  await page.goto(`/contacts?q=${encodeURIComponent("Lauren Mitchell")}`);
  await page.getByRole("link", { name: /^Lauren Mitchell/ }).first().click();
  await page.waitForURL(/\/contacts\/[\w-]+$/, { timeout: 30_000 });
  const href = await page.getByRole("link", { name: "Add to calendar (.ics)" }).first().getAttribute("href");
  const meetingId = href?.match(/\/api\/meetings\/([^/]+)\/invitation/)?.[1];
  expect(meetingId, "Lauren's scheduled meeting").toBeTruthy();
  await page.goto(`/meetings/${meetingId}/interview`);
  await expect(page.getByRole("heading", { level: 1, name: "Interview with Lauren Mitchell" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  return meetingId!;
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
  test.setTimeout(120_000);
  await signInAsDemo(page, DEMO_STUDENT);
  // A meeting's timer is kept on the device but is not typed work: no question asked, still deleted.
  const meetingId = await openLaurensInterview(page);
  await page.getByRole("button", { name: "Start timer" }).click();
  await page.getByRole("button", { name: "Pause timer" }).click();
  await expect.poll(() => rapportKeys(page)).toEqual([expect.stringMatching(new RegExp(`^rapport:user:[^:]+:interview-timer:${meetingId}$`))]);

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
  await expect.poll(() => rapportKeys(page)).toEqual([expect.stringMatching(PITCH_DRAFT_KEY)]);

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
  // Nothing is saved to Lauren's meeting here.
  const meetingId = await openLaurensInterview(page);
  const interview = `/meetings/${meetingId}/interview`;

  // A referral's name typed but not added: kept on the device only.
  const referrals = page.getByRole("region", { name: "Referrals" });
  const name = `Sam Ortiz ${Date.now().toString(36)}`;
  await referrals.getByLabel("Name", { exact: true }).fill(name);
  await expect.poll(() => rapportKeys(page)).toEqual([expect.stringMatching(new RegExp(`^rapport:user:[^:]+:interview:${meetingId}:form:referral$`))]);

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

test("a session that expires leaves the drafts to their writer only: the next person to sign in neither sees nor keeps them", async ({
  page,
  context,
}, testInfo) => {
  test.setTimeout(120_000);
  await signInAsDemo(page, DEMO_STUDENT);
  await openPitch(page);
  const draft = `Hi, I'm Maya Chen, typing on a library computer and walking away (${testInfo.project.name} ${Date.now().toString(36)}).`;
  await page.getByLabel("Your pitch").fill(draft);
  await expect.poll(() => rapportKeys(page)).toEqual([expect.stringMatching(PITCH_DRAFT_KEY)]);
  const [pitchKey] = await rapportKeys(page);
  const mayas = pitchKey!.match(PITCH_DRAFT_KEY)![1]!;
  // A message half written in the composer's tab storage, under her id like the pitch.
  const message = `${mayas}compose:some-contact:outreach`;
  await page.evaluate((key) => window.sessionStorage.setItem(key, JSON.stringify({ templateId: "", channel: "EMAIL", subject: "", body: "Dear Lauren" })), message);

  // The session expires (no sign-out, so nothing is deleted), and someone else signs in here.
  await context.clearCookies();
  await signInAsDemo(page, DEMO_OFFICER);
  await expect.poll(() => rapportKeys(page)).toEqual([]);

  // Their own pitch page shows none of Maya's text.
  await openPitch(page);
  await expect(page.getByLabel("Your pitch")).not.toHaveValue(draft);
  await expect(page.getByText(RESTORED)).toHaveCount(0);
  await expect(page.getByText(draft)).toHaveCount(0);
  expect(await rapportKeys(page)).toEqual([]);

  // And Maya, back after them, finds nothing of it either: it is gone from the device.
  await context.clearCookies();
  await signInAsDemo(page, DEMO_STUDENT);
  await openPitch(page);
  await expect(page.getByLabel("Your pitch")).not.toHaveValue(draft);
  await expect(page.getByText(RESTORED)).toHaveCount(0);
});

test("after a session expires, the same person signing back in finds their draft; keys without an owner are deleted", async ({ page, context }, testInfo) => {
  test.setTimeout(120_000);
  await signInAsDemo(page, DEMO_STUDENT);
  await openPitch(page);
  const draft = `Hi, I'm Maya Chen, and my session ran out mid-sentence (${testInfo.project.name} ${Date.now().toString(36)}).`;
  await page.getByLabel("Your pitch").fill(draft);
  await expect.poll(() => rapportKeys(page)).toEqual([expect.stringMatching(PITCH_DRAFT_KEY)]);
  const [pitchKey] = await rapportKeys(page);
  // What the version before drafts named their owner wrote: no one can say whose it is.
  const legacy = ["rapport:interview:some-meeting:answer:a1", `rapport:pitch-draft:${pitchKey!.match(/^rapport:user:([^:]+):/)![1]}`];
  await page.evaluate((keys) => {
    window.localStorage.setItem(keys[0]!, JSON.stringify("Someone's notes"));
    window.localStorage.setItem(keys[1]!, JSON.stringify({ text: "Someone's pitch", baseVersion: 0 }));
    window.sessionStorage.setItem("rapport:compose:some-contact:outreach", JSON.stringify({ templateId: "", channel: "EMAIL", subject: "", body: "x" }));
  }, legacy);
  expect(await rapportKeys(page)).toHaveLength(4);

  await context.clearCookies();
  await signInAsDemo(page, DEMO_STUDENT);
  await expect.poll(() => rapportKeys(page)).toEqual([pitchKey]);

  await openPitch(page);
  await expect(page.getByLabel("Your pitch")).toHaveValue(draft);
  await expect(page.getByText(RESTORED)).toBeVisible();
  // Discarded, so the device is left as the test found it.
  await page.getByRole("button", { name: "Discard draft" }).click();
  await expect.poll(() => rapportKeys(page)).toEqual([]);
});

// Every tab shares the browser's one session: a tab left open must not go on showing (or sending
// as) a session that ended in another tab.
test("signing out in one tab sends the browser's other tabs to the sign-in page", async ({ page, context }) => {
  test.setTimeout(120_000);
  await signInAsDemo(page, DEMO_STUDENT);
  const other = await context.newPage();
  await other.goto("/contacts");
  await expect(other.getByRole("heading", { level: 1, name: "Contacts" })).toBeVisible();
  await other.waitForLoadState("networkidle");

  await signOutButton(page).click();
  await expect(page).toHaveURL(/\/sign-in$/, { timeout: 20_000 });
  await expect(other).toHaveURL(/\/sign-in/, { timeout: 20_000 });
  await expect(other.getByRole("button", { name: new RegExp(`Sign in as ${DEMO_STUDENT}`) })).toBeVisible();
});

test("when someone else signs in on the browser, a tab still showing the last person's pages becomes theirs", async ({ page, context }) => {
  test.setTimeout(120_000);
  await signInAsDemo(page, DEMO_STUDENT);
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("banner")).toContainText(DEMO_STUDENT);
  // Maya's session ends without a sign-out (it expired); her tab stays open. Jordan signs in in another.
  await context.clearCookies();
  const next = await context.newPage();
  await signInAsDemo(next, DEMO_OFFICER);

  await expect(page.getByRole("banner")).toContainText(DEMO_OFFICER, { timeout: 20_000 });
  await expect(page.getByRole("banner")).not.toContainText(DEMO_STUDENT);
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
  // Tabs of the same person don't disturb each other.
  let reloaded = false;
  next.on("load", () => (reloaded = true));
  const third = await context.newPage();
  await third.goto("/today");
  await expect(third.getByRole("banner")).toContainText(DEMO_OFFICER);
  await third.waitForLoadState("networkidle");
  expect(reloaded).toBe(false);
});
