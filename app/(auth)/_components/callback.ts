// Where to go after signing in: only a path on this site, never another origin and never back to the
// sign-in pages. next-auth passes `callbackUrl` as a full URL, so same-origin URLs are accepted too.
const AUTH_PATHS = ["/sign-in", "/sign-up", "/api/auth"];

export function safeCallbackPath(raw: string | null | undefined, origin: string): string {
  // Home ("/") picks the first page: Today, or the cohorts for staff with no contacts of their own.
  const fallback = "/";
  if (!raw) return fallback;
  // "//evil.example" and "/\evil.example" are other origins to a browser.
  if (raw.startsWith("/") && (raw.startsWith("//") || raw.startsWith("/\\"))) return fallback;
  let url: URL;
  try {
    url = new URL(raw, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== origin) return fallback;
  if (AUTH_PATHS.some((p) => url.pathname === p || url.pathname.startsWith(`${p}/`))) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
