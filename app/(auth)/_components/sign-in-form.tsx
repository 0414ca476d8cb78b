"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { signInSchema } from "@/lib/validation/auth";
import { safeCallbackPath } from "./callback";
import { signInErrorMessage } from "./messages";
import { OAuthButtons, type OAuthProvider } from "./oauth-buttons";

export interface DemoAccount {
  email: string;
  name: string;
  role: string;
}

type FieldErrors = Partial<Record<"email" | "password", string>>;

interface SignInFormProps {
  callbackUrl?: string;
  initialError?: string;
  providers: OAuthProvider[];
  demo: { accounts: DemoAccount[]; password: string } | null;
}

export function SignInForm({ callbackUrl, initialError, providers, demo }: SignInFormProps) {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(initialError ? signInErrorMessage(initialError) : null);
  // Which control started the sign-in: "form" or a demo account's email.
  const [pending, setPending] = useState<string | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  function destination(): string {
    return safeCallbackPath(callbackUrl, window.location.origin);
  }

  async function signInWith(emailValue: string, passwordValue: string, source: string): Promise<boolean> {
    setPending(source);
    setFormError(null);
    try {
      const result = await signIn("credentials", { email: emailValue, password: passwordValue, redirect: false });
      if (result?.ok && !result.error) {
        // The button stays busy until the signed-in page has loaded.
        router.replace(destination());
        return true;
      }
      setFormError(signInErrorMessage(result?.error ?? "Default"));
    } catch {
      setFormError(signInErrorMessage("Default"));
    }
    setPending(null);
    return false;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const parsed = signInSchema.safeParse({ email, password });
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0];
        if ((key === "email" || key === "password") && !errors[key]) errors[key] = issue.message;
      }
      setFieldErrors(errors);
      setFormError(null);
      (errors.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    setFieldErrors({});
    const ok = await signInWith(parsed.data.email, parsed.data.password, "form");
    if (!ok) passwordRef.current?.select();
  }

  const busy = pending !== null;

  return (
    <div className={demo ? "mx-auto grid max-w-4xl gap-6 md:grid-cols-2 md:items-start" : "mx-auto max-w-md"}>
      <Card className="p-6 sm:p-8">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900">Sign in</h1>
        <p className="mt-1 text-sm text-slate-600">Welcome back. Pick up where your networking left off.</p>

        <div aria-live="assertive" className="mt-5 empty:hidden">
          {formError ? (
            <Alert tone="danger" id="sign-in-error">
              {formError}
            </Alert>
          ) : null}
        </div>

        <form noValidate onSubmit={onSubmit} className="mt-5 space-y-4" aria-describedby={formError ? "sign-in-error" : undefined}>
          <Field
            ref={emailRef}
            label="Email"
            name="email"
            type="email"
            autoComplete="email"
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={fieldErrors.email}
          />
          <Field
            ref={passwordRef}
            label="Password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={fieldErrors.password}
          />
          <Button type="submit" className="w-full" pending={pending === "form"} disabled={busy}>
            {pending === "form" ? "Signing in…" : "Sign in"}
          </Button>
        </form>

        <div className="mt-4">
          <OAuthButtons providers={providers} callbackUrl={callbackUrl} disabled={busy} />
        </div>

        <p className="mt-6 text-center text-sm text-slate-600">
          New to Rapport?{" "}
          <Link
            href={callbackUrl ? `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-up"}
            className="inline-block py-2 font-semibold text-brand-700 underline-offset-2 hover:underline"
          >
            Create an account
          </Link>
        </p>
      </Card>

      {demo ? (
        <Card className="p-6 sm:p-8">
          <section aria-labelledby="demo-heading">
            <h2 id="demo-heading" className="text-lg font-semibold text-slate-900">
              Try the demo
            </h2>
            <p className="mt-1 text-sm text-slate-600">
              This is a demo server with sample data. Every demo account uses the password{" "}
              <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-sm text-slate-900">{demo.password}</code>.
            </p>
            <ul className="mt-4 space-y-3">
              {demo.accounts.map((account) => (
                <li key={account.email} className="rounded-lg border border-slate-200 p-3">
                  <div className="flex flex-wrap items-center justify-between gap-3">
                    <div className="min-w-0">
                      <p className="font-medium text-slate-900">{account.name}</p>
                      <p className="text-sm text-slate-600">{account.role}</p>
                      <p className="truncate text-sm text-slate-600">{account.email}</p>
                    </div>
                    <Button
                      variant="secondary"
                      size="sm"
                      pending={pending === account.email}
                      disabled={busy}
                      onClick={() => void signInWith(account.email, demo.password, account.email)}
                    >
                      Sign in as {account.name}
                      <span className="sr-only"> ({account.role})</span>
                    </Button>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        </Card>
      ) : null}
    </div>
  );
}
