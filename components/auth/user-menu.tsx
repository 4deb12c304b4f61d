"use client";

import Link from "next/link";
import { authClient } from "@/lib/auth/client";
import { SignOutButton } from "@/components/auth/sign-out-button";

/** Client-side so that static pages stay static; the server checks the session on every protected page. */
export function UserMenu() {
  const { data: session, isPending } = authClient.useSession();
  if (isPending) return <span className="inline-block h-9 w-20" aria-hidden="true" />;
  if (!session) {
    return (
      <Link href="/sign-in" className="rounded-md px-3 py-2 text-sm font-medium hover:bg-muted">
        Sign in
      </Link>
    );
  }
  return (
    <div className="flex items-center gap-2 text-sm">
      <span
        className="hidden max-w-64 truncate align-middle text-muted-foreground lg:inline-block"
        data-testid="signed-in-as"
      >
        {session.user.email}
      </span>
      <SignOutButton />
    </div>
  );
}
