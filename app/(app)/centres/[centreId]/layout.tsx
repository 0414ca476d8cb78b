import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { canOpenCentre } from "@/lib/data/career-centres";

// Answers a real 404 before the page streams, from the memberships already loaded with the viewer.
// The page's own query (getCentre) decides access again; this only sets the status code.
export default async function CentreLayout({ children, params }: { children: ReactNode; params: Promise<{ centreId: string }> }) {
  const { centreId } = await params;
  if (!(await canOpenCentre(centreId))) notFound();
  return children;
}
