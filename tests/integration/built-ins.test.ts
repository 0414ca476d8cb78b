// The built-in question bank and templates reach every database, not only the demo's: a server
// started without the demo data used to give its students an empty question bank and no templates.
import { beforeAll, describe, expect, it } from "vitest";
import { getDatabase } from "@/lib/db";
import { listQuestions } from "@/lib/data/questions";
import { listTemplates } from "@/lib/data/templates";
import { BUILT_IN_QUESTIONS, BUILT_IN_TEMPLATES, ensureBuiltIns } from "../../prisma/built-ins";
import { seedDemoIfEmpty } from "../../prisma/seed";
import { createTestUser } from "../support/factories";
import { signInAs } from "../support/session";

const prisma = () => getDatabase().prisma;
const builtInCounts = async () => ({
  questions: await prisma().question.count({ where: { ownerId: null } }),
  templates: await prisma().template.count({ where: { ownerId: null } }),
});

describe("built-in questions and templates", () => {
  let written: number;
  beforeAll(async () => {
    written = await ensureBuiltIns(prisma());
  });

  it("are added to a database without the demo, once however often the app starts", async () => {
    expect(written).toBe(BUILT_IN_QUESTIONS.length + BUILT_IN_TEMPLATES.length);
    expect(await builtInCounts()).toEqual({ questions: BUILT_IN_QUESTIONS.length, templates: BUILT_IN_TEMPLATES.length });
    expect(await Promise.all([ensureBuiltIns(prisma()), ensureBuiltIns(prisma())])).toEqual([0, 0]);
    expect(await builtInCounts()).toEqual({ questions: BUILT_IN_QUESTIONS.length, templates: BUILT_IN_TEMPLATES.length });
  });

  it("a new student sees the whole bank in TIARA order and every template", async () => {
    const student = await createTestUser("New Student");
    await signInAs(student.id);
    expect((await listQuestions()).map((q) => q.text)).toEqual(BUILT_IN_QUESTIONS.map((q) => q.text));
    expect((await listTemplates()).map((t) => t.name).sort()).toEqual(BUILT_IN_TEMPLATES.map((t) => t.name).sort());
  });

  it("a built-in template's text is brought up to date; a student's own copy is left as it is", async () => {
    const student = await createTestUser("Template Keeper");
    const builtIn = BUILT_IN_TEMPLATES[0]!;
    await prisma().template.updateMany({ where: { ownerId: null, name: builtIn.name }, data: { body: "An old wording" } });
    await prisma().template.create({ data: { ownerId: student.id, kind: builtIn.kind, name: builtIn.name, subject: null, body: "My own wording" } });
    expect(await ensureBuiltIns(prisma())).toBe(1);
    expect((await prisma().template.findFirstOrThrow({ where: { ownerId: null, name: builtIn.name } })).body).toBe(builtIn.body);
    expect((await prisma().template.findFirstOrThrow({ where: { ownerId: student.id } })).body).toBe("My own wording");
  });

  it("the demo, seeded on such a database once its users are gone, replaces them rather than doubling them", async () => {
    await prisma().template.deleteMany({ where: { ownerId: { not: null } } });
    await prisma().session.deleteMany({});
    await prisma().user.deleteMany({});
    expect(await seedDemoIfEmpty(prisma())).toBe(true);
    expect(await builtInCounts()).toEqual({ questions: BUILT_IN_QUESTIONS.length, templates: BUILT_IN_TEMPLATES.length });
    expect(await ensureBuiltIns(prisma())).toBe(0);
  }, 120_000);
});
