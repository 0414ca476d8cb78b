"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { signUpAction } from "@/lib/actions/auth";
import { MIN_PASSWORD_LENGTH } from "@/lib/domain/password";
import { EMAIL_TAKEN_MESSAGE } from "@/lib/validation/auth";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { safeCallbackPath } from "./callback";
import { OAuthButtons, type OAuthProvider } from "./oauth-buttons";
import { useFormAction } from "@/components/ui/use-form-action";

const noSubscription = () => () => {};
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const serverTimeZone = () => "";

const ACCOUNT_READY = "Your account is ready, but we couldn't sign you in. Sign in with your new password.";

/** Creates the account, then signs in with the password the form still holds and goes on (to Today unless a page was asked for). */
async function signUpAndSignIn(previous: FormState, form: FormData, goOn: () => void): Promise<FormState> {
  const result = await signUpAction(previous, form);
  if (result.status !== "saved") return result;
  try {
    const signedIn = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (signedIn?.ok && !signedIn.error) {
      goOn();
      return result;
    }
  } catch {
    // Fall through to the message below.
  }
  return {
    status: "error",
    message: ACCOUNT_READY,
    values: result.values,
  };
}

export function SignUpForm({ providers, callbackUrl }: { providers: OAuthProvider[]; callbackUrl?: string }) {
  const router = useRouter();
  const [state, formAction, isPending] = useFormAction(
    (previous: FormState, form: FormData) => signUpAndSignIn(previous, form, () => router.replace(safeCallbackPath(callbackUrl, window.location.origin))),
    initialFormState,
  );
  const timeZone = useSyncExternalStore(noSubscription, browserTimeZone, serverTimeZone);
  // The server never echoes a password back (formValues leaves it out), and React resets the form
  // after each submit: held here, in the browser only, it survives a refusal like the other fields.
  const [password, setPassword] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const navigating = state.status === "saved";

  // After a failed submit, put the cursor in the first field that needs fixing.
  useEffect(() => {
    if (state.status !== "invalid") return;
    formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [state]);

  const signInHref = callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in";
  const showMessage = (state.status === "invalid" || state.status === "error") && state.message;

  return (
    <div className="mx-auto max-w-md">
      <Card className="p-6 sm:p-8">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900">Create your account</h1>
        <p className="mt-1 text-sm text-slate-600">Keep every informational interview, follow-up and thank-you in one place.</p>

        <div aria-live="assertive" className="mt-5 empty:hidden">
          {showMessage ? (
            <Alert tone="danger" id="sign-up-error">
              {state.message}
              {state.message === ACCOUNT_READY ? (
                <>
                  {" "}
                  <Link href={signInHref} className="font-semibold underline">
                    Go to sign in
                  </Link>
                </>
              ) : null}
            </Alert>
          ) : null}
        </div>

        <form ref={formRef} action={formAction} noValidate className="mt-5 space-y-4">
          <input type="hidden" name="timeZone" value={timeZone} />
          <Field
            label="Name"
            name="name"
            autoComplete="name"
            required
            defaultValue={values.name ?? ""}
            error={errors.name}
          />
          <Field
            label="Email"
            name="email"
            type="email"
            autoComplete="email"
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            required
            defaultValue={values.email ?? ""}
            error={errors.email}
            hint="Your university email works best if your career centre uses Rapport."
          />
          {errors.email === EMAIL_TAKEN_MESSAGE ? (
            <p className="-mt-2 text-sm">
              <Link href={signInHref} className="inline-block py-1 font-semibold text-brand-700 underline">
                Sign in instead
              </Link>
            </p>
          ) : null}
          <Field
            label="Password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={MIN_PASSWORD_LENGTH}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={errors.password}
            hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong one.`}
          />
          {errors.form ? <p className="text-sm font-medium text-red-700">{errors.form}</p> : null}
          <Button type="submit" className="w-full" pending={isPending || navigating} disabled={isPending || navigating}>
            {navigating ? "Signing you in…" : isPending ? "Creating your account…" : "Create account"}
          </Button>
        </form>

        <div className="mt-4">
          <OAuthButtons providers={providers} callbackUrl={callbackUrl ?? "/"} disabled={isPending || navigating} />
        </div>

        <p className="mt-6 text-center text-sm text-slate-600">
          Already have an account?{" "}
          <Link href={signInHref} className="inline-block py-2 font-semibold text-brand-700 underline-offset-2 hover:underline">
            Sign in
          </Link>
        </p>
      </Card>
    </div>
  );
}
