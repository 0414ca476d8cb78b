import { describe, expect, it } from "vitest";
import {
  defaultChannel,
  draftHasText,
  parseStoredDraft,
  sameDraftText,
  templateReplacesText,
  type ComposeChannel,
  type ComposerDraft,
  type ContactReach,
  type TemplateKindName,
} from "@/lib/domain/composer";
import { CHANNELS } from "@/lib/validation/pipeline";

const email = "ana@example.com";
const linkedinUrl = "https://www.linkedin.com/in/ana";
const phone = "(614) 555-0100";

describe("defaultChannel", () => {
  it.each<[string, ContactReach, ComposeChannel]>([
    ["email when there is an address", { email, linkedinUrl, phone }, "EMAIL"],
    ["email alone", { email }, "EMAIL"],
    ["LinkedIn when there is no address", { email: null, linkedinUrl, phone }, "LINKEDIN"],
    ["LinkedIn when the address is blank", { email: "   ", linkedinUrl }, "LINKEDIN"],
    ["the phone when that is all there is", { email: null, linkedinUrl: null, phone }, "PHONE"],
    ["Other for a contact with no way to reach them on record", { email: null, linkedinUrl: "", phone: null }, "OTHER"],
    ["Other for an empty record", {}, "OTHER"],
  ])("starts on %s", (_, reach, channel) => {
    expect(defaultChannel(reach)).toBe(channel);
  });

  it.each<[TemplateKindName, ContactReach, ComposeChannel]>([
    ["LINKEDIN_NOTE", { email, linkedinUrl }, "LINKEDIN"],
    ["VOICEMAIL", { email, phone }, "VOICEMAIL"],
    ["OUTREACH_EMAIL", { email, linkedinUrl }, "EMAIL"],
    ["THANK_YOU", { email }, "EMAIL"],
    // An email-length template is not squeezed into a 300-character LinkedIn note.
    ["OUTREACH_EMAIL", { linkedinUrl }, "EMAIL"],
    ["FOLLOW_UP", { phone }, "EMAIL"],
    ["TOUCH", {}, "EMAIL"],
  ])("a %s template for %o starts on %s", (kind, reach, channel) => {
    expect(defaultChannel(reach, kind)).toBe(channel);
  });

  it("only answers channels the log accepts", () => {
    const reaches: ContactReach[] = [{ email }, { linkedinUrl }, { phone }, {}];
    const kinds: (TemplateKindName | undefined)[] = [undefined, "OUTREACH_EMAIL", "LINKEDIN_NOTE", "VOICEMAIL", "FOLLOW_UP", "THANK_YOU", "TOUCH"];
    for (const reach of reaches) for (const kind of kinds) expect(CHANNELS).toContain(defaultChannel(reach, kind));
  });
});

const draft = (body: string, subject = "", templateId = "", channel: ComposeChannel = "EMAIL"): ComposerDraft => ({ templateId, channel, subject, body });

describe("templateReplacesText", () => {
  it("offers an undo when typed text is replaced by a template", () => {
    expect(templateReplacesText(draft("Hi Ana, I'm a fellow OSU grad"), draft("Dear Ana,\n\n…", "20 minutes?", "t1"))).toBe(true);
    expect(templateReplacesText(draft("", "My own subject"), draft("Dear Ana", "", "t1"))).toBe(true);
  });

  it("has nothing to undo over an empty box or when nothing changes", () => {
    expect(templateReplacesText(draft("  \n "), draft("Dear Ana", "Hi", "t1"))).toBe(false);
    expect(templateReplacesText(draft("Dear Ana", "Hi", "t1", "EMAIL"), draft("Dear Ana", "Hi", "t1", "LINKEDIN"))).toBe(false);
  });

  it("draftHasText and sameDraftText ignore the channel and template", () => {
    expect(draftHasText(draft("", " "))).toBe(false);
    expect(draftHasText(draft("x"))).toBe(true);
    expect(sameDraftText(draft("a", "s", "t1", "EMAIL"), draft("a", "s", "t2", "OTHER"))).toBe(true);
    expect(sameDraftText(draft("a", "s"), draft("a ", "s"))).toBe(false);
  });
});

describe("parseStoredDraft", () => {
  it("reads back what was stored", () => {
    const stored = draft("Hi Ana,\n\nfellow grad here", "Hello", "t1", "LINKEDIN");
    expect(parseStoredDraft(JSON.stringify(stored))).toEqual(stored);
  });

  it.each([null, "", "not json", "null", "42", '"text"', JSON.stringify({ body: "x" }), JSON.stringify({ templateId: "", channel: "FAX", subject: "", body: "x" }), JSON.stringify({ templateId: 1, channel: "EMAIL", subject: "", body: "x" })])(
    "refuses %s",
    (raw) => {
      expect(parseStoredDraft(raw)).toBeNull();
    },
  );
});
