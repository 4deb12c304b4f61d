import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDatabase } from "@/lib/db";
import { createAuth, type Auth } from "@/lib/auth/config";

const holder = globalThis as typeof globalThis & { nutriweekAuth?: Promise<Auth> };

/** Built lazily: the Prisma adapter needs a live client, and nothing may touch the database at build time. */
export function getAuth(): Promise<Auth> {
  holder.nutriweekAuth ??= getDatabase().then(createAuth);
  return holder.nutriweekAuth;
}

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

/**
 * The signed-in user of this request, or null. Cached per request (React `cache`, as create-t3-app does):
 * the layout, the page and its components all ask, and the session is looked up once.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  // Read the request first: it marks the page dynamic, so `next build` never opens the database here.
  const requestHeaders = await headers();
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: requestHeaders });
  return session ? { id: session.user.id, email: session.user.email, name: session.user.name } : null;
});

/** The signed-in user, or a redirect to sign-in that comes back here afterwards. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return user;
}
