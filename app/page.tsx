import { redirect } from "next/navigation";
import { getViewer } from "@/lib/data/viewer";

export default async function Home() {
  const viewer = await getViewer();
  redirect(viewer ? "/today" : "/sign-in");
}
