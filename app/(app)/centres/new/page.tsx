import type { Metadata } from "next";
import Link from "next/link";
import { CreateCentreForm } from "@/components/centres/create-centre-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Create a career centre" };

export default function NewCentrePage() {
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Create a career centre"
        description="You become its admin. Then create cohorts (a class, a programme, a term) and give students their invite code, and invite colleagues as staff."
      />
      <Card className="p-5">
        <CreateCentreForm />
      </Card>
      <p className="mt-4 text-sm text-slate-600">
        Your office already uses Rapport? Ask one of its admins for the staff invitation link instead.{" "}
        <Link href="/centres" className="font-medium text-brand-700 underline">
          Your career centres
        </Link>
      </p>
    </div>
  );
}
