import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";

export default function ContactNotFound() {
  return (
    <EmptyState
      headingLevel={1}
      icon={<Icon name="contacts" className="size-6" />}
      title="Contact not found"
      description="This contact doesn’t exist, was deleted, or belongs to someone else."
      action={
        <Link href="/contacts" className={buttonClasses("primary")}>
          Back to contacts
        </Link>
      }
    />
  );
}
