// Interview mode (made for a phone, run on desktop too): a demo scheduled meeting with a seeded agenda (Lauren Mitchell's; no
// other spec writes to it), two answers, a takeaway, an action item with a due date and a referral;
// a reload mid-way loses nothing (not even an answer typed just before it); an answer typed while
// the connection is down is kept on the device and saved when it returns; the referral is a
// contact in Find linked to Lauren. Every run writes text stamped with the run, so a second run
// against the same database checks its own rows.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { kindOfKey } from "@/lib/domain/device-drafts";
import { toLocalInputValue } from "@/lib/domain/local-time";
import { expectAccessible } from "./axe";
import { DEMO_STUDENT, signInAsDemo } from "./helpers";

const CONTACT = "Lauren Mitchell";
const START = "How did you get started in this field?";
const DAY = "What does a typical day or week look like for you?";
const WHO = "Who else should I talk to?";


function section(page: Page, name: string): Locator {
  return page.getByRole("region", { name });
}

/** The answer box of a question and the status line under it. */
function answer(page: Page, question: string) {
  const box = section(page, "Questions").getByRole("textbox", { name: question, exact: false });
  const item = section(page, "Questions").getByRole("listitem").filter({ has: page.getByRole("textbox", { name: question, exact: false }) });
  return { box, status: item.getByRole("status") };
}

async function openInterview(page: Page): Promise<string> {
  await page.goto(`/contacts?q=${encodeURIComponent(CONTACT)}`);
  await page.getByRole("link", { name: new RegExp(`^${CONTACT}`) }).first().click();
  await page.waitForURL(/\/contacts\/[\w-]+$/, { timeout: 30_000 });
  const href = await page.getByRole("link", { name: "Add to calendar (.ics)" }).first().getAttribute("href");
  const meetingId = href?.match(/\/api\/meetings\/([^/]+)\/invitation/)?.[1];
  expect(meetingId, "Lauren's scheduled meeting").toBeTruthy();
  await page.goto(`/meetings/${meetingId}/interview`);
  await expect(page.getByRole("heading", { level: 1, name: `Interview with ${CONTACT}` })).toBeVisible();
  return `/meetings/${meetingId}/interview`;
}

test("run interview mode: answers, takeaway, action item and referral survive a reload and a dropped connection", async ({ page, context }) => {
  test.setTimeout(180_000);
  const run = Date.now().toString(36);
  const first = `Started on the Lantern fashion desk (${run})`;
  const second = `Mornings are press calls, afternoons content reviews (${run})`;
  const takeaway = `In-house means knowing the product better than the press does (${run})`;
  const action = `Send Lauren my fashion-week clip (${run})`;
  const referral = `Jordan Reyes ${run}`;

  await signInAsDemo(page, DEMO_STUDENT);
  const url = await openInterview(page);

  // The agenda in order, the referral question last, each with an answer box.
  const questions = section(page, "Questions").getByRole("list").first().getByRole("textbox");
  await expect(questions.first()).toHaveAccessibleName(new RegExp(START.replace("?", "\\?")));
  await expect(questions.nth((await questions.count()) - 2)).toHaveAccessibleName(/What trends are changing/);
  await expect(questions.last()).toHaveAccessibleName(new RegExp(WHO.replace("?", "\\?")));

  // The timer runs against the agreed 30 minutes.
  await expect(page.getByRole("region", { name: "Timer" })).toContainText("30 min");
  await page.getByRole("button", { name: /^(Start|Resume) timer$/ }).click();
  await expect(page.getByRole("button", { name: "Pause timer" })).toBeVisible();
  await page.getByRole("button", { name: "Pause timer" }).click();

  // First answer: saved after a pause in typing.
  await answer(page, START).box.fill(first);
  await expect(answer(page, START).status).toHaveText("Saved");

  // A takeaway, an action item with a due date, a referral.
  const takeaways = section(page, "Takeaways");
  await takeaways.getByLabel("New takeaway").fill(takeaway);
  await takeaways.getByRole("button", { name: "Add takeaway" }).click();
  await expect(takeaways.getByRole("listitem").filter({ hasText: takeaway })).toBeVisible();
  await expect(takeaways.getByLabel("New takeaway")).toHaveValue("");

  const actions = section(page, "Action items");
  await actions.getByRole("button", { name: "Add action item" }).click();
  await expect(actions.getByText("Write what you will do.")).toBeVisible();
  await actions.getByLabel("Action item", { exact: true }).fill(action);
  await actions.getByLabel("Due date (optional)").fill("2031-03-18");
  await actions.getByRole("button", { name: "Add action item" }).click();
  await expect(actions.getByText("Action item added; it will show on Today when due.")).toBeVisible();
  await expect(actions.getByRole("checkbox", { name: action })).not.toBeChecked();
  await expect(actions.getByRole("listitem").filter({ has: page.getByRole("checkbox", { name: action }) })).toContainText("Due Tue, Mar 18, 2031");

  const referrals = section(page, "Referrals");
  await referrals.getByLabel("Email (optional)").fill("not-an-email");
  await referrals.getByRole("button", { name: "Add referral" }).click();
  await expect(referrals.getByText("Enter the person's name.")).toBeVisible();
  await expect(referrals.getByText("Enter an email like name@example.com.")).toBeVisible();
  await expect(referrals.getByLabel("Email (optional)")).toHaveValue("not-an-email");
  await referrals.getByLabel("Name", { exact: true }).fill(referral);
  await referrals.getByLabel("Employer (optional)").fill("Express");
  await referrals.getByLabel("Email (optional)").fill("");
  await referrals.getByRole("button", { name: "Add referral" }).click();
  await expect(referrals.getByText(`Added ${referral} to Find.`)).toBeVisible();
  await expect(referrals.getByRole("link", { name: referral })).toBeVisible();

  // A flag flipped (an earlier run may have left it either way).
  const card = section(page, "Notes for the thank-you").getByRole("checkbox", { name: "Business card received" });
  const hadCard = await card.isChecked();
  await card.setChecked(!hadCard);
  await expect(section(page, "Notes for the thank-you").getByRole("status").first()).toHaveText("Saved");

  // Second answer typed, and the page reloaded at once, before the autosave had a chance to send it.
  await answer(page, DAY).box.fill(second);
  await page.reload();
  await expect(answer(page, DAY).box).toHaveValue(second);
  await expect(answer(page, DAY).status).toHaveText("Saved");
  await expect(answer(page, START).box).toHaveValue(first);
  await expect(section(page, "Takeaways").getByText(takeaway)).toBeVisible();
  await expect(section(page, "Action items").getByRole("checkbox", { name: action })).toBeVisible();
  await expect(section(page, "Referrals").getByRole("link", { name: referral })).toBeVisible();
  await expect(card).toBeChecked({ checked: !hadCard });

  // The connection drops mid-answer: kept on the device, saved when it returns.
  await context.setOffline(true);
  await answer(page, START).box.fill(`${first}, then agency work`);
  await expect(answer(page, START).status).toHaveText("Offline — kept on this device");
  expect((await page.evaluate(() => Object.keys(localStorage))).filter((k) => kindOfKey(k) === "interviewNotes")).not.toEqual([]);
  await context.setOffline(false);
  await expect(answer(page, START).status).toHaveText("Saved", { timeout: 15_000 });
  // Saved on the server, not only on this device: nothing left in storage, and a reload shows it.
  expect((await page.evaluate(() => Object.keys(localStorage))).filter((k) => kindOfKey(k) === "interviewNotes")).toEqual([]);
  await page.reload();
  await expect(answer(page, START).box).toHaveValue(`${first}, then agency work`);
  await expect(answer(page, DAY).box).toHaveValue(second);
  await expectAccessible(page);

  // The referral is a contact in Find, linked to Lauren.
  await page.goto(`/contacts?q=${encodeURIComponent(referral)}&stage=FIND`);
  await page.getByRole("link", { name: new RegExp(`^${referral}`) }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: referral })).toBeVisible();
  await expect(page.getByRole("link", { name: CONTACT })).toHaveAttribute("href", /\/contacts\/[\w-]+$/);
  await expect(page.getByText(`Referred by ${CONTACT}`).first()).toBeVisible();

  // Today asks the student to write to them, saying who referred them.
  await page.goto("/today");
  const item = page.locator("#referrals").getByRole("listitem").filter({ has: page.getByRole("link", { name: referral, exact: true }) });
  await expect(item).toContainText(`Referred by ${CONTACT}`);
  await expect(item.getByRole("link", { name: `Write to ${referral.split(" ")[0]}` })).toHaveAttribute("href", /^\/contacts\/[\w-]+\/compose$/);
  await expectAccessible(page);
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1, name: `Interview with ${CONTACT}` })).toBeVisible();
});

test("an action item due before today says it is overdue and on Today now, and is marked overdue in words", async ({ page }) => {
  const run = Date.now().toString(36);
  const text = `Send Lauren the portfolio link (${run})`;
  // Five days ago in the demo student's zone (prisma/seed.ts).
  const dueOn = toLocalInputValue(new Date(Date.now() - 5 * 24 * 60 * 60_000), "America/New_York").slice(0, 10);
  await signInAsDemo(page, DEMO_STUDENT);
  await openInterview(page);
  const actions = section(page, "Action items");
  await actions.getByLabel("Action item", { exact: true }).fill(text);
  await actions.getByLabel("Due date (optional)").fill(dueOn);
  await actions.getByRole("button", { name: "Add action item" }).click();
  await expect(actions.getByRole("status").filter({ hasText: "Action item added." })).toHaveText("Action item added. It is already overdue: it is on Today now, under Overdue.");
  const box = actions.getByRole("checkbox", { name: text });
  await expect(box).toHaveAccessibleDescription(/^Overdue: was due \w{3}, \w{3} \d{1,2}(, \d{4})?$/);
  await expectAccessible(page);

  // It is on Today, under Overdue.
  await page.goto("/today");
  await expect(page.locator("#overdue").getByText(text)).toBeVisible();

  // Done, it is no longer overdue (and leaves Today).
  await page.goBack();
  await section(page, "Action items").getByRole("checkbox", { name: text }).check();
  // Saved once the page's answer comes back with the item done (no longer said to be overdue).
  await expect(section(page, "Action items").getByRole("checkbox", { name: text })).toHaveAccessibleDescription(/^Due /);
  await page.reload();
  await expect(section(page, "Action items").getByRole("checkbox", { name: text })).toBeChecked();
  await expect(section(page, "Action items").getByRole("checkbox", { name: text })).toHaveAccessibleDescription(/^Due \w{3}, \w{3} \d{1,2}(, \d{4})?$/);
});

test("a meeting can't be marked done before it starts: the form says when it starts, and the refusal is on the field", async ({ page }) => {
  await signInAsDemo(page, DEMO_STUDENT);
  await openInterview(page);
  // Lauren's meeting is tomorrow: the field says so before anything is sent.
  const finish = section(page, "Finish");
  const ended = finish.getByLabel("When the meeting ended");
  await expect(ended).toHaveAccessibleDescription(/^It is scheduled to start at 10:00 AM on .+: mark it done once it's over\.$/);
  const offered = await ended.inputValue();
  await finish.getByRole("button", { name: "Mark meeting done" }).click();
  await expect(ended).toHaveAccessibleDescription(/^This meeting is scheduled to start at 10:00 AM on .+, so it can't have ended before then\. Mark it done once it's over\. If it happened earlier than planned, tick "It happened earlier than planned" below: a field for when it started appears\.$/);
  // Said once: the hint that said when it starts gives way to the refusal, which says it too.
  await expect(finish.getByText(/mark it done once it's over/i)).toHaveCount(1);
  await expect(ended).toHaveAttribute("aria-invalid", "true");
  await expect(ended).toHaveValue(offered);
  // Focus goes to the field to fix.
  await expect(ended).toBeFocused();
  // The box the refusal names is on screen below it; ticked, neither the refusal nor the hint that
  // it starts tomorrow stays to contradict it, and the start it asks for appears, filled in.
  const earlier = finish.getByRole("checkbox", { name: "It happened earlier than planned" });
  await expect(earlier).toBeVisible();
  await earlier.check();
  await expect(finish.getByText(/mark it done once it's over/i)).toHaveCount(0);
  await expect(ended).not.toHaveAttribute("aria-invalid", "true");
  await expect(finish.getByLabel("When it started")).toHaveAccessibleDescription(/^We filled in \d+ minutes before the end \(the planned length\)\. Change it if it started at another time\.$/);
  // Nothing was marked: after a reload the meeting is still to be done.
  await page.reload();
  await expect(section(page, "Finish").getByRole("button", { name: "Mark meeting done" })).toBeVisible();
});
