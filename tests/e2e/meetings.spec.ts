// Meetings, end to end: schedule one from the board (with the overlap warning when it collides
// with another demo meeting), download its invitation from the contact page, reschedule it (same
// UID, SEQUENCE goes up), and cancel it (the contact goes back to Outreach, the meeting stays on
// the timeline as cancelled).
//
// Both projects run against one demo database, one after the other, so each schedules its own
// demo contact in Outreach that no other spec writes to (pipeline.spec moves Zoë, Marcus, Grace,
// Fernando; outreach.spec writes to Aiko, Kwame and Priya; contacts.spec archives Priya and Ethan).
// The colliding meeting is read from whichever demo contact is Scheduled when the test runs, since
// other specs may complete some of those meetings.
import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Locator, type Page } from "@playwright/test";
import { parseLocalDateTime, toLocalInputValue } from "@/lib/domain/local-time";
import { expectAccessible } from "./axe";
import { DEMO_STUDENT, signInAsDemo } from "./helpers";

// The demo student's time zone (prisma/seed.ts): the forms take local times there.
const DEMO_ZONE = "America/New_York";

const CONTACTS: Record<string, string> = { desktop: "Mei Lin Zhao", phone: "Isabella Rossi" };

const scheduledColumn = (page: Page) => page.locator("#stage-scheduled");
const outreachColumn = (page: Page) => page.locator("#stage-outreach");
const panel = (page: Page) => page.getByRole("region", { name: /^Upcoming meetings?$/ });

/** Another demo meeting still scheduled: its contact and start, from the contact's meeting panel. */
async function anotherScheduledMeeting(page: Page, except: string): Promise<{ name: string; startsAt: Date }> {
  await page.goto("/pipeline");
  await expect(scheduledColumn(page).getByRole("article").first()).toBeVisible();
  const links = await scheduledColumn(page).locator("article h3 a").evaluateAll((anchors) =>
    anchors.map((a) => ({ name: a.textContent?.trim() ?? "", href: a.getAttribute("href") ?? "" })),
  );
  for (const { name, href } of links) {
    if (name === except || !href) continue;
    await page.goto(href);
    const time = panel(page).locator("time").first();
    if ((await time.count()) === 0) continue;
    const iso = await time.getAttribute("datetime");
    if (iso && new Date(iso).getTime() > Date.now() + 60 * 60_000) return { name, startsAt: new Date(iso) };
  }
  throw new Error("no other demo contact has a meeting scheduled ahead");
}

async function downloadedText(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, "utf8");
}

async function downloadInvitation(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), panel(page).getByRole("link", { name: "Download invitation (.ics)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^rapport-[\w-]+\.ics$/);
  return downloadedText(download);
}

function icsField(ics: string, name: string): string {
  const match = new RegExp(`\\r\\n${name}:([^\\r]*)\\r\\n`).exec(ics);
  if (!match?.[1]) throw new Error(`no ${name} in the invitation`);
  return match[1];
}

/** "20261124T151000Z", as the invitation writes an instant. */
const icsInstant = (date: Date) => date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

/** The live warning naming the meeting with `name` (demo meetings are titled "Coffee with …", "Call with …"). */
const overlapWarning = (scope: Locator, name: string) =>
  scope.getByRole("status").filter({ hasText: new RegExp(`Overlaps with .*${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} at `) });

test("a meeting is scheduled from the board with an overlap warning, its invitation downloads, and it is rescheduled and cancelled", async ({ page }, testInfo) => {
  test.setTimeout(150_000);
  const name = CONTACTS[testInfo.project.name];
  if (!name) throw new Error(`no demo contact assigned to the ${testInfo.project.name} project`);
  await signInAsDemo(page, DEMO_STUDENT);

  // A time 10 minutes into another demo meeting.
  const other = await anotherScheduledMeeting(page, name);
  const clashing = new Date(other.startsAt.getTime() + 10 * 60_000);
  const clashingLocal = toLocalInputValue(clashing, DEMO_ZONE);

  // Schedule it from the board: Outreach → Scheduled through the Move menu.
  await page.goto("/pipeline");
  const card = outreachColumn(page).getByRole("article", { name });
  await card.getByRole("button", { name: `Move ${name}` }).click();
  await page.getByRole("menu", { name: `Move ${name} to` }).getByRole("menuitem", { name: /Scheduled$/ }).click();
  let dialog = page.getByRole("dialog", { name: `Move ${name} to Scheduled` });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Date and time").fill(clashingLocal);
  await expect(overlapWarning(dialog, other.name)).toBeVisible();
  await expectAccessible(page);
  await dialog.getByLabel("Video link (optional)").fill("https://meet.example.com/maya-e2e");
  // Only a warning: the move still saves.
  await dialog.getByRole("button", { name: "Move to Scheduled" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByText(`Moved ${name} to Scheduled.`)).toBeVisible();

  // The contact page's panel shows it.
  await scheduledColumn(page).getByRole("article", { name }).getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const meeting = panel(page);
  await expect(meeting.locator("time").first()).toHaveAttribute("datetime", clashing.toISOString());
  await expect(meeting).toContainText("30 minutes");
  await expect(meeting).toContainText("Video");
  await expect(meeting.getByRole("link", { name: /meet\.example\.com\/maya-e2e/ })).toBeVisible();
  const meetingId = /\/meetings\/([^/]+)\/agenda$/.exec((await meeting.getByRole("link", { name: "Prepare agenda" }).getAttribute("href")) ?? "")?.[1];
  expect(meetingId).toBeTruthy();
  await expect(meeting.getByRole("link", { name: "Interview mode" })).toHaveAttribute("href", `/meetings/${meetingId}/interview`);
  // Set in the student's own zone: no second clock.
  await expect(meeting).not.toContainText("Their time");
  await expectAccessible(page);

  // The invitation.
  const first = await downloadInvitation(page);
  expect(first).toMatch(/^BEGIN:VCALENDAR\r\n/);
  const uid = icsField(first, "UID");
  expect(uid).toMatch(/@rapport\.app$/);
  expect(icsField(first, "DTSTART")).toBe(icsInstant(clashing));
  expect(icsField(first, "SUMMARY")).toBe(`Informational interview with ${name}`);
  const sequence = Number(icsField(first, "SEQUENCE"));

  // Reschedule: the other meeting is still in the way until the time moves; a bad length is refused on its field.
  await meeting.getByRole("button", { name: "Reschedule" }).click();
  dialog = page.getByRole("dialog", { name: `Reschedule the meeting with ${name}` });
  await expect(dialog.getByLabel("Date and time")).toBeFocused();
  await expect(dialog.getByLabel("Date and time")).toHaveValue(clashingLocal);
  await expect(overlapWarning(dialog, other.name)).toBeVisible();
  // The meeting being moved never warns about itself.
  await expect(overlapWarning(dialog, name)).toHaveCount(0);
  await expectAccessible(page);
  const later = new Date(other.startsAt.getTime() + 2 * 24 * 3_600_000);
  // Each project its own hour, so one project's leftover meeting never warns the other.
  const hour = testInfo.project.name === "phone" ? "08" : "07";
  const laterLocal = `${toLocalInputValue(later, DEMO_ZONE).slice(0, 10)}T${hour}:30`;
  // The professional gave the new time in London time: typed as given, in their zone.
  const zone = dialog.getByLabel("Time zone of that time");
  await expect(zone).toHaveValue(DEMO_ZONE);
  await zone.selectOption("Europe/London");
  const londonLocal = toLocalInputValue(parseLocalDateTime(laterLocal, DEMO_ZONE)!, "Europe/London");
  await dialog.getByLabel("Date and time").fill(londonLocal);
  await expect(zone).toHaveAccessibleDescription(new RegExp(`^That is .+, ${Number(hour)}:30 AM in your time zone\\.$`));
  await expect(dialog.getByText(/^Overlaps with/)).toHaveCount(0);
  await dialog.getByText("Other", { exact: true }).click();
  await dialog.getByLabel(/^Minutes/).fill("5");
  await dialog.getByLabel("How you'll meet").selectOption("PHONE");
  await dialog.getByLabel("Phone number (optional)").fill("(614) 555-0100");
  await dialog.getByRole("button", { name: "Save the new time" }).click();
  await expect(dialog.getByText("Choose 10 to 180 minutes.")).toBeVisible();
  await expect(dialog.getByLabel(/^Minutes/)).toHaveAttribute("aria-invalid", "true");
  await expect(dialog.getByLabel(/^Minutes/)).toBeFocused();
  await expect(dialog.getByLabel("Date and time")).toHaveValue(londonLocal);
  await expect(zone).toHaveValue("Europe/London");
  await expect(dialog.getByLabel("Phone number (optional)")).toHaveValue("(614) 555-0100");
  await expect(dialog.getByLabel("How you'll meet")).toHaveValue("PHONE");
  await dialog.getByLabel(/^Minutes/).fill("45");
  await dialog.getByRole("button", { name: "Save the new time" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(meeting).toContainText(new RegExp(`Rescheduled to .+ at ${Number(hour)}:30 AM\\.`));
  await expect(meeting.locator("time").first()).toHaveAttribute("datetime", parseLocalDateTime(laterLocal, DEMO_ZONE)!.toISOString());
  await expect(meeting).toContainText(/Their time: \w{3} \d{1,2}:30 [AP]M UK \(London\)/);
  await expect(meeting).toContainText("45 minutes");
  await expect(meeting).toContainText("Phone");
  await expect(meeting.getByRole("link", { name: "(614) 555-0100" })).toHaveAttribute("href", "tel:6145550100");

  const second = await downloadInvitation(page);
  expect(icsField(second, "UID")).toBe(uid);
  expect(Number(icsField(second, "SEQUENCE"))).toBe(sequence + 1);
  expect(icsField(second, "DTSTART")).not.toBe(icsField(first, "DTSTART"));

  // Cancel: the confirmation says what happens; the contact goes back to Outreach.
  await meeting.getByRole("button", { name: "Cancel meeting" }).click();
  dialog = page.getByRole("dialog", { name: `Cancel the meeting with ${name}?` });
  await expect(dialog).toContainText(`${name} goes back to Outreach`);
  await expect(dialog.getByRole("button", { name: "Keep the meeting" })).toBeFocused();
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Cancel the meeting" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(meeting).toContainText(`Meeting cancelled. ${name} is back in Outreach`);
  await expect(meeting).toContainText(`Nothing scheduled with ${name.split(" ")[0]} yet.`);
  await expect(meeting.getByRole("link", { name: "Download invitation (.ics)" })).toHaveCount(0);
  const kept = page.getByRole("listitem").filter({ hasText: `Informational interview with ${name}` });
  await expect(kept).toHaveCount(1);
  await expect(kept).toContainText("Cancelled");
  await expect(kept.getByRole("link", { name: "Download the cancellation (.ics)" })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/pipeline");
  await expect(outreachColumn(page).getByRole("article", { name })).toBeVisible();
});
