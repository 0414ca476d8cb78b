// Signs a test in as a user the way the app does: a real Session row, whose id next-auth's
// getServerSession (mocked in the setup file) hands to requireViewer().
import { createSession } from "@/lib/data/auth";

export const sessionHolder: { current: { sessionId: string; expires: string } | null } = { current: null };

export async function signInAs(userId: string): Promise<void> {
  sessionHolder.current = { sessionId: await createSession(userId), expires: new Date(Date.now() + 86_400_000).toISOString() };
}

export function signOut(): void {
  sessionHolder.current = null;
}
