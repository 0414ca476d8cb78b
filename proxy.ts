// Runs before every page request (Next.js "proxy", formerly middleware). Two jobs:
//
// 1. Security headers, with a fresh Content-Security-Policy nonce per request. Next.js reads the
//    policy from the request headers and puts the nonce on its own scripts, so nothing runs
//    without it: a `<script>` stored in a contact's name could not execute even if it were ever
//    rendered as HTML (React renders it as text anyway). Styles allow 'unsafe-inline' because
//    React's `style` attributes (progress bars, drag and drop) are inline styles, which nonces
//    cannot cover; styles cannot run code.
// 2. A signed-out visitor to an app page goes to sign-in with the page as `callbackUrl`, so an
//    invitation link opened before signing in still lands on the invitation afterwards. This looks
//    only for the session cookie; the pages still check the session itself (lib/data/viewer.ts).
import { NextResponse, type NextRequest } from "next/server";

const PUBLIC_PATHS = ["/sign-in", "/sign-up"];
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!signedIn && pathname !== "/" && !PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  response.headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
  // Browsers ignore HSTS over plain http, so sending it from a production build is harmless locally.
  if (process.env.NODE_ENV === "production") response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return response;
}

export const config = {
  // Pages only: not API routes (they answer 401/404 themselves, and the calendar feed is fetched by
  // calendar apps without cookies), not Next's static files, not files in public/. Nor the two
  // upload routes: Next.js buffers a proxied request's body in memory and cuts it at
  // proxyClientMaxBodySize (next.config.js); they check the session and read the body under their
  // own limit themselves (lib/request-body.ts).
  matcher: [
    {
      source: "/((?!api/|contacts/import/upload$|settings/data/restore$|_next/static|_next/image|favicon\\.ico|.*\\.(?:png|svg|ico|txt|webmanifest)$).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
  ],
};
