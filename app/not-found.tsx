import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { buttonClasses } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

export default async function NotFound() {
  // Rendered per request, never prerendered: a page built ahead of time carries no nonce, and the
  // policy (proxy.ts) then refuses every script on it, so an unknown address never hydrated.
  await connection();
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4 py-12">
      <div className="max-w-md text-center">
        <p className="text-sm font-semibold text-brand-700">404</p>
        <h1 className="mt-2 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">We can’t find that page</h1>
        <p className="mt-3 text-slate-600">The link may be old, or the page may have moved. Your contacts and reminders are safe.</p>
        <div className="mt-6 flex flex-wrap justify-center gap-3">
          <Link href="/" className={buttonClasses("primary")}>
            Go to Rapport
          </Link>
        </div>
      </div>
    </main>
  );
}
