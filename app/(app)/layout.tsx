import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { DeviceOwnerProvider } from "@/components/app-shell/device-owner";
import { navItemsFor } from "@/components/app-shell/nav-items";
import { NavLinks } from "@/components/app-shell/nav-links";
import { SignOutButton } from "@/components/app-shell/sign-out-button";
import { Icon } from "@/components/ui/icons";
import { now } from "@/lib/clock";
import { countDueReminders } from "@/lib/data/reminders";
import { getViewer } from "@/lib/data/viewer";
import { roleLabel } from "@/lib/domain/format";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  const dueToday = await countDueReminders(now());
  const items = navItemsFor(viewer.roles).map((item) => (item.href === "/today" ? { ...item, count: dueToday } : item));

  return (
    <DeviceOwnerProvider userId={viewer.id}>
      <div className="min-h-dvh">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:left-4 focus:top-3 focus:z-50 focus:rounded-lg focus:bg-white focus:px-4 focus:py-3 focus:font-semibold focus:text-brand-800 focus:shadow-lg"
        >
          Skip to content
        </a>

        <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur supports-[backdrop-filter]:bg-white/80">
          <div className="flex h-14 items-center justify-between gap-3 px-4 md:px-6">
            <Link href="/" className="flex min-h-11 items-center gap-2 text-lg font-bold tracking-tight text-brand-800">
              <span aria-hidden="true" className="flex size-8 items-center justify-center rounded-lg bg-brand-700 text-base text-white">
                R
              </span>
              {/* On a phone the mark alone: the viewer's name (the way to Settings) gets the room instead of "Ma…". */}
              <span className="max-sm:sr-only">Rapport</span>
            </Link>
            <div className="flex min-w-0 items-center gap-2 sm:gap-3">
              <Link
                href="/settings"
                className="flex min-h-11 min-w-0 items-center gap-2 rounded-lg px-2 text-sm text-slate-700 hover:bg-slate-100 hover:text-slate-900"
              >
                <Icon name="settings" className="size-4 shrink-0" />
                <span className="sr-only">Settings for </span>
                <span className="min-w-0 truncate font-medium text-slate-900">{viewer.name}</span>
              </Link>
              <SignOutButton />
            </div>
          </div>
        </header>

        <div className="md:flex">
          <aside className="hidden border-r border-slate-200 bg-white md:block md:w-60 md:shrink-0">
            <div className="sticky top-14 flex h-[calc(100dvh-3.5rem)] flex-col justify-between overflow-y-auto px-3 py-6">
              <nav aria-label="Main">
                <NavLinks items={items} variant="sidebar" />
              </nav>
              {viewer.roles.length > 0 ? (
                <section aria-labelledby="memberships-heading" className="mt-6 border-t border-slate-200 px-3 pt-4">
                  <h2 id="memberships-heading" className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
                    Your organisations
                  </h2>
                  <ul className="mt-2 space-y-2 text-sm">
                    {viewer.roles.map((role) => (
                      <li key={role.organisationId}>
                        <p className="font-medium text-slate-900">{role.organisationName}</p>
                        <p className="text-slate-600">{roleLabel(role.role)}</p>
                      </li>
                    ))}
                  </ul>
                </section>
              ) : null}
            </div>
          </aside>

          <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 pt-6 pb-28 outline-none md:px-8 md:pt-8 md:pb-12">
            <div className="mx-auto max-w-6xl">{children}</div>
          </main>
        </div>

        <nav
          aria-label="Main"
          className="fixed inset-x-0 bottom-0 z-30 border-t border-slate-200 bg-white/95 pb-[env(safe-area-inset-bottom)] backdrop-blur md:hidden"
        >
          <NavLinks items={items} variant="tabs" />
        </nav>
      </div>
    </DeviceOwnerProvider>
  );
}
