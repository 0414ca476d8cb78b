// What an invite-link page (a cohort's, a chapter's, a career centre's staff invitation) shows when
// its code opens nothing: while the viewer is locked out for guessing codes, the lockout and when it
// ends, not "no such code" (the link may be right) and not a form that would be refused too; else
// that the link matches nothing, and where to go instead.
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon, type IconName } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { CodeThrottledError, FieldError, NotFoundError } from "@/lib/data/errors";

export interface InviteLookup<T> {
  invite: T | null;
  /** Set while the viewer is locked out: the message says until when. */
  throttled: string | null;
}

/** Looks `code` up with `find`; a code that is malformed (null), unknown or refused opens nothing. */
export async function lookUpInvite<T>(code: string | null, find: (code: string) => Promise<T>): Promise<InviteLookup<T>> {
  if (code === null) return { invite: null, throttled: null };
  try {
    return { invite: await find(code), throttled: null };
  } catch (error) {
    if (error instanceof CodeThrottledError) return { invite: null, throttled: error.userMessage };
    if (error instanceof FieldError || error instanceof NotFoundError) return { invite: null, throttled: null };
    throw error;
  }
}

export function InviteUnavailable({
  pageTitle,
  link,
  icon,
  throttled,
  missing,
}: {
  /** The page's heading; without one, the message is the page's heading. */
  pageTitle?: string;
  /** What the link is called: "invite link", "staff invitation link". */
  link: string;
  icon: IconName;
  throttled: string | null;
  /** What to say when the link matches nothing. */
  missing: { title: string; description: string; href: string; action: string };
}) {
  const action = throttled ? { href: "/today", label: "Go to Today" } : { href: missing.href, label: missing.action };
  return (
    <div className="mx-auto max-w-3xl">
      {pageTitle ? <PageHeader title={pageTitle} /> : null}
      <EmptyState
        headingLevel={pageTitle ? 2 : 1}
        icon={<Icon name={icon} className="size-6" />}
        title={throttled ? `This ${link} cannot be checked right now` : missing.title}
        description={throttled ?? missing.description}
        action={
          <Link href={action.href} className={buttonClasses("primary")}>
            {action.label}
          </Link>
        }
      />
    </div>
  );
}
