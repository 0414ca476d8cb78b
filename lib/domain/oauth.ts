// Whether an outside sign-in provider vouches for the email address it returns. Rapport joins an
// identity to an account by address only when it does (lib/data/auth.ts oauthSignInRefusal).

/** Microsoft tenants open to accounts of any organisation (or personal ones): their addresses prove nothing. */
const OPEN_MICROSOFT_TENANTS = new Set(["common", "organizations", "consumers"]);

/**
 * Google and OpenID Connect say so in `email_verified`; Microsoft in the optional `xms_edov` claim,
 * or implicitly when the app is limited to one university's own tenant, whose addresses that
 * university assigns.
 */
export function providerVerifiedEmail(provider: string, claims: Record<string, unknown>, microsoftTenant: string | undefined): boolean {
  if (provider === "azure-ad") {
    return claims.xms_edov === true || claims.xms_edov === "1" || !OPEN_MICROSOFT_TENANTS.has((microsoftTenant ?? "common").toLowerCase());
  }
  return claims.email_verified === true || claims.email_verified === "true";
}
