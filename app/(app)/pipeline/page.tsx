import type { Metadata } from "next";
import Link from "next/link";
import { PipelineBoard } from "@/components/pipeline/pipeline-board";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { now as clockNow } from "@/lib/clock";
import { getBoard } from "@/lib/data/board";

export const metadata: Metadata = { title: "Pipeline" };

export default async function PipelinePage() {
  const now = clockNow();
  const board = await getBoard(now);

  return (
    <>
      <PageHeader
        title="Pipeline"
        description={
          board.total === 0
            ? "Every contact moves from finding them to staying in touch."
            : `${board.total} active ${board.total === 1 ? "contact" : "contacts"}${
                board.overdueContacts > 0 ? `, ${board.overdueContacts} with an overdue reminder` : ""
              }.`
        }
      />

      {board.total === 0 ? (
        <EmptyState
          icon={<Icon name="pipeline" className="size-6" />}
          title="Your pipeline is empty"
          description="Contacts you add appear here, in six stages from find to follow-up, so you can see at a glance who needs a message next."
          action={
            <Link href="/contacts" className={buttonClasses("primary")}>
              Go to contacts
            </Link>
          }
        />
      ) : (
        <PipelineBoard board={board} now={now} />
      )}
    </>
  );
}
