// The app under load: a production build served by `next start` on loopback, in its own process group so
// that stopping it also stops whatever it spawned.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export interface NextServer {
  origin: string;
  /** The last lines the server wrote (stdout and stderr), for error messages. */
  output(): string;
  stop(): Promise<void>;
}

/** Runs a command in the project to completion, its output shown; throws when it fails. */
export function runCommand(root: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`$ ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status})`);
}

/**
 * Builds what is missing (the Next build, the planner worker bundle). An existing build is used as it is,
 * so its age is printed: a stale build measures old code.
 */
export function ensureBuild(root: string) {
  const buildId = path.join(root, ".next/BUILD_ID");
  if (!existsSync(buildId)) runCommand(root, "npx", ["next", "build"]);
  if (!existsSync(path.join(root, "dist/plan-worker.mjs"))) runCommand(root, "npm", ["run", "build:worker"]);
  const builtAt = statSync(buildId).mtime;
  console.log(`Using the production build in .next (${builtAt.toISOString()}); rebuild it after changes.`);
}

/** A port the kernel just handed out, so parallel runs (and the e2e server on 3100) do not collide. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export async function startNextServer(options: {
  root: string;
  port: number;
  env: Record<string, string>;
  timeoutMs?: number;
}): Promise<NextServer> {
  const origin = `http://127.0.0.1:${options.port}`;
  const child = spawn(
    path.join(options.root, "node_modules/.bin/next"),
    ["start", "-H", "127.0.0.1", "-p", String(options.port)],
    {
      cwd: options.root,
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true, // its own process group: killed as a whole
    },
  );
  // The pipes must be drained or the server blocks on a full buffer; only the tail is kept.
  let tail = "";
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-8_000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const signalGroup = (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  // A synchronous last resort: an uncaught error or process.exit() must not leave the server running.
  const onExit = () => signalGroup("SIGKILL");
  process.once("exit", onExit);

  const server: NextServer = {
    origin,
    output: () => tail,
    async stop() {
      process.off("exit", onExit);
      signalGroup("SIGTERM");
      const timer = setTimeout(() => signalGroup("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };

  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    try {
      const response = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      await server.stop();
      throw new Error(`next start did not answer /api/health on ${origin}. Its output:\n${tail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
