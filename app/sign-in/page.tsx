import type { Metadata } from "next";
import Link from "next/link";
import { AuthForm } from "@/components/auth/auth-form";
import { safeNextPath } from "@/lib/safe-redirect";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNextPath((await searchParams).next);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">Sign in</h1>
      <AuthForm mode="sign-in" next={next} />
      <p className="text-sm">
        New here?{" "}
        <Link className="text-primary underline" href={`/sign-up?next=${encodeURIComponent(next)}`}>
          Create an account
        </Link>
      </p>
    </section>
  );
}
