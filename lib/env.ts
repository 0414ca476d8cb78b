// Checked configuration. Read once; a missing required value fails loudly at start, not mid-request.
import "server-only";

function optional(name: string): string | undefined {
  const value = process.env[name]?.trim();
  return value ? value : undefined;
}

function authSecret(): string {
  const secret = optional("AUTH_SECRET") ?? optional("NEXTAUTH_SECRET");
  if (secret) return secret;
  // scripts/start.ts generates one for local runs; only a misconfigured deployment gets here.
  throw new Error("AUTH_SECRET is not set. Generate one with `openssl rand -base64 32`.");
}

export interface OAuthConfig {
  google?: { clientId: string; clientSecret: string };
  microsoft?: { clientId: string; clientSecret: string; tenantId: string };
  oidc?: { issuer: string; clientId: string; clientSecret: string; name: string };
}

function oauth(): OAuthConfig {
  const config: OAuthConfig = {};
  const googleId = optional("AUTH_GOOGLE_ID");
  const googleSecret = optional("AUTH_GOOGLE_SECRET");
  if (googleId && googleSecret) config.google = { clientId: googleId, clientSecret: googleSecret };
  const msId = optional("AUTH_MICROSOFT_ENTRA_ID_ID");
  const msSecret = optional("AUTH_MICROSOFT_ENTRA_ID_SECRET");
  if (msId && msSecret) {
    config.microsoft = {
      clientId: msId,
      clientSecret: msSecret,
      tenantId: optional("AUTH_MICROSOFT_ENTRA_ID_TENANT_ID") ?? "common",
    };
  }
  const issuer = optional("AUTH_OIDC_ISSUER");
  const oidcId = optional("AUTH_OIDC_ID");
  const oidcSecret = optional("AUTH_OIDC_SECRET");
  if (issuer && oidcId && oidcSecret) {
    config.oidc = { issuer, clientId: oidcId, clientSecret: oidcSecret, name: optional("AUTH_OIDC_NAME") ?? "University sign-in" };
  }
  return config;
}

export const env = {
  get authSecret() {
    return authSecret();
  },
  /** Demo mode shows the demo accounts on the sign-in page. On by default on the embedded database. */
  demoMode: optional("RAPPORT_DEMO") ? optional("RAPPORT_DEMO") === "1" : !optional("DATABASE_URL"),
  oauth: oauth(),
  defaultTimeZone: optional("RAPPORT_DEFAULT_TIME_ZONE") ?? "America/New_York",
  /** The optional email digest's SMTP server, e.g. smtp://user:pass@host:587 (smtps:// for TLS). */
  smtpUrl: optional("SMTP_URL"),
  /** The digest's From address (default: Rapport <no-reply@…> on the SMTP host). */
  digestFrom: optional("DIGEST_FROM"),
  /** Why this server cannot send the digest, or null when it can: it needs SMTP and a PostgreSQL server (its job queue lives there). */
  digestUnavailable: digestUnavailable(),
};

function digestUnavailable(): "smtp" | "database" | "both" | null {
  const smtp = Boolean(optional("SMTP_URL"));
  const database = Boolean(optional("DATABASE_URL"));
  return smtp && database ? null : !smtp && !database ? "both" : smtp ? "database" : "smtp";
}
