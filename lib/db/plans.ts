// Saved weekly plans: one per user and week, entries replaced atomically, revisions kept for undo.
import { parseIsoDate } from "@/lib/planner/week";
import { z } from "zod";
import {
  SLOTS,
  SOLVER_STATUSES,
  type FavouringEffect,
  type Slot,
  type SolverStatus,
} from "@/lib/planner/types";
import { TARGET_NUTRIENTS } from "@/lib/nutrition/types";
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { toMealLogRecord } from "@/lib/db/memory";
import type { MealLogRecord } from "@/lib/planner/eaten-coverage";

/** A side with a planned meal: which side of the catalogue, at how many household portions. */
export interface PlanSideRecord {
  sideId: number;
  portion: number;
}

export interface PlanEntryRecord {
  day: number;
  slot: Slot;
  recipeId: number;
  portion: number;
  locked: boolean;
  /** In the order shown ("Lentil soup + roll + orange"); empty for a main dish alone. */
  sides: PlanSideRecord[];
}

export interface SolverSummary {
  status: SolverStatus;
  objective: number;
  bound: number;
  gapPercent: number;
  ms: number;
}

export interface StoredPlan {
  id: number;
  /** Monday of the week, YYYY-MM-DD. */
  weekStart: string;
  profileVersion: number;
  solver: SolverSummary;
  entries: PlanEntryRecord[];
  /** Rules relaxed for this week only (lib/planner/relaxations.ts ids); empty for most plans. */
  relaxations: string[];
  /** What favouring did when the week was solved; swaps and locks since then do not change it. */
  favouring: FavouringEffect[];
  /** The label of the change "undo" would revert, or null when there is nothing to undo. */
  undoLabel: string | null;
  /** What was eaten of it, one log per logged meal (ADR 021). */
  logs: MealLogRecord[];
  updatedAt: Date;
}

const ZFavouring = z.array(
  z.object({ nutrient: z.enum(TARGET_NUTRIENTS), perDay: z.number(), perDayWithoutFavouring: z.number() }),
);

const ZEntries = z.array(
  z.object({
    day: z.number().int(),
    slot: z.enum(SLOTS),
    recipeId: z.number().int(),
    portion: z.number(),
    locked: z.boolean(),
    // Revisions saved before sides existed have none.
    sides: z.array(z.object({ sideId: z.number().int(), portion: z.number() })).default([]),
  }),
);
const ZSolver = z.object({
  status: z.enum(SOLVER_STATUSES),
  objective: z.number(),
  bound: z.number(),
  gapPercent: z.number(),
  ms: z.number(),
});

export const planInclude = {
  entries: {
    orderBy: [{ day: "asc" }, { slot: "asc" }],
    include: { sides: { orderBy: { position: "asc" } } },
  },
  revisions: { orderBy: { id: "desc" }, take: 1, select: { label: true } },
  mealLogs: true,
} satisfies Prisma.PlanInclude;
type PlanRow = Prisma.PlanGetPayload<{ include: typeof planInclude }>;

/** A plan's entries with their sides, in the order of the week (day, then meal). */
export function toPlanEntries(entries: PlanRow["entries"]): PlanEntryRecord[] {
  return entries
    .map(({ day, slot, recipeId, portion, locked, sides }) => ({
      day,
      slot,
      recipeId,
      portion,
      locked,
      sides: sides.map((side) => ({ sideId: side.sideId, portion: side.portion })),
    }))
    .sort((a, b) => a.day - b.day || SLOTS.indexOf(a.slot) - SLOTS.indexOf(b.slot));
}

function toStoredPlan(row: PlanRow): StoredPlan {
  return {
    id: row.id,
    weekStart: row.weekStart.toISOString().slice(0, 10),
    profileVersion: row.profileVersion,
    solver: {
      status: row.status,
      objective: row.objective,
      bound: row.bound,
      gapPercent: row.gapPercent,
      ms: row.solveMs,
    },
    entries: toPlanEntries(row.entries),
    relaxations: [...(row.relaxations ?? [])],
    favouring: ZFavouring.catch([]).parse(row.favouring),
    undoLabel: row.revisions[0]?.label ?? null,
    logs: row.mealLogs.map(toMealLogRecord),
    updatedAt: row.updatedAt,
  };
}

function solverColumns(solver: SolverSummary) {
  return {
    status: solver.status,
    objective: solver.objective,
    bound: solver.bound,
    gapPercent: solver.gapPercent,
    solveMs: Math.round(solver.ms),
  };
}

type Tx = Prisma.TransactionClient;

/** Serializes writers of one user's week across connections and instances (a Postgres advisory lock). */
async function lockWeek(tx: Tx, userId: string, weekStart: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`plan:${userId}:${weekStart}`}))`;
}

async function recordRevision(tx: Tx, plan: PlanRow, label: string) {
  const { entries, solver } = toStoredPlan(plan);
  await tx.planRevision.create({
    data: {
      planId: plan.id,
      label,
      entries: entries.map((entry) => ({ ...entry, sides: entry.sides.map((side) => ({ ...side })) })),
      solver: { ...solver },
    },
  });
}

/** Replaces all entries of a plan, and their sides, inside the caller's transaction. */
async function replaceEntries(tx: Tx, planId: number, entries: readonly PlanEntryRecord[]) {
  await tx.planEntry.deleteMany({ where: { planId } });
  const rows = await tx.planEntry.createManyAndReturn({
    data: entries.map((entry) => ({
      planId,
      day: entry.day,
      slot: entry.slot,
      recipeId: entry.recipeId,
      portion: entry.portion,
      locked: entry.locked,
    })),
    select: { id: true, day: true, slot: true },
  });
  const idOf = new Map(rows.map((row) => [`${row.day}|${row.slot}`, row.id]));
  await tx.planEntrySide.createMany({
    data: entries.flatMap((entry) =>
      entry.sides.map((side, position) => ({
        entryId: idOf.get(`${entry.day}|${entry.slot}`)!,
        position,
        sideId: side.sideId,
        portion: side.portion,
      })),
    ),
  });
}

/** Creates or replaces the plan of a week: the plan and all its entries in one transaction. */
export async function savePlanForWeek(
  db: Database,
  input: {
    userId: string;
    weekStart: string;
    profileVersion: number;
    solver: SolverSummary;
    entries: PlanEntryRecord[];
    /** Replaces the week's relaxations; absent: kept as they are. */
    relaxations?: string[];
    /** What favouring did in the solve that made the entries; none when they were not solved. */
    favouring?: FavouringEffect[];
  },
  label = "regenerate",
): Promise<StoredPlan> {
  return db.prisma.$transaction(async (tx) => {
    await lockWeek(tx, input.userId, input.weekStart);
    const weekStart = parseIsoDate(input.weekStart);
    const existing = await tx.plan.findUnique({
      where: { userId_weekStart: { userId: input.userId, weekStart } },
      include: planInclude,
    });
    if (existing) await recordRevision(tx, existing, label);
    const relaxations = input.relaxations === undefined ? {} : { relaxations: input.relaxations };
    const columns = {
      profileVersion: input.profileVersion,
      ...solverColumns(input.solver),
      ...relaxations,
      favouring: (input.favouring ?? []).map((effect) => ({ ...effect })),
    };
    const plan = existing
      ? await tx.plan.update({ where: { id: existing.id }, data: columns })
      : await tx.plan.create({ data: { userId: input.userId, weekStart, ...columns } });
    await replaceEntries(tx, plan.id, input.entries);
    return toStoredPlan(await tx.plan.findUniqueOrThrow({ where: { id: plan.id }, include: planInclude }));
  });
}

/** Replaces some entries of a plan (swap, lock), keeping the previous state for undo. */
export async function updatePlanEntries(
  db: Database,
  userId: string,
  planId: number,
  change: (entries: PlanEntryRecord[]) => PlanEntryRecord[],
  label: string,
): Promise<StoredPlan | null> {
  return db.prisma.$transaction(async (tx) => {
    const current = await tx.plan.findFirst({ where: { id: planId, userId }, include: planInclude });
    if (!current) return null;
    await lockWeek(tx, userId, toStoredPlan(current).weekStart);
    const fresh = await tx.plan.findUniqueOrThrow({ where: { id: planId }, include: planInclude });
    const next = change(toStoredPlan(fresh).entries);
    await recordRevision(tx, fresh, label);
    await replaceEntries(tx, planId, next);
    await tx.plan.update({ where: { id: planId }, data: { updatedAt: new Date() } });
    return toStoredPlan(await tx.plan.findUniqueOrThrow({ where: { id: planId }, include: planInclude }));
  });
}

/** Restores the entries (and solver figures) from before the latest change. Null when not found. */
export async function undoLastPlanChange(
  db: Database,
  userId: string,
  planId: number,
): Promise<StoredPlan | null> {
  return db.prisma.$transaction(async (tx) => {
    const plan = await tx.plan.findFirst({ where: { id: planId, userId }, include: planInclude });
    if (!plan) return null;
    await lockWeek(tx, userId, toStoredPlan(plan).weekStart);
    const revision = await tx.planRevision.findFirst({ where: { planId }, orderBy: { id: "desc" } });
    if (!revision) return toStoredPlan(plan);
    const entries = ZEntries.parse(revision.entries);
    await replaceEntries(tx, planId, entries);
    await tx.plan.update({ where: { id: planId }, data: solverColumns(ZSolver.parse(revision.solver)) });
    await tx.planRevision.delete({ where: { id: revision.id } });
    return toStoredPlan(await tx.plan.findUniqueOrThrow({ where: { id: planId }, include: planInclude }));
  });
}

export async function findPlan(db: Database, userId: string, planId: number): Promise<StoredPlan | null> {
  const row = await db.prisma.plan.findFirst({ where: { id: planId, userId }, include: planInclude });
  return row ? toStoredPlan(row) : null;
}

export async function findPlanForWeek(
  db: Database,
  userId: string,
  weekStart: string,
): Promise<StoredPlan | null> {
  const row = await db.prisma.plan.findUnique({
    where: { userId_weekStart: { userId, weekStart: parseIsoDate(weekStart) } },
    include: planInclude,
  });
  return row ? toStoredPlan(row) : null;
}

/** The weeks a user has plans for, newest first. */
export async function listPlanWeeks(
  db: Database,
  userId: string,
): Promise<{ id: number; weekStart: string }[]> {
  const rows = await db.prisma.plan.findMany({
    where: { userId },
    orderBy: { weekStart: "desc" },
    select: { id: true, weekStart: true },
    take: 52,
  });
  return rows.map((row) => ({ id: row.id, weekStart: row.weekStart.toISOString().slice(0, 10) }));
}
