// Chapters (#8): a member claims a professional and copies them to their pipeline while another
// member sees them claimed; an officer schedules a group meeting, two members RSVP and each finds
// it in their pipeline, then moves it and marks it done with the end typed; another is cancelled. Runs on the shared demo database, desktop then phone: every professional,
// member and meeting here is created by this spec with a name unique to the run, and the demo
// student only looks (her contacts are left alone for the other specs).
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { suggestedEarlierStart } from "@/lib/domain/meeting-done";
import { expectAccessible } from "./axe";
import { DEMO_OFFICER, DEMO_STUDENT, signInAsDemo } from "./helpers";

const CHAPTER = "PRSSA — Ohio State";
// The e2e server reads its clock offset from here (lib/clock.ts, RAPPORT_TEST_CLOCK=1).
const clockFile = path.join(process.env.E2E_DATA_DIR ?? ".data/e2e", "clock-offset");
test.afterEach(() => rmSync(clockFile, { force: true }));

async function newMember(browser: Browser, phone: boolean, name: string, inviteCode: string, baseURL: string): Promise<Page> {
  const context = await browser.newContext(phone ? { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, baseURL } : { baseURL });
  const page = await context.newPage();
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(`${name.toLowerCase().replace(/\W+/g, ".")}.${Date.now()}@example.edu`);
  await page.getByLabel("Password").fill("a much longer passphrase");
  await page.getByRole("button", { name: /Create account/ }).click();
  await expect(page).toHaveURL(/\/today$/, { timeout: 20_000 });
  await page.goto(`/chapters/join/${inviteCode}`);
  await expect(page.getByRole("heading", { level: 1, name: `Join ${CHAPTER}` })).toBeVisible();
  await page.getByRole("button", { name: `Join ${CHAPTER}` }).click();
  await expect(page).toHaveURL(/\/chapter$/, { timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Chapter" })).toBeVisible();
  return page;
}

async function inviteCodeAsOfficer(page: Page): Promise<string> {
  await page.goto("/chapters");
  await expect(page.getByRole("heading", { level: 1, name: "Chapters" })).toBeVisible();
  const code = (await page.getByTestId("invite-code").first().textContent())?.trim() ?? "";
  expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  return code;
}

function card(page: Page, name: string) {
  return page.getByRole("article", { name });
}

async function search(page: Page, text: string) {
  await page.getByRole("searchbox", { name: "Search" }).fill(text);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(text).replace(/%20/g, "(\\+|%20)")}`));
}

test("a member claims and copies a professional; another member sees them claimed", async ({ page, browser, baseURL }, testInfo) => {
  test.setTimeout(120_000);
  const phone = testInfo.project.name === "phone";
  if (phone) await page.setViewportSize({ width: 360, height: 780 });
  const run = `${phone ? "Phone" : "Desk"}${Date.now().toString(36).slice(-5)}`;
  const professional = `Quinn Harper ${run}`;

  // The officer adds a professional to the list and reads the chapter's invite code.
  await signInAsDemo(page, DEMO_OFFICER);
  const code = await inviteCodeAsOfficer(page);
  await expectAccessible(page);
  await page.goto("/chapter");
  await page.getByText("Add a professional").click();
  const propose = page.locator("form", { has: page.getByRole("button", { name: "Add to the list" }) });
  await propose.getByLabel("Name", { exact: true }).fill(professional);
  await propose.getByRole("textbox", { name: "Employer", exact: true }).fill(`Harper Agency ${run}`);
  await propose.getByLabel("Topics they will talk about").fill("agency life, pitching");
  await propose.getByRole("button", { name: "Add to the list" }).click();
  await expect(page.getByText(`${professional} is on the chapter's list.`)).toBeVisible();

  // Member A joins by the invite link, finds the professional, claims and copies them.
  const memberA = await newMember(browser, phone, `Avery ${run}`, code, baseURL ?? "");
  try {
    await search(memberA, professional);
    const entry = card(memberA, professional);
    await expect(entry.getByText("Not claimed")).toBeVisible();
    await entry.getByRole("button", { name: `Claim ${professional}` }).click();
    await expect(entry.getByText(/Claimed by you until/)).toBeVisible();
    await entry.getByRole("button", { name: `Copy ${professional} to my pipeline` }).click();
    await expect(entry.getByText("Copied to your pipeline, at Find.")).toBeVisible();
    await expectAccessible(memberA);
    await entry.getByRole("link", { name: `Open ${professional} in my pipeline` }).click();
    await expect(memberA.getByRole("heading", { level: 1, name: professional })).toBeVisible();
    await memberA.goto("/pipeline");
    await expect(memberA.getByText(professional).first()).toBeVisible();
  } finally {
    await memberA.context().close();
  }

  // Member B (the demo student) sees them claimed, without who, and cannot claim them.
  const context = await browser.newContext(phone ? { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, baseURL } : { baseURL });
  try {
    const memberB = await context.newPage();
    await signInAsDemo(memberB, DEMO_STUDENT);
    await memberB.goto("/chapter");
    await search(memberB, professional);
    const entry = card(memberB, professional);
    await expect(entry.getByText(/^Claimed until/)).toBeVisible();
    await expect(entry.getByText(`Avery ${run}`)).toHaveCount(0);
    await expect(entry.getByRole("button", { name: `Claim ${professional}` })).toHaveCount(0);
    await expectAccessible(memberB);
    // Filters live in the URL: a status filter that excludes it, then cleared.
    await memberB.goto(`/chapter?q=${encodeURIComponent(professional)}&status=closed`);
    await expect(memberB.getByText("Nobody matches these filters")).toBeVisible();
    expect(await memberB.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  } finally {
    await context.close();
  }
});

test("a professional whose contact details only officers see: the member is told to ask an officer before and on claiming", async ({ page, browser, baseURL }, testInfo) => {
  test.setTimeout(120_000);
  const phone = testInfo.project.name === "phone";
  if (phone) await page.setViewportSize({ width: 360, height: 780 });
  const run = `${phone ? "Phone" : "Desk"}${Date.now().toString(36).slice(-5)}`;
  const professional = `Rowan Vale ${run}`;
  const email = `rowan.vale.${run.toLowerCase()}@example.com`;

  await signInAsDemo(page, DEMO_OFFICER);
  const code = await inviteCodeAsOfficer(page);
  await page.goto("/chapter");
  await page.getByText("Add a professional").click();
  const propose = page.locator("form", { has: page.getByRole("button", { name: "Add to the list" }) });
  await propose.getByLabel("Name", { exact: true }).fill(professional);
  await propose.getByRole("textbox", { name: "Email", exact: true }).fill(email);
  await propose.getByRole("textbox", { name: "LinkedIn", exact: true }).fill(`https://www.linkedin.com/in/rowan-vale-${run.toLowerCase()}`);
  for (const field of ["Email", "Phone", "LinkedIn"]) await propose.getByRole("checkbox", { name: field, exact: true }).check();
  await propose.getByRole("button", { name: "Add to the list" }).click();
  await expect(page.getByText(`${professional} is on the chapter's list.`)).toBeVisible();

  const member = await newMember(browser, phone, `Dana ${run}`, code, baseURL ?? "");
  try {
    await search(member, professional);
    const entry = card(member, professional);
    const hint = `The chapter's officers keep ${professional}'s contact details. Ask an officer for an introduction.`;
    // Before claiming: the card says so, and the Claim button is described by it.
    await expect(entry.getByText(hint)).toBeVisible();
    await expect(entry.getByRole("button", { name: `Claim ${professional}` })).toHaveAccessibleDescription(hint);
    expect(await member.content()).not.toContain(email);
    await entry.getByRole("button", { name: `Claim ${professional}` }).click();
    await expect(entry.getByRole("alert").or(entry.getByRole("status")).filter({ hasText: /^Claimed until .*Ask an officer for an introduction\.$/ })).toBeVisible();
    await expect(entry.getByText(/Claimed by you until/)).toBeVisible();
    await expectAccessible(member);
  } finally {
    await member.context().close();
  }
});

/** As the officer: a visit to an employer 30 days ahead at 14:00, for just these members. Returns that day. */
async function scheduleTour(page: Page, title: string, employer: string, members: string[]): Promise<Date> {
  await page.goto("/chapter");
  await page.getByText("Schedule a group meeting").click();
  const form = page.locator("form", { has: page.getByRole("button", { name: "Schedule", exact: true }) });
  await form.getByLabel("Or an employer").fill(employer);
  const day = new Date(Date.now() + 30 * 86_400_000);
  await form.getByLabel("Date and time").fill(`${localDay(day)}T14:00`);
  for (const name of members) await form.getByLabel(name).check();
  // Sent without a title: refused on it, with everything else, the ticks included, kept.
  await form.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(form.getByLabel("Title")).toHaveAccessibleDescription(/./);
  for (const name of members) await expect(form.getByLabel(name)).toBeChecked();
  await expect(form.getByLabel("Or an employer")).toHaveValue(employer);
  await form.getByLabel("Title").fill(title);
  await form.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(page.getByText(`Scheduled. ${members.length} ${members.length === 1 ? "member is" : "members are"} invited to RSVP.`)).toBeVisible();
  return day;
}

/** "2027-01-05" for a datetime-local field. */
function localDay(day: Date): string {
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, "0")}-${String(day.getDate()).padStart(2, "0")}`;
}

test("an officer schedules a group meeting; two members RSVP and each finds it in their pipeline; it is moved, then marked done", async ({ page, browser, baseURL }, testInfo) => {
  // Three browsers and nine axe scans: it took 2.5 minutes on a busy 2-core machine.
  test.setTimeout(240_000);
  const phone = testInfo.project.name === "phone";
  if (phone) await page.setViewportSize({ width: 360, height: 780 });
  const run = `${phone ? "Phone" : "Desk"}${Date.now().toString(36).slice(-5)}`;
  const title = `Agency tour ${run}`;

  await signInAsDemo(page, DEMO_OFFICER);
  const code = await inviteCodeAsOfficer(page);
  const members = [`Blake ${run}`, `Casey ${run}`];
  const memberPages = [await newMember(browser, phone, members[0] ?? "", code, baseURL ?? ""), await newMember(browser, phone, members[1] ?? "", code, baseURL ?? "")];
  try {
    // The officer schedules a visit for just these two members (the demo members are left alone).
    const day = await scheduleTour(page, title, `Tour Agency ${run}`, members);
    await expectAccessible(page);

    // Each member answers (one going, one maybe) and finds it in their own pipeline, at Scheduled.
    for (const [index, memberPage] of memberPages.entries()) {
      await memberPage.goto("/chapter");
      const meeting = memberPage.getByRole("article", { name: title });
      await meeting.getByRole("button", { name: index === 0 ? "Going" : "Maybe", exact: true }).click();
      await expect(meeting.getByText(/Noted\. It is in your pipeline/)).toBeVisible();
      await expectAccessible(memberPage);
      await meeting.getByRole("link", { name: title }).click();
      await expect(memberPage.getByRole("heading", { level: 1, name: title })).toBeVisible();
      await memberPage.getByLabel("My notes").fill(`Private notes of ${members[index]}`);
      await memberPage.getByRole("button", { name: "Save my notes" }).click();
      await expect(memberPage.getByText("Your notes are saved. Only you can read them.")).toBeVisible();
      await expectAccessible(memberPage);
      expect(await memberPage.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await memberPage.goto("/pipeline");
      await expect(memberPage.locator("#stage-scheduled").getByRole("article", { name: title })).toBeAttached();
      // Its agenda and interview pages are the officer's: the contact's page sends the member to the
      // group meeting's page instead, where their notes are.
      await memberPage.locator("#stage-scheduled").getByRole("article", { name: title }).getByRole("link", { name: title }).click();
      const upcoming = memberPage.getByRole("region", { name: "Upcoming meeting" });
      await expect(upcoming.getByRole("link", { name: "Group meeting: agenda and your notes" })).toHaveAttribute("href", /^\/chapter\/meetings\/[\w-]+$/);
      await expect(upcoming.getByRole("link", { name: "Prepare agenda" })).toHaveCount(0);
    }

    // The officer sees both answers, and not the members' notes.
    await page.goto("/chapter");
    await page.getByRole("article", { name: title }).getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Members (1 going, 1 maybe)" })).toBeVisible();
    await expect(page.getByText(/Private notes of/)).toHaveCount(0);

    // Plans change: the officer moves it a day later, at 15:30.
    await page.getByRole("button", { name: "Reschedule" }).click();
    const dialog = page.getByRole("dialog", { name: `Reschedule ${title}` });
    await expect(dialog.getByLabel("Date and time")).toBeFocused();
    await dialog.getByLabel("Date and time").fill(`${localDay(new Date(day.getTime() + 86_400_000))}T15:30`);
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Save the new time" }).click();
    await expect(page.getByText(/^Moved to .+ at 3:30 PM\. Members going \(or maybe\) see the new time/)).toBeVisible();
    await expect(page.locator("time").first()).toContainText("3:30");
    // Not started yet: nothing to mark done on show (only behind "earlier than planned"), and the page says when it can be.
    await expect(page.getByLabel("When the meeting ended")).toBeHidden();
    await expect(page.getByText(/^Once it is over, record here when it ended/)).toBeVisible();

    // Two days after it (the server's clock moved on), the officer records that it ran half an hour
    // over: offered its scheduled end, 4:30 PM, they type 5:00 PM.
    writeFileSync(clockFile, String(33 * 86_400_000));
    await page.reload();
    const ended = page.getByLabel("When the meeting ended");
    await expect(ended).toHaveValue(/T16:30$/);
    await ended.fill((await ended.inputValue()).replace(/T16:30$/, "T17:00"));
    // Who went: offered those who said going. The one who said going did not come; the maybe did.
    const whoWent = page.getByRole("group", { name: "Who went" });
    const [saidGoing, saidMaybe] = [whoWent.getByRole("checkbox", { name: members[0] }), whoWent.getByRole("checkbox", { name: members[1] })];
    await expect(saidGoing).toBeChecked();
    await expect(saidMaybe).not.toBeChecked();
    await expectAccessible(page);
    await saidGoing.uncheck();
    await saidMaybe.focus();
    await page.keyboard.press("Space");
    await expect(saidMaybe).toBeChecked();
    await page.getByRole("button", { name: "Mark done" }).click();
    await expect(page.getByRole("status").filter({ hasText: /^Done: it ended .+ 5:00 PM\. The member who went has their own reminder to send a thank-you/ })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Members (1 went)" })).toBeVisible();
    await expectAccessible(page);
    // The maybe who came is asked for a thank-you and has the professional in Interviewed; the one
    // who said going and stayed away has them back in Outreach, with no reminder left to prepare.
    const [noShow, came] = memberPages as [Page, Page];
    await came.goto("/pipeline");
    await expect(came.locator("#stage-interviewed").getByRole("article", { name: title })).toBeAttached();
    // It ended two days ago, so the thank-you is overdue: Today says it is late, not "within 24 hours".
    await came.goto("/today");
    await expect(came.locator("#overdue").getByText(/^Thank .+ — late, and still worth sending$/).first()).toBeVisible();
    // The meeting's page says the same, and where the reminder is (in the member's own zone).
    await came.goto("/chapter");
    await came.getByRole("article", { name: title }).getByRole("link", { name: title }).click();
    await expect(came.getByText(/^Done: it ended .+\. Your thank-you was due by \d{1,2}:\d\d [AP]M on .+\. It is late, and still worth sending\. The reminder is on Today\.$/)).toBeVisible();
    await noShow.goto("/pipeline");
    await expect(noShow.locator("#stage-outreach").getByRole("article", { name: title })).toBeAttached();
    await noShow.goto("/today");
    await expect(noShow.getByText(`Prepare for ${title}`)).toHaveCount(0);
    await expect(noShow.getByText(/^Thank .+(within 24 hours| — late, and still worth sending)$/)).toHaveCount(0);
    await noShow.goto("/chapter");
    await noShow.getByRole("article", { name: title }).getByRole("link", { name: title }).click();
    await expect(noShow.getByText(/you are not on the list\. If you were there, ask an officer/)).toBeVisible();

    // They were there after all: the officer adds them, and they owe a thank-you too. Beside each
    // name, what is recorded now (not what they had answered).
    const record = page.getByRole("group", { name: "Who went" });
    await expect(record.getByRole("checkbox", { name: members[1] })).toHaveAccessibleDescription("Recorded as went");
    await expect(record.getByRole("checkbox", { name: members[0] })).toHaveAccessibleDescription("Recorded as didn't go");
    await record.getByRole("checkbox", { name: members[0] }).check();
    await page.getByRole("button", { name: "Save corrections" }).click();
    await expect(page.getByText("Saved: 1 member added, each with a thank-you reminder.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Members (2 went)" })).toBeVisible();
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await noShow.goto("/pipeline");
    await expect(noShow.locator("#stage-interviewed").getByRole("article", { name: title })).toBeAttached();
  } finally {
    for (const memberPage of memberPages) await memberPage.context().close();
  }
});

test("an officer records a group meeting the host moved sooner, before its planned day: it moves to when it started", async ({ page, browser, baseURL }, testInfo) => {
  test.setTimeout(120_000);
  const phone = testInfo.project.name === "phone";
  if (phone) await page.setViewportSize({ width: 360, height: 780 });
  const run = `${phone ? "Phone" : "Desk"}${Date.now().toString(36).slice(-5)}`;
  const title = `Early tour ${run}`;
  const member = `Dana ${run}`;

  await signInAsDemo(page, DEMO_OFFICER);
  const memberPage = await newMember(browser, phone, member, await inviteCodeAsOfficer(page), baseURL ?? "");
  try {
    await scheduleTour(page, title, `Early Agency ${run}`, [member]);
    await memberPage.goto("/chapter");
    await memberPage.getByRole("article", { name: title }).getByRole("button", { name: "Going", exact: true }).click();
    await expect(memberPage.getByRole("article", { name: title }).getByText(/Noted\. It is in your pipeline/)).toBeVisible();

    await page.goto("/chapter");
    await page.getByRole("article", { name: title }).getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const planned = await page.locator("time").first().getAttribute("datetime");
    // A month ahead: the record waits behind the explicit choice.
    await expect(page.getByLabel("When the meeting ended")).toBeHidden();
    await page.getByText("Did it happen earlier than planned? Record it now").click();
    const earlier = page.getByRole("checkbox", { name: "It happened earlier than planned" });
    await expect(earlier).toBeChecked();
    const [ended, started] = [page.getByLabel("When the meeting ended"), page.getByLabel("When it started")];
    // Offered: it ended now, and started the planned hour before.
    const end = await ended.inputValue();
    await expect(started).toHaveValue(suggestedEarlierStart(end, 60));
    await expect(started).toHaveAccessibleDescription("We filled in 60 minutes before the end (the planned length). Change it if it started at another time.");
    await expect(page.getByRole("group", { name: "Who went" }).getByRole("checkbox", { name: member })).toBeChecked();
    await expectAccessible(page);

    // A start typed at the end: refused on the start, the choice and the ticks kept.
    await started.fill(end);
    await page.getByRole("button", { name: "Mark done" }).click();
    await expect(started).toHaveAttribute("aria-invalid", "true");
    await expect(started).toHaveAccessibleDescription(/so it started before then/);
    await expect(earlier).toBeChecked();
    await expect(page.getByRole("group", { name: "Who went" }).getByRole("checkbox", { name: member })).toBeChecked();
    await expect(page.locator("time").first()).toHaveAttribute("datetime", planned!);

    // It ran 45 minutes.
    await started.fill(suggestedEarlierStart(end, 45));
    await page.getByRole("button", { name: "Mark done" }).click();
    await expect(page.getByRole("status").filter({ hasText: /^Done: it ended .+\. The member who went has their own reminder to send a thank-you/ })).toBeVisible();
    await expect(page.locator("time").first()).not.toHaveAttribute("datetime", planned!);
    await expect(page.getByRole("heading", { level: 2, name: "Members (1 went)" })).toBeVisible();
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

    // The member who went has the professional in Interviewed and a thank-you to send.
    await memberPage.goto("/pipeline");
    await expect(memberPage.locator("#stage-interviewed").getByRole("article", { name: title })).toBeAttached();
    await memberPage.goto("/today");
    await expect(memberPage.getByText(new RegExp(`Thank .+ within 24 hours`)).first()).toBeVisible();
    // Dismissed there, the meeting's page no longer sends them to Today for it.
    await memberPage.getByRole("button", { name: /^Dismiss: Thank .+ within 24 hours$/ }).first().click();
    await expect(memberPage.getByText(/^Dismissed: Thank .+ within 24 hours\.$/)).toBeVisible();
    await memberPage.goto("/chapter");
    await memberPage.getByRole("article", { name: title }).getByRole("link", { name: title }).click();
    await expect(memberPage.getByText(/^Done: it ended /)).toBeVisible();
    await expect(memberPage.getByText(/reminder is on Today|thank-you within 24 hours/)).toHaveCount(0);
  } finally {
    await memberPage.context().close();
  }
});

test("an officer cancels a group meeting: the member who was going sees it cancelled, and the professional back in Outreach", async ({ page, browser, baseURL }, testInfo) => {
  test.setTimeout(120_000);
  const phone = testInfo.project.name === "phone";
  if (phone) await page.setViewportSize({ width: 360, height: 780 });
  const run = `${phone ? "Phone" : "Desk"}${Date.now().toString(36).slice(-5)}`;
  const title = `Cancelled tour ${run}`;

  await signInAsDemo(page, DEMO_OFFICER);
  const code = await inviteCodeAsOfficer(page);
  const member = await newMember(browser, phone, `Dana ${run}`, code, baseURL ?? "");
  try {
    await scheduleTour(page, title, `Closed Agency ${run}`, [`Dana ${run}`]);
    await member.goto("/chapter");
    await member.getByRole("article", { name: title }).getByRole("button", { name: "Going", exact: true }).click();
    await expect(member.getByRole("article", { name: title }).getByText(/Noted\. It is in your pipeline/)).toBeVisible();

    await page.getByRole("article", { name: title }).getByRole("link", { name: title }).click();
    await page.getByRole("button", { name: "Cancel meeting" }).click();
    const confirm = page.getByRole("dialog", { name: `Cancel ${title}?` });
    // Focus starts on the safe choice; Escape keeps the meeting.
    await expect(confirm.getByRole("button", { name: "Keep the meeting" })).toBeFocused();
    await expectAccessible(page);
    await page.keyboard.press("Escape");
    await expect(confirm).toBeHidden();
    await page.getByRole("button", { name: "Cancel meeting" }).click();
    await confirm.getByRole("button", { name: "Cancel the meeting" }).click();
    await expect(page.getByRole("status").filter({ hasText: /^This meeting was cancelled on .+\. Members’ prep reminders are cancelled/ })).toBeVisible();
    await expect(page.getByText("Cancelled", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Mark done" })).toHaveCount(0);

    await member.goto("/chapter");
    await expect(member.getByRole("article", { name: title })).toContainText("· cancelled");
    await member.getByRole("article", { name: title }).getByRole("link", { name: title }).click();
    await expect(member.getByText(/^This meeting was cancelled on .+\. It is cancelled in your calendar feed/)).toBeVisible();
    await expectAccessible(member);
    await member.goto("/pipeline");
    await expect(member.locator("#stage-outreach").getByRole("article", { name: title })).toBeAttached();
    await member.goto("/today");
    await expect(member.getByText(`Prepare for ${title}`)).toHaveCount(0);
  } finally {
    await member.context().close();
  }
});
