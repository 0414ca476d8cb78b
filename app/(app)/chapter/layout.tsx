import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { hasChapterAccess } from "@/components/app-shell/nav-items";
import { requireViewer } from "@/lib/data/viewer";

// Someone in no chapter is sent to /chapters (join or start one) before the page starts streaming.
// The page's data call (listChapterDirectories) checks membership again in its own query, so this is
// not the access control, only the way in.
export default async function ChapterLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  if (!hasChapterAccess(viewer.roles)) redirect("/chapters");
  return children;
}
