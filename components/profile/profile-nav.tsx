import Link from "next/link";

export function ProfileNav() {
  return (
    <nav aria-label="Profile" className="flex flex-wrap gap-3 text-sm">
      <Link className="text-primary underline" href="/profile">
        Profile
      </Link>
      <Link className="text-primary underline" href="/profile/symptoms">
        Symptom helper
      </Link>
      <Link className="text-primary underline" href="/profile/history">
        History
      </Link>
    </nav>
  );
}
