// Load generators: autocannon for the measured routes, and a fetch loop that keeps N plan solves in flight.
import autocannon from "autocannon";

export interface Measurement {
  scenario: string;
  connections: number;
  durationS: number;
  /** Response times in ms of every completed request, whatever its status. */
  latencies: number[];
  /** Non-2xx answers, timeouts and socket errors. */
  errors: number;
  /** Requests still unanswered when the window closed (in no percentile), and the age of the oldest. */
  unanswered: { count: number; oldestMs: number };
  /** What the errors were, e.g. "503 ×2, timeout ×1"; empty when there were none. */
  errorKinds: string;
}

export interface Target {
  origin: string;
  /** One or more requests; autocannon cycles through them on every connection. */
  requests: autocannon.Request[];
  headers?: Record<string, string>;
}

export interface Stats {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;

export function statsOf(m: Measurement): Stats {
  const sorted = [...m.latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    perSecond: sorted.length / m.durationS,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
  };
}

function countKinds(kinds: Map<string, number>): string {
  return [...kinds].map(([kind, n]) => `${kind} ×${n}`).join(", ");
}

/**
 * Runs autocannon for `durationS` seconds (or `amount` requests, for warm-ups). Percentiles come from every
 * response time (autocannon's own histogram has no p95 and leaves out non-2xx answers).
 */
export function cannon(
  scenario: string,
  target: Target,
  load: { connections: number; durationS?: number; amount?: number; timeoutS?: number },
): Promise<Measurement> {
  const latencies: number[] = [];
  const kinds = new Map<string, number>();
  const count = (kind: string) => kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  // When each connection's request went out, while it waits (one at a time: no pipelining).
  const waitingSince: (number | undefined)[] = [];
  const unanswered = () => {
    const now = performance.now();
    const ages = waitingSince.flatMap((since) => (since === undefined ? [] : [now - since]));
    return { count: ages.length, oldestMs: Math.max(0, ...ages) };
  };
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.origin,
        requests: target.requests,
        headers: target.headers,
        connections: load.connections,
        // autocannon rejects a key that is present but undefined.
        ...(load.amount ? { amount: load.amount } : { duration: load.durationS ?? 10 }),
        timeout: load.timeoutS ?? 10,
        setupClient: (client) => {
          const slot = waitingSince.push(undefined) - 1;
          client.on("response", () => (waitingSince[slot] = undefined));
          (client as NodeJS.EventEmitter).on("request", () => (waitingSince[slot] = performance.now()));
        },
      },
      (error: unknown, result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        // Socket errors other than timeouts are only counted by autocannon; name them by what is left.
        const otherErrors = result.errors - result.timeouts;
        if (result.timeouts) kinds.set("timeout", result.timeouts);
        if (otherErrors) kinds.set("socket error", otherErrors);
        resolve({
          scenario,
          connections: load.connections,
          durationS: result.duration,
          latencies,
          errors: result.non2xx + result.errors,
          errorKinds: countKinds(kinds),
          unanswered: unanswered(),
        });
      },
    );
    instance.on("response", (_client, status, _bytes, ms) => {
      latencies.push(ms);
      if (status < 200 || status >= 300) count(String(status));
    });
  });
}

/**
 * Keeps `inFlight` requests running back to back (each loop starts the next when its answer is in) until
 * stopped: the "N plan generations run" background of the concurrency scenario, measured like a row.
 */
export function backgroundLoad(scenario: string, target: Target, inFlight: number) {
  const started = performance.now();
  const latencies: number[] = [];
  const kinds = new Map<string, number>();
  const count = (kind: string) => kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  let stopping = false;
  const loop = async (index: number) => {
    for (let i = index; !stopping; i++) {
      const request = target.requests[i % target.requests.length]!;
      const t0 = performance.now();
      try {
        const response = await fetch(`${target.origin}${request.path ?? "/"}`, {
          method: request.method ?? "GET",
          headers: { ...target.headers, ...(request.headers as Record<string, string> | undefined) },
          body: request.body === undefined ? undefined : new Uint8Array(Buffer.from(request.body)),
          signal: AbortSignal.timeout(30_000),
        });
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (!response.ok) count(String(response.status));
      } catch (error) {
        count(error instanceof Error && error.name === "TimeoutError" ? "timeout" : "socket error");
      }
    }
  };
  const loops = Array.from({ length: inFlight }, (_, i) => loop(i));
  return {
    async stop(): Promise<Measurement> {
      stopping = true;
      await Promise.all(loops);
      return {
        scenario,
        connections: inFlight,
        durationS: (performance.now() - started) / 1000,
        latencies,
        errors: [...kinds.values()].reduce((a, b) => a + b, 0),
        errorKinds: countKinds(kinds),
        unanswered: { count: 0, oldestMs: 0 }, // stop() waits for every request to end
      };
    },
  };
}
