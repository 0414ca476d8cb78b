import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
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
    const safe = callbackUrl && /^\/(?![/\\])/.test(callbackUrl) && !callbackUrl.startsWith("/sign-") ? callbackUrl : "/";
    redirect(safe);
  }
  const demo = env.demoMode ? { accounts: DEMO_ACCOUNTS.map((a) => ({ ...a })), password: DEMO_PASSWORD } : null;
  // Deleting an account ends here (/sign-in?deleted=1): say it happened, above the form.
  const deleted = first(params.deleted) === "1";
  return (
    <>
      {deleted ? (
        <div className={demo ? "mx-auto mb-6 max-w-4xl" : "mx-auto mb-6 max-w-md"}>
          <Alert tone="success" live>
            <p className="font-medium">Your account and everything in it were deleted.</p>
          </Alert>
        </div>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} initialError={first(params.error)} providers={configuredProviders()} demo={demo} />
    </>
  );
}
