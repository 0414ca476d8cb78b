import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";

export default function AppNotFound() {
  return (
    <EmptyState
      headingLevel={1}
      icon={<Icon name="search" className="size-6" />}
      title="We can’t find that page"
      description="It may not exist, or it may belong to someone else or to a role you don’t have."
      action={
        <Link href="/today" className={buttonClasses("primary")}>
          Go to Today
        </Link>
      }
    />
  );
}
