"use client";

import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import type { ActionState } from "@/lib/actions/validated-action";
import { Button } from "@/components/ui/button";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** How long "Undo" is offered before checked items really leave the list. */
const UNDO_MS = 5000;

/** "Clear checked" that can be undone: the clear is sent only once the undo toast has gone. */
export function ClearCheckedButton({
  action,
  planId,
  count,
}: {
  action: Action;
  planId: number;
  count: number;
}) {
  const [waiting, setWaiting] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const clear = () => {
    setWaiting(true);
    const send = async () => {
      const form = new FormData();
      form.set("planId", String(planId));
      const result = await action({ status: "idle" }, form);
      setWaiting(false);
      if (result.status === "error") toast.error(result.message);
    };
    timer.current = setTimeout(() => void send(), UNDO_MS);
    toast(`Clearing ${count} checked ${count === 1 ? "item" : "items"}…`, {
      duration: UNDO_MS,
      action: {
        label: "Undo",
        onClick: () => {
          if (timer.current) clearTimeout(timer.current);
          setWaiting(false);
          toast.success("Kept on the list.");
        },
      },
    });
  };
  return (
    <Button variant="outline" onClick={clear} disabled={waiting}>
      {waiting ? "Clearing…" : `Clear checked (${count})`}
    </Button>
  );
}
