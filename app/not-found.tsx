import Link from "next/link";

export default function NotFound() {
  return (
    <section className="space-y-2">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p>
        That page does not exist. Try the{" "}
        <Link className="text-primary underline" href="/foods">
          food catalogue
        </Link>
        .
      </p>
    </section>
  );
}
