// What the matrix must cover, read from the source text so a new action or route cannot slip past:
// every exported function of every "use server" file in lib/actions, and every exported HTTP method
// of every route.ts under app/.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../../..");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

/** "contacts.createContactAction" for each export of lib/actions/contacts.ts. */
export function discoverActions(): string[] {
  const dir = path.join(root, "lib/actions");
  const names: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts")).sort()) {
    const source = readFileSync(path.join(dir, file), "utf8");
    const moduleName = file.replace(/\.ts$/, "");
    for (const match of source.matchAll(/^export\s+(?:async\s+)?(?:function\*?|const|let|var|class)\s+(\w+)/gm)) names.push(`${moduleName}.${match[1]}`);
    for (const match of source.matchAll(/^export\s*\{([^}]*)\}/gm)) {
      for (const part of match[1]!.split(",")) {
        const name = part.trim().split(/\s+as\s+/).pop();
        if (name) names.push(`${moduleName}.${name}`);
      }
    }
  }
  return names;
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^route\.(ts|tsx|js)$/.test(entry.name) ? [full] : [];
  });
}

/** "GET app/api/calendar/[token]/route.ts" for each exported method. */
export function discoverRoutes(): string[] {
  const names: string[] = [];
  for (const file of routeFiles(path.join(root, "app")).sort()) {
    const source = readFileSync(file, "utf8");
    const relative = path.relative(root, file);
    const exported = new Set<string>();
    for (const match of source.matchAll(/^export\s+(?:async\s+)?(?:function|const|let|var)\s+(\w+)/gm)) exported.add(match[1]!);
    for (const match of source.matchAll(/^export\s*\{([^}]*)\}/gm)) {
      for (const part of match[1]!.split(",")) {
        const name = part.trim().split(/\s+as\s+/).pop();
        if (name) exported.add(name);
      }
    }
    for (const name of exported) if (METHODS.includes(name)) names.push(`${name} ${relative}`);
  }
  return names;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "node_modules" ? [] : sourceFiles(full);
    return /\.(ts|tsx|js|jsx)$/.test(entry.name) ? [full] : [];
  });
}

/**
 * Files outside lib/actions with a "use server" directive (a whole file, or one inline in a
 * function): a server action there would be a public endpoint this matrix does not scan.
 */
export function serverActionsOutsideLibActions(): string[] {
  const actionsDir = path.join(root, "lib/actions");
  return ["app", "components", "lib"]
    .flatMap((dir) => sourceFiles(path.join(root, dir)))
    .filter((file) => path.dirname(file) !== actionsDir && /^\s*["']use server["'];?\s*$/m.test(readFileSync(file, "utf8")))
    .map((file) => path.relative(root, file));
}
