// Where keyboard focus lands after an in-page action whose button goes away or is disabled while it
// works: on what happened (with its Undo the next Tab stop), on the same control now saying the
// opposite, or back in the form for the next entry; never on the page itself (the body), which
// sends a keyboard or screen-reader user back to the top. Each project writes only rows of its own
// run (an action item on Kenji Watanabe's meeting, removed at the end) or undoes what it did
// (a reply on Daniel Kim's message, a note of Gabriel Santos's shared and unshared, Sarah Jennings's
// meeting end saved as it was); the agenda tests fill Kenji's agenda, which no other spec reads.
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

async function openAgenda(page: Page, meetingId: string) {
  await page.goto(`/meetings/${meetingId}/agenda`);
  await expect(page.getByRole("heading", { level: 1, name: `Agenda: ${KENJI}` })).toBeVisible();
  await page.waitForLoadState("networkidle");
  const agenda = page.getByRole("list", { name: "Agenda questions in order" });
  // The other project's run may have filled it: empty it first. Each removal's message (whose Undo
  // takes the focus) is waited for: arriving late, it took the Enter meant for Suggest.
  for (let left = await agenda.getByRole("listitem").count(); left > 0; left--) {
    const remove = agenda.getByRole("button", { name: /^Remove / }).first();
    const question = (await remove.getAttribute("aria-label"))!.replace(/^Remove /, "");
    await remove.click();
    await expect(agenda.getByRole("listitem")).toHaveCount(left - 1);
    await expect(page.getByText(`Removed ${question} from the agenda.`, { exact: true })).toBeVisible();
  }
  return agenda;
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
  const agenda = await openAgenda(page, await kenjiMeeting(page));
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

test("interview mode: after Remove focus is on what happened, with Undo next; after Undo, on the item back in the list", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const run = `${testInfo.project.name} ${Date.now().toString(36)}`;
  await signInAsDemo(page, DEMO_STUDENT);
  await openInterview(page, await kenjiMeeting(page));

  // Action items and resources share the checklist.
  const actions = page.getByRole("region", { name: "Action items" });
  const text = `Ask Kenji's team for the volunteer list (${run})`;
  await actions.getByLabel("Action item", { exact: true }).fill(text);
  await actions.getByRole("button", { name: "Add action item" }).click();
  const item = actions.getByRole("checkbox", { name: text });
  await expect(item).toBeVisible();
  await press(page, actions.getByRole("button", { name: `Remove action item: ${text}` }));
  await expect(item).toHaveCount(0);
  await expect(page.locator(":focus")).toHaveText(`Removed “${text}”.`);
  await page.keyboard.press("Tab");
  await expect(actions.getByRole("button", { name: "Undo" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(item).toBeFocused();
  await expect(actions.getByRole("button", { name: "Undo" })).toHaveCount(0);

  const resources = page.getByRole("region", { name: "Resources" });
  const title = `COSI After Dark (${run})`;
  await resources.getByLabel("Resource name").fill(title);
  await resources.getByRole("button", { name: "Add resource" }).click();
  const resource = resources.getByRole("checkbox", { name: title });
  await expect(resource).toBeVisible();
  await press(page, resources.getByRole("button", { name: `Remove resource: ${title}` }));
  await expect(resource).toHaveCount(0);
  await expect(page.locator(":focus")).toHaveText(`Removed “${title}”.`);
  await page.keyboard.press("Tab");
  await expect(resources.getByRole("button", { name: "Undo" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(resource).toBeFocused();

  // Takeaways work the same way; the one added back is listed at once, and keeps focus once saved.
  const takeaways = page.getByRole("region", { name: "Takeaways" });
  const body = `Exhibits launch twice: once to press, once to members (${run})`;
  await takeaways.getByLabel("New takeaway").fill(body);
  await takeaways.getByRole("button", { name: "Add takeaway" }).click();
  const takeaway = takeaways.getByRole("listitem").filter({ hasText: body });
  await press(page, takeaway.getByRole("button", { name: /^Remove takeaway: / }));
  await expect(takeaway).toHaveCount(0);
  await expect(page.locator(":focus")).toHaveText("Removed a takeaway.");
  await page.keyboard.press("Tab");
  await expect(takeaways.getByRole("button", { name: "Undo" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(takeaway.getByRole("button", { name: /^Remove takeaway: / })).toBeVisible();
  await expect(takeaway.getByText(body)).toBeFocused();

  await actions.getByRole("button", { name: `Remove action item: ${text}` }).click();
  await expect(item).toHaveCount(0);
  await resources.getByRole("button", { name: `Remove resource: ${title}` }).click();
  await expect(resource).toHaveCount(0);
  await takeaway.getByRole("button", { name: /^Remove takeaway: / }).click();
  await expect(takeaway).toHaveCount(0);
});

test("the agenda: a suggestion's message stays with its questions and goes once the agenda changes; Edit's Save and Cancel put focus back on Edit; × moves on", async ({ page, context }, testInfo) => {
  test.setTimeout(120_000);
  await signInAsDemo(page, DEMO_STUDENT);
  const agenda = await openAgenda(page, await kenjiMeeting(page));
  await press(page, page.getByRole("button", { name: "Suggest an agenda" }));
  const suggested = page.getByText(/^Suggested \d+ questions? that fit the \d+ minutes\.$/);
  await expect(agenda.getByRole("listitem").first()).toBeVisible();
  // Its questions arriving is not a change that outdates it.
  await expect(suggested).toBeVisible();

  // Edit, then Cancel: back on Edit, and the agenda as it was (the message too).
  const first = agenda.getByRole("listitem").first();
  const edit = first.getByRole("button", { name: /^Edit / });
  await press(page, edit);
  await expect(edit).toHaveAttribute("aria-expanded", "true");
  await press(page, first.getByRole("button", { name: "Cancel" }));
  await expect(first.getByLabel("Minutes")).toHaveCount(0);
  await expect(edit).toBeFocused();
  await expect(suggested).toBeVisible();

  // A question of their own overruns the suggestion's minutes: the overrun is said, and the message
  // that the agenda fits is gone rather than beside it.
  const own = page.getByRole("region", { name: "Add your own question" });
  const question = `How do you pitch an exhibit to TV? (${testInfo.project.name})`;
  await own.getByLabel("Your question").fill(question);
  await own.getByLabel("Minutes").fill("10");
  await own.getByRole("button", { name: "Add question" }).click();
  await expect(agenda.getByRole("listitem").filter({ hasText: question })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /^Over by / })).toBeVisible();
  await expect(suggested).toHaveCount(0);

  // Edit, then Save: not sent (the browser checks the fields itself), back in the form; saved, back on Edit.
  const row = agenda.getByRole("listitem").filter({ hasText: question });
  const editOwn = row.getByRole("button", { name: /^Edit / });
  await press(page, editOwn);
  const minutes = row.getByLabel("Minutes");
  await minutes.fill("1");
  await context.setOffline(true);
  await press(page, row.getByRole("button", { name: "Save" }));
  await expect(row.getByRole("alert")).toContainText("couldn’t be reached");
  await expect(row.getByLabel("Question")).toBeFocused();
  await expect(minutes).toHaveValue("1");
  await context.setOffline(false);
  await press(page, row.getByRole("button", { name: "Save" }));
  await expect(row.getByText("1 min", { exact: true })).toBeVisible();
  await expect(minutes).toHaveCount(0);
  await expect(editOwn).toBeFocused();

  // Removed: focus on Undo (as before); the message dismissed, on to the first question's handle.
  await press(page, row.getByRole("button", { name: /^Remove / }));
  await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
  await press(page, page.getByRole("button", { name: "Dismiss message" }));
  await expect(page.getByRole("button", { name: "Undo" })).toHaveCount(0);
  await expect(agenda.getByRole("button", { name: /^Drag to reorder / }).first()).toBeFocused();
});

test("change when a meeting ended: refused, focus is on the field; saved, the form closes with what was saved said, and focus is on the summary that opens it", async ({ page }) => {
  await signInAsDemo(page, DEMO_STUDENT);
  await openContact(page, "Sarah Jennings");
  const meeting = page.getByRole("region", { name: "Timeline" }).getByRole("listitem").filter({ hasText: "Change when it ended" });
  const summary = meeting.getByText("Change when it ended", { exact: true });
  await press(page, summary);
  const field = meeting.getByLabel("When the meeting ended");
  const end = await field.inputValue();
  expect(end).not.toBe("");

  await field.fill("");
  await press(page, meeting.getByRole("button", { name: "Save" }));
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toBeFocused();

  // Saved as it was: nothing changes but the meeting's version.
  await field.fill(end);
  await press(page, meeting.getByRole("button", { name: "Save" }));
  await expect(meeting.getByRole("status")).toContainText("Saved: the meeting ended at");
  await expect(field).toBeHidden();
  await expect(summary).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(field).toBeVisible();
  await expect(field).toHaveValue(end);
});
