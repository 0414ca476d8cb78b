// What an invite-link page shows while the viewer is locked out for guessing codes: the lockout and
// when it ends, not "no such code" (the link may be right) and not a form that would be refused too.
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon, type IconName } from "@/components/ui/icons";

export function InviteThrottled({ link, message, icon, headingLevel }: { link: string; message: string; icon: IconName; headingLevel?: 1 | 2 }) {
  return (
    <EmptyState
      headingLevel={headingLevel}
      icon={<Icon name={icon} className="size-6" />}
      title={`This ${link} cannot be checked right now`}
      description={message}
      action={
        <Link href="/today" className={buttonClasses("primary")}>
          Go to Today
        </Link>
      }
    />
  );
}
