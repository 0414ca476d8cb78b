// The origin invite links are written with: the configured public URL (scripts/start.ts always
// sets NEXTAUTH_URL), else the host this request came to.
import "server-only";
import { headers } from "next/headers";

export async function publicOrigin(): Promise<string> {
  const configured = process.env.NEXTAUTH_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") ? "http" : "https");
  return `${proto}://${host}`;
}
