import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";

export default function CohortNotFound() {
  return (
    <EmptyState
      headingLevel={1}
      icon={<Icon name="cohorts" className="size-6" />}
      title="Cohort or student not found"
      description="It doesn’t exist, the student left the cohort, or it belongs to a career centre you are not staff of."
      action={
        <Link href="/cohorts" className={buttonClasses("primary")}>
          Back to cohorts
        </Link>
      }
    />
  );
}
