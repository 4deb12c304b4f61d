"use client";

import { useEffect, useRef } from "react";
import { toast } from "sonner";
import type { ActionState } from "@/lib/actions/validated-action";

/**
 * A toast for each new outcome of a server action (useActionState), next to the inline message the form
 * shows: success as "saved", error as "failed". Each state object is announced once.
 */
export function useActionToast(state: ActionState, { success = true }: { success?: boolean } = {}) {
  const shown = useRef<ActionState>(state);
  useEffect(() => {
    if (state === shown.current) return;
    shown.current = state;
    if (state.status === "error") toast.error(state.message);
    else if (state.status === "success" && success) toast.success(state.message);
  }, [state, success]);
}
