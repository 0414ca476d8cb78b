import { describe, expect, it } from "vitest";
import { primaryAction } from "@/lib/domain/today";

const contact = { id: "c1", employer: "Edelman & Co" };
const meeting = { id: "m1" };

describe("primaryAction", () => {
  it("opens the composer with the right purpose for messages owed", () => {
    expect(primaryAction({ rule: "THANK_YOU_24H", contact, meeting })).toEqual({ label: "Write the thank-you", href: "/contacts/c1/compose?purpose=thank-you" });
    expect(primaryAction({ rule: "FOLLOW_UP_7B", contact, meeting: null })?.href).toBe("/contacts/c1/compose?purpose=follow-up");
    expect(primaryAction({ rule: "KEEP_IN_TOUCH", contact, meeting: null })?.href).toBe("/contacts/c1/compose?purpose=touch");
    expect(primaryAction({ rule: "THANK_REFERRER", contact, meeting })?.href).toBe("/contacts/c1/compose?purpose=touch");
  });

  it("suggests another person at the same employer, the employer filled in", () => {
    expect(primaryAction({ rule: "SUGGEST_ANOTHER_3B", contact, meeting: null })).toEqual({
      label: "Add someone else at Edelman & Co",
      href: "/contacts/new?employer=Edelman%20%26%20Co",
    });
    expect(primaryAction({ rule: "SUGGEST_ANOTHER_3B", contact: { id: "c1", employer: null }, meeting: null })?.href).toBe("/contacts/new");
  });

  it("sends prep to the agenda and action items to the meeting's notes; nothing without a target", () => {
    expect(primaryAction({ rule: "PREP_DAY_BEFORE", contact, meeting })?.href).toBe("/meetings/m1/agenda");
    expect(primaryAction({ rule: "ACTION_ITEM", contact, meeting })?.href).toBe("/meetings/m1/interview");
    expect(primaryAction({ rule: "PREP_DAY_BEFORE", contact, meeting: null })).toBeNull();
    expect(primaryAction({ rule: "THANK_YOU_24H", contact: null, meeting })).toBeNull();
  });
});
