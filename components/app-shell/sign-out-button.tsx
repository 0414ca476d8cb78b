"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Icon } from "@/components/ui/icons";

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="ghost"
      size="sm"
      // Never wraps: on a 360 px phone the viewer's name truncates instead.
      className="shrink-0 whitespace-nowrap"
      pending={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: "/sign-in" });
      }}
    >
      {pending ? null : <Icon name="sign-out" className="size-4" />}
      Sign out
    </Button>
  );
}
