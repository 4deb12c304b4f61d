import type { Metadata } from "next";
import Link from "next/link";
import { AuthForm } from "@/components/auth/auth-form";
import { safeNextPath } from "@/lib/safe-redirect";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNextPath((await searchParams).next);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">Create an account</h1>
      <p className="max-w-prose text-sm text-muted-foreground">
        Your profile (diet, allergies, nutrients to favour) stays private to your account.
      </p>
      <AuthForm mode="sign-up" next={next} />
      <p className="text-sm">
        Already have an account?{" "}
        <Link className="text-primary underline" href={`/sign-in?next=${encodeURIComponent(next)}`}>
          Sign in
        </Link>
      </p>
    </section>
  );
}
