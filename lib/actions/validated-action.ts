import "server-only";
import type { z } from "zod";
import { requireUser, type SessionUser } from "@/lib/auth/server";
import { isAppError } from "@/lib/errors/app-error";
import { formDataToObject, toFieldErrors, type FieldErrors } from "@/lib/schemas/form-data";

export type ActionState =
  | { status: "idle" }
  | { status: "error"; message: string; fieldErrors: FieldErrors; values: Record<string, string | string[]> }
  | { status: "success"; message: string };

/**
 * The one way server actions run: parse the form with zod -> require a session -> call a service. Field
 * errors come back typed, with the submitted values so the form keeps its input. An AppError thrown by the
 * service becomes the error state here (ADR 012); anything else goes to the error page.
 * `run` returns the success message (or redirects).
 */
export function validatedActionWithUser<S extends z.ZodType>(
  schema: S,
  returnTo: string,
  run: (data: z.output<S>, user: SessionUser) => Promise<string>,
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
    try {
      return { status: "success", message: await run(parsed.data, user) };
    } catch (error) {
      if (!isAppError(error)) throw error;
      const fieldErrors: FieldErrors = {};
      for (const { field, message } of error.fieldErrors) (fieldErrors[field] ??= []).push(message);
      return { status: "error", message: error.message, fieldErrors, values };
    }
  };
}
