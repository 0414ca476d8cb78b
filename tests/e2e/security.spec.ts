// Headers and script safety as a browser meets them: every page carries a Content-Security-Policy
// with a fresh nonce that Next's own scripts carry (and nothing breaks under it), pages cannot be
// framed, text a user typed that looks like HTML is shown as text and never runs, and a signed-out
// visitor who follows a link signs in (or up) and lands where the link pointed.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_STAFF, DEMO_STUDENT, signInAsDemo } from "./helpers";

function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test("pages carry a nonce-based CSP, every script has the nonce, and nothing is refused", async ({ page }) => {
  const violations = collectCspViolations(page);
  const first = await page.goto("/sign-in");
  const second = await page.request.get("/sign-in");
  const policy = first?.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-eval'/);
  // A fresh nonce per response.
  const nonceOf = (csp: string) => csp.match(/'nonce-([^']+)'/)?.[1];
  expect(nonceOf(second.headers()["content-security-policy"] ?? "")).not.toBe(nonceOf(policy));
  expect(first?.headers()["x-frame-options"]).toBe("DENY");
  expect(first?.headers()["x-content-type-options"]).toBe("nosniff");
  expect(first?.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(first?.headers()["strict-transport-security"]).toMatch(/max-age=\d+/);

  const scripts = await page.evaluate(() => [...document.scripts].map((s) => ({ src: s.src, nonce: s.nonce })));
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script.nonce, script.src || "inline script").toBe(nonceOf(policy));

  // The app hydrates under the policy: signing in (client-side JavaScript) works and lands on the
  // staff member's first page, their cohorts.
  await page.getByRole("button", { name: new RegExp(`Sign in as ${DEMO_STAFF}`) }).click();
  await expect(page).toHaveURL(/\/cohorts$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Cohorts" })).toBeVisible();
  expect(violations).toEqual([]);

  // The session cookie is out of scripts' reach and not sent on cross-site requests. (Over https,
  // next-auth also marks it Secure and names it __Secure-…: tests/integration/session-cookie.test.ts.
  // This suite runs on http://localhost.)
  const session = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  expect(await page.evaluate(() => document.cookie)).not.toContain("session-token");
});

// An address no route matches is answered by the root not-found page, which Next prerenders unless
// told otherwise; prerendered, its scripts carried no nonce and the policy refused all of them.
test("an unknown address is a 404 page whose scripts carry the nonce and run", async ({ page }) => {
  const violations = collectCspViolations(page);
  await signInAsDemo(page, DEMO_STUDENT);
  for (const path of ["/no-such-page", "/meetings"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "We can’t find that page" })).toBeVisible();
    const nonce = (response?.headers()["content-security-policy"] ?? "").match(/'nonce-([^']+)'/)?.[1];
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => ({ src: s.src, nonce: s.nonce })));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script.nonce, script.src || "inline script").toBe(nonce);
  }
  // React hydrated the page (it keeps its fibers on the elements it took over), and its way out works.
  await expect.poll(() => page.evaluate(() => Object.keys(document.querySelector("main") ?? {}).some((key) => key.startsWith("__react")))).toBe(true);
  await page.getByRole("link", { name: "Go to Rapport" }).click();
  await expect(page).toHaveURL(/\/today$/);
  expect(violations).toEqual([]);
});

test("a signed-out visitor following a link signs up and lands on that link", async ({ page }, testInfo) => {
  await page.goto("/sharing?from=invite");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fsharing%3Ffrom%3Dinvite$/);
  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page).toHaveURL(/\/sign-up\?callbackUrl=/);
  await page.getByLabel("Name").fill("Link Follower");
  await page.getByLabel("Email").fill(`follower.${testInfo.project.name}.${Date.now()}@example.edu`);
  await page.getByLabel("Password").fill("a much longer passphrase");
  await page.getByRole("button", { name: /Create account/ }).click();
  await expect(page).toHaveURL(/\/sharing\?from=invite$/, { timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Sharing with your career centre" })).toBeVisible();
});

test("text that looks like HTML is shown as typed and never runs", async ({ page }, testInfo) => {
  const violations = collectCspViolations(page);
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(`<img src=x onerror="window.__xss=1">`);
  await page.getByLabel("Email").fill(`xss.${testInfo.project.name}.${Date.now()}@example.edu`);
  await page.getByLabel("Password").fill("a much longer passphrase");
  await page.getByRole("button", { name: /Create account/ }).click();
  await expect(page).toHaveURL(/\/today$/, { timeout: 20_000 });

  const name = `<script>window.__xss=2</script>Mallory "Bobby" Tables`;
  await page.goto("/contacts/new");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Employer", { exact: true }).fill(`<img src=x onerror="window.__xss=3">`);
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText(`<img src=x onerror="window.__xss=3">`).first()).toBeVisible();
  await page.goto("/contacts");
  await expect(page.getByRole("main").getByText(name).filter({ visible: true }).first()).toBeVisible();
  await page.goto("/pipeline");
  await expect(page.getByRole("main").getByText(name).filter({ visible: true }).first()).toBeVisible();
  // The user's own name (in the header) is text too.
  await expect(page.getByRole("link", { name: /Settings for <img src=x/ })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator("img[src='x']").count()).toBe(0);
  expect(violations).toEqual([]);
});

test("an oversized form post and an oversized upload are refused, and the server carries on", async ({ page, baseURL }) => {
  const MB = 1024 * 1024;
  // A form past the 1 MB a server action takes is not sent at all (lib/validation/action-size.ts):
  // the field that is too long says so, and the form keeps what was typed.
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("x".repeat(1.2 * MB));
  await page.getByLabel("Email").fill("too.big@example.edu");
  await page.getByLabel("Password").fill("a much longer passphrase");
  let actionPosts = 0;
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) actionPosts++;
  });
  await page.getByRole("button", { name: /Create account/ }).click();
  await expect(page.getByText("Too long to save: 1,258,291 characters.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("too.big@example.edu");
  // No account was made, so no "Go to sign in" (that link is for an account made but not signed in).
  await expect(page.getByRole("link", { name: "Go to sign in" })).toHaveCount(0);
  expect(actionPosts).toBe(0);
  // Sent anyway (the action's id from the build, the body as React encodes it): refused before the
  // action runs, and the server carries on.
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { exportedName?: string }> };
  const signUpId = Object.entries(manifest.node).find(([, a]) => a.exportedName === "signUpAction")?.[0];
  expect(signUpId).toBeTruthy();
  const refused = await page.request.post("/sign-up", {
    headers: { "next-action": signUpId!, origin: baseURL!, accept: "text/x-component" },
    // encodeReply's multipart form: the arguments in part 0, the FormData's fields prefixed "1_".
    multipart: { "0": JSON.stringify([{ status: "idle" }, "$K1"]), "1_name": "x".repeat(1.2 * MB), "1_email": "too.big@example.edu" },
  });
  // Next.js 16 answers a server action past its limit with a bare 500 ("Body exceeded 1mb limit"),
  // which is why forms check first.
  expect(refused.status()).toBeGreaterThanOrEqual(400);
  expect(await refused.text()).not.toContain("too.big@example.edu");
  expect((await page.request.get("/api/health")).status()).toBe(200);

  // An import upload past 20 MB: 413 with the message the form shows.
  await signInAsDemo(page, DEMO_STUDENT);
  const upload = (buffer: Buffer) =>
    page.request.post("/contacts/import/upload", { headers: { origin: baseURL! }, multipart: { file: { name: "contacts.csv", mimeType: "text/csv", buffer } } });
  const tooBig = await upload(Buffer.alloc(21 * MB, "a"));
  expect(tooBig.status()).toBe(413);
  expect(await tooBig.json()).toEqual({ error: "This file is larger than 20 MB. Split it into smaller files and import each." });
  // A 3 MB file still arrives whole (proxy.ts, which would cut bodies at 2 MB, does not see uploads).
  const rows = Array.from({ length: 25_000 }, (_, i) => `Person ${i} ${"z".repeat(80)},person.${i}@example.com`).join("\n");
  const big = Buffer.from(`Full name,Mail\n${rows}\n`);
  expect(big.length).toBeGreaterThan(2 * MB);
  const fine = await upload(big);
  expect(fine.status()).toBe(200);
  expect(await fine.json()).toHaveProperty("id");
  expect((await page.request.get("/api/health")).status()).toBe(200);
});
