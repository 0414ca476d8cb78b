import type { Metadata } from "next";
import Link from "next/link";
import { JoinChapterForm } from "@/components/chapter/chapter-forms";
import { InviteUnavailable, lookUpInvite } from "@/components/invites/invite-link";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { findChapterByCode } from "@/lib/data/chapters";

export const metadata: Metadata = { title: "Join a chapter" };

/** An invite link, /chapters/join/K7QM-2XPA: which chapter it opens, and a button to join. */
export default async function JoinChapterPage({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const code = decodeURIComponent(raw).slice(0, 60);
  const { invite: chapter, throttled } = await lookUpInvite(code, findChapterByCode);
  if (!chapter) {
    return (
      <InviteUnavailable
        pageTitle="Join a chapter"
        link="invite link"
        icon="chapter"
        throttled={throttled}
        missing={{
          title: "This invite link does not match a chapter",
          description: "Check the link or code with your chapter's officers.",
          href: "/chapters",
          action: "Enter a code",
        }}
      />
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
