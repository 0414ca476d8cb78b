import { describe, expect, it } from "vitest";
import { draftFromTemplate } from "@/lib/domain/composer";
import { RESUME_ATTACHED_LINE, RESUME_NOTICE, thankYouAppendix } from "@/lib/domain/thank-you";

// The demo thank-you template (prisma/seed.ts), as the composer fills it.
const template = {
  subject: "Thank you, {{firstName}}",
  body: `Dear {{firstName}},

Thank you for taking the time to talk with me about your work at {{employer}}. I keep coming back to what you said: "{{takeaway}}"

I'm already acting on your advice, and I'll let you know how it goes.

With gratitude,
{{myName}}`,
};
const values = { firstName: "David", employer: "Cardinal Health", takeaway: "Lead with your best writing.", myName: "Maya Thompson" };

describe("the thank-you draft and the résumé flag", () => {
  it("says the résumé is attached, before the sign-off, when they asked for it", () => {
    const { subject, body } = draftFromTemplate(template, values, thankYouAppendix(true));
    expect(subject).toBe("Thank you, David");
    expect(body).toContain("As you suggested, I've attached my résumé.");
    expect(body).not.toMatch(/if it would be useful|glad to send|offer/i);
    expect(body.split("\n\n")).toEqual([
      "Dear David,",
      'Thank you for taking the time to talk with me about your work at Cardinal Health. I keep coming back to what you said: "Lead with your best writing."',
      "I'm already acting on your advice, and I'll let you know how it goes.",
      RESUME_ATTACHED_LINE,
      "With gratitude,\nMaya Thompson",
    ]);
  });

  it("says nothing about a résumé when they didn't ask for it", () => {
    expect(thankYouAppendix(false)).toBeNull();
    const { body } = draftFromTemplate(template, values, thankYouAppendix(false));
    expect(body).not.toMatch(/r[ée]sum[ée]/i);
    expect(body.split("\n\n")).toHaveLength(4);
  });

  it("puts the résumé line at the end of a one-paragraph draft", () => {
    expect(draftFromTemplate({ subject: null, body: "Thanks, {{firstName}}!" }, values, thankYouAppendix(true))).toEqual({
      subject: "",
      body: `Thanks, David!\n\n${RESUME_ATTACHED_LINE}`,
    });
  });

  it("tells the student to attach the résumé, not to offer it", () => {
    expect(RESUME_NOTICE).toMatch(/attach it/);
    expect(RESUME_NOTICE).not.toMatch(/offer/i);
  });
});
