// Relationships that last (#6), end to end: mark a demo meeting done in interview mode (with a
// takeaway), send the thank-you from its draft (the takeaway quoted; dated during the meeting, it is
// refused on its Sent field first), see the contact in Thanked and prompted for a keep-in-touch
// cadence; decline it, then keep in touch every 3 months after all from the board, move the clock,
// and find the keep-in-touch item on Today with its one-click action. Also the private calendar link: it serves the feed, and once turned off
// it answers 404.
//
// Each project uses its own demo contact with a scheduled meeting that no other spec changes the
// stage of (agenda.spec only edits their agendas): Ayesha Rahman (referred by Caroline Park, so
// her meeting done also reminds the student to thank Caroline) and Nina Kowalski.
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { formatDay, formatTime } from "@/lib/domain/format";
import { toLocalInputValue } from "@/lib/domain/local-time";
import { expectAccessible } from "./axe";
import { DEMO_STUDENT, signInAsDemo } from "./helpers";

// The demo student's zone (prisma/seed.ts).
const ZONE = "America/New_York";
const clockFile = path.join(process.env.E2E_DATA_DIR ?? ".data/e2e", "clock-offset");
test.afterEach(() => rmSync(clockFile, { force: true }));

const CONTACTS: Record<string, { name: string; referrer?: string }> = {
  desktop: { name: "Ayesha Rahman", referrer: "Caroline Park" },
  phone: { name: "Nina Kowalski" },
};

async function openContact(page: Page, name: string): Promise<string> {
  await page.goto(`/contacts?q=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name: new RegExp(`^${name}`) }).first().click();
  await page.waitForURL(/\/contacts\/[\w-]+$/, { timeout: 30_000 });
  return page.url();
}

test("mark a meeting done, thank them from the draft with the takeaway quoted, keep in touch every 3 months", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const { name, referrer } = CONTACTS[testInfo.project.name]!;
  const first = name.split(" ")[0]!;
  const takeaway = `Crisis comms is mostly preparation: write the statement before you need it (${Date.now().toString(36)})`;
  await signInAsDemo(page, DEMO_STUDENT);

  // Interview mode: a takeaway, then the meeting marked done.
  const contactUrl = await openContact(page, name);
  const ics = await page.locator('a[href*="/api/meetings/"][href$="/invitation"]').first().getAttribute("href");
  const meetingId = ics?.match(/\/api\/meetings\/([^/]+)\/invitation/)?.[1];
  expect(meetingId, `${name}'s scheduled meeting`).toBeTruthy();
  await page.goto(`/meetings/${meetingId}/interview`);
  // The demo meeting is days ahead, and can't be done before it starts: move the app's clock to an
  // hour after its start (it lasts 20 minutes), where the form offers its scheduled end.
  const startsAt = await page.locator("header").filter({ has: page.getByRole("heading", { level: 1 }) }).locator("time").getAttribute("datetime");
  const clockOffset = new Date(startsAt!).getTime() + 60 * 60_000 - Date.now();
  writeFileSync(clockFile, String(clockOffset));
  // On Today, its prep reminder, never ticked, no longer asks to prepare: it asks for, and leads to, a record of how it went.
  await page.goto("/today");
  const overdue = page.locator("#overdue");
  await expect(overdue.getByText(new RegExp(`^Prepare for your .+ with ${name}$`))).toHaveCount(0);
  const prep = overdue.getByRole("listitem").filter({ hasText: `Record how your meeting with ${name} went` });
  await expect(prep.getByRole("link", { name: /^Prepare the agenda/ })).toHaveCount(0);
  // Its badge says so too, and its link's name says it once.
  await expect(prep.getByText("Record notes", { exact: true })).toBeVisible();
  await expect(prep.getByText("Prepare", { exact: true })).toHaveCount(0);
  await prep.getByRole("link", { name: `Record how your meeting with ${name} went`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${meetingId}/interview$`));
  const takeaways = page.getByRole("region", { name: "Takeaways" });
  await takeaways.getByLabel("New takeaway").fill(takeaway);
  await takeaways.getByRole("button", { name: "Add takeaway" }).click();
  await expect(takeaways.getByRole("listitem").filter({ hasText: takeaway })).toBeVisible();
  await page.getByRole("button", { name: "Mark meeting done" }).click();
  await expect(page.getByText(/^Done .*Keep adding what you remember\. Send your thank-you within 24 hours, by \d{1,2}:\d\d [AP]M on /)).toBeVisible();
  // Done, its end can be corrected here (and in the contact's timeline: the test below).
  await expect(page.getByRole("region", { name: "Finish" }).getByText("Change when it ended")).toBeVisible();
  // The thank-you it now owes is one tap away (gone once it is sent: below).
  await expect(page.getByRole("region", { name: "Finish" }).getByRole("link", { name: "Write the thank-you" })).toHaveAttribute("href", /\/compose\?purpose=thank-you$/);

  // Today: the thank-you is due within 24 hours, with the action that writes it.
  await page.goto("/today");
  const thanks = `Thank ${name} within 24 hours`;
  const item = page.getByRole("listitem").filter({ hasText: thanks });
  await expect(item).toBeVisible();
  if (referrer) {
    await expect(page.getByRole("listitem").filter({ hasText: `Thank ${referrer} for the introduction to ${name}` })).toBeVisible();
  }
  await expectAccessible(page);
  await item.getByRole("link", { name: new RegExp(`^Write the thank-you`) }).click();

  // The draft: the thank-you template with the takeaway quoted.
  await expect(page.getByRole("heading", { level: 1, name: `Thank ${name}` })).toBeVisible();
  const message = page.getByRole("textbox", { name: "Message" });
  await expect(message).toHaveValue(new RegExp(`^Dear ${first},`));
  await expect(message).toHaveValue(new RegExp(takeaway.replace(/[().]/g, "\\$&")));
  await expect(page.getByText("Names one thing they told you.")).toBeVisible();
  await expectAccessible(page);

  // Dated during the meeting (it ended at its scheduled end, 20 minutes in), the thank-you is
  // refused on the Sent field, which names the end in the student's zone and keeps what was typed.
  const sent = page.getByLabel("Sent", { exact: true });
  const offered = await sent.inputValue();
  const end = new Date(new Date(startsAt!).getTime() + 20 * 60_000);
  const during = toLocalInputValue(new Date(end.getTime() - 10 * 60_000), ZONE);
  await sent.fill(during);
  await page.getByRole("button", { name: "Log as sent" }).click();
  await expect(sent).toHaveAccessibleDescription(
    `Your meeting with ${name} ended at ${formatTime(end, ZONE)} on ${formatDay(end, ZONE)}, so the thank-you can't have been sent before then. Check the date and time you sent it. If the meeting ended earlier, change when it ended in the contact's timeline.`,
  );
  await expect(sent).toHaveAttribute("aria-invalid", "true");
  await expect(sent).toHaveValue(during);
  await expect(message).toHaveValue(new RegExp(takeaway.replace(/[().]/g, "\\$&")));
  await sent.fill(offered);
  await page.getByRole("button", { name: "Log as sent" }).click();
  await expect(page.getByText(`Logged your thank-you to ${name}.`)).toBeVisible();
  await expect(sent).not.toHaveAttribute("aria-invalid");
  // Sent: interview mode (reached from the done meeting in the contact's timeline) no longer offers
  // to write it, nor asks for it within 24 hours.
  await page.goto(contactUrl);
  const doneMeeting = page.getByRole("region", { name: "Timeline" }).getByRole("listitem").filter({ hasText: "Change when it ended" });
  await doneMeeting.getByRole("link", { name: `Open your notes from the meeting of ${formatDay(new Date(startsAt!), ZONE)}` }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${meetingId}/interview$`));
  await expect(page.getByText(/^Done .*Keep adding what you remember\. Your thank-you went out at \d{1,2}:\d\d [AP]M on /)).toBeVisible();
  await expect(page.getByText(/thank-you within 24 hours/i)).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Finish" }).getByRole("link", { name: "Go to Today" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Finish" }).getByRole("link", { name: "Write the thank-you" })).toHaveCount(0);

  // The contact is Thanked with no cadence: the page offers to start keeping in touch (the move's
  // dialog asks how often) or not to. "Don't keep in touch" is kept (the offer stays gone after a
  // reload), and the board can still set one.
  await page.goto(contactUrl);
  await expect(page.getByText("Thanked").first()).toBeVisible();
  const keepInTouch = page.getByRole("region", { name: "Keep in touch", exact: true });
  const start = keepInTouch.getByRole("button", { name: "Start keeping in touch" });
  await expect(start).toBeVisible();
  await expect(keepInTouch.getByRole("combobox")).toHaveCount(0);
  await expectAccessible(page);
  await keepInTouch.getByRole("button", { name: `Don’t keep in touch with ${name}` }).click();
  const declined = keepInTouch.getByText(`You chose not to keep in touch with ${name}`);
  await expect(declined).toBeVisible();
  await page.reload();
  await expect(declined).toBeVisible();
  await expect(start).toHaveCount(0);
  await expect(keepInTouch.getByRole("combobox", { name: `Keep in touch with ${name}` })).toHaveValue("");

  // Changed their mind: keep in touch every 3 months from the board.
  await page.goto("/pipeline");
  const card = page.locator("#stage-thanked").getByRole("article").filter({ hasText: name });
  await card.getByRole("button", { name: `Move ${name}` }).click();
  await page.getByRole("menu", { name: `Move ${name} to` }).getByRole("menuitem", { name: /Follow-up$/ }).click();
  const dialog = page.getByRole("dialog", { name: `Move ${name} to Follow-up` });
  await expect(dialog.getByLabel("Keep in touch")).toHaveValue("3");
  await dialog.getByRole("button", { name: "Move to Follow-up" }).click();
  await expect(page.getByText(`Moved ${name} to Follow-up.`)).toBeVisible();
  await page.goto(contactUrl);
  await expect(keepInTouch.getByRole("combobox", { name: `Keep in touch with ${name}` })).toHaveValue("3");
  await expect(declined).toHaveCount(0);

  // Three months and a day later, Today says who to write to, with the composer one click away.
  const keep = `Keep in touch with ${name}`;
  await page.goto("/today");
  await expect(page.locator("#today, #overdue").getByText(keep)).toHaveCount(0);
  const later = new Date(Date.now() + clockOffset);
  later.setMonth(later.getMonth() + 3);
  writeFileSync(clockFile, String(later.getTime() - Date.now() + 24 * 60 * 60_000));
  await page.reload();
  const due = page.locator("#today, #overdue").getByRole("listitem").filter({ hasText: keep });
  await expect(due).toBeVisible();
  await due.getByRole("link", { name: /^Write a note/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Keep in touch with ${name}` })).toBeVisible();
  await expect(page.getByLabel("Start from a template")).not.toHaveValue("");
});

// Each project corrects its own demo contact's done meeting, which no other spec uses: Michelle
// Okoro's (three days ago) and David Cohen's (yesterday evening). Ten minutes earlier keeps either
// where it was on Today and in the metrics (overdue, due later today).
const DONE_MEETINGS: Record<string, string> = { desktop: "Michelle Okoro", phone: "David Cohen" };

test("change when a done meeting ended from the contact's timeline: a time before it started is refused on the field and kept; an earlier end is saved", async ({ page }, testInfo) => {
  const name = DONE_MEETINGS[testInfo.project.name]!;
  await signInAsDemo(page, DEMO_STUDENT);
  await openContact(page, name);
  // A 360 px phone: the form fits without sideways scrolling.
  if (testInfo.project.name === "phone") await page.setViewportSize({ width: 360, height: 780 });
  const meeting = page.getByRole("region", { name: "Timeline" }).getByRole("listitem").filter({ hasText: "Change when it ended" });
  const endedLine = meeting.getByText(/^Ended /);
  const end = new Date((await endedLine.locator("time").getAttribute("datetime"))!);

  // Opened from the keyboard; the field holds the current end in the student's zone.
  const summary = meeting.getByText("Change when it ended", { exact: true });
  await summary.focus();
  await page.keyboard.press("Enter");
  const field = meeting.getByLabel("When the meeting ended");
  await expect(field).toHaveValue(toLocalInputValue(end, ZONE));
  await expect(field).toHaveAccessibleDescription("The thank-you's 24 hours run from this time.");

  // A day earlier is before it started: refused on the field, with what was typed kept.
  const dayBefore = toLocalInputValue(new Date(end.getTime() - 24 * 60 * 60_000), ZONE);
  await field.fill(dayBefore);
  await meeting.getByRole("button", { name: "Save" }).click();
  await expect(field).toHaveAccessibleDescription(/^This meeting was scheduled to start at .+, so it can't have ended before then\. Check the date and time it ended\. The thank-you's 24 hours/);
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveValue(dayBefore);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectAccessible(page);

  // It really ended ten minutes before the time recorded: saved from the keyboard, said, and shown.
  // (To the minute, as the field holds it: David's seeded end has seconds.)
  const truth = new Date(Math.floor(end.getTime() / 60_000) * 60_000 - 10 * 60_000);
  await field.fill(toLocalInputValue(truth, ZONE));
  await field.press("Enter");
  // (The year is left out: a meeting of last year would name it.)
  const saved = `Saved: the meeting ended at ${formatTime(truth, ZONE)} on ${formatDay(truth, ZONE)}`;
  await expect(meeting.getByRole("status")).toContainText(saved);
  await expect(field).not.toHaveAttribute("aria-invalid");
  await expect(field).toHaveValue(toLocalInputValue(truth, ZONE));
  await expect(endedLine.locator("time")).toHaveAttribute("datetime", truth.toISOString());
  await page.reload();
  await expect(endedLine.locator("time")).toHaveAttribute("datetime", truth.toISOString());
});

test("when they asked for the résumé, the thank-you draft says it is attached and the page says to attach it", async ({ page }) => {
  // David Cohen's done meeting has "Send résumé with the thank-you" ticked in the demo data (he
  // asked for it). This test only opens the draft; it logs nothing.
  await signInAsDemo(page, DEMO_STUDENT);
  const contactUrl = await openContact(page, "David Cohen");
  await page.goto(`${contactUrl}/compose?purpose=thank-you`);
  await expect(page.getByRole("heading", { level: 1, name: "Thank David Cohen" })).toBeVisible();
  // Before: "You noted to offer your résumé", and a draft offering to send it.
  await expect(page.getByText("They asked for your résumé: attach it to the message before you send it. The draft says it is attached.")).toBeVisible();
  await expect(page.getByText(/offer your résumé/)).toHaveCount(0);
  const message = page.getByRole("textbox", { name: "Message" });
  await expect(message).toHaveValue(/\n\nAs you suggested, I've attached my résumé\.\n\nWith gratitude,\n/);
  await expect(message).not.toHaveValue(/If it would be useful/);
  await expectAccessible(page);
});

test("the private calendar link serves the feed until it is turned off", async ({ page }) => {
  await signInAsDemo(page, DEMO_STUDENT);
  await page.goto("/settings");
  await page.getByRole("button", { name: /^(Make a private calendar link|Make a new link)$/ }).click();
  const field = page.getByLabel("Your private calendar link");
  await expect(field).toHaveValue(/\/api\/calendar\/[\w-]{43}\.ics$/);
  await expectAccessible(page);
  const url = await field.inputValue();

  const feed = await page.request.get(url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toMatch(/^text\/calendar/);
  const body = await feed.text();
  expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(body).toContain("BEGIN:VEVENT");

  await page.getByRole("button", { name: "Turn off the link" }).click();
  await page.getByRole("dialog", { name: "Turn off your calendar link?" }).getByRole("button", { name: "Turn off" }).click();
  await expect(page.getByText("Calendar link turned off.")).toBeVisible();
  expect((await page.request.get(url)).status()).toBe(404);
});
