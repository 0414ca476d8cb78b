import type { Metadata } from "next";
import Link from "next/link";
import { PitchWorkspace } from "@/components/pitch/pitch-workspace";
import { PageHeader } from "@/components/ui/page-header";
import { listPitchVersions } from "@/lib/data/pitch";
import { requireViewer } from "@/lib/data/viewer";
import { formatDateTime } from "@/lib/domain/format";

export const metadata: Metadata = { title: "Your 30-second pitch" };

export default async function PitchPage() {
  const [viewer, versions] = await Promise.all([requireViewer(), listPitchVersions()]);
  const views = versions.map((v) => ({ version: v.version, body: v.body, savedAt: formatDateTime(v.createdAt, viewer.timeZone) }));
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/questions" className="inline-flex min-h-11 items-center font-medium text-brand-800 underline underline-offset-2 hover:text-brand-900 sm:min-h-0">
          <span aria-hidden="true">←&nbsp;</span>Questions
        </Link>
      </p>
      <PageHeader
        title="Your 30-second pitch"
        description="How you introduce yourself at the start of an informational interview. Your agendas show the current version."
      />
      <PitchWorkspace versions={views} />
    </>
  );
}
