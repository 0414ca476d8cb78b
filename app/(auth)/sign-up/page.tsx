import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/data/viewer";
import { configuredProviders } from "../_components/providers";
import { SignUpForm } from "../_components/sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).callbackUrl;
  // Where the visitor was going (an invitation link, say); the form checks it is a path on this site.
  const callbackUrl = Array.isArray(raw) ? raw[0] : raw;
  if (await getViewer()) redirect("/");
  return <SignUpForm providers={configuredProviders()} callbackUrl={callbackUrl} />;
}
