// requireViewer(): the one door to "who is asking". Every data function calls it and scopes by the
// result; nothing takes a user id from its caller. The session cookie carries a Session row's id,
// so signing out (or deleting the account) ends the session on every app instance at once.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "../auth";
import { db } from "../db";

export interface Viewer {
  id: string;
  email: string;
  name: string;
  timeZone: string;
  roles: { organisationId: string; organisationName: string; kind: "CAREER_CENTRE" | "CHAPTER"; role: string }[];
}

export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getServerSession(authOptions);
  const sessionId = session?.sessionId;
  if (!sessionId) return null;
  const row = await db.session.findFirst({
    where: { id: sessionId, expiresAt: { gt: new Date() } },
    select: {
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          timeZone: true,
          memberships: {
            select: { role: true, organisation: { select: { id: true, name: true, kind: true } } },
          },
        },
      },
    },
  });
  if (!row) return null;
  const { memberships, ...user } = row.user;
  return {
    ...user,
    roles: memberships.map((m) => ({
      organisationId: m.organisation.id,
      organisationName: m.organisation.name,
      kind: m.organisation.kind,
      role: m.role,
    })),
  };
});

/** The signed-in user, or a redirect to the sign-in page. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  return viewer;
}
