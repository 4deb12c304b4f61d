// One HiGHS WebAssembly runtime per process, loaded lazily and kept warm. Pure (no I/O of our own).
import loadHighs, { type Highs } from "highs";

let runtime: Promise<Highs> | null = null;

/** The shared HiGHS runtime (loaded on first use; later calls reuse it). */
export function getHighs(): Promise<Highs> {
  runtime ??= loadHighs().catch((error: unknown) => {
    runtime = null; // let a later call retry
    throw error;
  });
  return runtime;
}

/** A small model shaped like stage A (slots, a window, coverage rows, integer counts). */
function warmUpModel(n: number, integer: boolean): string {
  const cols = Array.from({ length: n }, (_, j) => `x${j}`);
  const coef = (j: number, k: number) => 1 + ((j * 7919 + k * 104729) % 97) / 10;
  const rows = [
    ` slots: ${cols.join(" + ")} = 28`,
    ` energy: ${cols.map((c, j) => `${coef(j, 0)} ${c}`).join(" + ")} >= 100`,
    ...[1, 2, 3, 4].map(
      (k) => ` n${k}: ${cols.map((c, j) => `${coef(j, k)} ${c}`).join(" + ")} + s${k} >= ${60 * k}`,
    ),
  ];
  return [
    "Minimize",
    ` obj: ${cols.map((c, j) => `${(j % 5) / 100} ${c}`).join(" + ")} + s1 + s2 + s3 + s4`,
    "Subject To",
    ...rows,
    "Bounds",
    ...cols.map((c) => ` 0 <= ${c} <= 2`),
    integer ? `Generals\n ${cols.join(" ")}` : "",
    "End",
  ].join("\n");
}

/**
 * Loads HiGHS and solves a few small models so that the first real plan does not pay for
 * compiling and warming the WebAssembly code (about 1 s cold against 0.1 s warm, docs/PLANNER.md).
 */
export async function warmUpPlanner(): Promise<void> {
  const highs = await getHighs();
  for (const integer of [false, true, false, true]) {
    highs.solve(warmUpModel(300, integer), { output_flag: false, time_limit: 1 });
  }
}
