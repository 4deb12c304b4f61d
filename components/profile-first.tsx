import Link from "next/link";

/** What a page shows a signed-in person without a profile: why it needs one, and the way there. */
export function ProfileFirst({ title, why }: { title: string; why: string }) {
  return (
    <section className="space-y-3">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p>
        {why}{" "}
        <Link className="text-primary underline" href="/profile">
          Fill in your profile
        </Link>{" "}
        first.
      </p>
    </section>
  );
}
