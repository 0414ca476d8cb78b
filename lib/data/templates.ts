// Message templates: the built-in ones (ownerId null), readable by everyone and changed by no one,
// and the viewer's own, which only the viewer can read, change or delete.
import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { TemplateKind } from "../generated/prisma/enums";
import { FieldError, NotFoundError } from "./errors";
import { requireViewer } from "./viewer";

const templateRow = {
  id: true,
  ownerId: true,
  kind: true,
  name: true,
  subject: true,
  body: true,
  updatedAt: true,
} satisfies Prisma.TemplateSelect;

type TemplateRecord = Prisma.TemplateGetPayload<{ select: typeof templateRow }>;

export type TemplateRow = Omit<TemplateRecord, "ownerId"> & { isOwn: boolean };

/** Built-in and own templates, ordered by kind, built-in first, then name. */
export async function listTemplates(): Promise<TemplateRow[]> {
  const viewer = await requireViewer();
  const rows = await db.template.findMany({
    where: { OR: [{ ownerId: null }, { ownerId: viewer.id }] },
    select: templateRow,
    orderBy: [{ kind: "asc" }, { ownerId: { sort: "asc", nulls: "first" } }, { name: "asc" }],
  });
  return rows.map(({ ownerId, ...template }) => ({ ...template, isOwn: ownerId === viewer.id }));
}

export type TemplateDetail = TemplateRow;

/** One template the viewer may read: a built-in or their own. Anyone else's is "not found". */
export async function getTemplate(templateId: string): Promise<TemplateDetail> {
  const viewer = await requireViewer();
  const row = await db.template.findFirst({
    where: { id: templateId, OR: [{ ownerId: null }, { ownerId: viewer.id }] },
    select: templateRow,
  });
  if (!row) throw new NotFoundError("template");
  const { ownerId, ...template } = row;
  return { ...template, isOwn: ownerId === viewer.id };
}

export interface TemplateFields {
  kind: TemplateKind;
  name: string;
  subject: string | null;
  body: string;
}

export async function createTemplate(input: TemplateFields): Promise<{ id: string }> {
  const viewer = await requireViewer();
  return db.template.create({
    data: { ownerId: viewer.id, kind: input.kind, name: input.name, subject: input.subject, body: input.body },
    select: { id: true },
  });
}

/** Refuses built-ins with a message (they are read-only); anyone else's template is "not found". */
async function requireOwnTemplate(viewerId: string, templateId: string): Promise<void> {
  const row = await db.template.findFirst({
    where: { id: templateId, OR: [{ ownerId: null }, { ownerId: viewerId }] },
    select: { ownerId: true },
  });
  if (!row) throw new NotFoundError("template");
  if (row.ownerId === null) throw new FieldError("form", "Built-in templates are read-only: customize a copy instead.");
}

export async function updateTemplate(templateId: string, input: TemplateFields): Promise<void> {
  const viewer = await requireViewer();
  await requireOwnTemplate(viewer.id, templateId);
  const updated = await db.template.updateMany({
    where: { id: templateId, ownerId: viewer.id },
    data: { kind: input.kind, name: input.name, subject: input.subject, body: input.body },
  });
  if (updated.count !== 1) throw new NotFoundError("template");
}

/** An own copy of a built-in (or of one's own template), named so it is told apart. */
export async function duplicateTemplate(templateId: string): Promise<{ id: string }> {
  const source = await getTemplate(templateId);
  const viewer = await requireViewer();
  const name = `${source.name} (my copy)`.slice(0, 80);
  return db.template.create({
    data: { ownerId: viewer.id, kind: source.kind, name, subject: source.subject, body: source.body },
    select: { id: true },
  });
}

/** Deletes an own template and returns what it held, so "Undo" can put it back. */
export async function deleteTemplate(templateId: string): Promise<TemplateFields> {
  const viewer = await requireViewer();
  await requireOwnTemplate(viewer.id, templateId);
  return db.$transaction(async (tx) => {
    const row = await tx.template.findFirst({ where: { id: templateId, ownerId: viewer.id }, select: { kind: true, name: true, subject: true, body: true } });
    if (!row) throw new NotFoundError("template");
    await tx.template.deleteMany({ where: { id: templateId, ownerId: viewer.id } });
    return row;
  });
}
