import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/data/viewer";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo";
import { env } from "@/lib/env";
import { configuredProviders } from "../_components/providers";
import { SignInForm } from "../_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = first(params.callbackUrl);
  if (await getViewer()) {
    // Already signed in: only a plain path on this site is followed here; the form checks full URLs.
    const safe = callbackUrl && /^\/(?![/\\])/.test(callbackUrl) && !callbackUrl.startsWith("/sign-") ? callbackUrl : "/today";
    redirect(safe);
  }
  return (
    <SignInForm
      callbackUrl={callbackUrl}
      initialError={first(params.error)}
      providers={configuredProviders()}
      demo={env.demoMode ? { accounts: DEMO_ACCOUNTS.map((a) => ({ ...a })), password: DEMO_PASSWORD } : null}
    />
  );
}
