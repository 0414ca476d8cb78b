"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { safeCallbackPath } from "./callback";

export interface OAuthProvider {
  id: "google" | "azure-ad" | "oidc";
  label: string;
}

/** One button per configured provider; nothing at all when none is configured. */
export function OAuthButtons({ providers, callbackUrl, disabled }: { providers: OAuthProvider[]; callbackUrl?: string; disabled?: boolean }) {
  const [pending, setPending] = useState<string | null>(null);
  if (providers.length === 0) return null;
  return (
    <div className="space-y-3">
      <div className="flex items-center gap-3 text-sm text-slate-600" aria-hidden="true">
        <span className="h-px flex-1 bg-slate-200" />
        or
        <span className="h-px flex-1 bg-slate-200" />
      </div>
      <ul className="space-y-2">
        {providers.map((provider) => (
          <li key={provider.id}>
            <Button
              variant="secondary"
              className="w-full"
              pending={pending === provider.id}
              disabled={disabled || (pending !== null && pending !== provider.id)}
              onClick={() => {
                setPending(provider.id);
                void signIn(provider.id, { callbackUrl: safeCallbackPath(callbackUrl, window.location.origin) });
              }}
            >
              {provider.label}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
