import "server-only";
import { env } from "@/lib/env";
import type { OAuthProvider } from "./oauth-buttons";

/** The OAuth providers this deployment has configured, as buttons to show. */
export function configuredProviders(): OAuthProvider[] {
  const { google, microsoft, oidc } = env.oauth;
  const list: OAuthProvider[] = [];
  if (google) list.push({ id: "google", label: "Continue with Google" });
  if (microsoft) list.push({ id: "azure-ad", label: "Continue with Microsoft" });
  if (oidc) list.push({ id: "oidc", label: `Continue with ${oidc.name}` });
  return list;
}
