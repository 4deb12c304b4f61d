import type { ComponentProps } from "react";
import { ActionButton } from "@/components/plan/action-button";

type ActionButtonProps = ComponentProps<typeof ActionButton>;

/** Generates (or regenerates, keeping locked meals) the plan of one week; says so while it is built. */
export function BuildWeekButton({
  weekStart,
  ...button
}: { weekStart: string } & Omit<ActionButtonProps, "fields" | "pendingLabel">) {
  return <ActionButton fields={{ week: weekStart }} pendingLabel="Building your week…" {...button} />;
}
