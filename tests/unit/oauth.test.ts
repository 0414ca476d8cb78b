import { describe, expect, it } from "vitest";
import { providerVerifiedEmail } from "@/lib/domain/oauth";

describe("providerVerifiedEmail", () => {
  it("trusts Google and OpenID Connect only when they say the address is verified", () => {
    expect(providerVerifiedEmail("google", { email_verified: true }, undefined)).toBe(true);
    expect(providerVerifiedEmail("google", { email_verified: false }, undefined)).toBe(false);
    expect(providerVerifiedEmail("oidc", { email_verified: "true" }, undefined)).toBe(true);
    expect(providerVerifiedEmail("oidc", {}, undefined)).toBe(false);
  });

  it("trusts Microsoft's address in one university's tenant, not in the open ones unless xms_edov says so", () => {
    expect(providerVerifiedEmail("azure-ad", {}, "2f4a9c1e-univ-tenant")).toBe(true);
    for (const open of ["common", "organizations", "Consumers", undefined]) expect(providerVerifiedEmail("azure-ad", {}, open)).toBe(false);
    expect(providerVerifiedEmail("azure-ad", { xms_edov: true }, "common")).toBe(true);
    // An email_verified claim is not Microsoft's way of saying it: ignored.
    expect(providerVerifiedEmail("azure-ad", { email_verified: true }, "common")).toBe(false);
  });
});
