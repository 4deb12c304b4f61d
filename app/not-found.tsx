import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Not found" };

/** Unknown URLs and ids that are not yours (a plan of someone else's is "not found", never "forbidden"). */
export default function NotFound() {
  return (
    <section className="max-w-xl space-y-3">
      <h1 className="text-2xl font-bold">We could not find that page</h1>
      <p>The link may be old, or what it pointed to was removed. These will get you going again:</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <Link className="text-primary underline" href="/plan">
            Your weekly plan
          </Link>
        </li>
        <li>
          <Link className="text-primary underline" href="/foods">
            Foods rich in magnesium, calcium, vitamin D and B12
          </Link>
        </li>
        <li>
          <Link className="text-primary underline" href="/recipes">
            Recipes
          </Link>
        </li>
      </ul>
    </section>
  );
}
