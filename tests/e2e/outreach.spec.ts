import { writeFileSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { addBusinessDays } from "@/lib/domain/business-days";
import { expectAccessible } from "./axe";
import { DEMO_STUDENT, signInAsDemo } from "./helpers";

// The e2e server reads its clock offset from here (lib/clock.ts, RAPPORT_TEST_CLOCK=1).
const clockFile = path.join(process.env.E2E_DATA_DIR ?? ".data/e2e", "clock-offset");
test.afterEach(() => rmSync(clockFile, { force: true }));

test("a templated request is blocked until its placeholders are filled, then logged; 3 business days later Today suggests someone else", async ({ page }, testInfo) => {
  // Each project writes to its own demo contact, both in Find.
  const name = testInfo.project.name === "phone" ? "Kwame Mensah" : "Aiko Tanaka";
  await openComposer(page, name);

  await page.getByLabel("Start from a template").selectOption({ label: "Request through a shared connection" });
  const message = page.getByLabel("Message");
  await expect(message).toHaveValue(new RegExp(`^Dear ${name.split(" ")[0]},`));
  await expect(page.getByText("Fill in {{topic}} before sending.").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Log as sent" })).toBeDisabled();
  await expectAccessible(page);

  await message.fill((await message.inputValue()).replaceAll("{{topic}}", "brand strategy").replaceAll("{{myPhone}}", "614-555-0100"));
  await expect(page.getByText("Every placeholder is filled in.")).toBeVisible();
  await page.getByRole("button", { name: "Log as sent" }).click();
  await expect(page.getByText(`Logged your message to ${name}.`)).toBeVisible();
  // The same message can't be logged twice by a second tap; changing it makes a new one.
  await expect(page.getByRole("button", { name: "Logged" })).toBeDisabled();
  await message.press("End");
  await message.press("Space");
  await expect(page.getByRole("button", { name: "Log as sent" })).toBeEnabled();

  const suggestion = `No reply from ${name} yet: ask someone else at the same employer`;
  await page.goto("/today");
  await expect(page.locator("#upcoming").getByText(suggestion)).toBeVisible();
  await expect(page.locator("#today, #overdue").getByText(suggestion)).toHaveCount(0);
  const now = new Date();
  const later = addBusinessDays(now, 3, { timeZone: "America/New_York" });
  writeFileSync(clockFile, String(later.getTime() - now.getTime() + 60 * 60_000));
  await page.reload();
  await expect(page.locator("#today, #overdue").getByText(suggestion)).toBeVisible();
});

test("a scheduled meeting's invitation downloads as an iCalendar file", async ({ page }) => {
  await signInAsDemo(page, DEMO_STUDENT);
  await page.goto(`/contacts?q=${encodeURIComponent("Kenji Watanabe")}`);
  await page.getByRole("link", { name: /^Kenji Watanabe/ }).first().click();
  await page.waitForURL(/\/contacts\/[\w-]+$/, { timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Add to calendar (.ics)" }).first().click()]);
  expect(download.suggestedFilename()).toBe("rapport-kenji-watanabe.ics");
  const text = await new Response(await download.createReadStream() as unknown as ReadableStream).text();
  expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(text).toMatch(/\r\nSUMMARY:[^\r]*Kenji Watanabe\r\n/);
  expect(text).toMatch(/\r\nUID:[^\r]+@rapport\.app\r\n/);
});

test("a reply is logged on the contact's timeline, and can be taken back", async ({ page }) => {
  await signInAsDemo(page, DEMO_STUDENT);
  await page.goto(`/contacts?q=${encodeURIComponent("Priya Shah")}`);
  await page.getByRole("link", { name: /^Priya Shah/ }).first().click();
  await page.waitForURL(/\/contacts\/[\w-]+$/, { timeout: 30_000 });
  await page.getByRole("button", { name: "They replied" }).first().click();
  await expect(page.getByText("Reply logged: the follow-up reminders are cleared.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Undo: no reply yet" }).first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Undo: no reply yet" }).first().click();
  await expect(page.getByText("Marked as not answered yet.")).toBeVisible();
  await expect(page.getByRole("button", { name: "They replied" }).first()).toBeVisible();

  // Logged, then the page opened again later: no "Undo" weeks on, but a correction that says what it does.
  await page.getByRole("button", { name: "They replied" }).first().click();
  await expect(page.getByRole("button", { name: /^Undo: no reply yet to the outreach of / })).toHaveText("Undo");
  await page.reload();
  const correction = page.getByRole("button", { name: /^Mark the outreach of .+ as not answered yet$/ });
  await expect(correction).toHaveText("Mark as not answered yet");
  await expect(page.getByRole("button", { name: /^Undo/ })).toHaveCount(0);
  await correction.click();
  await expect(page.getByText("Marked as not answered yet.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^They replied to the outreach of / })).toBeVisible();
});

test("a first message and its follow-up each have their own reply buttons, named for the message", async ({ page }) => {
  await signInAsDemo(page, DEMO_STUDENT);
  // Nathan Brooks: a LinkedIn message and a follow-up a week later, neither answered. Only read here.
  await page.goto(`/contacts?q=${encodeURIComponent("Nathan Brooks")}`);
  await page.getByRole("link", { name: /^Nathan Brooks/ }).first().click();
  await page.waitForURL(/\/contacts\/[\w-]+$/, { timeout: 30_000 });
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline.getByRole("button", { name: /^They replied to the follow-up of \w{3}, \w{3} \d+$/ })).toHaveCount(1);
  await expect(timeline.getByRole("button", { name: /^They replied to the outreach of \w{3}, \w{3} \d+$/ })).toHaveCount(1);
  await expect(timeline.getByRole("button", { name: /^They declined the (outreach|follow-up) of / })).toHaveCount(2);
});

/** Opens the composer's Request tab for a demo contact, hydrated and ready to type into. */
async function openComposer(page: Page, name: string) {
  await signInAsDemo(page, DEMO_STUDENT);
  await page.goto(`/contacts?q=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name: new RegExp(`^${name}`) }).first().click();
  await page.waitForURL(/\/contacts\/[\w-]+$/, { timeout: 30_000 });
  await page.getByRole("link", { name: "Write to them" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Write to ${name}` })).toBeVisible();
  await page.waitForLoadState("networkidle");
}

const tab = (page: Page, label: string) => page.getByRole("navigation", { name: "What to write" }).getByRole("link", { name: label, exact: true });

test("a referral's request names who referred them, filled in from the contact", async ({ page }) => {
  // Harper Nguyen came as a referral from Michelle Okoro (the demo).
  await openComposer(page, "Harper Nguyen");
  await page.getByLabel("Start from a template").selectOption({ label: "Request from a referral" });
  await expect(page.getByLabel("Subject")).toHaveValue("Michelle Okoro suggested I write to you");
  await expect(page.getByLabel("Message")).toHaveValue(/^Dear Harper,\n\nMichelle Okoro suggested I get in touch with you\./);
  // What only the student knows is left for them to fill in, and blocks logging until then.
  await expect(page.getByLabel("Message")).toHaveValue(/\{\{topic\}\}/);
});

test("a template picked over typed text can be undone, and put back again", async ({ page }) => {
  await openComposer(page, "Harper Nguyen");
  const message = page.getByLabel("Message");
  const subject = page.getByLabel("Subject");
  const own = "Hi Harper, I loved your Morning Edition piece on local news. These are my own words.";
  await subject.fill("My own subject");
  await message.fill(own);

  await page.getByLabel("Start from a template").selectOption({ label: "Request through a shared connection" });
  await expect(message).toHaveValue(/^Dear Harper,/);
  await expect(page.getByText("Template applied: “Request through a shared connection” replaced what you had written.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(message).toHaveValue(own);
  await expect(subject).toHaveValue("My own subject");
  await expect(page.getByLabel("Start from a template")).toHaveValue("");
  await expect(page.getByText("Your earlier text is back.")).toBeVisible();

  // Nothing is lost either way: the template's draft can come back too.
  await page.getByRole("button", { name: "Use the template again" }).click();
  await expect(message).toHaveValue(/^Dear Harper,/);
  await page.getByRole("button", { name: "Keep it" }).click();
  await expect(page.getByText(/Template applied/)).toHaveCount(0);
});

test("each tab keeps its own draft when switching tabs and after a reload", async ({ page }) => {
  await openComposer(page, "Rebecca Lindqvist");
  const message = page.getByLabel("Message");
  const request = "Hi Rebecca, a fellow Buckeye here: would you have 20 minutes to talk about corporate communications?";
  await page.getByLabel("Subject").fill("Fellow Buckeye: 20 minutes?");
  await message.fill(request);

  await tab(page, "Keep in touch").click();
  await expect(page.getByRole("heading", { level: 1, name: "Keep in touch with Rebecca Lindqvist" })).toBeVisible();
  await expect(message).not.toHaveValue(request);
  const note = "Hi Rebecca, I read your piece on internal comms and thought of our talk.";
  await message.fill(note);

  await tab(page, "Request").click();
  await expect(page.getByRole("heading", { level: 1, name: "Write to Rebecca Lindqvist" })).toBeVisible();
  await expect(message).toHaveValue(request);
  await expect(page.getByLabel("Subject")).toHaveValue("Fellow Buckeye: 20 minutes?");
  await expect(page.getByText("Restored the draft you were writing here earlier.")).toBeVisible();

  await tab(page, "Keep in touch").click();
  await expect(page.getByRole("heading", { level: 1, name: "Keep in touch with Rebecca Lindqvist" })).toBeVisible();
  await expect(message).toHaveValue(note);

  await page.reload();
  await expect(page.getByLabel("Message")).toHaveValue(note);
});

test("with nothing written the checks claim nothing, and run once there is text; a far contact is offered a call", async ({ page }) => {
  await openComposer(page, "Harper Nguyen");
  const checks = page.getByRole("complementary", { name: "Checks" });
  // Before: "✓ Passed: Every placeholder is filled in" and "✓ Passed: 0 words: short enough to read on a phone".
  await expect(checks.getByRole("listitem")).toHaveCount(1);
  await expect(checks.getByRole("listitem")).toContainText("Not checked yet: Write your message first: the checks run as you type.");
  await expect(checks.getByText(/Passed:/)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Log as sent" })).toBeDisabled();
  await expectAccessible(page);

  const message = page.getByLabel("Message");
  await message.fill("Hi Harper, would you have 20 minutes to talk about local news?");
  await expect(checks.getByText("Every placeholder is filled in.")).toBeVisible();
  await expect(checks.getByText(/\d+ words: short enough to read on a phone\./)).toBeVisible();
  await expect(checks.getByText(/Write your message first/)).toHaveCount(0);

  // Harper is 530 km away (the demo's distance): coffee alone misses, a call is what to offer.
  await message.fill("Hi Harper, would you have 20 minutes over coffee in person to talk about local news?");
  await expect(checks.getByText("They are 530 km (329 mi) away: offer a phone or video call rather than meeting in person.")).toBeVisible();
  await message.fill("Hi Harper, would you have 20 minutes for a phone call to talk about local news?");
  await expect(checks.getByText("Offers a call or video: right for someone 530 km (329 mi) away.")).toBeVisible();

  // Emptied again, the checks go back to waiting.
  await message.fill("   ");
  await expect(checks.getByRole("listitem")).toContainText("Not checked yet: Write your message first: the checks run as you type.");
  await expect(page.getByRole("button", { name: "Log as sent" })).toBeDisabled();
});

test("a voicemail script is checked for the name and the number, each said twice", async ({ page }) => {
  await openComposer(page, "Harper Nguyen");
  await page.getByLabel("Start from a template").selectOption({ label: "Voicemail script" });
  await expect(page.getByLabel("Channel")).toHaveValue("VOICEMAIL");
  const checks = page.getByRole("complementary", { name: "Checks" });
  // The demo student's name is filled in twice; the number is the student's to type.
  await expect(checks.getByText("Says your name at the start and again at the end.")).toBeVisible();
  const message = page.getByLabel("Message");
  const script = (await message.inputValue()).replaceAll("{{topic}}", "audio journalism");
  await message.fill(script.replace("{{myPhone}}", "614-555-0100").replace("{{myPhone}}", "soon"));
  await expect(checks.getByText("Say your number again at the end: the first time, they are reaching for a pen.")).toBeVisible();
  await message.fill(script.replaceAll("{{myPhone}}", "614-555-0100"));
  await expect(checks.getByText("Says your number twice, so they can write it down.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Log as sent" })).toBeEnabled();
});

test("a refused log takes the student to the field to fix, with the message kept", async ({ page }) => {
  await openComposer(page, "Harper Nguyen");
  const text = "Hi Harper, would you have 20 minutes to talk about local news?";
  const message = page.getByLabel("Message");
  await message.fill(text);
  // A slip of the year: sent in the future, which the server refuses (nothing is stored).
  const sent = page.getByLabel("Sent", { exact: true });
  const sentOn = await sent.inputValue();
  await sent.fill(`${Number(sentOn.slice(0, 4)) + 1}${sentOn.slice(4)}`);
  await page.getByRole("button", { name: "Log as sent" }).click();
  await expect(page.getByText("It can't have been sent in the future.")).toBeVisible();
  await expect(sent).toBeFocused();
  await expect(sent).toHaveAttribute("aria-invalid", "true");
  await expect(message).toHaveValue(text);
});

test("at 360 px every composer tab is on screen and reachable, with no sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await openComposer(page, "Harper Nguyen");
  for (const label of ["Request", "Follow-up", "Thank-you", "Keep in touch"]) {
    const box = await tab(page, label).boundingBox();
    expect(box, label).not.toBeNull();
    expect(box!.x, `${label} starts on screen`).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, `${label} ends on screen`).toBeLessThanOrEqual(360);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await tab(page, "Keep in touch").click();
  await expect(page.getByRole("heading", { level: 1, name: "Keep in touch with Harper Nguyen" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test("after a reply, the meeting is scheduled from the contact's page: by keyboard, in the board's dialog", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  // Each project its own demo contact in Outreach with an unanswered message, which no other spec writes to.
  const name = testInfo.project.name === "phone" ? "Rachel Goldberg" : "José Álvarez";
  const first = name.split(" ")[0]!;
  await signInAsDemo(page, DEMO_STUDENT);
  await page.goto(`/contacts?q=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name: new RegExp(`^${name}`) }).first().click();
  await page.waitForURL(/\/contacts\/[\w-]+$/, { timeout: 30_000 });
  await page.waitForLoadState("networkidle");

  // Before a reply it is offered, not pressed on the student; after one, it is the next step.
  const schedule = page.getByRole("button", { name: "Schedule the meeting" });
  await expect(schedule).toBeVisible();
  await expect(page.getByText("Next: schedule the meeting")).toHaveCount(0);
  await page.getByRole("button", { name: "They replied" }).first().click();
  await expect(page.getByText("Reply logged: the follow-up reminders are cleared.")).toBeVisible();
  await expect(page.getByText("Next: schedule the meeting")).toBeVisible();
  await expect(page.getByText(`Nothing scheduled with ${first} yet. They replied: once you have agreed a time, schedule it here.`)).toBeVisible();
  await expectAccessible(page);

  // Opened and closed from the keyboard: Escape puts focus back on the button.
  await schedule.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: `Move ${name} to Scheduled` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Date and time")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(schedule).toBeFocused();

  // Scheduled three days ahead at 11:00 (the demo student's zone), saved from the keyboard.
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(Date.now() + 3 * 86_400_000));
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Date and time").fill(`${day}T11:00`);
  await dialog.getByRole("button", { name: "Move to Scheduled" }).focus();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  const notice = page.getByText(`Scheduled your meeting with ${name}.`);
  await expect(notice).toBeVisible();
  // The button is gone with the dialog: focus is on what happened, not lost to the page.
  await expect(page.locator(":focus")).toContainText(`Scheduled your meeting with ${name}.`);
  await expect(page.getByRole("button", { name: "Schedule the meeting" })).toHaveCount(0);

  // The page now shows the stage, the meeting and the reminder to prepare the day before.
  await expect(page.locator("header").getByText("Scheduled", { exact: true })).toBeVisible();
  const upcoming = page.getByRole("region", { name: "Upcoming meeting" });
  await expect(upcoming.getByText(/11:00 AM/)).toBeVisible();
  await expect(upcoming.getByRole("link", { name: "Interview mode" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Timeline" }).getByText(`Prepare for your meeting with ${name}`).first()).toBeVisible();
  await expectAccessible(page);

  // Interview mode times the meeting while it is to be held; once marked done, the timer is gone.
  await upcoming.getByRole("link", { name: "Interview mode" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Interview with ${name}` })).toBeVisible();
  await expect(page.getByRole("region", { name: "Timer" })).toBeVisible();
  const startsAt = await page.locator("header").filter({ has: page.getByRole("heading", { level: 1 }) }).locator("time").getAttribute("datetime");
  // An hour after it started (it lasts 30 minutes), where the form offers its scheduled end.
  writeFileSync(clockFile, String(new Date(startsAt!).getTime() + 60 * 60_000 - Date.now()));
  await page.reload();
  await page.getByRole("region", { name: "Finish" }).getByRole("button", { name: "Mark meeting done" }).click();
  await expect(page.getByText(/^Done .*Keep adding what you remember\. Send your thank-you within 24 hours, by \d{1,2}:\d\d [AP]M on /)).toBeVisible();
  await expect(page.getByRole("region", { name: "Timer" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /timer$/ })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("region", { name: "Timer" })).toHaveCount(0);
});
