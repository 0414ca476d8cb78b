// Settings' Career centre card, for staff: the centres the viewer runs, and creating one.
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { listMyCentres } from "@/lib/data/career-centres";

export async function CentreSettingsLinks() {
  const centres = await listMyCentres();
  return (
    <>
      {centres.map((centre) => (
        <Link key={centre.id} href={`/centres/${centre.id}`} className={buttonClasses("secondary", "sm")}>
          Manage {centre.name}
        </Link>
      ))}
      <Link href="/centres/new" className={buttonClasses("secondary", "sm")}>
        Create a career centre
      </Link>
    </>
  );
}
