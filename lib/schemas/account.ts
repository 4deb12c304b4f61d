import { z } from "zod";
import { hasNoNul } from "@/lib/schemas/form-data";

/** Deleting an account takes the account's email, typed out, so that no stray click deletes it. */
export const ZDeleteAccountSchema = z.object({
  confirmEmail: z
    .string({ error: "Type your email address to confirm" })
    .trim()
    .min(1, "Type your email address to confirm")
    .max(320, "That is longer than any email address"),
});

export type TDeleteAccountInput = z.infer<typeof ZDeleteAccountSchema>;

/** Emails compare without case and surrounding spaces, as sign-in does. */
export function confirmsEmail(typed: string, email: string): boolean {
  return typed.trim().toLowerCase() === email.trim().toLowerCase();
}

export const MAX_USER_NAME_LENGTH = 100;

/** The name shown in the header: trimmed, 1 to 100 characters (sign-up and every update). */
export const ZUserNameSchema = z
  .string({ error: "Enter a name" })
  .trim()
  .min(1, "Enter a name")
  .max(MAX_USER_NAME_LENGTH, `Use at most ${MAX_USER_NAME_LENGTH} characters for your name`)
  .refine(hasNoNul, "A name cannot contain NUL characters");
