import { describe, expect, it } from "vitest";
import { contactFieldsSchema } from "@/lib/validation/contacts";

describe("contactFieldsSchema linkedinUrl", () => {
  it.each([
    ["linkedin.com/in/priya-shah", "https://www.linkedin.com/in/priya-shah"],
    ["https://m.linkedin.com/in/priya-shah/", "https://www.linkedin.com/in/priya-shah"],
    ["https://www.linkedin.com/in/priya-shah/en", "https://www.linkedin.com/in/priya-shah"],
  ])("stores %s as %s", (typed, stored) => {
    expect(contactFieldsSchema.parse({ name: "Priya Shah", linkedinUrl: typed }).linkedinUrl).toBe(stored);
  });

  it("refuses a page that is not a profile, on its field", () => {
    const result = contactFieldsSchema.safeParse({ name: "Priya Shah", linkedinUrl: "https://www.linkedin.com/company/edelman" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["linkedinUrl"]);
  });
});
