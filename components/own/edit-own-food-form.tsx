"use client";
// Edits one of the user's own foods: the label form, filled with the food, sent to PATCH /api/foods/{id}
// as JSON (no server action: the API is the one way in, as for the recipe editor).
import { useRouter } from "next/navigation";
import type { ActionState } from "@/lib/actions/validated-action";
import { ZLabelFoodFormSchema } from "@/lib/schemas/own-food";
import { formDataToObject, toFieldErrors, type FieldErrors } from "@/lib/schemas/form-data";
import { LabelFoodForm } from "@/components/own/label-food-form";

interface ApiRefusal {
  error?: string;
  errors?: { field: string; message: string }[];
}

function fieldErrorsOf(answer: ApiRefusal | null): FieldErrors {
  const errors: FieldErrors = {};
  for (const { field, message } of answer?.errors ?? []) (errors[field] ??= []).push(message);
  return errors;
}

export function EditOwnFoodForm({
  foodId,
  initial,
}: {
  foodId: number;
  initial: Record<string, string | string[]>;
}) {
  const router = useRouter();
  const save = async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    const values = formDataToObject(formData);
    const parsed = ZLabelFoodFormSchema.safeParse(values);
    if (!parsed.success) {
      const fieldErrors = toFieldErrors(parsed.error);
      return { status: "error", message: "Please correct the highlighted fields.", fieldErrors, values };
    }
    const response = await fetch(`/api/foods/${foodId}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(parsed.data),
    }).catch(() => null);
    if (response?.ok) {
      router.push(`/foods/${foodId}`);
      router.refresh();
      return { status: "success", message: "Food saved." };
    }
    const answer = (await response?.json().catch(() => null)) as ApiRefusal | null;
    const message = answer?.error ?? "Could not save; try again.";
    return { status: "error", message, fieldErrors: fieldErrorsOf(answer), values };
  };
  return <LabelFoodForm action={save} initial={initial} />;
}
