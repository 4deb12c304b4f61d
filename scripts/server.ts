// The production server (`npm start`, `npm run app`, the e2e and two-instance tests): Next.js behind a
// plain Node HTTP server, for what `next start` cannot do (ADR 016):
// - the client's address. Next.js hands route handlers, proxy.ts and better-auth no socket address, and
//   it fills X-Forwarded-For only when the client sent none. Here every request gets CLIENT_ADDRESS_HEADER
//   written from the socket (and TRUSTED_PROXIES), replacing whatever the client sent under that name;
// - socket timeouts shorter than Node's 300 s, so a client trickling a body cannot hold a socket for minutes.
// Usage: tsx scripts/server.ts [--port 3000] [--hostname 0.0.0.0]  (PORT and HOSTNAME work too).
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import {
  CLIENT_ADDRESS_HEADER,
  parseTrustedProxies,
  resolveClientAddress,
} from "@/lib/security/client-address";

/**
 * A request's headers and then its whole body must arrive within these (slow-loris and slow-body clients):
 * 10 s and 30 s (SERVER_REQUEST_TIMEOUT_MS, lower in the e2e test that proves the cut-off).
 */
const HEADERS_TIMEOUT_MS = 10_000;
/** An idle keep-alive socket is closed after this. */
const KEEP_ALIVE_TIMEOUT_MS = 5_000;

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? "0.0.0.0";

// Before Next.js (and with it lib/env.ts inside the app) loads: the app believes the header only then.
Object.assign(process.env, { NUTRIWEEK_SERVER: "1", NODE_ENV: "production" });
const { env } = await import("@/lib/env");
const { default: next } = await import("next");

const trustedProxies = parseTrustedProxies(env.TRUSTED_PROXIES);
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const requestTimeout = env.SERVER_REQUEST_TIMEOUT_MS;
// Timeouts are checked this often (Node's default, 30 s, would let a slow socket live for up to a minute).
const connectionsCheckingInterval = Math.min(2_000, Math.max(250, requestTimeout / 4));
const server = createServer({ connectionsCheckingInterval }, (request, response) => {
  request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress({
    forwardedFor: [request.headers["x-forwarded-for"] ?? []].flat().join(", ") || undefined,
    socketAddress: request.socket.remoteAddress,
    trustedProxies,
  });
  void handle(request, response);
});
// Node wants the headers' timeout no longer than the whole request's.
server.headersTimeout = Math.min(HEADERS_TIMEOUT_MS, requestTimeout);
server.requestTimeout = requestTimeout;
server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
server.listen(port, hostname, () => {
  const proxies = env.TRUSTED_PROXIES.length ? env.TRUSTED_PROXIES.join(", ") : "none";
  console.log(`NutriWeek on http://${hostname}:${port} (trusted proxies: ${proxies})`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
