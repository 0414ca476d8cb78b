// The career centre's cohort dashboard: the demo staff member opens the cohort, sorts by stalled
// (Diego has done nothing for three weeks), exports the CSV and reads it, then drills into Maya, who
// shares progress and contacts, and into Hannah, who shares nothing. It changes no data, so both
// projects read the same demo cohort (plus whoever another spec enrolled before them).
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { DEMO_STAFF, signInAsDemo } from "./helpers";

const COHORT = "Communications Fall 2026";

/**
 * Each student row's text in the column whose header's full name is `column` (null for a student who
 * shares nothing, whose row has one cell). One table at every width: on a phone its header row is
 * not shown, so the column is found by the header's text in the page rather than by its role.
 */
async function columnTexts(page: Page, column: string): Promise<(string | null)[]> {
  return page
    .getByRole("main")
    .locator("table", { has: page.locator("caption", { hasText: /^Students, sorted by/ }) })
    .evaluate((table, name) => {
      const t = table as HTMLTableElement;
      const col = [...(t.tHead?.rows[0]?.cells ?? [])].findIndex((th) => (th.textContent ?? "").includes(name));
      if (col < 0) throw new Error(`no column "${name}"`);
      return [...t.tBodies[0]!.rows].map((row) => (row.cells.length > col ? (row.cells[col]?.textContent ?? "") : null));
    }, column);
}

async function expectNoSideways(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

test("demo staff opens the cohort, sorts by stalled, exports CSV and drills into a consenting student", async ({ page }, testInfo) => {
  const phone = testInfo.project.name === "phone";
  await signInAsDemo(page, DEMO_STAFF);
  await page.goto("/cohorts");
  await expect(page.getByRole("heading", { level: 1, name: "Cohorts" })).toBeVisible();
  await page.getByRole("link", { name: `Open the ${COHORT} dashboard` }).click();
  await expect(page.getByRole("heading", { level: 1, name: COHORT })).toBeVisible();
  const main = page.getByRole("main");
  await expect(main.getByRole("table", { name: /sharing students' contacts|Contacts per stage/ })).toBeVisible();
  await expect(main.getByRole("table", { name: /Outreach sent per week/ })).toBeVisible();
  await expectAccessible(page);
  if (phone) await expectNoSideways(page);

  // Sort by stalled: on a wide screen by the column header, on a phone with the form.
  if (phone) {
    await main.getByLabel("Sort by").selectOption("stalled");
    await main.getByLabel("Order").selectOption("desc");
    await main.getByRole("button", { name: "Apply" }).click();
  } else {
    await main.getByRole("columnheader", { name: "Stalled" }).getByRole("link").click();
  }
  await expect(page).toHaveURL(/sort=stalled/);
  // One table at every width, each student once: on a phone its rows are cards.
  const studentsTable = main.getByRole("table", { name: /Students, sorted by Stalled/ });
  await expect(main.getByRole("table", { name: /^Students, sorted by/ })).toHaveCount(1);
  await expect(main.getByRole("list", { name: "Students" })).toHaveCount(0);
  await expect(main.getByRole("rowheader", { name: /^Diego Ramírez/ })).toHaveCount(1);
  const firstStudent = studentsTable.locator("tbody > tr").first();
  await expect(firstStudent).toContainText("Diego Ramírez");
  // A card says "Stalled" beside the name; the table's Stalled column says "Yes".
  if (phone) await expect(firstStudent.getByRole("rowheader")).toContainText("Stalled");
  else await expect(firstStudent.getByRole("cell").first()).toHaveText("Yes");
  if (!phone) await expect(main.getByRole("columnheader", { name: "Stalled" })).toHaveAttribute("aria-sort", "descending");

  // Export: the same order, one line per student, Hannah enrolled with empty cells, no contact names.
  const [download] = await Promise.all([page.waitForEvent("download"), main.getByRole("link", { name: "Export CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^communications-fall-2026-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile(await download.path(), "utf8")).replace(/^\uFEFF/, "");
  const lines = csv.trimEnd().split("\r\n");
  // Read as the page reads: days as yyyy-MM-dd, rates as percentages, headers and stages in words.
  expect(lines[0]).toMatch(/^Student,Shares,Joined on,Contacts in Find,.*,Contacts in Follow-up,.*,Reply rate,/);
  expect(lines[1]).toMatch(/^Diego Ramírez,Progress,\d{4}-\d{2}-\d{2},.*,(\d{4}-\d{2}-\d{2})?,yes$/);
  expect(csv).not.toMatch(/\dT\d\d:|FOLLOW_UP/);
  expect(csv).toMatch(/,\d+%,/);
  for (const name of ["Maya Chen", "Sam Okafor", "Lena Novak", "Hannah Kim"]) expect(csv).toContain(`${name},`);
  expect(lines.find((l) => l.startsWith("Hannah Kim,"))).toMatch(/^Hannah Kim,Not sharing,\d{4}-\d{2}-\d{2},+$/);
  expect(csv).not.toContain("Karen");

  // Maya's thank-yous as the dashboard shows them: the rate, and "n of m" (under it in the table,
  // in brackets on a card).
  const names = await columnTexts(page, "Student");
  const mayaThanks = (await columnTexts(page, "Thank-yous within 24 hours, rate"))[names.findIndex((n) => n?.startsWith("Maya Chen"))] ?? null;
  const [, rate, count] = /^(\d+ %)\s*\(?(\d+ of \d+)\)?$/.exec(mayaThanks ?? "") ?? [];
  expect(rate, `Maya's Thanks figure "${mayaThanks}" shows a rate and its count`).toBeTruthy();

  // Drill into Maya, who shares progress and contacts: her thank-yous read as on the dashboard.
  await main.getByRole("link", { name: "Maya Chen" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Maya Chen" })).toBeVisible();
  const thanksLabel = main.locator("dt", { hasText: /^Thank-yous within 24 hours$/ });
  await expect(thanksLabel.locator("xpath=following-sibling::dd[1]")).toHaveText(rate!);
  await expect(thanksLabel.locator("xpath=following-sibling::dd[2]")).toContainText(`${count} on time.`);
  // Her reminders past due are named for what they count (rows in her Today list), apart from the
  // thank-yous she owes, which are counted from meetings: not "Overdue reminders".
  const reminders = main.locator("dt", { hasText: /^Reminders past due$/ });
  await expect(reminders.locator("xpath=following-sibling::dd[2]")).toHaveText(
    /^Open reminders on the student’s Today, due before today( \(thank-you reminders included\)\. Thank-yous owed are counted under Thank-yous: \d+ overdue)?\.$/,
  );
  await expect(main.locator("dt", { hasText: /^Overdue reminders$/ })).toHaveCount(0);
  await expect(main.getByText("Shares progress and contacts")).toBeVisible();
  await expect(main.getByRole("heading", { name: "Funnel" })).toBeVisible();
  const contacts = main.getByRole("table", { name: /Maya Chen's contacts/ });
  await expect(contacts.getByRole("row").nth(1)).toBeVisible();
  expect(await contacts.getByRole("row").count()).toBeGreaterThan(10);
  // One takeaway she shared is shown; nothing else she wrote is.
  await expect(main.getByRole("heading", { name: "Shared with you" })).toBeVisible();
  await expect(main.getByRole("region", { name: "Shared with you" }).getByRole("listitem")).toHaveCount(1);
  // With where it came from: she shares her contacts, so who the meeting was with, and when.
  await expect(main.getByRole("region", { name: "Shared with you" }).getByRole("listitem")).toContainText(
    /From the meeting with Karen Liu \(Nationwide\) on [A-Z][a-z]{2} \d{1,2}, \d{4}/,
  );
  await expectAccessible(page);
  if (phone) await expectNoSideways(page);

  // Hannah shares nothing: enrolled, no data.
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: COHORT })).toBeVisible();
  await main.getByRole("link", { name: "Hannah Kim" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Hannah Kim" })).toBeVisible();
  await expect(main.getByRole("heading", { name: "Hannah Kim shares nothing" })).toBeVisible();
  await expect(main.getByRole("heading", { name: "Funnel" })).toHaveCount(0);
});

// Sorting by Thanks orders the students by the on-time rate the column shows (the figure above the
// "n of m"), lowest first (staff look for who doesn't thank) and then, clicked again, highest first;
// students who owe no thank-you yet ("—") come after every rate both ways, and those who share
// nothing last. The demo's rates (91, 67, 33 and 0 %) fall in the same order as the on-time
// counts, so this checks that the order agrees with what is shown; the unit test
// (tests/unit/cohort.test.ts) tells rate from count.
test("sorting by Thanks orders students by the on-time rate shown, those who owe none after", async ({ page }, testInfo) => {
  const phone = testInfo.project.name === "phone";
  await signInAsDemo(page, DEMO_STAFF);
  await page.goto("/cohorts");
  await page.getByRole("link", { name: `Open the ${COHORT} dashboard` }).click();
  await expect(page.getByRole("heading", { level: 1, name: COHORT })).toBeVisible();
  const main = page.getByRole("main");
  const thanksHeader = main.getByRole("columnheader", { name: "Thank-yous within 24 hours, rate" });

  for (const dir of ["asc", "desc"] as const) {
    if (phone) {
      await main.getByLabel("Sort by").selectOption("thankYous");
      await main.getByLabel("Order").selectOption(dir);
      await main.getByRole("button", { name: "Apply" }).click();
    } else {
      await thanksHeader.getByRole("link").click();
    }
    // The header link leaves the default direction (asc) out; the form sends it.
    await expect(page).toHaveURL(dir === "asc" ? /[?&]sort=thankYous(&dir=asc)?$/ : /[?&]sort=thankYous&dir=desc$/);
    // Each student's Thanks figure in the order shown: "91 %…", "—" (none owed) or null (shares nothing).
    if (!phone) await expect(thanksHeader).toHaveAttribute("aria-sort", dir === "desc" ? "descending" : "ascending");
    await expect(main.getByRole("table", { name: `Students, sorted by Thank-yous on time (rate) (${dir === "desc" ? "descending" : "ascending"}). Column headers sort the table.` })).toBeVisible();
    const shown = await columnTexts(page, "Thank-yous within 24 hours, rate");
    const rank = (value: string | null) => (value === null ? 2 : value === "—" ? 1 : 0);
    const ranks = shown.map(rank);
    expect(ranks, `${dir}: rates, then none owed, then not sharing: ${shown.join(" | ")}`).toEqual([...ranks].sort((a, b) => a - b));
    const rates = shown.filter((value) => rank(value) === 0).map((value) => {
      const match = /^(\d+) %\s*\(?(\d+) of (\d+)\)?$/.exec(value ?? "");
      expect(match, `"${value}" shows a rate and its count`).not.toBeNull();
      return Number(match?.[1]);
    });
    expect(new Set(rates).size, "the demo has students with different rates").toBeGreaterThan(1);
    expect(rates, `${dir}: ${shown.join(" | ")}`).toEqual([...rates].sort((a, b) => (dir === "desc" ? b - a : a - b)));
  }
});

test("a student who opens a cohort's dashboard or its export gets not found", async ({ page }) => {
  await signInAsDemo(page, DEMO_STAFF);
  await page.goto("/cohorts");
  await page.getByRole("link", { name: `Open the ${COHORT} dashboard` }).click();
  await expect(page.getByRole("heading", { level: 1, name: COHORT })).toBeVisible();
  const dashboard = new URL(page.url()).pathname;

  await page.context().clearCookies();
  await signInAsDemo(page, "Maya Chen");
  const response = await page.goto(dashboard);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/find that page|not found/i);
  const exported = await page.request.get(`${dashboard}/export`);
  expect(exported.status()).toBe(404);
  expect(await exported.text()).not.toContain("Diego");
});

// The students table beside the sidebar, from 1024 px (where the table replaces the cards; below
// 1280 px the number columns' headers stand on end) and at 1280 px, shows every column up to
// Overdue without any sideways scrolling (of the page or of the table), sorted by any column; and
// on a 360 px phone each card's counters ("0 / 2", "0 % (0 of 1)") stay on one line.
test("the students table fits 1024 and 1280 px with the sidebar, and phone cards keep each counter on one line", async ({ page }, testInfo) => {
  const phone = testInfo.project.name === "phone";
  await page.setViewportSize(phone ? { width: 360, height: 780 } : { width: 1024, height: 800 });
  await signInAsDemo(page, DEMO_STAFF);
  await page.goto("/cohorts");
  await page.getByRole("link", { name: `Open the ${COHORT} dashboard` }).click();
  await expect(page.getByRole("heading", { level: 1, name: COHORT })).toBeVisible();
  const main = page.getByRole("main");
  await expectNoSideways(page);

  if (!phone) {
    const dashboard = new URL(page.url()).pathname;
    // Name order, then sorted by a wide column (its header gains an arrow).
    for (const [width, query] of [[1024, ""], [1024, "?sort=outreach7"], [1152, "?sort=thankYous&dir=asc"], [1280, ""], [1280, "?sort=outreach7"]] as const) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${dashboard}${query}`);
      await expect(page.getByRole("navigation", { name: "Main" }).first()).toBeVisible();
      const table = main.getByRole("table", { name: /^Students, sorted by/ });
      const overdue = table.getByRole("columnheader", { name: "Overdue" });
      // Scroll the page down to the table, and only down: scrollIntoView would also scroll the
      // table's own box sideways and hide the failure this test is for.
      await table.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 80));
      await expect(overdue, `${width} px${query}`).toBeInViewport({ ratio: 1 });
      // Nor is it reached by scrolling the table's own box sideways.
      const box = await table.evaluate((el) => {
        const wrapper = el.parentElement as HTMLElement;
        return { scroll: wrapper.scrollWidth - wrapper.clientWidth, right: wrapper.getBoundingClientRect().right };
      });
      expect(box.scroll, `${width} px${query}: the table's box scrolls sideways`).toBeLessThanOrEqual(0);
      const header = await overdue.boundingBox();
      expect((header?.x ?? Infinity) + (header?.width ?? 0)).toBeLessThanOrEqual(box.right + 0.5);
      // Every column is there, its full name read out where the label is short.
      for (const name of ["Student", "Stalled", "Last activity", "Contacts in Find", "Contacts in Follow-up", "Reply rate", "Thank-yous within 24 hours, rate", "Referrals gained"]) {
        await expect(table.getByRole("columnheader", { name, exact: true })).toBeInViewport({ ratio: 1 });
      }
      await expectNoSideways(page);
    }
    return;
  }

  const cards = main.locator("table", { has: page.locator("caption", { hasText: /^Students, sorted by/ }) }).locator("tbody > tr");
  await expect(cards.first()).toBeVisible();
  const count = Math.min(await cards.count(), 8);
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count; i++) {
    // Each figure (a card's cells, less the Stalled column's, which a card shows as a badge).
    const values = cards.nth(i).locator("td:visible");
    for (let j = 0; j < (await values.count()); j++) {
      const value = values.nth(j);
      // One line box: every fragment of the value's text starts at the same top.
      const lines = await value.evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      expect(lines, `card ${i + 1}: "${await value.textContent()}" wraps`).toBeLessThanOrEqual(1);
    }
  }
  // "Outreach 7 / 30 days" reads as one counter, e.g. "0 / 2", with its label above it.
  const outreach = cards.first().locator("td[data-label='Outreach 7 / 30 days']");
  await expect(outreach).toHaveText(/^\d+ \/ \d+$/);
  const [labelTop, valueTop] = await outreach.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return [el.getBoundingClientRect().top, range.getBoundingClientRect().top];
  });
  expect(valueTop, "the label sits above the figure").toBeGreaterThan(labelTop + 8);
  await expectNoSideways(page);
});
