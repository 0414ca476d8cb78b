import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { hasCohortAccess } from "@/components/app-shell/nav-items";
import { requireViewer } from "@/lib/data/viewer";

// Answers a real 404 before the page starts streaming. The page's data call (listStaffCohorts)
// checks membership again in its own query, so this is not the access control, only the status code.
export default async function CohortsLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  if (!hasCohortAccess(viewer.roles)) notFound();
  return children;
}
