import type { NavItem } from "./nav-links";

interface RoleLike {
  kind: "CAREER_CENTRE" | "CHAPTER";
  role: string;
}

/** Staff or admin of a career centre. */
export function hasCohortAccess(roles: readonly RoleLike[]): boolean {
  return roles.some((r) => r.kind === "CAREER_CENTRE" && (r.role === "STAFF" || r.role === "ADMIN"));
}

/** Member or officer of a chapter. */
export function hasChapterAccess(roles: readonly RoleLike[]): boolean {
  return roles.some((r) => r.kind === "CHAPTER" && (r.role === "MEMBER" || r.role === "OFFICER"));
}

/** Everyone's pages (Progress in the sidebar only), then Cohorts for career-centre staff and Chapter for chapter members. */
export function navItemsFor(roles: readonly RoleLike[]): NavItem[] {
  const items: NavItem[] = [
    { href: "/today", label: "Today", icon: "today" },
    { href: "/pipeline", label: "Pipeline", icon: "pipeline" },
    { href: "/contacts", label: "Contacts", icon: "contacts" },
    { href: "/questions", label: "Questions", icon: "questions" },
    { href: "/templates", label: "Templates", icon: "templates" },
    // On a phone, Today's header links to it.
    { href: "/progress", label: "Progress", icon: "chart", sidebarOnly: true },
  ];
  if (hasCohortAccess(roles)) items.push({ href: "/cohorts", label: "Cohorts", icon: "cohorts" });
  if (hasChapterAccess(roles)) items.push({ href: "/chapter", label: "Chapter", icon: "chapter" });
  return items;
}
