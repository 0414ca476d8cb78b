// The session cookie's flags (#10 item 2), through next-auth's own handler with Rapport's auth
// options: signing in over an https NEXTAUTH_URL sets `__Secure-next-auth.session-token` with
// Secure, HttpOnly and SameSite=Lax; over http (local runs, the e2e suite) the same cookie without
// the prefix and without Secure, which browsers would refuse to send back over http.
// (tests/e2e/security.spec.ts checks HttpOnly and SameSite in a browser over http.)
import NextAuth from "next-auth";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { signUpAction } from "@/lib/actions/auth";
import { authOptions } from "@/lib/auth";
import { initialFormState } from "@/lib/validation/form-state";

const password = "correct horse battery staple";

/** The parts of Next's API response next-auth's handler writes to. */
function fakeResponse() {
  const headers = new Map<string, unknown>();
  const res = {
    statusCode: 200,
    body: undefined as unknown,
    status(code: number) {
      res.statusCode = code;
      return res;
    },
    setHeader(key: string, value: unknown) {
      headers.set(key.toLowerCase(), value);
      return res;
    },
    getHeader: (key: string) => headers.get(key.toLowerCase()),
    end: () => undefined,
    send(body: unknown) {
      res.body = body;
    },
    json(body: unknown) {
      res.body = body;
    },
  };
  return { res, setCookies: () => [headers.get("set-cookie") ?? []].flat() as string[] };
}

async function call(path: string[], init: { method: string; cookies?: Record<string, string>; body?: Record<string, string> }) {
  const { res, setCookies } = fakeResponse();
  const req = {
    method: init.method,
    query: { nextauth: path },
    headers: { host: new URL(process.env.NEXTAUTH_URL!).host, "content-type": "application/x-www-form-urlencoded" },
    cookies: init.cookies ?? {},
    body: init.body,
  };
  await (NextAuth as unknown as (req: unknown, res: unknown, options: typeof authOptions) => Promise<void>)(req, res, authOptions);
  return { status: res.statusCode, body: res.body, cookies: setCookies() };
}

/** Signs in with the credentials provider the way the sign-in form does; returns the Set-Cookie headers. */
async function signIn(email: string): Promise<string[]> {
  const csrf = await call(["csrf"], { method: "GET" });
  const csrfCookie = csrf.cookies.find((c) => /next-auth\.csrf-token=/.test(c))!;
  const [name, value] = csrfCookie.split(";")[0]!.split("=") as [string, string];
  const { csrfToken } = csrf.body as { csrfToken: string };
  const signedIn = await call(["callback", "credentials"], {
    method: "POST",
    cookies: { [name]: decodeURIComponent(value) },
    body: { csrfToken, email, password, json: "true" },
  });
  expect(signedIn.body).toMatchObject({ url: expect.not.stringContaining("error") });
  return signedIn.cookies;
}

beforeAll(async () => {
  const form = new FormData();
  for (const [key, value] of Object.entries({ name: "Cookie Checker", email: "cookies@example.edu", password })) form.set(key, value);
  expect((await signUpAction(initialFormState, form)).status).toBe("saved");
});

afterEach(() => vi.unstubAllEnvs());

describe("the session cookie", () => {
  it("over https is __Secure-, Secure, HttpOnly and SameSite=Lax", async () => {
    vi.stubEnv("NEXTAUTH_URL", "https://rapport.example.edu");
    const cookies = await signIn("cookies@example.edu");
    const session = cookies.find((c) => c.startsWith("__Secure-next-auth.session-token="));
    expect(session, cookies.join("\n")).toBeDefined();
    const flags = session!.split(";").map((part) => part.trim().toLowerCase());
    expect(flags).toEqual(expect.arrayContaining(["httponly", "secure", "samesite=lax", "path=/"]));
    // Every cookie next-auth sets over https is Secure (the CSRF one is even __Host-).
    for (const cookie of cookies) expect(cookie.toLowerCase()).toContain("; secure");
  });

  it("over http is HttpOnly and SameSite=Lax, without Secure", async () => {
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    const cookies = await signIn("cookies@example.edu");
    const session = cookies.find((c) => c.startsWith("next-auth.session-token="));
    expect(session, cookies.join("\n")).toBeDefined();
    const flags = session!.split(";").map((part) => part.trim().toLowerCase());
    expect(flags).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "path=/"]));
    expect(flags).not.toContain("secure");
  });
});
