import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";

export default function MeetingNotFound() {
  return (
    <EmptyState
      headingLevel={1}
      icon={<Icon name="calendar" className="size-6" />}
      title="Meeting not found"
      description="This meeting doesn’t exist, was deleted, or belongs to someone else."
      action={
        <Link href="/pipeline" className={buttonClasses("primary")}>
          Back to your pipeline
        </Link>
      }
    />
  );
}
