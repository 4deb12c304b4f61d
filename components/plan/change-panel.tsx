import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/** A panel over the week for changing one meal or side: its title, Close (back to the week), the choices. */
export function ChangePanel({
  id,
  title,
  weekStart,
  children,
}: {
  id: string;
  title: ReactNode;
  weekStart: string;
  children: ReactNode;
}) {
  return (
    <Card id={id} className="space-y-3" data-testid={id}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">{title}</h2>
        <Link href={`/plan?week=${weekStart}`} className="text-sm text-primary underline">
          Close
        </Link>
      </div>
      {children}
    </Card>
  );
}
