// next-auth's endpoints: sign-in, callbacks, CSRF, session and sign-out.
import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth";
import { readBodyWithin } from "@/lib/request-body";

const handler = NextAuth(authOptions);

// next-auth reads a POST body whole (`request.text()`). Its forms (a CSRF token, an email, a
// password, a callback URL) are well under a kilobyte, so anything past 16 KB is refused first.
const MAX_AUTH_BODY_BYTES = 16 * 1024;

async function post(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  const body = await readBodyWithin(request, MAX_AUTH_BODY_BYTES);
  if (!body) return new Response("Request body too large.", { status: 413 });
  return handler(new NextRequest(request.url, { method: request.method, headers: request.headers, body }), context);
}

export { handler as GET, post as POST };
