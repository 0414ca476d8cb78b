import { describe, expect, it } from "vitest";
import { signInErrorMessage } from "@/app/(auth)/_components/messages";
import { SIGN_IN_THROTTLE_CODES } from "@/lib/domain/throttle";

describe("sign-in error messages", () => {
  const fallback = signInErrorMessage("no-such-code");

  it("says which throttle refused, each in its own words", () => {
    const messages = Object.values(SIGN_IN_THROTTLE_CODES).map(signInErrorMessage);
    expect(messages.every((m) => m !== fallback && /15 minutes/.test(m))).toBe(true);
    expect(new Set(messages).size).toBe(messages.length);
    expect(signInErrorMessage(SIGN_IN_THROTTLE_CODES.address)).toMatch(/this network/);
    // A stranger failing on someone's email blocks only themselves: the message must not blame the email.
    expect(signInErrorMessage(SIGN_IN_THROTTLE_CODES.address)).not.toMatch(/this email/);
  });

  it("never shows a raw code", () => {
    expect(fallback).toBe("Something went wrong while signing you in. Try again.");
  });
});
