// The user's own templates through the actions the pages call: validation on the field, CRUD,
// built-ins read-only, "Customize" into an own copy, delete and undo, and nobody else's rows.
import { beforeAll, describe, expect, it } from "vitest";
import {
  createTemplateAction,
  deleteTemplateAction,
  duplicateTemplateAction,
  restoreTemplateAction,
  updateTemplateAction,
} from "@/lib/actions/templates";
import { NotFoundError } from "@/lib/data/errors";
import { deleteTemplate, getTemplate, listTemplates, updateTemplate } from "@/lib/data/templates";
import { getDatabase } from "@/lib/db";
import { initialFormState } from "@/lib/validation/form-state";
import { createTestUser } from "../support/factories";
import { signInAs } from "../support/session";

const prisma = () => getDatabase().prisma;

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

async function redirectOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2] ?? "";
    throw error;
  }
  throw new Error("expected a redirect");
}

const outreach = {
  kind: "OUTREACH_EMAIL",
  name: "Alumni ask",
  subject: "Fellow alum: 20 minutes on {{topic}}?",
  body: "Hi {{firstName}},\n\n{{connection}}: would you have 20 minutes by phone or video? I'll follow up next week.\n\n{{myName}}",
};

let owner: { id: string };
let other: { id: string };
let builtInId: string;

beforeAll(async () => {
  owner = await createTestUser("Template Owner");
  other = await createTestUser("Template Snoop");
  builtInId = (
    await prisma().template.create({
      data: { ownerId: null, kind: "OUTREACH_EMAIL", name: "Built-in request", subject: "20 minutes?", body: "Dear {{firstName}}, ..." },
    })
  ).id;
});

async function createOwn(values: Record<string, string> = {}): Promise<string> {
  await signInAs(owner.id);
  const target = await redirectOf(createTemplateAction(initialFormState, form({ ...outreach, ...values })));
  const id = new URL(target, "http://x").searchParams.get("saved");
  if (!id) throw new Error(`unexpected redirect ${target}`);
  return id;
}

describe("creating a template", () => {
  it("puts an unknown placeholder on the field that has it and keeps what was typed", async () => {
    await signInAs(owner.id);
    const state = await createTemplateAction(initialFormState, form({ ...outreach, subject: "About {{compnay}}", body: "Hi {{firstName}} and {{ first name }}" }));
    expect(state.status).toBe("invalid");
    expect(state.fieldErrors?.subject).toMatch(/\{\{compnay\}\}/);
    expect(state.fieldErrors?.body).toMatch(/\{\{ first name \}\}/);
    expect(state.fieldErrors?.body).not.toMatch(/firstName/);
    expect(state.values).toMatchObject({ name: "Alumni ask", kind: "OUTREACH_EMAIL" });
    expect(await prisma().template.count({ where: { ownerId: owner.id, subject: "About {{compnay}}" } })).toBe(0);
  });

  it("requires a kind, a name and a body, and keeps LinkedIn notes within 300 characters", async () => {
    await signInAs(owner.id);
    const empty = await createTemplateAction(initialFormState, form({ kind: "LETTER", name: " ", subject: "", body: "" }));
    expect(Object.keys(empty.fieldErrors ?? {}).sort()).toEqual(["body", "kind", "name"]);
    const long = await createTemplateAction(initialFormState, form({ kind: "LINKEDIN_NOTE", name: "Note", subject: "", body: "x".repeat(301) }));
    expect(long.fieldErrors?.body).toMatch(/300 characters: this one has 301/);
    const fits = await redirectOf(createTemplateAction(initialFormState, form({ kind: "LINKEDIN_NOTE", name: "Note", subject: "ignored", body: "x".repeat(300) })));
    const id = new URL(fits, "http://x").searchParams.get("saved")!;
    // A LinkedIn note has no subject line: whatever was sent is not kept.
    expect(await prisma().template.findUniqueOrThrow({ where: { id } })).toMatchObject({ ownerId: owner.id, kind: "LINKEDIN_NOTE", subject: null });
  });

  it("saves an own template that the composer's list then offers after the built-ins", async () => {
    const id = await createOwn({ name: "Zebra ask" });
    const listed = await listTemplates();
    const own = listed.find((t) => t.id === id);
    expect(own).toMatchObject({ name: "Zebra ask", isOwn: true, kind: "OUTREACH_EMAIL", subject: outreach.subject });
    expect(listed.find((t) => t.id === builtInId)).toMatchObject({ isOwn: false });
    const ofKind = listed.filter((t) => t.kind === "OUTREACH_EMAIL");
    expect(ofKind.findIndex((t) => t.id === builtInId)).toBeLessThan(ofKind.findIndex((t) => t.id === id));
  });
});

describe("editing, customizing and deleting", () => {
  it("edits an own template, with the same field checks", async () => {
    const id = await createOwn();
    const bad = await updateTemplateAction(id, initialFormState, form({ ...outreach, body: "Hi {{nickname}}" }));
    expect(bad.fieldErrors?.body).toMatch(/nickname/);
    await redirectOf(updateTemplateAction(id, initialFormState, form({ ...outreach, name: "Renamed", kind: "FOLLOW_UP" })));
    expect(await getTemplate(id)).toMatchObject({ name: "Renamed", kind: "FOLLOW_UP", isOwn: true });
  });

  it("refuses to edit or delete a built-in, and customizing makes an own copy to edit", async () => {
    await signInAs(owner.id);
    const edit = await updateTemplateAction(builtInId, initialFormState, form({ ...outreach, name: "Hijacked" }));
    expect(edit).toMatchObject({ status: "error", message: expect.stringMatching(/read-only/) });
    expect(await deleteTemplateAction(builtInId)).toMatchObject({ status: "error", message: expect.stringMatching(/read-only/) });
    expect(await prisma().template.findUniqueOrThrow({ where: { id: builtInId } })).toMatchObject({ ownerId: null, name: "Built-in request" });

    const target = await redirectOf(duplicateTemplateAction(builtInId));
    const copyId = target.match(/^\/templates\/(\w+)\/edit/)?.[1];
    expect(copyId).toBeTruthy();
    expect(await prisma().template.findUniqueOrThrow({ where: { id: copyId! } })).toMatchObject({
      ownerId: owner.id,
      name: "Built-in request (my copy)",
      subject: "20 minutes?",
      body: "Dear {{firstName}}, ...",
    });
  });

  it("deletes an own template, and undo brings the same content back", async () => {
    const id = await createOwn({ name: "To delete" });
    const deleted = await deleteTemplateAction(id);
    expect(deleted).toMatchObject({ status: "saved", values: { kind: "OUTREACH_EMAIL", name: "To delete", subject: outreach.subject, body: outreach.body } });
    expect(await prisma().template.count({ where: { id } })).toBe(0);
    expect(await restoreTemplateAction(deleted.values!)).toMatchObject({ status: "saved" });
    const back = await prisma().template.findMany({ where: { ownerId: owner.id, name: "To delete" } });
    expect(back).toHaveLength(1);
    expect(back[0]).toMatchObject({ kind: "OUTREACH_EMAIL", subject: outreach.subject, body: outreach.body });
    // Undo goes through the same checks: it cannot smuggle in what the form refuses.
    expect(await restoreTemplateAction({ kind: "OUTREACH_EMAIL", name: "Sneaky", body: "{{password}}" })).toMatchObject({ status: "error" });
    expect(await prisma().template.count({ where: { name: "Sneaky" } })).toBe(0);
  });
});

describe("another user", () => {
  it("can neither see, edit, customize nor delete someone's own template", async () => {
    const id = await createOwn({ name: "Private ask" });
    await signInAs(other.id);
    expect((await listTemplates()).some((t) => t.id === id)).toBe(false);
    expect((await listTemplates()).some((t) => t.id === builtInId)).toBe(true);
    await expect(getTemplate(id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateTemplate(id, { kind: "OUTREACH_EMAIL", name: "Mine now", subject: null, body: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteTemplate(id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await updateTemplateAction(id, initialFormState, form({ ...outreach, name: "Mine now" }))).toMatchObject({ status: "error", message: "That template no longer exists." });
    expect(await deleteTemplateAction(id)).toMatchObject({ status: "error" });
    expect(await duplicateTemplateAction(id)).toMatchObject({ status: "error" });
    expect(await prisma().template.count({ where: { ownerId: other.id } })).toBe(0);
    expect(await prisma().template.findUniqueOrThrow({ where: { id } })).toMatchObject({ ownerId: owner.id, name: "Private ask" });
  });
});
