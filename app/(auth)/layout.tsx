import Link from "next/link";
import type { ReactNode } from "react";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:left-4 focus:top-4 focus:z-50 focus:rounded-lg focus:bg-white focus:px-4 focus:py-3 focus:font-semibold focus:text-brand-800 focus:shadow-lg"
      >
        Skip to content
      </a>
      <header className="px-4 pt-8 pb-2 sm:pt-12">
        <div className="mx-auto flex max-w-5xl justify-center">
          <Link href="/" className="inline-flex min-h-11 items-center gap-2 text-2xl font-bold tracking-tight text-brand-800">
            <span aria-hidden="true" className="flex size-9 items-center justify-center rounded-xl bg-brand-700 text-lg text-white">
              R
            </span>
            Rapport
          </Link>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="flex-1 px-4 pb-12 outline-none">
        {children}
      </main>
      <footer className="px-4 pb-6 text-center text-sm text-slate-600">
        Track every informational interview, from the first email to the yearly check-in.
      </footer>
    </div>
  );
}
