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

interface ViewerRow {
  id: string;
  email: string;
  name: string;
  timeZone: string;
  roles: Viewer["roles"];
}

// Every request resolves its viewer, and a server action does it again for the page it re-renders
// (React's cache() holds within one render, not across the action and the render), so it is one
// statement, not Prisma's four for the session, user, memberships and organisations.
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getServerSession(authOptions);
  const sessionId = session?.sessionId;
  if (!sessionId) return null;
  // Timestamps are stored as UTC without a zone: compare against a UTC wall time.
  const rows = await db.$queryRaw<ViewerRow[]>`
    SELECT u.id, u.email, u.name, u."timeZone",
           COALESCE(json_agg(json_build_object('organisationId', o.id, 'organisationName', o.name, 'kind', o.kind, 'role', m.role)
                             ORDER BY m.id) FILTER (WHERE o.id IS NOT NULL), '[]') AS roles
    FROM "Session" s
    JOIN "User" u ON u.id = s."userId"
    LEFT JOIN "Membership" m ON m."userId" = u.id
    LEFT JOIN "Organisation" o ON o.id = m."organisationId"
    WHERE s.id = ${sessionId} AND s."expiresAt" > ${new Date().toISOString()}::timestamp
    GROUP BY u.id`;
  const row = rows[0];
  if (!row) return null;
  return { id: row.id, email: row.email, name: row.name, timeZone: row.timeZone, roles: row.roles };
});

/** The signed-in user, or a redirect to the sign-in page. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  return viewer;
}
