import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { NotFoundError } from "@/lib/data/errors";
import { assertOwnMeeting } from "@/lib/data/meetings";

// Runs before the agenda or interview page streams (their loading.tsx would otherwise commit a
// 200), so a missing or someone else's meeting answers a real 404.
export default async function MeetingLayout({ children, params }: { children: ReactNode; params: Promise<{ meetingId: string }> }) {
  const { meetingId } = await params;
  try {
    await assertOwnMeeting(meetingId);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  return children;
}
