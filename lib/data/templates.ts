// Message templates: the built-in ones (ownerId null) and the viewer's own.
import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
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
