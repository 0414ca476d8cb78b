// The viewer's 30-second pitch, kept as numbered versions (1, 2, 3… per user). A save that changes
// the text adds a version; restoring an old one saves its text as the newest version, so nothing
// is ever overwritten and the history reads in the order things happened.
import "server-only";
import { now } from "../clock";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { NotFoundError } from "./errors";
import { requireViewer } from "./viewer";

const pitchRow = { body: true, version: true, createdAt: true } satisfies Prisma.PitchSelect;

export type PitchVersion = Prisma.PitchGetPayload<{ select: typeof pitchRow }>;

export interface PitchSaveResult {
  /** The version that now holds the text. */
  version: number;
  /** False when the text was already the current version: nothing was written. */
  created: boolean;
}

/** The newest version of the viewer's pitch, or null before the first save. */
export async function getCurrentPitch(): Promise<{ body: string; version: number; createdAt: Date } | null> {
  const viewer = await requireViewer();
  return db.pitch.findFirst({ where: { ownerId: viewer.id }, select: pitchRow, orderBy: { version: "desc" } });
}

/** Every version of the viewer's pitch, newest first. */
export async function listPitchVersions(): Promise<PitchVersion[]> {
  const viewer = await requireViewer();
  return db.pitch.findMany({ where: { ownerId: viewer.id }, select: pitchRow, orderBy: { version: "desc" } });
}

/**
 * Saves `body` as the next version, unless it is already the current text. Saves of one user run
 * one at a time: each locks the user's row first, so two saves at the same moment (two tabs, a
 * double click) get consecutive versions, or one version when they carry the same text, and
 * neither fails on the (ownerId, version) unique index.
 */
export async function savePitch(body: string, at: Date = now()): Promise<PitchSaveResult> {
  const viewer = await requireViewer();
  return saveAs(viewer.id, body, at);
}

/** Saves the text of an earlier version as the newest one. A version the viewer does not have is NotFoundError. */
export async function restorePitchVersion(version: number, at: Date = now()): Promise<PitchSaveResult> {
  const viewer = await requireViewer();
  const old = await db.pitch.findUnique({ where: { ownerId_version: { ownerId: viewer.id, version } }, select: { body: true } });
  if (!old) throw new NotFoundError("pitch version");
  return saveAs(viewer.id, old.body, at);
}

async function saveAs(ownerId: string, body: string, at: Date): Promise<PitchSaveResult> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${ownerId} FOR UPDATE`;
    const current = await tx.pitch.findFirst({ where: { ownerId }, select: { body: true, version: true }, orderBy: { version: "desc" } });
    if (current && current.body === body) return { version: current.version, created: false };
    const version = (current?.version ?? 0) + 1;
    await tx.pitch.create({ data: { ownerId, body, version, createdAt: at } });
    return { version, created: true };
  });
}
