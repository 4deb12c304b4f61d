// Ticks of the shopping list, kept in IndexedDB until the server has them: a tap never waits on another,
// a reload (or a phone with no signal) never drops one, and each tick carries the time it was made so the
// latest tick of an item wins across devices. Browser only.

export interface Tick {
  planId: number;
  foodId: number;
  checked: boolean;
  /** When the tick was made (ISO 8601). */
  at: string;
}

const DB_NAME = "nutriweek-shopping";
const STORE = "ticks";

const keyOf = (tick: Pick<Tick, "planId" | "foodId">) => `${tick.planId}:${tick.foodId}`;

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB did not open"));
  });
}

async function withStore<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = run(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error ?? new Error("IndexedDB write failed"));
    });
  } finally {
    db.close();
  }
}

/** Keeps a tick until it is sent; a later tick of the same item replaces an earlier one. */
export async function queueTick(tick: Tick): Promise<void> {
  await withStore("readwrite", (store) => store.put(tick, keyOf(tick)));
}

/** Ticks not yet confirmed by the server, for some plans. */
export async function pendingTicks(planIds: readonly number[]): Promise<Tick[]> {
  const all = (await withStore("readonly", (store) => store.getAll())) as Tick[];
  return all.filter((tick) => planIds.includes(tick.planId));
}

/** Forgets ticks the server has, unless a newer tick of the same item came in meanwhile. */
async function forget(sent: readonly Tick[]): Promise<void> {
  const db = await open();
  try {
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction(STORE, "readwrite");
      const store = transaction.objectStore(STORE);
      for (const tick of sent) {
        const request = store.get(keyOf(tick));
        request.onsuccess = () => {
          const current = request.result as Tick | undefined;
          if (current && current.at === tick.at) store.delete(keyOf(tick));
        };
      }
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error("IndexedDB write failed"));
    });
  } finally {
    db.close();
  }
}

/**
 * Sends every pending tick of these plans, one PATCH per plan. Returns false when the network is down
 * (the ticks stay queued for the next try); a refusal by the server (4xx) drops the refused ticks.
 */
export async function flushTicks(planIds: readonly number[]): Promise<boolean> {
  const ticks = await pendingTicks(planIds);
  const byPlan = new Map<number, Tick[]>();
  for (const tick of ticks) byPlan.set(tick.planId, [...(byPlan.get(tick.planId) ?? []), tick]);
  for (const [planId, batch] of byPlan) {
    let response: Response;
    try {
      response = await fetch(`/api/plans/${planId}/shopping-list`, {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ items: batch.map(({ foodId, checked, at }) => ({ foodId, checked, at })) }),
      });
    } catch {
      return false;
    }
    if (response.ok || (response.status >= 400 && response.status < 500 && response.status !== 429)) {
      await forget(batch);
    } else {
      return false;
    }
  }
  // The server has the ticks: the copy of this page kept for offline use (public/sw.js) is renewed.
  if (byPlan.size > 0) {
    navigator.serviceWorker?.controller?.postMessage({ type: "keep", urls: [window.location.href] });
  }
  return true;
}
