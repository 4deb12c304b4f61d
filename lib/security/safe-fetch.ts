import "server-only";
// Fetches a page a user named, without letting them reach what only the server can (SSRF, ADR 023): http(s)
// only, standard ports, no credentials in the URL; every connection goes through request-filtering-agent,
// which refuses loopback, private, link-local, metadata and other non-unicast addresses after DNS
// resolution (so a name that resolves to 127.0.0.1 is refused too); redirects are followed by hand, each
// one checked again; at most 2 MB, 10 s, HTML only. Hosts in `allowedHosts` (RECIPE_IMPORT_ALLOWED_HOSTS,
// empty by default) skip the address check: that is how tests reach a local fixture server.
import http from "node:http";
import https from "node:https";
import ipaddr from "ipaddr.js";
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from "request-filtering-agent";
import { AppError } from "@/lib/errors/app-error";

export const MAX_PAGE_BYTES = 2 * 1024 * 1024;
export const PAGE_TIMEOUT_MS = 10_000;
const MAX_REDIRECTS = 5;
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)$/i;

export interface SafeFetchOptions {
  /** Host names (or host:port) fetched without the address check; never set in production. */
  allowedHosts?: readonly string[];
  maxBytes?: number;
  timeoutMs?: number;
}

const refused = (why: string) => new AppError("UNPROCESSABLE", `This address cannot be imported: ${why}.`);
const unreachable = (why: string) => new AppError("UNPROCESSABLE", `The page could not be fetched: ${why}.`);

function isAllowedHost(url: URL, allowedHosts: readonly string[]): boolean {
  const host = url.host.toLowerCase();
  const hostname = url.hostname.toLowerCase();
  return allowedHosts.some((entry) => entry.toLowerCase() === host || entry.toLowerCase() === hostname);
}

/** Refuses what needs no network to judge: scheme, credentials, port, a literal non-public address. */
export function checkUrl(raw: string, allowedHosts: readonly string[] = []): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refused("it is not a web address");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw refused("only http and https pages");
  if (url.username || url.password) throw refused("addresses with a user name or password");
  if (isAllowedHost(url, allowedHosts)) return url;
  if (url.port && url.port !== "80" && url.port !== "443") throw refused("only the standard web ports");
  const literal = url.hostname.replace(/^\[|\]$/g, "");
  if (ipaddr.isValid(literal) && ipaddr.process(literal).range() !== "unicast") {
    throw refused("it points to a private or local network");
  }
  return url;
}

interface Hop {
  status: number;
  location: string | null;
  contentType: string;
  body: Buffer | null;
}

function agentFor(url: URL, allowed: boolean): http.Agent {
  if (allowed) return url.protocol === "https:" ? new https.Agent() : new http.Agent();
  return url.protocol === "https:" ? new RequestFilteringHttpsAgent() : new RequestFilteringHttpAgent();
}

function requestOnce(url: URL, allowed: boolean, maxBytes: number, signal: AbortSignal): Promise<Hop> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(
      url,
      {
        agent: agentFor(url, allowed),
        signal,
        headers: { accept: "text/html,application/xhtml+xml", "user-agent": "NutriWeek recipe import" },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const contentType = (response.headers["content-type"] ?? "").split(";")[0]!.trim();
        if (status >= 300 && status < 400) {
          response.resume();
          return resolve({ status, location: response.headers.location ?? null, contentType, body: null });
        }
        if (status !== 200) {
          response.resume();
          return reject(unreachable(`the site answered ${status}`));
        }
        if (!HTML_TYPES.test(contentType)) {
          response.resume();
          return reject(unreachable(`it is not an HTML page (${contentType || "no content type"})`));
        }
        if (Number(response.headers["content-length"] ?? 0) > maxBytes) {
          response.destroy();
          return reject(unreachable("the page is larger than 2 MB"));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            response.destroy();
            reject(unreachable("the page is larger than 2 MB"));
          } else chunks.push(chunk);
        });
        response.on("end", () =>
          resolve({ status, location: null, contentType, body: Buffer.concat(chunks) }),
        );
        response.on("error", (error) => reject(error));
      },
    );
    request.on("error", reject);
  });
}

function asAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/is not allowed/i.test(message)) return refused("it points to a private or local network");
  if (error instanceof Error && (error.name === "AbortError" || /aborted|timeout/i.test(message))) {
    return unreachable("it took longer than 10 seconds");
  }
  if (/ENOTFOUND|EAI_AGAIN/.test(message)) return unreachable("the site's name is unknown");
  return unreachable("the connection failed");
}

/** The page's HTML as text; AppError 422 with a plain reason for every refusal. */
export async function fetchPublicPage(raw: string, options: SafeFetchOptions = {}): Promise<string> {
  const allowedHosts = options.allowedHosts ?? [];
  const maxBytes = options.maxBytes ?? MAX_PAGE_BYTES;
  const signal = AbortSignal.timeout(options.timeoutMs ?? PAGE_TIMEOUT_MS);
  let url = checkUrl(raw, allowedHosts);
  for (let redirects = 0; ; redirects++) {
    let hop: Hop;
    try {
      hop = await requestOnce(url, isAllowedHost(url, allowedHosts), maxBytes, signal);
    } catch (error) {
      throw asAppError(error);
    }
    if (hop.body) return hop.body.toString("utf8");
    if (!hop.location) throw unreachable(`the site answered ${hop.status} without a Location`);
    if (redirects >= MAX_REDIRECTS) throw unreachable("too many redirects");
    url = checkUrl(new URL(hop.location, url).toString(), allowedHosts);
  }
}
