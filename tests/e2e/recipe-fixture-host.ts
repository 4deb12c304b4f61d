// A local host serving the fixture recipe pages, the one host the e2e server may import from
// (RECIPE_IMPORT_ALLOWED_HOSTS, set by playwright.config.ts): import by URL through the real route.
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";

export const RECIPE_FIXTURE_PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
export const RECIPE_FIXTURE_HOST = `127.0.0.1:${RECIPE_FIXTURE_PORT}`;

const PAGES = path.resolve("tests/fixtures/recipe-pages");

/** Serves tests/fixtures/recipe-pages/<name>.html; resolves once listening. */
export async function serveRecipePages(): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const name = path.basename(new URL(request.url ?? "/", "http://fixture").pathname);
    try {
      const html = readFileSync(path.join(PAGES, name));
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
    } catch {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(RECIPE_FIXTURE_PORT, "127.0.0.1", resolve));
  return server;
}
