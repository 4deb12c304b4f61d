// The shared demo account of the one-command local start (README). Anyone may sign in with these
// credentials, so nothing that would lock the next visitor out or show them the last one is allowed.

export const DEMO_ACCOUNT = {
  email: "demo@nutriweek.app",
  password: "magnesium-and-b12",
  name: "Demo",
} as const;

export function isDemoAccount(email: string | null | undefined): boolean {
  return email?.trim().toLowerCase() === DEMO_ACCOUNT.email;
}

export const DEMO_ACCOUNT_READ_ONLY_MESSAGE =
  "The demo account is shared by everyone who tries NutriWeek, so its password, email address, sessions " +
  "and the account itself cannot be changed. Create your own account to do that.";
