"use client";

import { useCallback, useEffect, useState, useTransition } from "react";
import { toast } from "sonner";
import type { ActionState } from "@/lib/actions/validated-action";
import { flushTicks, pendingTicks, queueTick } from "@/components/shopping/tick-queue";
import { cn } from "@/lib/utils";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export interface ShoppingRow {
  foodId: number;
  name: string;
  /** "5 bananas", "1 bag (500 g)". */
  display: string;
  /** "need ~560 g". */
  need: string;
  checked: boolean;
  inPantry: boolean;
  /** Grams of the food "I have this" puts into the pantry (0 when the pantry covers it). */
  haveGrams: number;
}

export interface ShoppingAisle {
  aisle: string;
  label: string;
  rows: ShoppingRow[];
}

/** Online or not, and whether ticks wait to be sent. */
function useSyncState(planIds: readonly number[]) {
  const [online, setOnline] = useState(true);
  const [waiting, setWaiting] = useState(0);
  const flush = useCallback(async () => {
    const sent = await flushTicks(planIds);
    setWaiting((await pendingTicks(planIds)).length);
    return sent;
  }, [planIds]);
  useEffect(() => {
    const update = () => {
      setOnline(navigator.onLine);
      if (navigator.onLine) void flush();
    };
    update();
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, [flush]);
  return { online, waiting, setWaiting, flush };
}

/** The ticks of the list: kept in IndexedDB first, then sent; ticks made offline outrank the server's. */
function useTicks(aisles: ShoppingAisle[], planIds: number[]) {
  const [checked, setChecked] = useState<ReadonlyMap<number, boolean>>(
    () => new Map(aisles.flatMap((a) => a.rows.map((row) => [row.foodId, row.checked] as const))),
  );
  const { online, waiting, setWaiting, flush } = useSyncState(planIds);

  useEffect(() => {
    void pendingTicks(planIds).then((ticks) => {
      if (ticks.length === 0) return;
      setChecked((current) => {
        const next = new Map(current);
        for (const tick of ticks) if (tick.planId === planIds[0]) next.set(tick.foodId, tick.checked);
        return next;
      });
      setWaiting(ticks.length);
    });
  }, [planIds, setWaiting]);

  const tick = async (foodId: number, value: boolean) => {
    setChecked((current) => new Map(current).set(foodId, value));
    const at = new Date().toISOString();
    await Promise.all(planIds.map((planId) => queueTick({ planId, foodId, checked: value, at })));
    setWaiting((n) => n + 1);
    if (!(await flush()) && navigator.onLine) toast.error("Not saved yet: the tick will be sent again.");
  };
  return { checked, tick, online, waiting };
}

/** One big one-thumb row: the tick, what to buy, what it covers, and "I have this". */
function ShoppingRowItem({
  row,
  checked,
  onTick,
  onHave,
  moving,
}: {
  row: ShoppingRow;
  checked: boolean;
  onTick: (value: boolean) => void;
  onHave: () => void;
  moving: boolean;
}) {
  return (
    <li className="flex items-center gap-2 pr-2 print:pr-0">
      <label
        className={cn(
          "flex min-h-12 min-w-0 flex-1 cursor-pointer items-center gap-3 px-3 py-2 print:min-h-0 print:px-0 print:py-0",
          checked && "text-muted-foreground line-through",
        )}
      >
        <input
          type="checkbox"
          className="size-5 shrink-0 print:size-3"
          checked={checked}
          data-testid={`check-food-${row.foodId}`}
          onChange={(event) => onTick(event.target.checked)}
        />
        <span className="min-w-0 flex-1 break-words">
          <span className={cn("font-medium", row.inPantry && "text-muted-foreground")}>{row.name}</span>{" "}
          <span data-testid="quantity">{row.inPantry ? `in pantry (${row.display})` : row.display}</span>
          <span className="block text-sm text-muted-foreground print:inline print:text-[0.7rem]">
            {" "}
            {row.need}
          </span>
        </span>
      </label>
      {!row.inPantry && row.haveGrams > 0 && (
        <button
          type="button"
          className="shrink-0 rounded-md border border-input px-2 py-1 text-xs hover:bg-muted print:hidden"
          disabled={moving}
          onClick={onHave}
          aria-label={`I have ${row.name}`}
        >
          I have this
        </button>
      )}
    </li>
  );
}

/**
 * The list's aisles with big one-thumb rows. A tick is saved in IndexedDB first and sent by a PATCH per
 * planned week; offline it waits ("offline — ticks will sync") and goes out when the connection returns.
 */
export function ShoppingChecklist({
  aisles,
  planIds,
  haveAction,
}: {
  aisles: ShoppingAisle[];
  planIds: number[];
  haveAction: Action;
}) {
  const { checked, tick, online, waiting } = useTicks(aisles, planIds);
  const [moving, startMoving] = useTransition();

  const haveIt = (row: ShoppingRow) => {
    const form = new FormData();
    form.set("foodId", String(row.foodId));
    form.set("grams", String(row.haveGrams));
    startMoving(async () => {
      const result = await haveAction({ status: "idle" }, form);
      if (result.status === "error") toast.error(result.message);
      else toast.success(`${row.name}: in the pantry.`);
    });
  };

  return (
    <>
      <p role="status" className="text-sm print:hidden" data-testid="sync-status">
        {!online
          ? "offline — ticks will sync"
          : waiting > 0
            ? `Sending ${waiting} ${waiting === 1 ? "tick" : "ticks"}…`
            : ""}
      </p>
      <div className="shopping-aisles space-y-6 lg:columns-2 lg:gap-8 lg:space-y-0 lg:*:mb-6">
        {aisles.map((aisle) => (
          <section
            key={aisle.aisle}
            aria-labelledby={`aisle-${aisle.aisle}`}
            className="space-y-2 break-inside-avoid print:space-y-0"
          >
            <h2 id={`aisle-${aisle.aisle}`} className="text-lg font-semibold print:text-sm">
              {aisle.label}
            </h2>
            <ul
              className="divide-y divide-border rounded-lg border border-border bg-card print:divide-y-0 print:border-0"
              aria-label={aisle.label}
            >
              {aisle.rows.map((row) => (
                <ShoppingRowItem
                  key={row.foodId}
                  row={row}
                  checked={checked.get(row.foodId) ?? false}
                  onTick={(value) => void tick(row.foodId, value)}
                  onHave={() => haveIt(row)}
                  moving={moving}
                />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
