import "server-only";
import type { z } from "zod";
import { requireUser, type SessionUser } from "@/lib/auth/server";
import { formDataToObject, toFieldErrors, type FieldErrors } from "@/lib/schemas/form-data";

export type ActionState =
  | { status: "idle" }
  | { status: "error"; message: string; fieldErrors: FieldErrors; values: Record<string, string | string[]> }
  | { status: "success"; message: string };

export const IDLE: ActionState = { status: "idle" };

/**
 * The one way server actions run: parse the form with zod -> require a session -> call a service.
 * Field errors come back typed, with the submitted values so the form keeps its input.
 */
export function validatedActionWithUser<S extends z.ZodType>(
  schema: S,
  returnTo: string,
  run: (data: z.output<S>, user: SessionUser) => Promise<ActionState>,
) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    const user = await requireUser(returnTo);
    const values = formDataToObject(formData);
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      return {
        status: "error",
        message: "Please correct the highlighted fields.",
        fieldErrors: toFieldErrors(parsed.error),
        values,
      };
    }
    return run(parsed.data, user);
  };
}
