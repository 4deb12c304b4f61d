import { env } from "@/lib/env";
import { clientAddressFromHeaders } from "@/lib/security/client-address";

/**
 * The client address of a request, as scripts/server.ts resolved it from the socket and TRUSTED_PROXIES
 * (ADR 016). "unknown" under a server that does not write it (a bare `next start`, `next dev`).
 */
export function clientAddressOf(request: Request): string {
  return clientAddressFromHeaders(request.headers, env.NUTRIWEEK_SERVER);
}
