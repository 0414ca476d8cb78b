"use client";

import clsx from "clsx";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { Icon, type IconName } from "@/components/ui/icons";

export interface NavItem {
  href: string;
  label: string;
  icon: IconName;
  /** Shown as a badge, e.g. reminders due today; 0 or absent shows none. */
  count?: number;
  /** Left out of the phone's tab bar, which has room for six; reached from a page there instead. */
  sidebarOnly?: boolean;
}

function CountBadge({ count, className }: { count?: number; className?: string }) {
  if (!count) return null;
  return (
    <span className={clsx("rounded-full bg-red-700 px-1.5 text-[11px] font-semibold leading-5 text-white tabular-nums", className)}>
      {count > 99 ? "99+" : count}
      <span className="sr-only"> due</span>
    </span>
  );
}

function isActive(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The main navigation: a vertical list on wide screens, a bottom tab bar on phones. */
export function NavLinks({ items, variant }: { items: NavItem[]; variant: "sidebar" | "tabs" }) {
  const pathname = usePathname() ?? "";
  if (variant === "tabs") {
    return (
      <ul className="flex">
        {items.filter((item) => !item.sidebarOnly).map((item) => {
          const active = isActive(pathname, item.href);
          return (
            <li key={item.href} className="min-w-0 flex-1">
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={clsx(
                  "flex min-h-14 flex-col items-center justify-center gap-0.5 px-0.5 pt-1.5 pb-1 text-[11px] font-medium leading-tight",
                  active ? "text-brand-700" : "text-slate-600 hover:text-slate-900",
                )}
              >
                <span
                  className={clsx(
                    "relative flex h-7 w-12 items-center justify-center rounded-full transition-colors",
                    active ? "bg-brand-100" : "",
                  )}
                >
                  <Icon name={item.icon} className="size-5" />
                  <CountBadge count={item.count} className="absolute -top-1 right-0" />
                </span>
                <span className="max-w-full truncate">{item.label}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    );
  }
  return (
    <ul className="space-y-1">
      {items.map((item) => {
        const active = isActive(pathname, item.href);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={active ? "page" : undefined}
              className={clsx(
                "flex min-h-11 items-center gap-3 rounded-lg px-3 text-sm font-medium transition-colors",
                active ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
              )}
            >
              <Icon name={item.icon} className={clsx("size-5", active ? "text-brand-700" : "text-slate-500")} />
              {item.label}
              <CountBadge count={item.count} className="ml-auto" />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
