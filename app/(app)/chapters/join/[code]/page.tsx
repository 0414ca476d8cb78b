import type { Metadata } from "next";
import Link from "next/link";
import { JoinChapterForm } from "@/components/chapter/chapter-forms";
import { InviteThrottled } from "@/components/invites/invite-throttled";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { findChapterByCode } from "@/lib/data/chapters";
import { CodeThrottledError, FieldError } from "@/lib/data/errors";

export const metadata: Metadata = { title: "Join a chapter" };

/** An invite link, /chapters/join/K7QM-2XPA: which chapter it opens, and a button to join. */
export default async function JoinChapterPage({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const code = decodeURIComponent(raw).slice(0, 60);
  let chapter: Awaited<ReturnType<typeof findChapterByCode>> | null = null;
  let throttled: string | null = null;
  try {
    chapter = await findChapterByCode(code);
  } catch (error) {
    if (error instanceof CodeThrottledError) throttled = error.userMessage;
    else if (!(error instanceof FieldError)) throw error;
  }

  if (throttled) {
    return (
      <div className="mx-auto max-w-3xl">
        <PageHeader title="Join a chapter" />
        <InviteThrottled link="invite link" message={throttled} icon="chapter" />
      </div>
    );
  }

  if (!chapter) {
    return (
      <div className="mx-auto max-w-3xl">
        <PageHeader title="Join a chapter" />
        <EmptyState
          icon={<Icon name="chapter" className="size-6" />}
          title="This invite link does not match a chapter"
          description="Check the link or code with your chapter's officers."
          action={
            <Link href="/chapters" className={buttonClasses("primary")}>
              Enter a code
            </Link>
          }
        />
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title={`Join ${chapter.name}`}
        description={`${chapter.memberCount} ${chapter.memberCount === 1 ? "member" : "members"}. Members see the chapter's shared list of professionals and claim one before reaching out; your own contacts and notes stay private.`}
      />
      {chapter.alreadyMember ? (
        <Alert tone="info">
          <p className="font-medium">You are already in {chapter.name}.</p>
          <Link href="/chapter" className="mt-1 inline-block font-semibold underline">
            Open the shared list
          </Link>
        </Alert>
      ) : (
        <Card className="p-5">
          <JoinChapterForm code={code} name={chapter.name} />
        </Card>
      )}
    </div>
  );
}
