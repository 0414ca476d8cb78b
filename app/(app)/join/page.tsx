import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { JoinCodeForm } from "@/components/consent/join-code-form";

export const metadata: Metadata = { title: "Join a cohort" };

export default function JoinPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Join a cohort"
        description="Your career centre follows its students' networking in cohorts (a class, a programme, a term). Enter the invite code they gave you; next you choose what they may see."
      />
      <Card className="p-5">
        <JoinCodeForm />
      </Card>
      <p className="mt-4 text-sm text-slate-600">
        Already in a cohort?{" "}
        <Link href="/sharing" className="font-medium text-brand-700 underline">
          See what you share
        </Link>
        .
      </p>
    </div>
  );
}
