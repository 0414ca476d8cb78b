import { describe, expect, it } from "vitest";
import { checksForPurpose, thankYouTiming } from "@/lib/domain/compose-purpose";
import { checkDraft } from "@/lib/domain/composer";

const thanks = 'Dear Priya,\n\nThank you for your time yesterday. I keep coming back to what you said: "Write every day."\n\nMaya';

describe("checksForPurpose", () => {
  it("keeps every outreach check for a request", () => {
    const checks = checkDraft({ channel: "EMAIL", subject: "Hi", body: thanks });
    expect(checksForPurpose("outreach", checks, thanks)).toEqual(checks);
  });

  it("does not coach a thank-you as a cold request, and looks for the takeaway", () => {
    const checks = checksForPurpose("thank-you", checkDraft({ channel: "EMAIL", subject: "Thank you", body: thanks }), thanks, "Write every day.");
    expect(checks.map((c) => c.id)).toEqual(["placeholders", "length", "subject", "takeaway"]);
    expect(checks.find((c) => c.id === "takeaway")).toMatchObject({ ok: true, blocking: false });
    const without = "Dear Priya,\n\nThank you for your time.\n\nMaya";
    expect(checksForPurpose("thank-you", checkDraft({ channel: "EMAIL", subject: "Thanks", body: without }), without, "Write every day.").at(-1)).toMatchObject({ id: "takeaway", ok: false });
  });

  it.each(["outreach", "follow-up", "thank-you", "touch"] as const)("shows only “write your message first” for an empty %s, passing nothing", (purpose) => {
    const checks = checksForPurpose(purpose, checkDraft({ channel: "EMAIL", subject: "Thank you", body: "" }), "", "Write every day.");
    expect(checks.map((c) => c.id)).toEqual(["written"]);
    expect(checks[0]).toMatchObject({ ok: false, blocking: true });
  });

  it("still blocks an unfilled placeholder in a keep-in-touch note", () => {
    const body = "Hi {{firstName}}, I read this and thought of you.";
    const checks = checksForPurpose("touch", checkDraft({ channel: "EMAIL", subject: "An article", body }), body);
    expect(checks.find((c) => c.id === "placeholders")).toMatchObject({ ok: false, blocking: true });
    expect(checks.map((c) => c.id)).not.toContain("timeAsk");
  });
});

describe("thankYouTiming", () => {
  const done = new Date("2026-11-18T17:30:00Z");
  it("is on time up to 24 hours after the meeting, late after", () => {
    expect(thankYouTiming(done, new Date("2026-11-19T17:30:00Z"))).toEqual({ late: false, hoursAfter: 24 });
    expect(thankYouTiming(done, new Date("2026-11-19T17:31:00Z"))).toEqual({ late: true, hoursAfter: 24 });
    expect(thankYouTiming(done, new Date("2026-11-20T09:30:00Z"))).toEqual({ late: true, hoursAfter: 40 });
  });
  it("is never late without a meeting on record", () => {
    expect(thankYouTiming(null, new Date())).toEqual({ late: false, hoursAfter: null });
  });
});
