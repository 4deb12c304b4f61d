// Bundles the planner worker into one ESM file that worker threads load at run time, outside Next's bundle.
import path from "node:path";
import { build } from "esbuild";

export const PLAN_WORKER_BUNDLE = path.resolve(import.meta.dirname, "../dist/plan-worker.mjs");

await build({
  entryPoints: [path.resolve(import.meta.dirname, "../lib/services/planning/plan-worker.ts")],
  outfile: PLAN_WORKER_BUNDLE,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // highs finds its .wasm beside its own module: load it from node_modules, not from the bundle.
  external: ["highs"],
  logLevel: "warning",
});
console.log(`Plan worker bundled to ${path.relative(process.cwd(), PLAN_WORKER_BUNDLE)}`);
