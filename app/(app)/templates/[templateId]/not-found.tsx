import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";

export default function TemplateNotFound() {
  return (
    <EmptyState
      headingLevel={1}
      icon={<Icon name="templates" className="size-6" />}
      title="Template not found"
      description="This template doesn’t exist, was deleted, or belongs to someone else."
      action={
        <Link href="/templates" className={buttonClasses("primary")}>
          Back to templates
        </Link>
      }
    />
  );
}
