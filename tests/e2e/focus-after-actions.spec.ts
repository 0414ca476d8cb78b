// Where keyboard focus lands after an in-page action whose button goes away or is disabled while it
// works: on what happened (with its Undo the next Tab stop), on the same control now saying the
// opposite, or back in the form for the next entry; never on the page itself (the body), which
// sends a keyboard or screen-reader user back to the top. Each project writes only rows of its own
// run (an action item on Kenji Watanabe's meeting, removed at the end) or undoes what it did
// (a reply on Daniel Kim's message, a note of Gabriel Santos's shared and unshared); the agenda test
// fills Kenji's agenda, which no other spec reads.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_STUDENT, signInAsDemo } from "./helpers";

const KENJI = "Kenji Watanabe";

async function openContact(page: Page, name: string) {
  await page.goto(`/contacts?q=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name: new RegExp(`^${name}`) }).first().click();
  await page.waitForURL(/\/contacts\/[\w-]+$/, { timeout: 30_000 });
  // A button pressed before the page's scripts run does a plain form post instead.
  await page.waitForLoadState("networkidle");
}

/** Kenji's upcoming meeting, from his contact page. */
async function kenjiMeeting(page: Page): Promise<string> {
  await openContact(page, KENJI);
  const href = await page.getByRole("region", { name: "Upcoming meeting" }).locator('a[href$="/invitation"]').first().getAttribute("href");
  const meetingId = href?.match(/\/api\/meetings\/([^/]+)\/invitation/)?.[1];
  expect(meetingId, `${KENJI}'s scheduled meeting`).toBeTruthy();
  return meetingId!;
}

async function openInterview(page: Page, meetingId: string) {
  await page.goto(`/meetings/${meetingId}/interview`);
  await expect(page.getByRole("heading", { level: 1, name: `Interview with ${KENJI}` })).toBeVisible();
  await page.waitForLoadState("networkidle");
}

/** Presses a button from the keyboard, as the people this is for do. */
async function press(page: Page, button: ReturnType<Page["getByRole"]>) {
  await button.focus();
  await page.keyboard.press("Enter");
}

/** The day after tomorrow in the demo student's zone, as a date field takes it. */
function inTwoDays(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(Date.now() + 2 * 86_400_000));
}

test("interview mode: a refused action item focuses its field; one added puts focus back in the form for the next", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const text = `Read COSI's annual report (${testInfo.project.name} ${Date.now().toString(36)})`;
  await signInAsDemo(page, DEMO_STUDENT);
  await openInterview(page, await kenjiMeeting(page));
  const actions = page.getByRole("region", { name: "Action items" });
  const field = actions.getByLabel("Action item", { exact: true });
  const add = actions.getByRole("button", { name: "Add action item" });

  // Nothing written: refused, and focus on the field to fix, not the page.
  await press(page, add);
  await expect(actions.getByText("Write what you will do.")).toBeVisible();
  await expect(field).toBeFocused();

  // Added: focus back in the first field, empty and ready for the next; the status line says so.
  await field.fill(text);
  await press(page, add);
  await expect(actions.getByRole("listitem").filter({ hasText: text })).toBeVisible();
  await expect(actions.getByRole("status")).not.toBeEmpty();
  await expect(field).toBeFocused();
  await expect(field).toHaveValue("");

  // The takeaway box works the same way, without a server round trip to wait for.
  const takeaways = page.getByRole("region", { name: "Takeaways" });
  await press(page, takeaways.getByRole("button", { name: "Add takeaway" }));
  await expect(takeaways.getByText("Write the takeaway first.")).toBeVisible();
  await expect(takeaways.getByLabel("New takeaway")).toBeFocused();

  await actions.getByRole("button", { name: `Remove action item: ${text}` }).click();
  await expect(actions.getByRole("listitem").filter({ hasText: text })).toHaveCount(0);
});

test("Today: after Done focus is on what happened, Undo is the next Tab stop, and after Undo or a snooze focus is on the message", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  // A reminder of this run's own: an action item due in two days, on Today's Upcoming list.
  const text = `Send Kenji the museum piece (${testInfo.project.name} ${Date.now().toString(36)})`;
  await signInAsDemo(page, DEMO_STUDENT);
  const meetingId = await kenjiMeeting(page);
  await openInterview(page, meetingId);
  const actions = page.getByRole("region", { name: "Action items" });
  await actions.getByLabel("Action item", { exact: true }).fill(text);
  await actions.getByLabel("Due date (optional)").fill(inTwoDays());
  await actions.getByRole("button", { name: "Add action item" }).click();
  await expect(actions.getByRole("listitem").filter({ hasText: text })).toBeVisible();

  await page.goto("/today");
  await page.waitForLoadState("networkidle");
  const main = page.getByRole("main");
  const card = main.getByRole("listitem").filter({ has: page.getByRole("button", { name: `Done: ${text}` }) });
  await expect(card).toHaveCount(1);

  // Done: the card leaves the list; focus is on the notice, not the page.
  await press(page, card.getByRole("button", { name: `Done: ${text}` }));
  await expect(card).toHaveCount(0);
  await expect(page.locator(":focus")).toHaveText(`Done: ${text}.`);
  await page.keyboard.press("Tab");
  await expect(main.getByRole("button", { name: "Undo" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(card).toHaveCount(1);
  await expect(page.locator(":focus")).toHaveText("Undone: the reminder is back on Today.");

  // Snoozed: the card leaves too; the notice says when it comes back.
  await press(page, card.locator("summary"));
  await press(page, card.getByRole("button", { name: "Tomorrow" }));
  await expect(card).toHaveCount(0);
  await expect(page.locator(":focus")).toHaveText(`Snoozed: ${text}. It comes back tomorrow.`);

  await openInterview(page, meetingId);
  await actions.getByRole("button", { name: `Remove action item: ${text}` }).click();
  await expect(actions.getByRole("listitem").filter({ hasText: text })).toHaveCount(0);
});

test("the timeline: after They replied focus is on what happened, with Undo next; after Undo, on what happened again", async ({ page }) => {
  await signInAsDemo(page, DEMO_STUDENT);
  await openContact(page, "Daniel Kim");
  await press(page, page.getByRole("button", { name: "They replied" }));
  await expect(page.locator(":focus")).toHaveText("Reply logged: the follow-up reminders are cleared.");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Undo: no reply yet" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator(":focus")).toHaveText("Marked as not answered yet.");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "They replied" })).toBeFocused();
});

test("the timeline: each note's Share button names its note, and focus stays on it, now Stop sharing, and back", async ({ page }) => {
  await signInAsDemo(page, DEMO_STUDENT);
  // A takeaway and a note written a minute apart: the same day, told apart by their words.
  await openContact(page, "Gabriel Santos");
  const share = page.getByRole("button", { name: /^Share with my career centre/ });
  // The timeline streams in after the page's header: wait for it before counting (count() does not wait).
  await expect(share.nth(1)).toBeVisible();
  const names = await share.evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-label")));
  expect(new Set(names).size).toBe(names.length);
  const takeaway = page.getByRole("button", { name: /^Share with my career centre: the takeaway from .*“Podcast PR is relationship PR:/ });
  await expect(takeaway).toHaveCount(1);

  await press(page, takeaway);
  const stop = page.getByRole("button", { name: /^Stop sharing the takeaway from .*“Podcast PR is relationship PR:.* with my career centre$/ });
  await expect(stop).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(takeaway).toBeFocused();
});

test("the agenda: after Suggest focus is on what was suggested; after Add question, back in the question; after Save notes, on Save notes", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await signInAsDemo(page, DEMO_STUDENT);
  const meetingId = await kenjiMeeting(page);
  await page.goto(`/meetings/${meetingId}/agenda`);
  await expect(page.getByRole("heading", { level: 1, name: `Agenda: ${KENJI}` })).toBeVisible();
  await page.waitForLoadState("networkidle");
  const agenda = page.getByRole("list", { name: "Agenda questions in order" });

  // The other project's run may have filled it: empty it first.
  for (let left = await agenda.getByRole("listitem").count(); left > 0; left--) {
    await agenda.getByRole("button", { name: /^Remove / }).first().click();
    await expect(agenda.getByRole("listitem")).toHaveCount(left - 1);
  }
  // The button goes with the empty agenda it sat in.
  await press(page, page.getByRole("button", { name: "Suggest an agenda" }));
  await expect(agenda.getByRole("listitem").first()).toBeVisible();
  await expect(page.locator(":focus")).toHaveText(/^Suggested \d+ questions? that fit the \d+ minutes\.$/);

  const question = page.getByLabel("Your question");
  await press(page, page.getByRole("button", { name: "Add question" }));
  await expect(question).toBeFocused();
  await question.fill(`What did COSI's last exhibit launch teach you? (${testInfo.project.name})`);
  await press(page, page.getByRole("button", { name: "Add question" }));
  await expect(page.getByText("Added your question to the agenda.")).toBeVisible();
  await expect(question).toBeFocused();
  await expect(question).toHaveValue("");

  await page.getByLabel(/^What you know about/).fill(`Runs COSI's press for new exhibits (${testInfo.project.name}).`);
  const save = page.getByRole("button", { name: "Save notes" });
  await press(page, save);
  await expect(page.getByText("Research notes saved.")).toBeVisible();
  await expect(save).toBeFocused();
});
