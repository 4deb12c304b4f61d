// A new person for one test: an email no other test or run uses, and a password better-auth accepts.
import { randomUUID } from "node:crypto";

export interface UserCredentials {
  email: string;
  password: string;
  name: string;
}

export const TEST_PASSWORD = "correct-horse-battery-9";

/** `label` names the test's role for the person (alice, shopper), so a leftover row says where it came from. */
export function newUserCredentials(label = "user"): UserCredentials {
  return { email: `${label}-${randomUUID()}@example.test`, password: TEST_PASSWORD, name: label };
}
