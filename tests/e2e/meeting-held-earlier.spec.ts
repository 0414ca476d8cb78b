// A meeting that happened before its scheduled time (the professional asked to meet sooner), end to
// end: scheduled from the board a few days ahead, then in interview mode marked done with an end an
// hour ago. Without the choice the end is refused on its field, what was typed kept; the form offers
// "It happened earlier than planned", ticked from the keyboard, with the start offered as the end
// less the planned 30 minutes, following the end as it changes until the start is typed by hand;
// saved, the meeting shows at the time it started, the contact is in Interviewed and the thank-you
// is on Today.
//
// Each project schedules its own demo contact in Outreach that no other spec writes to.
import { expect, test, type Page } from "@playwright/test";
import { toLocalInputValue } from "@/lib/domain/local-time";
import { expectAccessible } from "./axe";
import { DEMO_STUDENT, signInAsDemo } from "./helpers";

// The demo student's zone (prisma/seed.ts): the forms take local times there.
const ZONE = "America/New_York";
const CONTACTS: Record<string, string> = { desktop: "Jamal Washington", phone: "Emily Carter" };
const MINUTE = 60_000;

const finish = (page: Page) => page.getByRole("region", { name: "Finish" });

test("a meeting held earlier than planned is marked done as such from interview mode", async ({ page }, testInfo) => {
  test.setTimeout(150_000);
  const name = CONTACTS[testInfo.project.name];
  if (!name) throw new Error(`no demo contact assigned to the ${testInfo.project.name} project`);
  await signInAsDemo(page, DEMO_STUDENT);

  // Scheduled three days ahead, each project its own hour.
  const planned = toLocalInputValue(new Date(Date.now() + 3 * 24 * 60 * MINUTE), ZONE).slice(0, 10) + (testInfo.project.name === "phone" ? "T16:00" : "T14:00");
  await page.goto("/pipeline");
  const card = page.locator("#stage-outreach").getByRole("article", { name });
  await card.getByRole("button", { name: `Move ${name}` }).click();
  await page.getByRole("menu", { name: `Move ${name} to` }).getByRole("menuitem", { name: /Scheduled$/ }).click();
  const dialog = page.getByRole("dialog", { name: `Move ${name} to Scheduled` });
  await dialog.getByLabel("Date and time").fill(planned);
  await dialog.getByRole("button", { name: "Move to Scheduled" }).click();
  await expect(page.getByText(`Moved ${name} to Scheduled.`)).toBeVisible();

  // Interview mode, from the contact's page.
  await page.locator("#stage-scheduled").getByRole("article", { name }).getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.getByRole("link", { name: "Interview mode" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: `Interview with ${name}` })).toBeVisible();
  const plannedStart = await page.locator("header time").getAttribute("datetime");

  // It ended an hour ago: refused as it stands, on the field, with the way to say it happened earlier.
  const endedAt = new Date(Math.floor(Date.now() / MINUTE) * MINUTE - 60 * MINUTE);
  const ended = finish(page).getByLabel("When the meeting ended");
  await ended.fill(toLocalInputValue(endedAt, ZONE));
  const earlier = finish(page).getByRole("checkbox", { name: "It happened earlier than planned" });
  await expect(earlier).not.toBeChecked();
  await finish(page).getByRole("button", { name: "Mark meeting done" }).click();
  await expect(ended).toHaveAttribute("aria-invalid", "true");
  await expect(ended).toHaveAccessibleDescription(/so it can't have ended before then\. Mark it done once it's over\. If it happened earlier than planned, tick "It happened earlier than planned" below: a field for when it started appears\./);
  await expect(ended).toHaveValue(toLocalInputValue(endedAt, ZONE));
  // Focus goes to the field to fix.
  await expect(ended).toBeFocused();
  await expect(page.locator("header time")).toHaveAttribute("datetime", plannedStart!);

  // The choice, from the keyboard: the start is offered as the end less the planned 30 minutes.
  await earlier.focus();
  await page.keyboard.press("Space");
  await expect(earlier).toBeChecked();
  // The refusal asked for the box: ticked, it no longer stands on the end field, and neither does
  // the hint that it starts in three days and is to be marked done once it's over.
  await expect(ended).not.toHaveAttribute("aria-invalid", "true");
  await expect(finish(page).getByText(/mark it done once it's over/i)).toHaveCount(0);
  const started = finish(page).getByLabel("When it started");
  await page.keyboard.press("Tab");
  await expect(started).toBeFocused();
  const startedAt = new Date(endedAt.getTime() - 30 * MINUTE);
  await expect(started).toHaveValue(toLocalInputValue(startedAt, ZONE));
  await expect(started).toHaveAccessibleDescription("We filled in 30 minutes before the end (the planned length). Change it if it started at another time.");
  // Until the start is typed by hand, it follows the end: another end typed after ticking the box
  // moves it too (left behind, the old offer could come after an earlier end typed, and was refused).
  await ended.fill(toLocalInputValue(new Date(endedAt.getTime() - 15 * MINUTE), ZONE));
  await expect(started).toHaveValue(toLocalInputValue(new Date(endedAt.getTime() - 45 * MINUTE), ZONE));
  await ended.fill(toLocalInputValue(endedAt, ZONE));
  await expect(started).toHaveValue(toLocalInputValue(startedAt, ZONE));
  // Typed by hand, it is the student's: changing the end no longer moves it.
  const typedStart = toLocalInputValue(new Date(endedAt.getTime() - 40 * MINUTE), ZONE);
  await started.fill(typedStart);
  await ended.fill(toLocalInputValue(new Date(endedAt.getTime() - 5 * MINUTE), ZONE));
  await expect(started).toHaveValue(typedStart);
  // Back to what the rest of this test records: ended an hour ago, after the planned 30 minutes.
  await ended.fill(toLocalInputValue(endedAt, ZONE));
  await started.fill(toLocalInputValue(startedAt, ZONE));
  await expectAccessible(page);
  // Nothing sideways on a 360 px phone.
  await page.setViewportSize({ width: 360, height: 780 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // (Tab inside a datetime-local field steps through its parts: focus the button itself.)
  await finish(page).getByRole("button", { name: "Mark meeting done" }).focus();
  await page.keyboard.press("Enter");
  await expect(finish(page).getByText(/^Meeting marked done\./)).toBeVisible();
  const interviewUrl = page.url();
  // The thank-you is due within 24 hours: the way to write it comes first, then Today.
  const thankYou = /\/contacts\/[^/]+\/compose\?purpose=thank-you$/;
  await expect(finish(page).getByRole("link", { name: "Write the thank-you" })).toHaveAttribute("href", thankYou);
  await expect(finish(page).getByRole("link", { name: "Go to Today" })).toBeVisible();

  // The meeting now shows at the time it started, done at the time it ended.
  await page.reload();
  await expect(page.locator("header time")).toHaveAttribute("datetime", startedAt.toISOString());
  await expect(page.getByText(/^Done .*Keep adding what you remember\. Send your thank-you within 24 hours, by \d{1,2}:\d\d [AP]M on /)).toBeVisible();
  await expect(finish(page).getByText(`${name} is in Interviewed.`)).toBeVisible();
  await expect(finish(page).getByText(/ The reminder is on Today\.$/)).toBeVisible();
  await finish(page).getByRole("link", { name: "Write the thank-you" }).click();
  await expect(page).toHaveURL(thankYou);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);

  // Today: the thank-you, due 24 hours after it ended.
  await page.goto("/today");
  const thanks = `Thank ${name} within 24 hours`;
  await expect(page.getByRole("listitem").filter({ hasText: thanks })).toBeVisible();

  // Dismissed there, the reminder is gone: interview mode no longer sends the student to Today for it.
  await page.getByRole("button", { name: `Dismiss: ${thanks}` }).click();
  await expect(page.getByText(`Dismissed: ${thanks}.`)).toBeVisible();
  await page.goto(interviewUrl);
  await expect(finish(page).getByText(/^Meeting marked done\./)).toBeVisible();
  await expect(finish(page).getByText(/The reminder is/)).toHaveCount(0);
});
