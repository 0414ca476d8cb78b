// The built-in question bank (in TIARA order) and message templates every account starts with.
// They are rows with no owner, read-only to students ("Customize" copies a template; a built-in
// question can be hidden). ensureBuiltIns puts them in any database at start, demo or not: a
// server without the demo data would otherwise have an empty question bank and no templates.
import type { PrismaClient } from "../lib/generated/prisma/client";
import { QuestionCategory, QuestionTier, TemplateKind } from "../lib/generated/prisma/enums";


export type QuestionKey =
  | "start"
  | "path"
  | "prepared"
  | "typicalDay"
  | "bestLeast"
  | "challenges"
  | "success"
  | "teams"
  | "skills"
  | "newcomers"
  | "tools"
  | "trends"
  | "ai"
  | "campaign"
  | "fiveYears"
  | "myPlan"
  | "resume"
  | "pitch"
  | "wishKnown"
  | "mistakes"
  | "organizations"
  | "publications"
  | "courses"
  | "whoElse"
  | "mentionName"
  | "otherView";

export const BUILT_IN_QUESTIONS: { key: QuestionKey; category: QuestionCategory; tier: QuestionTier; text: string; tags?: string[] }[] = [
  { key: "start", category: QuestionCategory.CAREER_PATH, tier: QuestionTier.JOB, text: "How did you get started in this field?", tags: ["opener"] },
  { key: "path", category: QuestionCategory.CAREER_PATH, tier: QuestionTier.JOB, text: "What did your path from college to this role look like, and what would you do differently?" },
  { key: "prepared", category: QuestionCategory.CAREER_PATH, tier: QuestionTier.JOB, text: "Which earlier experiences prepared you most for the work you do now?" },
  { key: "typicalDay", category: QuestionCategory.THE_JOB, tier: QuestionTier.JOB, text: "What does a typical day or week look like for you?" },
  { key: "bestLeast", category: QuestionCategory.THE_JOB, tier: QuestionTier.JOB, text: "What do you like most about your work, and what do you like least?" },
  { key: "challenges", category: QuestionCategory.THE_JOB, tier: QuestionTier.JOB, text: "What are the biggest challenges in your role right now?" },
  { key: "success", category: QuestionCategory.THE_JOB, tier: QuestionTier.JOB, text: "How is success measured in your role?" },
  { key: "teams", category: QuestionCategory.THE_JOB, tier: QuestionTier.JOB, text: "Who do you work with most closely, inside and outside your team?" },
  { key: "skills", category: QuestionCategory.SKILLS, tier: QuestionTier.JOB, text: "Which skills matter most for someone starting out in this area?" },
  { key: "newcomers", category: QuestionCategory.SKILLS, tier: QuestionTier.JOB, text: "What do you wish people new to your team already knew how to do?" },
  { key: "tools", category: QuestionCategory.SKILLS, tier: QuestionTier.INDUSTRY, text: "Which tools or platforms should I learn before I graduate?" },
  { key: "trends", category: QuestionCategory.TRENDS, tier: QuestionTier.INDUSTRY, text: "What trends are changing this industry right now?" },
  { key: "ai", category: QuestionCategory.TRENDS, tier: QuestionTier.INDUSTRY, text: "How are AI tools changing the way your team works?" },
  { key: "campaign", category: QuestionCategory.TRENDS, tier: QuestionTier.INDUSTRY, text: "Which recent campaign or story in your field do you admire, and why?" },
  { key: "fiveYears", category: QuestionCategory.TRENDS, tier: QuestionTier.INDUSTRY, text: "Where do you see this industry in five years?" },
  { key: "myPlan", category: QuestionCategory.ADVICE, tier: QuestionTier.JOB, text: "Based on what I've shared about my plans, what would you suggest I do next?" },
  { key: "resume", category: QuestionCategory.ADVICE, tier: QuestionTier.JOB, text: "Would you be willing to look over my résumé and tell me what stands out or is missing?", tags: ["feedback"] },
  { key: "pitch", category: QuestionCategory.ADVICE, tier: QuestionTier.JOB, text: "May I try my 30-second introduction on you and hear how it lands?", tags: ["feedback"] },
  { key: "wishKnown", category: QuestionCategory.ADVICE, tier: QuestionTier.JOB, text: "What do you wish you had known when you were a student?" },
  { key: "mistakes", category: QuestionCategory.ADVICE, tier: QuestionTier.INDUSTRY, text: "What mistakes do newcomers to this industry often make?" },
  { key: "organizations", category: QuestionCategory.RESOURCES, tier: QuestionTier.INDUSTRY, text: "Which professional organizations or events would you recommend?" },
  { key: "publications", category: QuestionCategory.RESOURCES, tier: QuestionTier.INDUSTRY, text: "Which publications, newsletters or podcasts do you follow to stay current?" },
  { key: "courses", category: QuestionCategory.RESOURCES, tier: QuestionTier.INDUSTRY, text: "Are there courses or certifications worth my time?" },
  { key: "whoElse", category: QuestionCategory.REFERRALS, tier: QuestionTier.JOB, text: "Who else should I talk to?", tags: ["closing"] },
  { key: "mentionName", category: QuestionCategory.REFERRALS, tier: QuestionTier.JOB, text: "May I mention your name when I reach out to them?", tags: ["closing"] },
  { key: "otherView", category: QuestionCategory.REFERRALS, tier: QuestionTier.INDUSTRY, text: "Is there someone at another organization who sees this field differently?" },
];

export const BUILT_IN_TEMPLATES: { kind: TemplateKind; name: string; subject?: string; body: string }[] = [
  {
    kind: TemplateKind.OUTREACH_EMAIL,
    name: "Request through a shared connection",
    subject: "20 minutes to learn about your work?",
    body: `Dear {{firstName}},

We share a connection ({{connection}}), which is how I came across your name. I'm {{myName}}, a student exploring {{topic}}, and I'd love to learn how you found your way to {{employer}}.

Would you have 20–30 minutes in the next few weeks to tell me how you got started and what your work involves? I'd be glad to meet in person, by phone or by video, whichever suits you.

I'll follow up next week in case this gets buried. Thank you for considering it!

Best regards,
{{myName}}`,
  },
  {
    kind: TemplateKind.OUTREACH_EMAIL,
    name: "Request from a referral",
    subject: "{{referrer}} suggested I write to you",
    body: `Dear {{firstName}},

{{referrer}} suggested I get in touch with you. I'm {{myName}}, a student exploring {{topic}}, and {{referrer}} thought you would be the right person to ask about your work at {{employer}}.

Would you have 20–30 minutes in the next few weeks to tell me how you got started? I'd be glad to meet in person, by phone or by video, whichever suits you.

I'll follow up next week in case this gets buried. Thank you for considering it!

Best regards,
{{myName}}`,
  },
  {
    kind: TemplateKind.OUTREACH_EMAIL,
    name: "Request after reading their article",
    subject: "Your piece on {{topic}}",
    body: `Dear {{firstName}},

{{connection}}: I found your name through your recent piece on {{topic}}, and it has stayed with me. I'm {{myName}}, a student hoping to learn how people at {{employer}} approach this work.

Could you spare 20–30 minutes in the coming weeks to talk about your path? In person, by phone or over video all work for me.

I'll follow up next week. Thank you for your time!

{{myName}}`,
  },
  {
    kind: TemplateKind.LINKEDIN_NOTE,
    name: "LinkedIn connection note",
    body: "Hi {{firstName}}, {{connection}}, so your profile caught my eye. I'm {{myName}}, a student exploring {{topic}}. Would you have 20 minutes for a call or video chat about your path at {{employer}}? I'll follow up here next week. Thank you!",
  },
  {
    kind: TemplateKind.FOLLOW_UP,
    name: "One polite follow-up",
    subject: "Following up: 20 minutes to learn about your work?",
    body: `Hi {{firstName}},

I'm following up on my note from last week ({{connection}}). I'd still be grateful for 20 minutes by phone or video at any time that suits you in the next few weeks.

If now is a busy stretch, I'd welcome the name of a colleague I could talk to instead.

Thank you,
{{myName}}`,
  },
  {
    kind: TemplateKind.THANK_YOU,
    name: "Thank-you within 24 hours",
    subject: "Thank you, {{firstName}}",
    body: `Dear {{firstName}},

Thank you for taking the time to talk with me about your work at {{employer}}. I keep coming back to what you said: "{{takeaway}}"

I'm already acting on your advice, and I'll let you know how it goes.

With gratitude,
{{myName}}`,
  },
  {
    kind: TemplateKind.VOICEMAIL,
    name: "Voicemail script",
    body: `Hi {{firstName}}, this is {{myName}}, a student exploring {{topic}}. {{connection}}. Would you have 20 minutes, by phone, video or in person, to tell me how you got started? My number is {{myPhone}}. Again, this is {{myName}}, at {{myPhone}}. I'll also send you a short email. Thank you!`,
  },
  {
    kind: TemplateKind.TOUCH,
    name: "Progress update",
    subject: "A quick update, and thank you again",
    body: `Hi {{firstName}},

I wanted to share a quick update: your advice ("{{takeaway}}") led me somewhere good this term, and I thought of you when I read this piece on {{topic}}.

I hope things are going well at {{employer}}.

Best,
{{myName}}`,
  },
  {
    kind: TemplateKind.TOUCH,
    name: "Holiday note",
    subject: "Happy holidays from {{myName}}",
    body: `Hi {{firstName}},

As the year wraps up, I wanted to thank you again for our conversation. What you said about {{topic}} still shapes how I plan my next steps.

Wishing you and everyone at {{employer}} a restful holiday season.

Warmly,
{{myName}}`,
  },
  {
    kind: TemplateKind.TOUCH,
    name: "An article for them",
    subject: "Thought of you when I read this",
    body: `Hi {{firstName}},

I came across this piece on {{topic}} and thought of our conversation: {{link}}. I'd love to hear whether it matches what you see at {{employer}}.

No need to reply; I just wanted to pass it along.

Best,
{{myName}}`,
  },
  {
    kind: TemplateKind.TOUCH,
    name: "Invitation to an event",
    subject: "An event you might enjoy",
    body: `Hi {{firstName}},

Our chapter is hosting {{event}}, about {{topic}}. Given what you shared about your work at {{employer}}, I thought you might enjoy it, and students would love to meet you.

Details are here: {{link}}. Either way, thank you again for your advice.

Best,
{{myName}}`,
  },
  {
    kind: TemplateKind.TOUCH,
    name: "Congratulations",
    subject: "Congratulations, {{firstName}}!",
    body: `Hi {{firstName}},

I just saw the news about {{news}} and wanted to say congratulations. It's great to see, and it reminded me how much I learned from our conversation.

All the best,
{{myName}}`,
  },
];

// Two instances starting together on one database insert the built-ins once.
const BUILT_INS_LOCK_KEY = 72707371;

/**
 * Adds the built-in questions and templates a database lacks, and brings the built-in templates'
 * text up to date. A question is known by its text (a changed text is a new question: agendas
 * that picked the old one keep it); a template by its name, its subject and body kept current
 * (students' own copies are theirs and untouched). Returns how many rows it wrote.
 */
export async function ensureBuiltIns(prisma: PrismaClient): Promise<number> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${BUILT_INS_LOCK_KEY})`;
    const [questions, templates] = await Promise.all([
      tx.question.findMany({ where: { ownerId: null }, select: { text: true, position: true } }),
      tx.template.findMany({ where: { ownerId: null }, select: { id: true, name: true, kind: true, subject: true, body: true } }),
    ]);
    const knownTexts = new Set(questions.map((q) => q.text));
    // After the built-ins already there, in the bank's order: positions never collide with theirs.
    const after = questions.reduce((max, q) => Math.max(max, q.position), -1) + 1;
    const newQuestions = BUILT_IN_QUESTIONS.map((q, index) => ({ ...q, position: after + index })).filter((q) => !knownTexts.has(q.text));
    if (newQuestions.length) {
      await tx.question.createMany({
        data: newQuestions.map((q) => ({ ownerId: null, category: q.category, tier: q.tier, text: q.text, tags: q.tags ?? [], position: q.position })),
      });
    }
    let written = newQuestions.length;
    const byName = new Map(templates.map((t) => [t.name, t]));
    for (const t of BUILT_IN_TEMPLATES) {
      const current = byName.get(t.name);
      const wanted = { kind: t.kind, subject: t.subject ?? null, body: t.body };
      if (!current) {
        await tx.template.create({ data: { ownerId: null, name: t.name, ...wanted } });
        written++;
      } else if (current.kind !== wanted.kind || current.subject !== wanted.subject || current.body !== wanted.body) {
        await tx.template.update({ where: { id: current.id }, data: wanted });
        written++;
      }
    }
    return written;
  });
}
