// Issue #7: the demo admin opens the Ohio State Career Center from Settings, creates a cohort of
// this run's own, copies its join link; a new student signs up in a fresh browser, joins through the
// link sharing progress, and cannot use the staff invitation; the admin then sees one student. A
// colleague joins the staff by its link and sees the codes read-only; the admin removes them again.
// Renewing the cohort's code kills the old link. Only this run's cohort, its own new users and the
// centre's staff link (which no other spec uses) change; the demo cohort and its code stay as seeded.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { DEMO_STAFF, signInAsDemo } from "./helpers";

const CENTRE = "Ohio State Career Center";

async function expectNoSideways(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

test("an admin creates a cohort, a new student joins by its link, and the admin sees them", async ({ page, browser }, testInfo) => {
  // Two browsers and a dozen pages: it ran out of the default minute on a busy machine.
  test.setTimeout(120_000);
  const phone = testInfo.project.name === "phone";
  // The narrowest phone the app supports.
  if (phone) await page.setViewportSize({ width: 360, height: 780 });
  const suffix = `${testInfo.project.name} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const cohortName = `E2E Cohort ${suffix}`;

  await signInAsDemo(page, DEMO_STAFF);
  await page.goto("/settings");
  await page.getByRole("link", { name: `Manage ${CENTRE}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: CENTRE })).toBeVisible();
  await expect(page.getByText("You are an admin", { exact: false })).toBeVisible();
  const centreUrl = page.url();
  await expectAccessible(page);
  await expectNoSideways(page);

  // A cohort without a name is refused on the field, keeping the term that was typed.
  await page.getByLabel("Term (optional)").fill("Spring 2027");
  await page.getByRole("button", { name: "Create cohort" }).click();
  await expect(page.getByLabel("Cohort name")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Name the cohort, e.g. Communications Fall 2026.")).toBeVisible();
  await expect(page.getByLabel("Term (optional)")).toHaveValue("Spring 2027");

  await page.getByLabel("Cohort name").fill(cohortName);
  await page.getByRole("button", { name: "Create cohort" }).click();
  await expect(page.getByText(`${cohortName} created. Its invite code is`)).toBeVisible();
  const card = page.getByRole("region", { name: cohortName });
  await expect(card.getByText("0 students")).toBeVisible();
  await expect(card.getByText("Spring 2027")).toBeVisible();
  const code = await card.getByLabel("Invite code").inputValue();
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
  const joinUrl = await card.getByLabel("Join link").inputValue();
  expect(joinUrl).toBe(new URL(`/join/${code}`, page.url()).toString());
  await expect(card.getByRole("button", { name: `Copy join link for ${cohortName}` })).toBeVisible();
  await expectAccessible(page);
  await expectNoSideways(page);

  // The staff invitation: the seeded centre has a full-length code, so its link is there from the start.
  const inviteField = page.getByLabel("Staff invitation link");
  await expect(inviteField).toHaveValue(/\/centres\/join\/[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){6}$/);
  const staffInviteUrl = await inviteField.inputValue();
  // The demo admin is the centre's only admin: no way to remove them from the page.
  const staff = page.getByRole("region", { name: "Staff" });
  await expect(staff.getByText("Dr. Alex Rivera")).toBeVisible();
  await expect(staff.getByText("Only admin")).toBeVisible();

  // A new student, in a browser of their own.
  const context = await browser.newContext(phone ? { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true } : {});
  try {
    const student = await context.newPage();
    const origin = new URL(joinUrl).origin;
    await student.goto(`${origin}/sign-up`);
    await student.getByLabel("Name").fill("Robin Recruit");
    await student.getByLabel("Email").fill(`centre.${testInfo.project.name}.${Date.now()}@example.edu`);
    await student.getByLabel("Password").fill("a much longer passphrase");
    await student.getByRole("button", { name: /Create account/ }).click();
    await expect(student).toHaveURL(/\/today$/, { timeout: 20_000 });

    await student.goto(joinUrl);
    await expect(student.getByRole("heading", { level: 1, name: `Join ${cohortName}` })).toBeVisible();
    await student.getByRole("radio", { name: /^My progress Counts/ }).check();
    await student.getByRole("button", { name: `Join ${cohortName}` }).click();
    await expect(student).toHaveURL(/\/sharing\?joined=/);
    await expect(student.getByText(`You joined ${cohortName}. You share your progress.`)).toBeVisible();

    // A student of the centre cannot make themselves staff with the staff link.
    await student.goto(staffInviteUrl);
    await expect(student.getByRole("heading", { level: 1, name: `Join ${CENTRE}` })).toBeVisible();
    await expect(student.getByText(`You are a student of ${CENTRE}, so you cannot join its staff`)).toBeVisible();
    await expect(student.getByRole("button", { name: /Join as staff/ })).toHaveCount(0);
    await expectAccessible(student);
    expect((await student.goto(centreUrl))?.status()).toBe(404);
  } finally {
    await context.close();
  }

  // Back as the admin: the cohort has its student.
  await page.reload();
  await expect(card.getByText("1 student", { exact: true })).toBeVisible();

  // A colleague signs up and joins the staff with the link: they see the codes, read-only.
  const colleagueName = `Casey Colleague ${suffix}`;
  const colleagueContext = await browser.newContext(phone ? { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true } : {});
  try {
    const colleague = await colleagueContext.newPage();
    await colleague.goto(new URL("/sign-up", joinUrl).toString());
    await colleague.getByLabel("Name").fill(colleagueName);
    await colleague.getByLabel("Email").fill(`colleague.${testInfo.project.name}.${Date.now()}@example.edu`);
    await colleague.getByLabel("Password").fill("a much longer passphrase");
    await colleague.getByRole("button", { name: /Create account/ }).click();
    await expect(colleague).toHaveURL(/\/today$/, { timeout: 20_000 });
    await colleague.goto(staffInviteUrl);
    await expect(colleague.getByRole("heading", { level: 1, name: `Join ${CENTRE}` })).toBeVisible();
    await expectAccessible(colleague);
    await colleague.getByRole("button", { name: /^Join as staff/ }).click();
    await expect(colleague).toHaveURL(centreUrl + "?joined=1");
    await expect(colleague.getByText(`You joined ${CENTRE}'s staff.`)).toBeVisible();
    const theirCard = colleague.getByRole("region", { name: cohortName });
    await expect(theirCard.getByLabel("Invite code")).toHaveValue(code);
    await expect(theirCard.getByRole("button", { name: /^New code/ })).toHaveCount(0);
    await expect(colleague.getByRole("button", { name: "Create cohort" })).toHaveCount(0);
    await expect(colleague.getByLabel("Staff invitation link")).toHaveCount(0);
    // Staff manage no one, but may leave on their own.
    const theirStaff = colleague.getByRole("region", { name: "Staff" });
    await expect(theirStaff.getByRole("button", { name: /^Make / })).toHaveCount(0);
    await expect(theirStaff.getByRole("button", { name: /^Remove / })).toHaveCount(0);
    await expect(theirStaff.getByRole("listitem").filter({ hasText: colleagueName }).getByRole("button", { name: `Leave ${CENTRE}'s staff` })).toBeVisible();
    await expectNoSideways(colleague);
  } finally {
    await colleagueContext.close();
  }

  // The admin makes the colleague an admin (so the centre could change hands), and staff again.
  await page.reload();
  const row = staff.getByRole("listitem").filter({ hasText: colleagueName });
  await expect(row.getByText("Staff", { exact: true })).toBeVisible();
  await row.getByRole("button", { name: `Make admin ${colleagueName}` }).click();
  await expect(row.getByText("Admin", { exact: true })).toBeVisible();
  await expect(staff.getByText("Only admin")).toHaveCount(0);
  await expect(staff.getByRole("listitem").filter({ hasText: "Dr. Alex Rivera" }).getByRole("button", { name: `Step down as an admin of ${CENTRE}` })).toBeVisible();
  await row.getByRole("button", { name: `Make staff ${colleagueName}` }).click();
  await expect(row.getByText("Staff", { exact: true })).toBeVisible();
  await expect(staff.getByText("Only admin")).toBeVisible();

  // The admin removes the colleague again, after cancelling once.
  await row.getByRole("button", { name: `Remove ${colleagueName}` }).click();
  const removeDialog = page.getByRole("dialog", { name: `Remove ${colleagueName} from the staff?` });
  await expect(removeDialog).toBeVisible();
  await removeDialog.getByRole("button", { name: "Cancel" }).click();
  await expect(removeDialog).toBeHidden();
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: `Remove ${colleagueName}` }).click();
  await removeDialog.getByRole("button", { name: `Remove ${colleagueName}` }).click();
  await expect(staff.getByRole("listitem").filter({ hasText: colleagueName })).toHaveCount(0);

  // A new code: confirmed in a dialog, and the old link finds nothing.
  await card.getByRole("button", { name: `New code for ${cohortName}` }).click();
  const dialog = page.getByRole("dialog", { name: `New invite code for ${cohortName}?` });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Make a new code" }).click();
  await expect(dialog).toBeHidden();
  await expect(card.getByText(/^New code for .*The old code no longer works\.$/)).toBeVisible();
  const renewed = await card.getByLabel("Invite code").inputValue();
  expect(renewed).not.toBe(code);
  await expect(card.getByText("1 student", { exact: true })).toBeVisible();
  await page.goto(joinUrl);
  await expect(page.getByRole("heading", { name: "This invite link does not match a cohort" })).toBeVisible();
});

test("an unknown staff invitation explains itself, and an unknown centre is a 404", async ({ page }) => {
  await signInAsDemo(page, DEMO_STAFF);
  await page.goto("/centres/join/AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG");
  await expect(page.getByRole("heading", { level: 1, name: "This staff invitation link does not work" })).toBeVisible();
  await expectAccessible(page);
  expect((await page.goto("/centres/not-a-centre"))?.status()).toBe(404);
});

test("after too many unknown invitation links, each invite page says so and when to try again", async ({ page }, testInfo) => {
  // A new user of this run's own: the refusal lasts the throttle's window, so no demo account is locked.
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Gale Guesser");
  await page.getByLabel("Email").fill(`guesser.${testInfo.project.name}.${Date.now()}@example.edu`);
  await page.getByLabel("Password").fill("a much longer passphrase");
  await page.getByRole("button", { name: /Create account/ }).click();
  await expect(page).toHaveURL(/\/today$/, { timeout: 20_000 });
  // INVITE_CODE_LIMITS.maxFailures (10) links that match nothing, each explained as one.
  for (const group of "ABCDEFGHJK") {
    await page.goto(`/centres/join/ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-${group.repeat(4)}`);
    await expect(page.getByRole("heading", { level: 1, name: "This staff invitation link does not work" })).toBeVisible();
  }
  const response = await page.goto("/centres/join/ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-LLLL");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "This staff invitation link cannot be checked right now" })).toBeVisible();
  await expect(page.getByText(/^Too many codes that matched nothing\. .* try again after /)).toBeVisible();
  await expectAccessible(page);

  // One count for every kind of invite code: cohort and chapter links say the same, rather than
  // that the code matches nothing (it may well be right).
  for (const [path, heading] of [
    ["/join/ZZZZ-2222", "Join a cohort"],
    ["/chapters/join/ZZZZ-3333", "Join a chapter"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole("heading", { name: "This invite link cannot be checked right now" })).toBeVisible();
    await expect(page.getByText(/^Too many codes that matched nothing\. .* try again after /)).toBeVisible();
  }
  await expectAccessible(page);
});
