"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

const LINKS = [
  { href: "/profile", label: "Profile" },
  { href: "/profile/symptoms", label: "Symptom helper" },
  { href: "/profile/history", label: "History" },
  { href: "/supplements", label: "Supplements" },
  { href: "/diary", label: "Diary" },
];

export function ProfileNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Profile" className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
      {LINKS.map((link) => {
        const current = pathname === link.href;
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={current ? "page" : undefined}
            className={cn(
              "py-1 text-primary underline",
              current && "font-semibold text-foreground no-underline",
            )}
          >
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
