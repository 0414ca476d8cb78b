import { describe, expect, it } from "vitest";
import {
  canSend,
  checkDraft,
  countWords,
  draftFromTemplate,
  fillTemplate,
  KNOWN_PLACEHOLDERS,
  templateChannel,
  templateHasSubject,
  unfilledPlaceholders,
  unknownPlaceholders,
  type CheckId,
} from "@/lib/domain/composer";
import { BUILT_IN_TEMPLATES } from "../../prisma/built-ins";

const good = {
  channel: "EMAIL" as const,
  subject: "Fellow OSU grad: 20 minutes on agency life?",
  connection: "fellow OSU grad",
  body: `Hi Priya,

As a fellow OSU grad studying communications, I found your name in the alumni directory and loved your post on crisis comms.
I'm exploring agency PR and would value your perspective. Would you have 20–30 minutes in the next few weeks to share how you got started?
I'm glad to meet for coffee, by phone or on video, whatever suits you.
I'll follow up next week in case this gets buried. Thank you!

Maya`,
};

const bad = {
  channel: "EMAIL" as const,
  subject: "",
  body: `Dear {{firstName}},

My name is Maya and I am a student. I am writing to ask whether there are any openings on your team for a summer internship, and I have attached my résumé for your review. ${"I am very motivated and hardworking. ".repeat(12)}
Please let me know.`,
};

const failing = (draft: Parameters<typeof checkDraft>[0]) =>
  checkDraft(draft)
    .filter((c) => !c.ok)
    .map((c) => c.id)
    .sort();

describe("checkDraft", () => {
  it("passes a good request on every check", () => {
    expect(failing(good)).toEqual([]);
    expect(canSend(checkDraft(good))).toBe(true);
  });

  it("flags everything wrong with a bad one, each with its one-line reason", () => {
    expect(failing(bad)).toEqual<CheckId[]>(
      ["askIsQuestion", "connectionFirst", "followUp", "howFound", "length", "meetingModes", "noJobAsk", "placeholders", "subject", "timeAsk"].sort() as CheckId[],
    );
    const checks = checkDraft(bad);
    expect(checks.find((c) => c.id === "placeholders")?.message).toBe("Fill in {{firstName}} before sending.");
    expect(checks.find((c) => c.id === "noJobAsk")?.message).toMatch(/openings/);
    expect(checks.every((c) => c.message.length > 0 && !c.message.includes("\n"))).toBe(true);
  });

  it("blocks sending only for unfilled placeholders (and over-long LinkedIn notes)", () => {
    expect(canSend(checkDraft({ ...good, body: good.body.replace("Priya", "{{firstName}}") }))).toBe(false);
    expect(canSend(checkDraft({ ...good, body: `${good.body} ${"word ".repeat(120)}` }))).toBe(true);
    const note = { channel: "LINKEDIN" as const, body: "x".repeat(301) };
    expect(checkDraft(note).find((c) => c.id === "length")).toMatchObject({ ok: false, blocking: true });
    expect(checkDraft({ ...note, body: "Hi Priya, fellow OSU grad here." }).find((c) => c.id === "length")?.ok).toBe(true);
  });

  it("wants the time ask phrased as a question", () => {
    const statement = good.body.replace("Would you have 20–30 minutes in the next few weeks to share how you got started?", "I would like 20 minutes of your time.");
    expect(failing({ ...good, body: statement })).toEqual(["askIsQuestion"]);
  });

  it.each(["job", "jobs", "hiring", "résumé", "resume", "position", "internship"])("flags the job word %j", (word) => {
    expect(failing({ ...good, body: `${good.body}\nP.S. ${word}` })).toContain("noJobAsk");
  });

  it.each([
    ["an email", { channel: "EMAIL" as const, subject: "", body: "" }],
    ["an email with a subject but no text", { channel: "EMAIL" as const, subject: "Fellow OSU grad: 20 minutes?", body: "" }],
    ["a LinkedIn note of blanks", { channel: "LINKEDIN" as const, body: "  \n\t " }],
    ["a voicemail script", { channel: "VOICEMAIL" as const, body: "" }],
  ])("claims nothing for an empty draft (%s): one not-yet-checked item, and it can't be sent", (_, draft) => {
    const checks = checkDraft(draft);
    expect(checks).toEqual([{ id: "written", ok: false, blocking: true, message: "Write your message first: the checks run as you type." }]);
    expect(checks.some((c) => c.ok)).toBe(false);
    expect(canSend(checks)).toBe(false);
  });

  it("checks as soon as there is any text", () => {
    const checks = checkDraft({ channel: "EMAIL", subject: "", body: "Hi" });
    expect(checks.map((c) => c.id)).not.toContain("written");
    expect(checks.find((c) => c.id === "length")).toMatchObject({ ok: true, message: "1 word: short enough to read on a phone." });
  });

  it("has no subject check for LinkedIn notes and voicemails", () => {
    expect(checkDraft({ channel: "VOICEMAIL", body: "Hi" }).some((c) => c.id === "subject")).toBe(false);
  });

  it("flags a subject too long to show", () => {
    expect(failing({ ...good, subject: "A".repeat(70) })).toEqual(["subject"]);
  });

  describe("a voicemail script: name and number, each said twice", () => {
    const checks = (body: string, myName: string | null = "Maya Chen") => checkDraft({ channel: "VOICEMAIL", body, myName }).filter((c) => c.id === "nameTwice" || c.id === "numberTwice");

    it("passes a script that says both twice, however the number is written", () => {
      expect(checks("Hi, this is Maya Chen, at 614-555-0100. … Again, this is Maya, at (614) 555 0100.").every((c) => c.ok)).toBe(true);
      expect(checks("This is maya. My number is +1 614.555.0100. Maya again: +1 614 555 0100.").every((c) => c.ok)).toBe(true);
    });

    it("asks for the number a second time, or at all, and for the name twice", () => {
      expect(checks("Hi, this is Maya, at 614-555-0100. Thanks!")).toEqual([
        { id: "nameTwice", ok: false, blocking: false, message: "Say your name, Maya, at the start and again at the end: they may not catch it the first time." },
        { id: "numberTwice", ok: false, blocking: false, message: "Say your number again at the end: the first time, they are reaching for a pen." },
      ]);
      expect(checks("Hi, this is Maya. Maya again, I'll email too.")).toEqual([
        { id: "nameTwice", ok: true, blocking: false, message: "Says your name at the start and again at the end." },
        { id: "numberTwice", ok: false, blocking: false, message: "Say your phone number, slowly, twice: once early and once at the end." },
      ]);
    });

    it("does not take two different numbers, a year or a time ask for the number said twice, nor Mayan for Maya", () => {
      expect(checks("Maya here, at 614-555-0100, or my office, 614-555-0199. Mayan art! 20–30 minutes in 2026?")).toEqual([
        expect.objectContaining({ id: "nameTwice", ok: false }),
        expect.objectContaining({ id: "numberTwice", ok: false }),
      ]);
    });

    it("leaves the name out when it is not known, and both out of anything but a voicemail", () => {
      expect(checks("Hi, at 614-555-0100 and 614-555-0100.", null).map((c) => c.id)).toEqual(["numberTwice"]);
      expect(checkDraft({ channel: "EMAIL", body: "Hi, this is Maya.", myName: "Maya Chen" }).some((c) => c.id === "nameTwice" || c.id === "numberTwice")).toBe(false);
    });
  });

  describe("ways to meet, by the contact's distance", () => {
    const modes = (body: string, distanceKm?: number | null) => checkDraft({ ...good, body: good.body.replace(/I'm glad to meet.*\n/, `${body}\n`), distanceKm }).find((c) => c.id === "meetingModes");

    it("asks a far contact for a call or video, not coffee alone", () => {
      expect(modes("I'd love to buy you a coffee in person.", 570)).toEqual({
        id: "meetingModes",
        ok: false,
        blocking: false,
        message: "They are 570 km (354 mi) away: offer a phone or video call rather than meeting in person.",
      });
      expect(modes("", 570)?.ok).toBe(false);
    });

    it("is content with a call for a far contact, even as the one way offered", () => {
      expect(modes("Happy to do a quick call whenever suits you.", 570)).toMatchObject({ ok: true, message: "Offers a call or video: right for someone 570 km (354 mi) away." });
      expect(modes("Coffee, a phone call or video, whatever suits you.", 81)?.ok).toBe(true);
    });

    it("keeps the general rule for a near contact, one at the limit, and one whose distance is unknown", () => {
      for (const km of [5, 80, null, undefined]) {
        expect(modes("I'd love to buy you a coffee in person.", km)).toMatchObject({ ok: false, message: "Offer in person, phone or video, so meeting is easy for them." });
        expect(modes("Coffee or a call, whatever suits you.", km)).toMatchObject({ ok: true, message: "Offers more than one way to meet." });
      }
    });

    it("counts ways to meet, not the words for them", () => {
      for (const one of ["Could we have a phone call?", "Happy to hop on a video call or Zoom.", "I'd love to meet for coffee in person."]) {
        expect(modes(one)?.ok).toBe(false);
      }
      expect(modes("A phone call or a Zoom call, as you prefer.")?.ok).toBe(true);
    });
  });
});

describe("placeholders", () => {
  it("fills known values and leaves unknown or empty ones for the check to catch", () => {
    const text = "Hi {{firstName}}, {{ connection }} here about {{topic}} at {{employer}}.";
    const filled = fillTemplate(text, { firstName: "Priya", connection: "a fellow OSU grad", topic: "", employer: null });
    expect(filled).toBe("Hi Priya, a fellow OSU grad here about {{topic}} at {{employer}}.");
    expect(unfilledPlaceholders(filled)).toEqual(["{{topic}}", "{{employer}}"]);
    expect(unfilledPlaceholders("Dear [Name], I admire [Company].")).toEqual(["[Name]", "[Company]"]);
  });

  it("counts words, not punctuation", () => {
    expect(countWords("  Hi Priya —  twenty-minute chat? ")).toBe(4);
    expect(countWords("")).toBe(0);
  });
});

describe("template placeholders", () => {
  it("accepts every placeholder the built-in templates use, with or without spaces inside the braces", () => {
    const text = "{{firstName}} {{ lastName }} {{name}} {{employer}} {{title}} {{connection}} {{myName}} {{myFirstName}} {{topic}} {{myPhone}} {{takeaway}}";
    expect(unknownPlaceholders(text)).toEqual([]);
  });

  it.each([
    ["Hi {{fristName}}", ["{{fristName}}"]],
    ["At {{ company }} and {{ company }} again", ["{{ company }}"]],
    ["{{first name}} {{}} {{firstname}}", ["{{first name}}", "{{}}", "{{firstname}}"]],
    ["{{firstName}} works at {{employer}}, {{myname}}", ["{{myname}}"]],
  ])("names unknown placeholders in %j", (text, expected) => {
    expect(unknownPlaceholders(text)).toEqual(expected);
  });

  it("ignores single braces and square-bracket prompts (the unfilled check catches those)", () => {
    expect(unknownPlaceholders("{firstName} [Company] {{ firstName }")).toEqual([]);
  });

  it("fills every known contact and profile placeholder when the composer has a value for it", () => {
    const values = Object.fromEntries(KNOWN_PLACEHOLDERS.map((p) => [p.name, `<${p.name}>`]));
    const text = KNOWN_PLACEHOLDERS.map((p) => `{{${p.name}}}`).join(" ");
    expect(unfilledPlaceholders(fillTemplate(text, values))).toEqual([]);
    expect(new Set(KNOWN_PLACEHOLDERS.map((p) => p.name)).size).toBe(KNOWN_PLACEHOLDERS.length);
    for (const p of KNOWN_PLACEHOLDERS) expect(p.meaning).toMatch(/\.$/);
  });

  it("gives email kinds a subject and checks each kind as the composer's channel for it", () => {
    expect(["OUTREACH_EMAIL", "FOLLOW_UP", "THANK_YOU", "TOUCH"].every((k) => templateHasSubject(k as never))).toBe(true);
    expect(templateHasSubject("LINKEDIN_NOTE")).toBe(false);
    expect(templateHasSubject("VOICEMAIL")).toBe(false);
    expect(templateChannel("LINKEDIN_NOTE")).toBe("LINKEDIN");
    expect(templateChannel("VOICEMAIL")).toBe("VOICEMAIL");
    expect(templateChannel("THANK_YOU")).toBe("EMAIL");
    const note = checkDraft({ channel: templateChannel("LINKEDIN_NOTE"), body: "x".repeat(301) });
    expect(note.find((c) => c.id === "length")).toMatchObject({ ok: false, blocking: true });
  });
});

describe("the built-in templates", () => {
  it("use only placeholders the composer knows", () => {
    for (const t of BUILT_IN_TEMPLATES) expect(unknownPlaceholders(`${t.subject ?? ""}\n${t.body}`), t.name).toEqual([]);
  });

  it("a referral's request names the referrer first and says how the name was found", () => {
    const template = BUILT_IN_TEMPLATES.find((t) => t.name === "Request from a referral")!;
    const values = { firstName: "Harper", employer: "NPR", referrer: "Michelle Okoro", myName: "Maya Chen", topic: "audio journalism", myPhone: "614 555 0100" };
    const draft = draftFromTemplate({ subject: template.subject ?? null, body: template.body }, values);
    expect(draft.subject).toBe("Michelle Okoro suggested I write to you");
    const checks = checkDraft({ ...draft, channel: "EMAIL", connection: "Referred by Michelle Okoro" });
    expect(checks.find((c) => c.id === "connectionFirst")?.ok).toBe(true);
    expect(checks.find((c) => c.id === "howFound")?.ok).toBe(true);
    expect(canSend(checks)).toBe(true);
  });

  it("the voicemail script says the name and the number twice, filled in or not", () => {
    const template = BUILT_IN_TEMPLATES.find((t) => t.kind === "VOICEMAIL")!;
    const voicemail = (values: Record<string, string>) => checkDraft({ body: fillTemplate(template.body, values), channel: "VOICEMAIL", myName: "Maya Chen" });
    const passed = (checks: ReturnType<typeof checkDraft>) => checks.filter((c) => c.id === "nameTwice" || c.id === "numberTwice").map((c) => [c.id, c.ok]);
    // As the template editor shows it: {{myPhone}} is the student's to type.
    expect(passed(voicemail({ firstName: "Harper", myName: "Maya Chen", topic: "audio journalism", connection: "Michelle Okoro suggested I call" }))).toEqual([["nameTwice", true], ["numberTwice", true]]);
    // As sent: the number typed in both places.
    const sent = voicemail({ firstName: "Harper", myName: "Maya Chen", topic: "audio journalism", connection: "Michelle Okoro suggested I call", myPhone: "(614) 555-0100" });
    expect(passed(sent)).toEqual([["nameTwice", true], ["numberTwice", true]]);
    // And everything else a request is checked for.
    expect(sent.filter((c) => !c.ok)).toEqual([]);
  });

  it("the shared-connection request no longer borrows the article request's wording", () => {
    const template = BUILT_IN_TEMPLATES.find((t) => t.name === "Request through a shared connection")!;
    expect(template.body).not.toMatch(/while reading about/);
  });
});
