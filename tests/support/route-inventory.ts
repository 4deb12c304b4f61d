// What the app exposes, read from the source tree: pages, API route methods and server actions. Tests that
// must cover "every route" compare their tables with this list, so a new route without an entry fails them.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const APP_DIR = path.resolve(process.cwd(), "app");
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** app/plans/[id]/page.tsx -> /plans/[id]; route groups "(name)" do not appear in URLs. */
function urlPathOf(file: string): string {
  const segments = path
    .relative(APP_DIR, path.dirname(file))
    .split(path.sep)
    .filter((segment) => segment !== "" && !/^\(.*\)$/.test(segment));
  return `/${segments.join("/")}`;
}

const appFiles = () => filesUnder(APP_DIR).sort();

/** Every page's URL pattern, e.g. "/foods/[id]". */
export function pagePaths(): string[] {
  return appFiles()
    .filter((file) => /^page\.(tsx|ts|jsx|js)$/.test(path.basename(file)))
    .map(urlPathOf);
}

/** Every API route and method, e.g. "PATCH /api/plans/[id]/shopping-list". */
export function apiRoutes(): string[] {
  return appFiles()
    .filter((file) => /^route\.(ts|js)$/.test(path.basename(file)))
    .flatMap((file) => {
      const source = readFileSync(file, "utf8");
      const exported = new Set<string>();
      for (const match of source.matchAll(/export\s+(?:async\s+function|function|const)\s+([A-Z]+)\b/g))
        exported.add(match[1]!);
      for (const match of source.matchAll(/export\s+const\s+\{([^}]*)\}/g)) {
        for (const name of match[1]!.split(",")) exported.add(name.trim());
      }
      return HTTP_METHODS.filter((method) => exported.has(method)).map(
        (method) => `${method} ${urlPathOf(file)}`,
      );
    });
}

/** Every exported server action, e.g. "app/plan/actions.ts#swapMealAction". */
export function serverActions(): string[] {
  const roots = ["app", "lib", "components"].map((dir) => path.resolve(process.cwd(), dir));
  return roots
    .flatMap(filesUnder)
    .filter((file) => /\.(ts|tsx)$/.test(file) && !file.includes(`${path.sep}generated${path.sep}`))
    .sort()
    .flatMap((file) => {
      const source = readFileSync(file, "utf8");
      if (!/^\s*["']use server["']/.test(source)) return [];
      const relative = path.relative(process.cwd(), file).split(path.sep).join("/");
      return [...source.matchAll(/export\s+(?:const|async\s+function|function)\s+(\w+)/g)].map(
        (match) => `${relative}#${match[1]!}`,
      );
    });
}
