import { redirect } from "next/navigation";
import { hasCohortAccess } from "@/components/app-shell/nav-items";
import { hasAnyContact } from "@/lib/data/contacts";
import { getViewer } from "@/lib/data/viewer";

/**
 * Home, where signing in lands: Today, what the viewer owes and when. Career-centre staff who keep
 * no contacts of their own have nothing there; their work is their cohorts, so they start there.
 */
export default async function Home() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  redirect(hasCohortAccess(viewer.roles) && !(await hasAnyContact()) ? "/cohorts" : "/today");
}
